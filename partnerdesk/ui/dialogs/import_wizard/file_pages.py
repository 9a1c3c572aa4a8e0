"""The first two steps of the import: choosing the file, and a look at what was detected."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto.imports import ImportPreview
from partnerdesk.i18n import translate
from partnerdesk.services import imports
from partnerdesk.ui.formatting import format_size
from partnerdesk.ui.widgets.tables import configure_table

MAX_PREVIEW_COLUMNS = 60
"""Wider files show their first columns here; the mapping step lists every column."""


def header_text(preview: ImportPreview, header: str) -> str:
    """A column's name as shown: a vCard's columns are field keys, shown by their labels."""
    if preview.format == "vcard" and header in imports.FIELDS:
        return translate("Import", imports.FIELDS[header])
    return header


def error_label() -> QLabel:
    """A red, wrapped label for a problem on a step (hidden while empty)."""
    label = QLabel(objectName="importError")
    label.setWordWrap(True)
    label.setStyleSheet("QLabel#importError { color: #b00020; }")
    label.hide()
    return label


class FilePage(QWidget):
    """Step 1: the file to import."""

    sig_changed = Signal()
    """The path changed (the dialog re-checks whether it may go on)."""

    def __init__(self, folder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.intro = QLabel(wordWrap=True)
        self.path = QLineEdit(objectName="importPath")
        self.path.setClearButtonEnabled(True)
        self.choose = QPushButton(objectName="chooseFile")
        self.choose.clicked.connect(self.choose_file)
        self.error = error_label()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.path.textChanged.connect(lambda _t: (self.error.hide(), self.sig_changed.emit()))
        self.retranslate_ui()

    def file(self) -> Path | None:
        """The chosen file, if it exists."""
        text = self.path.text().strip()
        return Path(text) if text and Path(text).is_file() else None

    def choose_file(self) -> None:
        """Ask for the file in the system's file dialog."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import contacts"), self.folder,
            self.tr("Contact files (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;All files (*)"))
        if path:
            self.path.setText(path)

    def show_error(self, text: str) -> None:
        """Say why the file cannot be imported."""
        self.error.setText(text)
        self.error.show()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.intro.setText(self.tr(
            "Choose a file with contacts: a CSV file (saved from Excel, Outlook, Google "
            "Contacts or Thunderbird), an Excel workbook (XLSX) or a vCard file (VCF). "
            "Nothing is imported before the last step."))
        self.path.setPlaceholderText(self.tr("Path of the file"))
        self.choose.setText(self.tr("Choose…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class PreviewPage(QWidget):
    """Step 2: the detected format, encoding, delimiter and header row, and the first rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview: ImportPreview | None = None
        self.facts = QFormLayout()
        selectable = Qt.TextInteractionFlag.TextSelectableByMouse
        self.values = {key: QLabel(textInteractionFlags=selectable)
                       for key in ("format", "encoding", "delimiter", "header", "size")}
        self.captions = {key: QLabel() for key in self.values}
        for key, value in self.values.items():
            self.facts.addRow(self.captions[key], value)
        self.hint = QLabel(wordWrap=True)
        self.table = QTableWidget(objectName="previewTable")
        configure_table(self.table)
        self.table.verticalHeader().setVisible(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.facts)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        self.retranslate_ui()

    def set_preview(self, preview: ImportPreview) -> None:
        """Show what the service read from the start of the file."""
        self.preview = preview
        headers = list(preview.headers[:MAX_PREVIEW_COLUMNS])
        self.table.clear()
        self.table.setColumnCount(len(headers) + 1)
        self.table.setRowCount(len(preview.rows))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Check"), *(header_text(preview, h) for h in headers)])
        for number, row in enumerate(preview.rows):
            self.table.setVerticalHeaderItem(number, QTableWidgetItem(str(row.line)))
            problem = (imports.reason_text(row.problem, translate) if row.problem
                       else self.tr("OK"))
            item = QTableWidgetItem(problem)
            item.setToolTip(problem)
            if row.problem:
                item.setForeground(QColor("#b00020"))
            self.table.setItem(number, 0, item)
            for column, cell in enumerate(row.cells[: len(headers)], start=1):
                item = QTableWidgetItem(cell)
                item.setToolTip(cell if len(cell) > 18 else "")
                self.table.setItem(number, column, item)
        self.table.setColumnWidth(0, 220)
        for column in range(1, len(headers) + 1):
            self.table.setColumnWidth(column, 130)
        self._fill_facts()

    def _fill_facts(self) -> None:
        preview = self.preview
        if preview is None:
            return
        formats = {"csv": self.tr("CSV (text with separators)"),
                   "xlsx": self.tr("Excel workbook (XLSX)"), "vcard": self.tr("vCard")}
        delimiters = {",": self.tr("comma ( , )"), ";": self.tr("semicolon ( ; )"),
                      "\t": self.tr("tab")}
        self.values["format"].setText(formats.get(preview.format, preview.format))
        self.values["encoding"].setText(preview.encoding or "—")
        self.values["delimiter"].setText(delimiters.get(preview.delimiter,
                                                        preview.delimiter or "—"))
        self.values["header"].setText(
            self.tr("line {line}").format(line=preview.header_line) if preview.header_line
            else self.tr("none (vCard fields)"))
        self.values["size"].setText(format_size(preview.size))
        for key in ("encoding", "delimiter"):
            self.values[key].setVisible(preview.format == "csv")
            self.captions[key].setVisible(preview.format == "csv")
        self.hint.setText(self.tr(
            "The first {count} rows as read (the line numbers are those of the file). "
            "“Check” says whether a row would be imported with the suggested assignment of "
            "the columns, which you can change in the next step."
        ).format(count=len(preview.rows)))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        captions = {"format": self.tr("Format:"), "encoding": self.tr("Encoding:"),
                    "delimiter": self.tr("Separator:"), "header": self.tr("Header row:"),
                    "size": self.tr("Size:")}
        for key, text in captions.items():
            self.captions[key].setText(text)
        if self.preview is not None:
            self.set_preview(self.preview)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
