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

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto.findings import Finding
from partnerdesk.i18n import translate_message
from partnerdesk.messages import UserError
from partnerdesk.services import checks, contact_editing, exchange_editing, grants
from partnerdesk.ui.dialogs.contact_form.fields import error_label, show_message
from partnerdesk.ui.dialogs.exchange_workspace.documents_tab import DocumentsTab
from partnerdesk.ui.dialogs.exchange_workspace.findings_view import FindingsView
from partnerdesk.ui.dialogs.exchange_workspace.hosts_tab import HostsTab
from partnerdesk.ui.dialogs.exchange_workspace.overview_tab import OverviewTab
from partnerdesk.ui.dialogs.exchange_workspace.participants_tab import ParticipantsTab
from partnerdesk.ui.dialogs.exchange_workspace.programme_tab import ProgrammeTab
from partnerdesk.ui.dialogs.exchange_workspace.youth_tab import YOUTH_KINDS, YouthTab

TABS = ("overview", "participants", "youth", "documents", "hosts", "programme", "checks")
SUB_TABS = ("participants", "youth", "documents", "hosts", "programme", "checks")


class ExchangeWorkspaceDialog(QDialog):
    """Plan one exchange (`exchange_id`), or a new one (None). Raises UserError when gone."""

    sig_saved = Signal(int)
    """The exchange's fields were saved (its id)."""

    def __init__(self, workspace: Any, exchange_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchangeWorkspace")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.workspace = workspace
        db = workspace.db
        self.original = (exchange_editing.new_exchange() if exchange_id is None
                         else exchange_editing.load_exchange(db, exchange_id))
        self.banner = error_label("banner")
        self.tabs = QTabWidget(objectName="tabs")
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
        self.pages: dict[str, QWidget] = {
            "overview": self.overview, "participants": self.participants,
            "youth": self.youth, "documents": self.documents, "hosts": self.hosts,
            "programme": self.programme, "checks": checks_page}
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
        self.checks.sig_finding_activated.connect(self.open_finding)
        workspace.sig_data_changed.connect(self._data_changed)
        self.overview.set_form(self.original)
        self._load_grants()
        self._load_tabs()
        self.retranslate_ui()
        self.resize(1180, 680)

    # -- state ---------------------------------------------------------------------------

    @property
    def exchange_id(self) -> int | None:
        """The id of the exchange (None until a new one is saved)."""
        return self.original.id

    def has_changes(self) -> bool:
        """True when the overview fields differ from what was loaded or saved last."""
        return self.overview.form() != self.original

    def show_tab(self, key: str) -> bool:
        """Switch to the tab `key` (a `Finding.area` or one of `TABS`); False if none."""
        page = self.pages.get(key)
        index = self.tabs.indexOf(page) if page is not None else -1
        if index < 0 or not (self.tabs.isTabEnabled(index) and self.tabs.isTabVisible(index)):
            return False
        self.tabs.setCurrentWidget(page)
        return True

    def open_finding(self, finding: Finding) -> None:
        """Go where `finding` is fixed: its tab, with its participant selected there."""
        if not self.show_tab(finding.area) or finding.participation_id is None:
            return
        select = getattr(self.pages[finding.area], "select_participation", None)
        if select is not None:
            select(finding.participation_id)

    def _load_tabs(self) -> None:
        saved = self.exchange_id is not None
        for key in SUB_TABS:
            self.tabs.setTabEnabled(self.tabs.indexOf(self.pages[key]), saved)
        self.tabs.setTabVisible(self.tabs.indexOf(self.youth), self.original.kind in YOUTH_KINDS)
        self.participants.load(self.exchange_id, self.original.currency)
        self.youth.load(self.exchange_id)
        self.documents.load(self.exchange_id)
        self.hosts.load(self.exchange_id)
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
            self.tr("The exchange has changes that are not saved yet. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def done(self, result: int) -> None:
        """Stop listening to the workspace once closed."""
        try:
            self.workspace.sig_data_changed.disconnect(self._data_changed)
        except (RuntimeError, TypeError):
            pass
        super().done(result)

    # -- texts ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        texts = {"overview": self.tr("&Overview"), "participants": self.tr("&Participants"),
                 "youth": self.tr("&Youth"), "documents": self.tr("Travel &documents"),
                 "hosts": self.tr("&Host families"), "programme": self.tr("Pro&gramme")}
        for key, text in texts.items():
            self.tabs.setTabText(self.tabs.indexOf(self.pages[key]), text)
        self.checks.retranslate_ui()
        self._update_checks_title()
        self.checks_hint.setText(self.tr(
            "What is off in this exchange, most urgent first. Double-click a finding to go "
            "where it is fixed; the list updates after every change."))
        self.save_button.setToolTip(self.tr("Save the exchange's fields (Ctrl+S)"))
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
