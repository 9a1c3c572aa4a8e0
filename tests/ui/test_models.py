"""The table models pass Qt's model tester; the contacts model pages through the service."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from partnerdesk.services import exchanges, grants
from partnerdesk.ui.models.contacts_model import ContactsModel
from partnerdesk.ui.models.exchanges_model import ExchangesModel
from partnerdesk.ui.models.grants_model import GrantsModel
from partnerdesk.ui.models.table_model import ROW_ID_ROLE


def test_contacts_model_passes_the_model_tester(qtmodeltester, demo_workspace):
    model = ContactsModel(page_size=40)
    model.load(demo_workspace.db)
    qtmodeltester.check(model, force_py=True)


def test_contacts_model_fetches_pages_in_order(demo_workspace):
    model = ContactsModel(page_size=40)
    model.load(demo_workspace.db)
    assert model.rowCount() == 40
    assert model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 150 == model.total()
    keys = [(row.sort_key, row.id) for row in model.rows]
    assert keys == sorted(keys)
    assert len({row.id for row in model.rows}) == 150
    assert model.index(0, 0).data(ROW_ID_ROLE) == model.rows[0].id


def test_contacts_model_search_resets_to_the_matches(demo_workspace):
    model = ContactsModel(page_size=40)
    model.load(demo_workspace.db, "bauer")
    assert 0 < model.rowCount() < 40
    assert not model.canFetchMore(QModelIndex())
    model.load(None)
    assert model.rowCount() == 0


def test_headers_are_translated_source_texts(demo_workspace):
    model = ContactsModel()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles[:3] == ["Name", "Name in native script", "Town"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_exchange_and_grant_models_pass_the_model_tester(qtmodeltester, demo_workspace):
    exchange_model = ExchangesModel()
    exchange_model.set_rows(exchanges.list_exchanges(demo_workspace.db))
    qtmodeltester.check(exchange_model, force_py=True)
    grant_model = GrantsModel()
    grant_model.set_rows(grants.list_grants(demo_workspace.db))
    qtmodeltester.check(grant_model, force_py=True)
