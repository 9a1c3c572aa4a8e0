"""The association profile dialog: inline validation, save through the service, cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from partnerdesk.services import association
from partnerdesk.ui.dialogs.profile_dialog import ProfileDialog


def _dialog(qtbot, workspace) -> ProfileDialog:
    dialog = ProfileDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _save_button(dialog: ProfileDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_edit_and_save_round_trip(qtbot, workspace, empty_path: Path, tmp_path: Path):
    workspace.open_path(empty_path)
    dialog = _dialog(qtbot, workspace)
    qtbot.keyClicks(dialog.edits["name"], "Freundeskreis Musterstadt e.V.")
    qtbot.keyClicks(dialog.edits["postal_code"], "04109")
    qtbot.keyClicks(dialog.edits["city"], "Leipzig")
    qtbot.keyClicks(dialog.edits["email"], "vorstand@example.org")
    dialog.report_language.setCurrentIndex(dialog.report_language.findData("de+ru"))
    dialog.board.add_member()
    dialog.board.table.item(0, 0).setText("Anna Schmidt")
    dialog.board.table.item(0, 1).setText("Vorsitzende")
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    logo = tmp_path / "logo.png"
    image.save(str(logo))
    assert dialog.logo.load_file(logo)
    assert not dialog.logo.preview.pixmap().isNull()

    with qtbot.waitSignal(workspace.sig_data_changed):
        qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = association.get_profile(workspace.db)
    assert saved.name == "Freundeskreis Musterstadt e.V."
    assert (saved.postal_code, saved.city, saved.country) == ("04109", "Leipzig", "DE")
    assert saved.default_report_language == "de+ru"
    assert [(m.name, m.function, m.signs) for m in saved.board] == [
        ("Anna Schmidt", "Vorsitzende", True)
    ]
    assert saved.logo == logo.read_bytes() and saved.logo_mime == "image/png"
    assert workspace.dirty  # the automatic backup is scheduled

    again = _dialog(qtbot, workspace)
    assert again.edits["name"].text() == "Freundeskreis Musterstadt e.V."
    assert again.board.members()[0].name == "Anna Schmidt"
    assert not again.has_changes()


def test_invalid_input_is_shown_inline_and_not_saved(qtbot, workspace, empty_path: Path):
    workspace.open_path(empty_path)
    dialog = _dialog(qtbot, workspace)
    qtbot.keyClicks(dialog.edits["email"], "not-an-address")
    qtbot.keyClicks(dialog.edits["postal_code"], "123")
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors["name"].isVisible()
    assert "name" in dialog.errors["name"].text()
    assert dialog.errors["email"].isVisible()
    assert dialog.errors["postal_code"].isVisible()
    assert association.get_profile(workspace.db).name == ""


def test_a_concurrent_change_is_reported_in_the_banner(qtbot, workspace, empty_path: Path):
    workspace.open_path(empty_path)
    dialog = _dialog(qtbot, workspace)
    association.save_profile(workspace.db, association.get_profile(workspace.db).__class__(
        name="Saved elsewhere"))
    qtbot.keyClicks(dialog.edits["name"], "Mine")
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.banner.isVisible() and "elsewhere" in dialog.banner.text()
    assert association.get_profile(workspace.db).name == "Saved elsewhere"


def test_cancel_with_changes_asks_first(qtbot, workspace, empty_path: Path, monkeypatch):
    workspace.open_path(empty_path)
    dialog = _dialog(qtbot, workspace)
    qtbot.keyClicks(dialog.edits["name"], "Unsaved")
    answers = [False, True]
    asked = []
    monkeypatch.setattr(dialog, "confirm_discard", lambda: asked.append(1) or answers.pop(0))
    dialog.reject()
    assert dialog.isVisible() and len(asked) == 1
    dialog.reject()
    assert not dialog.isVisible() and len(asked) == 2
    assert association.get_profile(workspace.db).name == ""


def test_cancel_without_changes_does_not_ask(qtbot, workspace, empty_path: Path, monkeypatch):
    workspace.open_path(empty_path)
    dialog = _dialog(qtbot, workspace)
    monkeypatch.setattr(dialog, "confirm_discard", lambda: (_ for _ in ()).throw(AssertionError))
    dialog.reject()
    assert not dialog.isVisible()


def test_a_non_image_logo_is_refused(qtbot, workspace, empty_path: Path, tmp_path: Path):
    workspace.open_path(empty_path)
    dialog = _dialog(qtbot, workspace)
    text = tmp_path / "notes.png"
    text.write_text("not an image")
    assert not dialog.logo.load_file(text)
    assert dialog.errors["logo"].isVisible()
    assert dialog.logo.data is None
