"""The File and Help menu's actions and what they do: databases, backups, profile, about.

The services and the dialogs that need them are imported when an action runs: the main
window (and so this module) must load without SQLAlchemy.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from partnerdesk import __version__, paths
from partnerdesk import settings as cfg
from partnerdesk.ui import open_flow
from partnerdesk.ui.dialogs.first_start import CHOICE_DEMO, FirstStartDialog
from partnerdesk.ui.errors import show_error
from partnerdesk.ui.formatting import format_datetime
from partnerdesk.ui.workspace import Workspace


def unused_path(folder: Path, stem: str = "partnerdesk") -> Path:
    """`stem.sqlite` in `folder`, or `stem-2.sqlite`, … whichever does not exist yet."""
    candidate, number = folder / f"{stem}.sqlite", 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{stem}-{number}.sqlite"
    return candidate


class FileActions(QObject):
    """Actions of the File and Help menus, bound to a window and the workspace."""

    sig_status = Signal(str)
    """A short message for the status bar."""
    sig_busy = Signal(str)
    """Background work started (its description); an empty text: it ended."""

    def __init__(self, window: QWidget, workspace: Workspace) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.opening = False
        # Ctrl+N is "New person" on the contacts page, the action users need most often
        self.new = self._action(self.new_database, "Ctrl+Shift+N")
        self.open = self._action(self.open_database, QKeySequence.StandardKey.Open)
        self.recent = QMenu(window)
        self.recent.aboutToShow.connect(self._fill_recent)
        self.backup = self._action(self.backup_now, "Ctrl+B")
        self.backup_to = self._action(self.backup_to_file)
        self.restore = self._action(self.restore_backup)
        self.profile = self._action(self.edit_profile)
        self.quit = self._action(window.close, "Ctrl+Q")  # StandardKey.Quit is empty on Windows
        self.about = self._action(self.show_about)
        workspace.sig_database_changed.connect(self.update_enabled)
        self.retranslate_ui()
        self.update_enabled()

    def _action(self, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(self.window)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def update_enabled(self) -> None:
        """Enable what makes sense for the open database (nothing while one opens)."""
        has_db = self.workspace.db is not None
        for action in (self.backup, self.backup_to, self.restore):
            action.setEnabled(self.workspace.can_back_up() and not self.opening)
        self.profile.setEnabled(has_db and not self.opening)
        for action in (self.new, self.open):
            action.setEnabled(not self.opening)
        self.recent.menuAction().setEnabled(not self.opening)

    def set_opening(self, opening: bool) -> None:
        """A database is being opened in the background: no other may be opened meanwhile."""
        self.opening = opening
        self.update_enabled()

    # -- databases -----------------------------------------------------------------------

    def new_database(self) -> None:
        """Create an empty database or the demo association in a new file."""
        dialog = FirstStartDialog(unused_path(paths.data_dir()), False, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.path is None:
            return
        open_flow.create_database(
            self.window, self.workspace, dialog.path, dialog.choice == CHOICE_DEMO
        )

    def open_database(self) -> None:
        """Open another database file."""
        current = getattr(self.workspace.db, "path", None)
        folder = str(current.parent) if current else str(paths.data_dir())
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open database"), folder,
            self.tr("PartnerDesk databases (*.sqlite *.db);;All files (*)"),
        )
        if name:
            open_flow.open_with_recovery(self.window, self.workspace, Path(name))

    def _fill_recent(self) -> None:
        self.recent.clear()
        for entry in self.workspace.settings.get(cfg.RECENT_DATABASES):
            action = self.recent.addAction(entry)
            action.triggered.connect(
                lambda _c=False, p=entry: open_flow.open_with_recovery(
                    self.window, self.workspace, Path(p)
                )
            )
        if self.recent.isEmpty():
            self.recent.addAction(self.tr("No recent databases")).setEnabled(False)

    # -- backups -------------------------------------------------------------------------

    def backup_now(self, destination: Path | None = None) -> None:
        """A verified backup into the backup folder (or `destination`), in the background."""
        from partnerdesk.services import maintenance

        db = self.workspace.db
        self.sig_busy.emit(self.tr("Backing up…"))

        def done(path: Path) -> None:
            self.sig_busy.emit("")
            self.sig_status.emit(self.tr("Backup written to {path}").format(path=path))

        def failed(exc: BaseException) -> None:
            self.sig_busy.emit("")
            show_error(self.window, exc)

        self.workspace.runner.submit(
            lambda _progress: maintenance.backup_now(db, destination), done, failed
        )

    def backup_to_file(self) -> None:
        """A verified backup to a file the user chooses (e.g. on a USB stick)."""
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Back up to file"),
            str(Path.home() / "partnerdesk-backup.sqlite"),
            self.tr("PartnerDesk databases (*.sqlite)"),
        )
        if name:
            self.backup_now(Path(name))

    def restore_backup(self) -> None:
        """Pick a backup, confirm, and restore it over the open database."""
        from partnerdesk.services import maintenance
        from partnerdesk.ui.dialogs.restore_dialog import RestoreDialog

        db = self.workspace.db
        dialog = RestoreDialog(db.label, maintenance.list_backups(db), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.selected() is None:
            return
        backup = dialog.selected()
        if self.confirm_restore(db.label, backup):
            open_flow.restore_and_open(self.window, self.workspace, Path(db.path), backup)
            self.sig_status.emit(self.tr("The backup was restored."))

    def confirm_restore(self, label: str, backup: Any) -> bool:
        """Ask once more, naming what will be replaced."""
        text = self.tr(
            "The database {name} will be replaced by the backup of {date}. Changes made "
            "since then will be gone. A copy of the current state is kept in the backup "
            "folder first.\n\nRestore now?"
        ).format(name=label, date=format_datetime(backup.taken_at))
        answer = QMessageBox.question(
            self.window, self.tr("Restore from backup"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- profile and about ---------------------------------------------------------------

    def edit_profile(self) -> None:
        """Open the association profile dialog."""
        from partnerdesk.ui.dialogs.profile_dialog import ProfileDialog

        ProfileDialog(self.workspace, self.window).exec()

    def show_about(self) -> None:
        """About PartnerDesk."""
        QMessageBox.about(
            self.window, self.tr("About PartnerDesk"),
            self.tr(
                "<h3>PartnerDesk {version}</h3><p>The office of a town-twinning association: "
                "contacts, exchanges, grants and reports.</p><p>Licence: GNU GPL version 3 "
                "or later.</p>"
            ).format(version=__version__),
        )

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        texts = (
            (self.new, self.tr("&New database…"),
             self.tr("Create an empty database or the demo association")),
            (self.open, self.tr("&Open database…"), self.tr("Open another database file")),
            (self.backup, self.tr("&Back up now"),
             self.tr("Write a verified backup into the backup folder")),
            (self.backup_to, self.tr("Back up &to file…"),
             self.tr("Write a verified backup to a file of your choice")),
            (self.restore, self.tr("&Restore from backup…"),
             self.tr("Replace the open database by one of its backups")),
            (self.profile, self.tr("Association &profile…"),
             self.tr("Name, address, logo and board of the association")),
            (self.quit, self.tr("&Quit"), self.tr("Close PartnerDesk")),
            (self.about, self.tr("&About PartnerDesk"), ""),
        )
        for action, text, tip in texts:
            action.setText(text)
            action.setStatusTip(tip)
            action.setToolTip(tip or text)
        self.recent.setTitle(self.tr("Recent &databases"))
