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

from PySide6.QtWidgets import QWidget

from partnerdesk.i18n import translate_message
from partnerdesk.messages import UserError
from partnerdesk.services import funders, grant_editing, grant_workflow
from partnerdesk.ui.dialogs.contact_form.fields import show_message
from partnerdesk.ui.dialogs.exchange_workspace.actions import open_tracked
from partnerdesk.ui.dialogs.grant_workspace.budget_tab import BudgetTab
from partnerdesk.ui.dialogs.grant_workspace.milestones_tab import MilestonesTab
from partnerdesk.ui.dialogs.grant_workspace.overview_tab import OverviewTab
from partnerdesk.ui.dialogs.grant_workspace.payments_tab import PaymentsTab
from partnerdesk.ui.dialogs.grant_workspace.receipts_tab import ReceiptsTab
from partnerdesk.ui.dialogs.grant_workspace.status_dialog import StatusDialog, StatusRequest
from partnerdesk.ui.dialogs.workspace_dialog import WorkspaceDialog

TABS = ("overview", "milestones", "budget", "receipts", "payments")
SUB_TABS = TABS[1:]


class GrantWorkspaceDialog(WorkspaceDialog):
    """Work on one application (`grant_id`), or a new one (None; from `exchange_id`: linked
    to that exchange). Raises UserError when the application or exchange is gone.
    `sig_saved`: the application's fields or status were saved."""

    def __init__(self, workspace: Any, grant_id: int | None, parent: QWidget | None = None,
                 exchange_id: int | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("grantWorkspace")
        db = workspace.db
        self.original = (grant_editing.new_grant(db, exchange_id) if grant_id is None
                         else grant_editing.load_grant(db, grant_id))
        self.status_dialog: StatusDialog | None = None
        """The status dialog opened last (tests look at it)."""
        self.overview = OverviewTab(self)
        self.milestones = MilestonesTab(workspace, self)
        self.budget = BudgetTab(workspace, self)
        self.receipts = ReceiptsTab(workspace, self)
        self.payments = PaymentsTab(workspace, self)
        self.add_pages({
            "overview": self.overview, "milestones": self.milestones, "budget": self.budget,
            "receipts": self.receipts, "payments": self.payments})
        self.overview.sig_changed.connect(self._update_state)
        self.overview.status_box.sig_change_requested.connect(self.change_status)
        self.listen(workspace.sig_data_changed, self._data_changed)
        self.listen(workspace.sig_database_changed, self._database_changed)
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

    def _load_choices(self) -> None:
        db = self.workspace.db
        self.overview.set_choices(grant_editing.funder_choices(db), funders.list_profiles(db),
                                  grant_editing.exchange_choices(db))

    def _load_tabs(self) -> None:
        self.enable_tabs(SUB_TABS)
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
        open_tracked(self, dialog, "status_dialog")

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

    def discard_texts(self) -> tuple[str, str]:
        """The title and the question asked before unsaved changes are dropped."""
        return (self.tr("Unsaved changes"),
                self.tr("The grant application has changes that are not saved yet. Discard them?"))

    # -- texts ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.set_tab_texts({
            "overview": self.tr("&Overview"), "milestones": self.tr("&Milestones"),
            "budget": self.tr("Cost and &financing plan"), "receipts": self.tr("&Receipts"),
            "payments": self.tr("Pa&yments")})
        self.save_button.setToolTip(self.tr("Save the application's fields (Ctrl+S)"))
        self._update_state()
