"""The exchange workspace: one exchange on tabs — overview, participants, youth, documents,
hosts, programme, checks.

Works non-modally (`open()`/`show()`). The *Overview* fields are saved as a whole with
Save or Ctrl+S (optimistic locking: a conflict shows the service's message and keeps the
input); participants and programme items are saved one action at a time. After every write
(`workspace.note_write()`) the lists and the checks refresh, so a finding disappears as soon
as it is fixed; opening a finding goes to its tab with the person selected. A new exchange
gets its other tabs once it has been saved. Tabs load on the GUI thread: an exchange's data
is a handful of queries (~0.1 s for the demo's 45 participants), and after a write the tabs
must show the new state at once.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from partnerdesk.dto.findings import Finding
from partnerdesk.i18n import translate_message
from partnerdesk.messages import UserError
from partnerdesk.services import checks, contact_editing, exchange_editing, grants
from partnerdesk.ui.dialogs.contact_form.fields import show_message
from partnerdesk.ui.dialogs.exchange_workspace.documents_tab import DocumentsTab
from partnerdesk.ui.dialogs.exchange_workspace.findings_view import FindingsView
from partnerdesk.ui.dialogs.exchange_workspace.hosts_tab import HostsTab
from partnerdesk.ui.dialogs.exchange_workspace.overview_tab import OverviewTab
from partnerdesk.ui.dialogs.exchange_workspace.participants_tab import ParticipantsTab
from partnerdesk.ui.dialogs.exchange_workspace.programme_tab import ProgrammeTab
from partnerdesk.ui.dialogs.exchange_workspace.youth_tab import YOUTH_KINDS, YouthTab
from partnerdesk.ui.dialogs.workspace_dialog import WorkspaceDialog

TABS = ("overview", "participants", "youth", "documents", "hosts", "programme", "checks")
SUB_TABS = TABS[1:]


class ExchangeWorkspaceDialog(WorkspaceDialog):
    """Plan one exchange (`exchange_id`), or a new one (None). Raises UserError when gone.
    `sig_saved`: the exchange's fields were saved."""

    def __init__(self, workspace: Any, exchange_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("exchangeWorkspace")
        db = workspace.db
        self.original = (exchange_editing.new_exchange() if exchange_id is None
                         else exchange_editing.load_exchange(db, exchange_id))
        self.overview = OverviewTab(workspace, contact_editing.partner_town_choices(db), self)
        self.participants = ParticipantsTab(workspace, self)
        self.youth = YouthTab(workspace, self)
        self.documents = DocumentsTab(workspace, self)
        self.hosts = HostsTab(workspace, self)
        self.programme = ProgrammeTab(workspace, self)
        self.checks_hint = QLabel(wordWrap=True)
        self.checks = FindingsView(parent=self)
        checks_page = QWidget()
        checks_layout = QVBoxLayout(checks_page)
        checks_layout.addWidget(self.checks_hint)
        checks_layout.addWidget(self.checks, 1)
        self.add_pages({
            "overview": self.overview, "participants": self.participants,
            "youth": self.youth, "documents": self.documents, "hosts": self.hosts,
            "programme": self.programme, "checks": checks_page})
        self.overview.sig_changed.connect(self._update_state)
        self.checks.sig_finding_activated.connect(self.open_finding)
        self.listen(workspace.sig_data_changed, self._data_changed)
        self.overview.set_form(self.original)
        self.overview.set_grant_rows(grants.list_grants(db))
        self._load_tabs()
        self.retranslate_ui()
        self.resize(1180, 680)

    # -- state ---------------------------------------------------------------------------

    @property
    def exchange_id(self) -> int | None:
        """The id of the exchange (None until a new one is saved)."""
        return self.original.id

    def open_finding(self, finding: Finding) -> None:
        """Go where `finding` is fixed: its tab, with its participant selected there."""
        if not self.show_tab(finding.area) or finding.participation_id is None:
            return
        select = getattr(self.pages[finding.area], "select_participation", None)
        if select is not None:
            select(finding.participation_id)

    def _load_tabs(self) -> None:
        self.enable_tabs(SUB_TABS)
        self.tabs.setTabVisible(self.tabs.indexOf(self.youth), self.original.kind in YOUTH_KINDS)
        self.participants.load(self.exchange_id, self.original.currency)
        self.youth.load(self.exchange_id)
        self.documents.load(self.exchange_id)
        self.hosts.load(self.exchange_id, self.original.start_date, self.original.end_date)
        self.programme.load(self.exchange_id, self.original.start_date)
        self.refresh_checks()

    def refresh_checks(self) -> None:
        """Check the exchange again and show its findings, most urgent first."""
        db, today = self.workspace.db, self.workspace.today()
        findings = []
        if db is not None and self.exchange_id is not None:
            try:
                findings = checks.check_exchange(db, self.exchange_id, today)
            except UserError:  # deleted elsewhere meanwhile: nothing to check
                findings = []
        self.checks.set_findings(findings, today)
        self.youth.set_findings(findings)
        self.documents.set_findings(findings)
        self._update_checks_title()

    def _load_grants(self) -> None:
        """Give the overview the grant applications (for the linked ones' titles) and the
        ids linked now (a grant workspace may have linked or unlinked one meanwhile)."""
        db = self.workspace.db
        if db is not None and self.exchange_id is not None:
            try:
                linked = exchange_editing.load_exchange(db, self.exchange_id).grant_ids
            except UserError:  # deleted elsewhere meanwhile
                linked = self.original.grant_ids
            self.original = dataclasses.replace(self.original, grant_ids=linked)
            self.overview.set_grant_ids(linked)
        self.overview.set_grant_rows([] if db is None else grants.list_grants(db))

    def _data_changed(self) -> None:
        if self.workspace.db is None:
            return
        self._load_grants()
        self.participants.refresh()
        self.youth.refresh()
        self.documents.refresh()
        self.hosts.refresh()
        self.programme.refresh()
        self.refresh_checks()

    def _update_state(self) -> None:
        changed = self.has_changes()
        self.save_button.setEnabled(changed)
        title = self.overview.form().title.strip() or self.tr("New exchange")
        self.setWindowTitle(self.tr("Exchange – {title}").format(title=title)
                            + (" *" if changed else ""))

    def _update_checks_title(self) -> None:
        count = len(self.checks.findings)
        self.tabs.setTabText(self.tabs.indexOf(self.pages["checks"]),
                             self.tr("Chec&ks (%n)", "", count) if count else self.tr("Chec&ks"))

    # -- saving and closing --------------------------------------------------------------

    def save(self) -> bool:
        """Save the overview fields; on a problem show it and keep the input. True if saved."""
        if not self.has_changes() and self.exchange_id is not None:
            return True
        form = self.overview.form()
        try:
            exchange_id, _version = exchange_editing.save_exchange(self.workspace.db, form)
        except UserError as exc:
            show_message(self.banner, translate_message(exc))
            self.tabs.setCurrentWidget(self.overview)
            return False
        show_message(self.banner, "")
        self.original = exchange_editing.load_exchange(self.workspace.db, exchange_id)
        self.overview.set_form(self.original)
        self._load_tabs()
        self.workspace.note_write()
        self._update_state()
        self.sig_saved.emit(exchange_id)
        return True

    def discard_texts(self) -> tuple[str, str]:
        """The title and the question asked before unsaved changes are dropped."""
        return (self.tr("Unsaved changes"),
                self.tr("The exchange has changes that are not saved yet. Discard them?"))

    # -- texts ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.set_tab_texts({
            "overview": self.tr("&Overview"), "participants": self.tr("&Participants"),
            "youth": self.tr("&Youth"), "documents": self.tr("Travel &documents"),
            "hosts": self.tr("&Host families"), "programme": self.tr("Pro&gramme")})
        self.checks.retranslate_ui()
        self._update_checks_title()
        self.checks_hint.setText(self.tr(
            "What is off in this exchange, most urgent first. Double-click a finding to go "
            "where it is fixed; the list updates after every change."))
        self.save_button.setToolTip(self.tr("Save the exchange's fields (Ctrl+S)"))
        self._update_state()
