"""The application workspace: one grant application on tabs — overview (with its status),
milestones, cost and financing plan, receipts, payments.

Works non-modally. The *Overview* fields are saved as a whole with Save or Ctrl+S (optimistic
locking: a conflict shows the service's message and keeps the input); the status changes
one dated step at a time through the status dialog; milestones, budget lines, receipts and
payments are saved one action at a time. After every write (`workspace.note_write()`) every
tab refreshes. A new application gets its other tabs once it has been saved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.i18n import translate_message
from partnerdesk.messages import UserError
from partnerdesk.services import funders, grant_editing, grant_workflow
from partnerdesk.ui.dialogs.contact_form.fields import error_label, show_message
from partnerdesk.ui.dialogs.grant_workspace.budget_tab import BudgetTab
from partnerdesk.ui.dialogs.grant_workspace.milestones_tab import MilestonesTab
from partnerdesk.ui.dialogs.grant_workspace.overview_tab import OverviewTab
from partnerdesk.ui.dialogs.grant_workspace.payments_tab import PaymentsTab
from partnerdesk.ui.dialogs.grant_workspace.receipts_tab import ReceiptsTab
from partnerdesk.ui.dialogs.grant_workspace.status_dialog import StatusDialog, StatusRequest

TABS = ("overview", "milestones", "budget", "receipts", "payments")
SUB_TABS = TABS[1:]


class GrantWorkspaceDialog(QDialog):
    """Work on one application (`grant_id`), or a new one (None; from `exchange_id`: linked
    to that exchange). Raises UserError when the application or exchange is gone."""

    sig_saved = Signal(int)
    """The application's fields or status were saved (its id)."""

    def __init__(self, workspace: Any, grant_id: int | None, parent: QWidget | None = None,
                 exchange_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("grantWorkspace")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.workspace = workspace
        db = workspace.db
        self.original = (grant_editing.new_grant(db, exchange_id) if grant_id is None
                         else grant_editing.load_grant(db, grant_id))
        self.status_dialog: StatusDialog | None = None
        """The status dialog opened last (tests look at it)."""
        self.banner = error_label("banner")
        self.tabs = QTabWidget(objectName="tabs")
        self.overview = OverviewTab(self)
        self.milestones = MilestonesTab(workspace, self)
        self.budget = BudgetTab(workspace, self)
        self.receipts = ReceiptsTab(workspace, self)
        self.payments = PaymentsTab(workspace, self)
        self.pages: dict[str, QWidget] = {
            "overview": self.overview, "milestones": self.milestones, "budget": self.budget,
            "receipts": self.receipts, "payments": self.payments}
        for page in self.pages.values():
            self.tabs.addTab(page, "")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)  # Return in a list must not save or close
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.shortcut.activated.connect(self.save)
        self.overview.sig_changed.connect(self._update_state)
        self.overview.status_box.sig_change_requested.connect(self.change_status)
        workspace.sig_data_changed.connect(self._data_changed)
        workspace.sig_database_changed.connect(self._database_changed)
        self._load_choices()
        self.overview.set_form(self.original)
        self._load_tabs()
        self.retranslate_ui()
        self.resize(1180, 700)

    # -- state ---------------------------------------------------------------------------

    @property
    def grant_id(self) -> int | None:
        """The id of the application (None until a new one is saved)."""
        return self.original.id

    def has_changes(self) -> bool:
        """True when the overview fields differ from what was loaded or saved last."""
        return self.overview.form() != self.original

    def show_tab(self, key: str) -> bool:
        """Switch to the tab `key` (one of `TABS`); False when it is not available."""
        page = self.pages.get(key)
        index = self.tabs.indexOf(page) if page is not None else -1
        if index < 0 or not self.tabs.isTabEnabled(index):
            return False
        self.tabs.setCurrentWidget(page)
        return True

    def _load_choices(self) -> None:
        db = self.workspace.db
        self.overview.set_choices(grant_editing.funder_choices(db), funders.list_profiles(db),
                                  grant_editing.exchange_choices(db))

    def _load_tabs(self) -> None:
        saved = self.grant_id is not None
        for key in SUB_TABS:
            self.tabs.setTabEnabled(self.tabs.indexOf(self.pages[key]), saved)
        currency = self.original.currency
        self.milestones.set_grant(self.grant_id)
        self.budget.set_grant(self.grant_id, currency)
        self.receipts.set_grant(self.grant_id, currency)
        self.payments.set_grant(self.grant_id, currency)
        self._load_status()

    def _load_status(self) -> None:
        steps = ([] if self.grant_id is None
                 else grant_workflow.history(self.workspace.db, self.grant_id))
        self.overview.status_box.set_state(self.original, steps,
                                           grant_workflow.allowed_next(self.original.status))

    def _data_changed(self) -> None:
        """Something was written: take over changes made elsewhere, refresh every tab."""
        db = self.workspace.db
        if db is None:
            return
        self._load_choices()
        if self.grant_id is None:
            return
        try:
            stored = grant_editing.load_grant(db, self.grant_id)
        except UserError:  # deleted elsewhere: Save will say so
            stored = self.original
        # unsaved input stays (Save then reports the conflict); else show what is stored
        if stored != self.original and not self.has_changes():
            self.original = stored
            self.overview.set_form(stored)
            self._load_tabs()
        else:
            for tab in (self.milestones, self.budget, self.receipts, self.payments):
                tab.refresh()
            self._load_status()
        self._update_state()

    def _database_changed(self) -> None:
        """Another database was opened: this application belongs to the old one."""
        self.original = self.overview.form()  # nothing to save any more
        super().reject()

    def _update_state(self) -> None:
        changed = self.has_changes()
        self.save_button.setEnabled(changed or self.grant_id is None)
        title = self.overview.form().title.strip() or self.tr("New application")
        self.setWindowTitle(self.tr("Grant application – {title}").format(title=title)
                            + (" *" if changed else ""))

    # -- saving, the status and closing --------------------------------------------------

    def save(self) -> bool:
        """Save the overview fields; on a problem show it and keep the input. True if saved."""
        if not self.has_changes() and self.grant_id is not None:
            return True
        problem = self.overview.problem()
        if problem:
            show_message(self.banner, problem)
            self.tabs.setCurrentWidget(self.overview)
            return False
        try:
            grant_id, _version = grant_editing.save_grant(self.workspace.db,
                                                          self.overview.form())
        except UserError as exc:
            show_message(self.banner, translate_message(exc))
            self.tabs.setCurrentWidget(self.overview)
            return False
        self._saved(grant_id)
        return True

    def _saved(self, grant_id: int) -> None:
        show_message(self.banner, "")
        self.original = grant_editing.load_grant(self.workspace.db, grant_id)
        self.overview.set_form(self.original)
        self._load_tabs()
        self.workspace.note_write()
        self._update_state()
        self.sig_saved.emit(grant_id)

    def change_status(self) -> None:
        """Open the status dialog (saving unsaved fields first: the step needs them)."""
        if self.grant_id is None or (self.has_changes() and not self.save()):
            return
        allowed = grant_workflow.allowed_next(self.original.status)
        if not allowed:
            return
        dialog = StatusDialog(self.original, allowed, self.workspace.today(), self)
        dialog.sig_submitted.connect(lambda request: self._change_status(dialog, request))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "status_dialog", None))
        self.status_dialog = dialog
        dialog.open()

    def _change_status(self, dialog: StatusDialog, request: StatusRequest) -> None:
        if request.on is None:
            dialog.show_problem(self.tr("Enter the date of the step."))
            return
        try:
            grant_workflow.change_status(
                self.workspace.db, self.original.id, request.status, request.on, request.note,
                expected_version=self.original.version,
                amount_approved=request.amount_approved)
        except UserError as exc:
            dialog.show_problem(translate_message(exc))
            return
        dialog.accept()
        self._saved(self.original.id)

    def reject(self) -> None:
        """Close; unsaved overview changes are only dropped after asking."""
        if self.has_changes() and not self.confirm_discard():
            return
        super().reject()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        """The window's close button asks like Close does."""
        if self.has_changes() and not self.confirm_discard():
            event.ignore()
            return
        super().closeEvent(event)

    def confirm_discard(self) -> bool:
        """Ask whether to drop the unsaved changes."""
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The grant application has changes that are not saved yet. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def done(self, result: int) -> None:
        """Stop listening to the workspace once closed."""
        for signal, slot in ((self.workspace.sig_data_changed, self._data_changed),
                             (self.workspace.sig_database_changed, self._database_changed)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        super().done(result)

    # -- texts ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        texts = {"overview": self.tr("&Overview"), "milestones": self.tr("&Milestones"),
                 "budget": self.tr("Cost and &financing plan"),
                 "receipts": self.tr("&Receipts"), "payments": self.tr("Pa&yments")}
        for key, text in texts.items():
            self.tabs.setTabText(self.tabs.indexOf(self.pages[key]), text)
        self.save_button.setToolTip(self.tr("Save the application's fields (Ctrl+S)"))
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
