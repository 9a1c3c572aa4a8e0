"""The programme: list in order, save with checks and locking, delete, overlaps."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from partnerdesk.dto.exchanges import ProgrammeItemForm
from partnerdesk.messages import UserError
from partnerdesk.services.programme import delete_item, list_items, overlaps, save_item


def _item(sample, day=date(2025, 7, 3), start=None, end=None, title="Stadtführung"):
    return ProgrammeItemForm(exchange_id=sample["exchange"], day=day, start_time=start,
                             end_time=end, title=title)


def test_list_sorted_by_day_then_time(db, sample):
    late, _ = save_item(db, _item(sample, date(2025, 7, 2), time(14), time(15), "Museum"))
    whole, _ = save_item(db, _item(sample, date(2025, 7, 2), title="Ausflugstag"))
    first, _ = save_item(db, _item(sample, date(2025, 7, 1), time(18), title="Ankunft"))
    ids = [i.id for i in list_items(db, sample["exchange"])]
    assert ids[:2] == [first, whole] and ids[-1] == late
    assert len(ids) == 4  # with the reception from the sample at 10:00 on 2 July


def test_save_edit_with_locking(db, sample):
    item_id, version = save_item(db, _item(sample, start=time(9), end=time(11)))
    form = next(i for i in list_items(db, sample["exchange"]) if i.id == item_id)
    assert form.version == version and form.end_time == time(11)
    _, version2 = save_item(db, replace(form, title=" Neu ", title_native="Новое"))
    assert version2 == version + 1
    saved = next(i for i in list_items(db, sample["exchange"]) if i.id == item_id)
    assert (saved.title, saved.title_native) == ("Neu", "Новое")
    with pytest.raises(UserError, match="changed elsewhere"):
        save_item(db, replace(form, title="Stale"))


@pytest.mark.parametrize("change, expected", [
    ({"title": " "}, "title"),
    ({"day": None}, "needs a day"),
    ({"day": date(2025, 6, 30)}, "within the exchange"),
    ({"day": date(2025, 7, 11)}, "within the exchange"),
    ({"start_time": time(12), "end_time": time(11)}, "end before"),
    ({"end_time": time(11)}, "start time"),
])
def test_save_refused(db, sample, change, expected):
    with pytest.raises(UserError, match=expected):
        save_item(db, replace(_item(sample), **change))


def test_save_unknown_exchange_or_item(db, sample):
    with pytest.raises(UserError):
        save_item(db, replace(_item(sample), exchange_id=999))
    with pytest.raises(UserError):
        save_item(db, replace(_item(sample), id=999, version=1))


def test_delete(db, sample):
    item_id, version = save_item(db, _item(sample))
    with pytest.raises(UserError):
        delete_item(db, item_id, version + 1)
    delete_item(db, item_id, version)
    assert item_id not in [i.id for i in list_items(db, sample["exchange"])]
    with pytest.raises(UserError):
        delete_item(db, item_id)


def test_overlaps(db, sample):
    day = date(2025, 7, 4)
    a, _ = save_item(db, _item(sample, day, time(9), time(11), "A"))
    b, _ = save_item(db, _item(sample, day, time(10, 30), time(12), "B"))
    save_item(db, _item(sample, day, time(12), time(13), "C (touches B)"))
    save_item(db, _item(sample, day, title="D (no time)"))
    save_item(db, _item(sample, date(2025, 7, 5), time(9), time(11), "E (other day)"))
    f, _ = save_item(db, _item(sample, day, time(14), None, "F (moment)"))
    g, _ = save_item(db, _item(sample, day, time(14), None, "G (same moment)"))
    h, _ = save_item(db, _item(sample, day, time(13, 30), time(15), "H"))
    assert sorted(overlaps(db, sample["exchange"])) == sorted([(a, b), (h, f), (h, g), (f, g)])


def test_no_overlaps(db, sample):
    assert overlaps(db, sample["exchange"]) == []
    assert overlaps(db, 999) == []
