"""The funder profiles: a funder's programme and its rules, as data the user edits.

A list of every profile (funder, programme, example, how many applications use it) beside
the editor of the one selected. Save (Ctrl+S) writes it with optimistic locking; Delete asks
and is refused while applications use the profile; "Add example profiles" installs the
shipped examples, which stay marked until the user has checked them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto.grants import FunderProfileForm, FunderProfileRow
from partnerdesk.i18n import translate_message
from partnerdesk.messages import UserError
from partnerdesk.services import funders, grant_editing
from partnerdesk.ui.dialogs.contact_form.fields import error_label, show_message
from partnerdesk.ui.dialogs.exchange_workspace.actions import ask_then_write
from partnerdesk.ui.dialogs.funder_profiles_form import FunderProfileEditor
from partnerdesk.ui.dialogs.guard import GuardedDialog
from partnerdesk.ui.widgets.tables import configure_table

WIDTHS = [170, 200, 70, 80]
EXAMPLE_COLOUR = QColor("#fff4ce")


class FunderProfilesDialog(GuardedDialog):
    """List and edit the funder profiles; install the example profiles."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("funderProfiles")
        self.workspace = workspace
        self.rows: list[FunderProfileRow] = []
        self.original = FunderProfileForm()
        self.table = QTableWidget(0, len(WIDTHS), self, objectName="profileTable")
        configure_table(self.table, WIDTHS)
        self.empty = QLabel(objectName="emptyHint", wordWrap=True)
        self.new = QPushButton(objectName="newProfile")
        self.delete = QPushButton(objectName="deleteProfile")
        self.examples = QPushButton(objectName="installExamples")
        self.save_button = QPushButton(objectName="saveProfile")
        for button in (self.new, self.delete, self.examples, self.save_button):
            button.setAutoDefault(False)
        self.notice = QLabel(objectName="notice", wordWrap=True)
        self.message = error_label("message")
        self.editor = FunderProfileEditor(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        list_buttons = QHBoxLayout()
        for button in (self.new, self.delete):
            list_buttons.addWidget(button)
        list_buttons.addStretch(1)
        list_buttons.addWidget(self.examples)
        left_layout.addLayout(list_buttons)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.notice)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(self.message)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        right_layout.addLayout(save_row)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([580, 620])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)  # Return in a field saves (below), never closes
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self.buttons.rejected.connect(self.reject)
        self.new.clicked.connect(self.new_profile)
        self.delete.clicked.connect(self.delete_profile)
        self.examples.clicked.connect(self.install_examples)
        self.save_button.clicked.connect(self.save)
        self.shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.shortcut.activated.connect(self.save)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.editor.sig_changed.connect(self._update_state)
        workspace.sig_database_changed.connect(self._database_changed)
        self.editor.set_funders(grant_editing.funder_choices(workspace.db))
        self.retranslate_ui()  # loads the list too
        if self.rows:
            self.select(self.rows[0].id)
        else:
            self._show(FunderProfileForm())
        self.resize(1200, 680)

    # -- the list ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list of profiles (keeping the selection)."""
        db = self.workspace.db
        self.rows = funders.list_profiles(db) if db is not None else []
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            texts = [row.funder, row.programme, self.tr("Example") if row.is_example else "",
                     str(row.applications)]
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                if row.is_example:
                    cell.setBackground(QBrush(EXAMPLE_COLOUR))
                if column == 3:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                    cell.setToolTip(self.tr("Used by %n application(s)", "", row.applications))
                self.table.setItem(number, column, cell)
        self.table.clearSelection()
        for number, row in enumerate(self.rows):
            if row.id == self.original.id:
                self.table.selectRow(number)
        self.table.blockSignals(False)
        self.empty.setVisible(not self.rows)
        self._update_state()

    def select(self, profile_id: int | None) -> None:
        """Select and edit the profile `profile_id` when it is listed."""
        for number, row in enumerate(self.rows):
            if row.id == profile_id:
                self.table.selectRow(number)

    def _selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()].id if rows and rows[0].row() < len(self.rows) else None

    def _selection_changed(self) -> None:
        profile_id = self._selected_id()
        if profile_id is None or profile_id == self.original.id:
            return
        if self.has_changes() and not self.confirm_discard():
            self.table.blockSignals(True)
            self.table.clearSelection()
            self.select(self.original.id)
            self.table.blockSignals(False)
            return
        try:
            self._show(funders.load_profile(self.workspace.db, profile_id))
        except UserError as exc:  # deleted elsewhere meanwhile
            show_message(self.message, translate_message(exc))
            self.refresh()

    def _show(self, form: FunderProfileForm) -> None:
        self.original = form
        self.editor.set_form(form)
        show_message(self.message, "")
        self._update_state()

    # -- state and actions ---------------------------------------------------------------

    def has_changes(self) -> bool:
        """True when the editor differs from the profile loaded or saved last."""
        return self.editor.form() != self.original

    def _update_state(self) -> None:
        saved = self.original.id is not None
        self.delete.setEnabled(saved)
        self.save_button.setEnabled(self.has_changes() or not saved)
        self.editor.setEnabled(self.workspace.db is not None)

    def new_profile(self) -> None:
        """Start a new profile (after asking, when the current one has unsaved changes)."""
        if self.has_changes() and not self.confirm_discard():
            return
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.blockSignals(False)
        self._show(FunderProfileForm())
        self.editor.funder.setFocus()

    def save(self) -> bool:
        """Save the profile shown; on a problem show it and keep the input. True if saved."""
        problem = self.editor.problem()
        if problem:
            show_message(self.message, problem)
            return False
        try:
            profile_id, _version = funders.save_profile(self.workspace.db, self.editor.form())
        except UserError as exc:
            show_message(self.message, translate_message(exc))
            return False
        self._show(funders.load_profile(self.workspace.db, profile_id))
        self.workspace.note_write()
        self.refresh()
        return True

    def delete_profile(self) -> None:
        """Delete the profile shown, after asking (refused while applications use it)."""
        form = self.original
        if form.id is None:
            return
        ask_then_write(
            self, self.tr("Delete funder profile"),
            self.tr("Delete the funder profile “{programme}”?").format(programme=form.programme),
            lambda: funders.delete_profile(self.workspace.db, form.id, form.version),
            self._deleted,
        )

    def _deleted(self) -> None:
        self.workspace.note_write()
        self.refresh()
        if not any(row.id == self.original.id for row in self.rows):
            self._show(FunderProfileForm())

    def install_examples(self) -> None:
        """Add the shipped example profiles (and their funders) that are missing."""
        try:
            added = funders.install_examples(self.workspace.db)
        except UserError as exc:
            show_message(self.message, translate_message(exc))
            return
        if added:
            self.notice.setText(self.tr(
                "%n example profile(s) added. Check their values against the funders' current "
                "guidelines before applying.", "", added))
            self.workspace.note_write()
            self.editor.set_funders(grant_editing.funder_choices(self.workspace.db))
        else:
            self.notice.setText(self.tr("The example profiles are already there."))
        self.refresh()

    # -- closing and texts ---------------------------------------------------------------

    def _database_changed(self) -> None:
        """Another database was opened: these profiles belong to the old one."""
        self.original = self.editor.form()  # nothing to save any more
        self.reject()

    def done(self, result: int) -> None:
        """Stop listening to the workspace once closed."""
        try:
            self.workspace.sig_database_changed.disconnect(self._database_changed)
        except (RuntimeError, TypeError):
            pass
        super().done(result)

    def discard_texts(self) -> tuple[str, str]:
        """The title and the question asked before unsaved changes are dropped."""
        return (self.tr("Unsaved changes"),
                self.tr("The funder profile has changes that are not saved yet. Discard them?"))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Funder profiles"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Funder"), self.tr("Programme"), self.tr("Example"),
            self.tr("Applications")])
        self.new.setText(self.tr("&New"))
        self.delete.setText(self.tr("&Delete…"))
        self.delete.setToolTip(self.tr("Not possible while applications use the profile"))
        self.examples.setText(self.tr("Add &example profiles"))
        self.examples.setToolTip(self.tr(
            "Add example profiles of common funders (and the funders as organisations); "
            "profiles already there stay as they are"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the funder profile (Ctrl+S)"))
        self.empty.setText(self.tr(
            "No funder profiles yet. Add the example profiles and adapt them, or enter one "
            "with “New” — the funder must be an organisation in the contacts."))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
