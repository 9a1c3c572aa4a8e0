"""Printing a report (the system's print dialog; pages painted on the worker thread) and
saving it as PDF (asking first when it holds sensitive data)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from partnerdesk.messages import UserError
from partnerdesk.services import report_files
from partnerdesk.ui.errors import show_error
from partnerdesk.ui.pages.reports.pdf import print_pages
from partnerdesk.ui.pages.reports.report_list import report_title
from partnerdesk.ui.tasks import Cancelled, Task


class ReportOutput(QObject):
    """Print and Save as PDF for the report the Reports page shows."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.folder: Path | None = None  # where the last report was saved
        self.task: Task | None = None  # the print job running
        self.printer: QPrinter | None = None  # kept alive while the worker paints on it

    def _file_stem(self) -> str:
        report = self.page.report
        return report_files.file_name(report_title(report.info),
                                      self.page.parameters.subject_text())

    # -- printing ------------------------------------------------------------------------

    def print_report(self) -> None:
        """Ask for the printer in the system's print dialog, then print."""
        report = self.page.report
        if report is None or self.task is not None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(self._file_stem().removesuffix(".pdf"))
        dialog = QPrintDialog(printer, self.page)
        dialog.setMinMax(1, len(report.sizes))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print the report on `printer` in the background (tests print to a PDF file)."""
        report = self.page.report
        if report is None or self.task is not None:
            return
        self.printer = printer
        self.page.set_busy(self.tr("Printing…"))
        self.task = self.page.workspace.runner.submit(
            lambda progress: print_pages(report.data, printer, progress),
            self._printed, self._print_failed, self._progressed)

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.page.set_busy(self.tr("Printing page {page} of {count}…").format(
            page=done + 1, count=total))

    def _printed(self, count: int) -> None:
        self.task = self.printer = None
        self.page.set_busy("")
        self._status(self.tr("%n page(s) sent to the printer.", "", count))

    def _print_failed(self, exc: BaseException) -> None:
        self.task = self.printer = None
        self.page.set_busy("")
        if isinstance(exc, Cancelled):
            self._status(self.tr("Printing was cancelled."))
        else:
            show_error(self.page, exc)

    def cancel(self) -> bool:
        """Cancel the print job; False when none runs."""
        if self.task is None:
            return False
        self.task.cancel()
        self.page.set_busy(self.tr("Cancelling…"))
        return True

    def _status(self, text: str) -> None:
        bar = getattr(self.page.window(), "statusBar", None)
        if bar is not None:
            bar().showMessage(text, 8000)

    # -- saving --------------------------------------------------------------------------

    def confirm_sensitive(self) -> bool:
        """For a confidential report: say it holds sensitive data; True to save anyway."""
        answer = QMessageBox.question(
            self.page, self.tr("Save confidential report"),
            self.tr("This report holds sensitive personal data (health, passport or other "
                    "personal details). Save it only where no one else can read it, and do "
                    "not send it unencrypted.\n\nSave it anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def default_path(self) -> Path:
        """The suggested file: the report's name in the last folder used, at first the
        user's documents folder."""
        folder = self.folder or Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        return folder / self._file_stem()

    def save_pdf(self) -> Path | None:
        """Ask where to save the report, then write it (atomically); the path written."""
        report = self.page.report
        if report is None or (report.info.confidential and not self.confirm_sensitive()):
            return None
        path, _filter = QFileDialog.getSaveFileName(
            self.page, self.tr("Save report as PDF"), str(self.default_path()),
            self.tr("PDF documents (*.pdf)"))
        if not path:
            return None
        try:
            written = report_files.save_pdf(Path(path), report.data)
        except (UserError, OSError) as exc:
            show_error(self.page, exc)
            return None
        self.folder = written.parent
        self._status(self.tr("Report saved to {path}.").format(path=written))
        return written
