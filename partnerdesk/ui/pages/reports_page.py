"""Reports: choose a report, what it is about and its language; see it inside the app;
print it or save it as PDF.

The report is generated on the worker thread (`catalogue.generate`, DESIGN.md §3.4) a
moment after the last change, or at once with F5; the preview keeps the last report
with a busy indicator meanwhile. Each request has a generation number: a newer request
wins, an older one that has not started yet is skipped and its result dropped. A
`UserError` (e.g. no exchange chosen) is shown in place of the preview.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.i18n import translate_message, translator_for
from partnerdesk.logs import log_file
from partnerdesk.messages import UserError
from partnerdesk.reports.catalogue import ReportInfo, ReportRequest, generate
from partnerdesk.ui.errors import message_for
from partnerdesk.ui.pages.reports.output import ReportOutput
from partnerdesk.ui.pages.reports.parameters import ReportParameters, contacts_view
from partnerdesk.ui.pages.reports.pdf import page_sizes
from partnerdesk.ui.pages.reports.preview import PdfPreview
from partnerdesk.ui.pages.reports.report_list import ReportList
from partnerdesk.ui.widgets.empty_state import EmptyState
from partnerdesk.ui.widgets.list_tools import ActionBar, set_action_texts

log = logging.getLogger(__name__)
DELAY_MS = 300  # a new preview this long after the last change


@dataclass(frozen=True)
class GeneratedReport:
    """A report made: what was asked for, the PDF, and the size of each page (points)."""

    request: ReportRequest
    info: ReportInfo
    data: bytes
    sizes: tuple[tuple[float, float], ...]


def _generate(db: Any, request: ReportRequest, info: ReportInfo, today: Any,
              generation: int, latest: Any) -> tuple[int, Any]:
    """On the worker: the report (or the exception that stopped it) with its generation;
    nothing when a newer request came before this one started."""
    if latest() != generation:
        return generation, None
    try:
        data = generate(db, request, translator_for, today)
        return generation, GeneratedReport(request, info, data, page_sizes(data))
    except Exception as exc:  # noqa: BLE001 - shown on the GUI thread, if still wanted
        return generation, exc


class ReportsPage(QWidget):
    """The report list, the chosen report's parameters, and its preview."""

    sig_generated = Signal()
    """A generation finished: the preview or the message shows its outcome."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.report: GeneratedReport | None = None
        """The report the preview shows (None while there is none)."""
        self.message_text = ""
        """What stands in place of the preview (a translated message), if anything."""
        self.generating = False
        self.busy_message = ""
        """What the busy indicator says while printing (empty: not printing)."""
        self._generation = 0
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.regenerate)

        self.title = QLabel(objectName="pageTitle")
        self.toolbar = ActionBar(self)
        self.refresh_action = self.toolbar.add(self.regenerate, "F5")
        self.output = ReportOutput(self)
        self.print_action = self.toolbar.add(self.output.print_report, "Ctrl+P")
        self.save_action = self.toolbar.add(self.output.save_pdf, "Ctrl+S")
        self.busy = QProgressBar(objectName="reportBusy", maximum=0, textVisible=False,
                                 maximumWidth=120)
        self.busy_text = QLabel(objectName="reportBusyText")
        self.cancel = QToolButton(objectName="cancelReport")
        self.cancel.clicked.connect(self.cancel_work)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(self.toolbar)
        top.addStretch(1)
        for widget in (self.busy_text, self.busy, self.cancel):
            top.addWidget(widget)

        self.reports = ReportList(self)
        self.parameters = ReportParameters(workspace, self)
        self.confidential = QLabel(objectName="confidentialNote", wordWrap=True)
        self.confidential.setStyleSheet(
            "QLabel#confidentialNote { background: #fff4e5; border: 1px solid #e0a040;"
            " border-radius: 3px; padding: 6px; }")
        left = QWidget()
        left.setMinimumWidth(320)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(self.reports)
        column.addWidget(self.parameters)
        column.addWidget(self.confidential)
        column.addStretch(1)
        self.preview = PdfPreview(workspace.runner, self)
        self.message = EmptyState(self)
        self.message.setObjectName("reportMessage")
        self.right = QStackedWidget()
        self.right.addWidget(self.preview)
        self.right.addWidget(self.message)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([370, 800])
        self.splitter.setChildrenCollapsible(False)
        self.empty = EmptyState(self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        self.reports.sig_report_chosen.connect(self._report_chosen)
        self.parameters.sig_changed.connect(self._timer.start)
        self.retranslate_ui()
        self._report_chosen(None)
        self._update_state()

    # -- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the choices from the open database and make the report again."""
        self._take_contacts()
        if self.workspace.db is None:
            self._generation += 1
            self.report, self.generating = None, False
            self.preview.clear()
        else:
            self.parameters.refresh()
            if self.reports.current_info() is None and self.reports.items():
                self.reports.setCurrentItem(self.reports.items()[0])  # generates it
            else:
                self.regenerate()
        self._update_state()

    def _take_contacts(self) -> None:
        """The search and selection of the Contacts page, for the contact reports."""
        contacts = getattr(self.window(), "pages", {}).get("contacts")
        if contacts is not None:
            self.parameters.take_contacts(contacts_view(contacts))

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        """Take over the Contacts page's search and selection when coming back."""
        self._take_contacts()
        super().showEvent(event)

    def _report_chosen(self, info: ReportInfo | None) -> None:
        self.parameters.set_report(info)
        self.confidential.setVisible(info is not None and info.confidential)
        self.regenerate()

    def regenerate(self) -> None:
        """Make the chosen report with the parameters shown, on the worker (the newest
        request wins)."""
        self._timer.stop()
        self._generation += 1
        db, info = self.workspace.db, self.reports.current_info()
        request = self.parameters.request()
        if db is None or request is None or info is None:
            self.generating = False
            self._update_state()
            return
        for code in request.language.split("+"):
            translator_for(code)  # its QTranslator is made here, on the GUI thread
        generation, today = self._generation, self.workspace.today()
        self.generating, self.message_text = True, ""

        self._update_state()
        self.workspace.runner.submit(
            lambda _progress: _generate(db, request, info, today, generation,
                                        lambda: self._generation),
            self._generated)

    def _generated(self, outcome: tuple[int, Any]) -> None:
        generation, result = outcome
        if generation != self._generation:
            return
        self.generating = False
        if isinstance(result, GeneratedReport):
            self.report, self.message_text = result, ""
            self.preview.set_document(result.data, result.sizes)
        else:
            self.report = None
            self.preview.clear()
            if isinstance(result, UserError):
                self.message_text = translate_message(result)
            else:
                log.error("generating a report failed", exc_info=result)
                self.message_text = message_for(result, log_file())
        self._update_state()
        self.sig_generated.emit()

    def cancel_work(self) -> None:
        """Stop waiting for the report being made, or cancel the print job."""
        if self.output.cancel():
            return
        if self.generating:
            self._generation += 1  # its result will be dropped
            self.generating = False
            self.report = None
            self.preview.clear()
            self.message_text = self.tr("Cancelled. Press F5 to make the report again.")
            self._update_state()

    # -- showing -------------------------------------------------------------------------

    def set_busy(self, text: str) -> None:
        """Show (text) or hide (empty) the busy indicator of printing."""
        self.busy_message = text
        self._update_state()

    def _update_state(self) -> None:
        has_db = self.workspace.db is not None
        self.stack.setCurrentWidget(self.splitter if has_db else self.empty)
        info = self.reports.current_info()
        if info is None:
            self.message.setText(self.tr(
                "Choose a report on the left: participant lists, programmes, financial "
                "statements, address labels, letters…"))
        else:
            self.message.setText(self.message_text or self.tr("Making the report…"))
        show_preview = self.report is not None and not self.message_text and info is not None
        self.right.setCurrentWidget(self.preview if show_preview else self.message)
        printing = self.busy_message
        busy = self.generating or bool(printing)
        for widget in (self.busy, self.busy_text, self.cancel):
            widget.setVisible(busy)
        self.busy_text.setText(printing or self.tr("Making the report…"))
        ready = show_preview and not busy
        self.print_action.setEnabled(ready)
        self.save_action.setEnabled(ready)
        self.refresh_action.setEnabled(has_db and info is not None)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Reports"))
        set_action_texts({
            self.refresh_action: (self.tr("&Refresh"),
                                  self.tr("Make the report again from the current data")),
            self.print_action: (self.tr("&Print…"),
                                self.tr("Print the report with the system's print dialog")),
            self.save_action: (self.tr("&Save as PDF…"),
                               self.tr("Save the report as a PDF file"))})
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setToolTip(self.tr("Stop making or printing the report"))
        self.confidential.setText(self.tr(
            "Confidential: this report holds sensitive personal data (health, passport or "
            "other personal details). Hand it only to those who need it, keep printouts "
            "safe and do not send the file unencrypted."))
        self.empty.setText(self.tr("No database is open. Open or create a database in the "
                                   "File menu."))
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
