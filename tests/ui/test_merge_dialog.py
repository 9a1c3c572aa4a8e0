"""Finding a planted duplicate and merging it in the review dialogs."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from partnerdesk.domain import Contact
from partnerdesk.dto.duplicates import OTHER
from partnerdesk.dto.duplicates import SURVIVOR as KEEP
from partnerdesk.services import contacts, imports, merge
from partnerdesk.ui.dialogs.duplicates_dialog import DuplicatesDialog
from partnerdesk.ui.dialogs.merge_dialog import MergeDialog, references_text
from partnerdesk.ui.main_window import PAGE_KEYS, MainWindow


@pytest.fixture
def planted(window: MainWindow, tmp_path: Path) -> tuple[int, int]:
    """A second "Bernd Bauer" (same e-mail, another town): (the demo's id, the new id)."""
    db = window.workspace.db
    original = contacts.list_contacts(db, "bauer")[0]
    path = tmp_path / "again.csv"
    path.write_text(f"Nachname;Vorname;E-Mail;Ort;Notizen\nBauer;Bernd;{original.email};"
                    "Leipzig;kam über die Liste\n", encoding="utf-8")
    result = imports.run_import(db, path, on_duplicate="create")
    assert result.imported == 1
    new = next(row.id for row in contacts.list_contacts(db, "bauer") if row.id != original.id)
    return original.id, new


def _open_pair(qtbot, window: MainWindow, ids: tuple[int, int]) -> DuplicatesDialog:
    window.show_page(PAGE_KEYS.index("contacts"))
    page = window.pages["contacts"]
    page.find_duplicates()
    dialog = page.dialog
    assert dialog.busy.isVisible() or not dialog.searching
    qtbot.waitUntil(lambda: not dialog.searching, timeout=5000)
    assert not dialog.busy.isVisible()
    rows = [i for i, row in enumerate(dialog.model.rows) if {row.a_id, row.b_id} == set(ids)]
    assert rows, "the planted pair is found"
    pair = dialog.model.rows[rows[0]]
    assert pair.a_name.startswith("Bauer, Bernd") and pair.b_name.startswith("Bauer, Bernd")
    assert "same e-mail address" in dialog.model.index(rows[0], 3).data()
    dialog.table.selectionModel().select(
        dialog.model.index(rows[0], 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    assert dialog.selected_pair() is pair
    return dialog


def test_duplicates_are_found_and_merged(qtbot, window, planted, monkeypatch):
    db = window.workspace.db
    original, new = planted
    before = contacts.count_contacts(db)
    references = merge.merge_preview(db, original, new).survivor_references
    assert references.get("roles") and references.get("memberships")
    dialog = _open_pair(qtbot, window, planted)
    qtbot.mouseClick(dialog.review_button, Qt.MouseButton.LeftButton)
    merging: MergeDialog = dialog.merge_dialog
    assert merging.preview.survivor_id == min(planted)
    assert "Roles: 1" in references_text(merging.preview.survivor_references)

    merging.keep(new)  # the new record survives: the demo's references must move to it
    assert merging.preview.survivor_id == new and merging.preview.other_id == original
    assert merging.choices()["city"] == KEEP  # the survivor's own value by default
    assert merging.choices()["street"] == OTHER  # empty on the survivor: the other's
    merging.choose("city", OTHER)
    assert "cannot be undone" in merging.summary.text()
    asked = []

    def yes(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    with qtbot.waitSignal(merging.sig_merged, timeout=5000) as merged:
        qtbot.mouseClick(merging.merge_button, Qt.MouseButton.LeftButton)
    assert "will be kept" in asked[0] and "removed" in asked[0]
    assert merged.args[0].moved  # references moved
    assert contacts.count_contacts(db) == before - 1
    members = {row.id for row in contacts.list_contacts(db, "bauer", role="member")}
    assert new in members and original not in members
    with db.unit() as session:
        kept = session.get(Contact, new)
        assert kept.city == "Mühlenstedt" and kept.street  # chosen and filled in
    assert window.workspace.dirty
    qtbot.waitUntil(lambda: not dialog.searching, timeout=5000)
    assert all(new not in (row.a_id, row.b_id) for row in dialog.model.rows)
    page = window.pages["contacts"]
    qtbot.waitUntil(lambda: page.model.total() == before - 1, timeout=3000)


def test_a_contact_changed_meanwhile_is_not_merged(qtbot, window, planted, monkeypatch):
    db = window.workspace.db
    before = contacts.count_contacts(db)
    merging = MergeDialog(window.workspace, *planted)
    qtbot.addWidget(merging)
    seen = merging.preview.other_version
    with db.unit() as session:  # someone else edits one of the two
        session.execute(sa.update(Contact).where(Contact.id == planted[1])
                        .values(version=Contact.version + 1))
        session.commit()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a: shown.append(text)))
    merging.merge_now()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "changed elsewhere" in shown[0]
    assert merging.merge_button.isEnabled()
    assert merging.preview.other_version == seen + 1  # compared again, as it is now
    assert contacts.count_contacts(db) == before


def test_no_duplicates_says_so(qtbot, demo_workspace, empty_path):
    demo_workspace.open_path(empty_path)
    dialog = DuplicatesDialog(demo_workspace)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.searching, timeout=5000)
    assert dialog.model.rowCount() == 0
    assert "No possible duplicates" in dialog.status.text()
    assert not dialog.review_button.isEnabled()
