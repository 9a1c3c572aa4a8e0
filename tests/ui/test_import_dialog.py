"""The import dialog end to end: file, preview, mapping, options, run, result, cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from partnerdesk.services import contacts
from partnerdesk.services.imports import staging
from partnerdesk.ui.dialogs.import_wizard import ImportDialog
from partnerdesk.ui.dialogs.import_wizard import dialog as steps
from partnerdesk.ui.dialogs.import_wizard.mapping_page import MappingPage
from partnerdesk.ui.main_window import PAGE_KEYS, MainWindow


@pytest.fixture
def people_csv(tmp_path: Path, window: MainWindow) -> Path:
    """Three good rows, one with an impossible date, one already in the demo (by e-mail)."""
    known = contacts.list_contacts(window.workspace.db, "bauer")[0]
    path = tmp_path / "mitglieder.csv"
    path.write_text(
        "Nachname;Vorname;E-Mail;Geburtsdatum;Ort\n"
        "Zebrowski;Ada;ada@example.org;01.02.1970;Görlitz\n"
        "Zebrowski;Bert;bert@example.org;1971-03-04;Leipzig\n"
        "Zebrowski;Cleo;cleo@example.org;31.02.1980;Leipzig\n"
        f"Bauer;Bernd;{known.email};;\n"
        "Zebrowski;Dora;;;Halle\n",
        encoding="cp1252",
    )
    return path


def _open(qtbot, window: MainWindow, path: Path, monkeypatch) -> ImportDialog:
    window.show_page(PAGE_KEYS.index("contacts"))
    page = window.pages["contacts"]
    page.import_contacts()
    dialog = page.dialog
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    qtbot.mouseClick(dialog.file_page.choose, Qt.MouseButton.LeftButton)
    assert dialog.next.isEnabled()
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.current() == steps.PREVIEW, timeout=5000)
    return dialog


def _run(qtbot, dialog: ImportDialog) -> None:
    while dialog.current() in (steps.PREVIEW, steps.MAPPING, steps.OPTIONS):
        qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.current() == steps.RESULT, timeout=10000)


def test_import_end_to_end(qtbot, window, people_csv, monkeypatch):
    page = window.pages.get("contacts") or window.page("contacts")
    before = contacts.count_contacts(window.workspace.db)
    dialog = _open(qtbot, window, people_csv, monkeypatch)
    preview = dialog.preview_page
    assert preview.values["encoding"].text() == "Windows-1252"
    assert "semicolon" in preview.values["delimiter"].text()
    assert preview.table.rowCount() == 5
    assert preview.table.item(0, 1).text() == "Zebrowski"
    assert "not a valid date" in preview.table.item(2, 0).text()

    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert dialog.current() == steps.MAPPING
    assert dialog.mapping_page.mapping() == {
        "Nachname": "family_name", "Vorname": "given_name", "E-Mail": "email",
        "Geburtsdatum": "birth_date", "Ort": "city"}
    _run(qtbot, dialog)

    result = dialog.result_page.result
    assert (result.imported, result.rejected_count, result.duplicate_count) == (3, 1, 1)
    assert dialog.result_page.rejected.index(0, 0).data() == "4"
    assert "31.02.1980" in dialog.result_page.rejected.index(0, 1).data()
    duplicates = dialog.result_page.duplicates
    assert duplicates.index(0, 0).data() == "5"
    assert duplicates.index(0, 1).data() == "Bauer, Bernd"
    assert "e-mail" in duplicates.index(0, 2).data()
    assert duplicates.index(0, 3).data() == "Skipped"
    assert "3 contact" in dialog.result_page.summary.text()
    assert not dialog.back.isVisible() and not dialog.next.isVisible()
    assert contacts.count_contacts(window.workspace.db) == before + 3
    assert window.workspace.dirty  # note_write was called
    qtbot.waitUntil(lambda: page.model.total() == before + 3, timeout=3000)
    qtbot.keyClicks(page.search, "zebrowski")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=3000)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_dry_run_imports_nothing_until_asked(qtbot, window, people_csv, monkeypatch):
    before = contacts.count_contacts(window.workspace.db)
    dialog = _open(qtbot, window, people_csv, monkeypatch)
    dialog.show_step(steps.OPTIONS)
    dialog.options_page.dry_run.setChecked(True)
    dialog.options_page.radios["create"].setChecked(True)
    assert dialog.next.text() == "Check"
    _run(qtbot, dialog)
    assert dialog.result_page.result.dry_run
    assert "Dry run" in dialog.result_page.summary.text()
    assert contacts.count_contacts(window.workspace.db) == before
    assert dialog.next.isVisible() and dialog.next.text() == "Import now"
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.current() == steps.RESULT
                    and not dialog.result_page.result.dry_run, timeout=10000)
    assert contacts.count_contacts(window.workspace.db) == before + 4  # "create anyway"


def test_cancel_leaves_the_database_unchanged(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "many.csv"
    path.write_text("Vorname;Nachname\n" + "".join(f"G{i};F{i}\n" for i in range(300)),
                    encoding="utf-8")
    monkeypatch.setattr("partnerdesk.services.imports.CHUNK_ROWS", 20)
    dialog = _open(qtbot, window, path, monkeypatch)
    real, chunks = staging.Loader.load, []

    def load_then_wait(self, session, rows):  # the first chunk waits for the Cancel click
        real(self, session, rows)
        chunks.append(len(rows))
        if len(chunks) == 1:
            dialog.cancel_event.wait(5)

    monkeypatch.setattr(staging.Loader, "load", load_then_wait)
    before = contacts.count_contacts(window.workspace.db)
    dialog.show_step(steps.OPTIONS)
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert dialog.current() == steps.RUN and dialog.close_button.text() == "Cancel"
    qtbot.waitUntil(lambda: len(chunks) == 1, timeout=5000)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)  # Cancel, not close
    qtbot.waitUntil(lambda: dialog.current() == steps.RESULT, timeout=5000)
    assert dialog.isVisible()
    assert dialog.result_page.result.cancelled
    assert "cancelled" in dialog.result_page.summary.text()
    assert len(chunks) == 1
    assert contacts.count_contacts(window.workspace.db) == before
    assert not window.workspace.dirty


def test_mappings_can_be_saved_and_chosen(qtbot, window, people_csv, monkeypatch):
    dialog = _open(qtbot, window, people_csv, monkeypatch)
    mapping_page = dialog.mapping_page
    combo = mapping_page.combos[mapping_page.headers.index("Ort")]
    combo.setCurrentIndex(combo.findData("notes"))
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Vereinsliste", True)))
    qtbot.mouseClick(mapping_page.save, Qt.MouseButton.LeftButton)
    assert mapping_page.source.currentText() == "Saved: Vereinsliste"

    fresh = MappingPage(window.workspace.settings)  # another import, later
    qtbot.addWidget(fresh)
    fresh.set_preview(dialog.preview)
    assert fresh.mapping()["Ort"] == "city"  # the suggestion comes first
    fresh.source.setCurrentIndex(fresh.source.findText("Saved: Vereinsliste"))
    fresh.apply_source()
    assert fresh.mapping()["Ort"] == "notes"
    fresh.source.setCurrentIndex(fresh.source.findData("preset:google"))
    fresh.apply_source()
    assert fresh.mapping()["E-Mail"] == "email"
    for header_combo in fresh.combos:
        header_combo.setCurrentIndex(0)
    assert not fresh.is_usable() and not fresh.error.isHidden()


def test_an_unreadable_file_is_explained(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "kaputt.xlsx"
    path.write_bytes(b"PK\x03\x04 this is no workbook")
    window.show_page(PAGE_KEYS.index("contacts"))
    page = window.pages["contacts"]
    page.import_contacts()
    dialog = page.dialog
    dialog.file_page.path.setText(str(tmp_path / "missing.csv"))
    assert not dialog.next.isEnabled()
    dialog.file_page.path.setText(str(path))
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.file_page.error.isVisibleTo(dialog), timeout=5000)
    assert dialog.current() == steps.FILE
    assert dialog.file_page.error.text()
    dialog.reject()
