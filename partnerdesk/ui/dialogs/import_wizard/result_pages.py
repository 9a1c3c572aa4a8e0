"""The last steps of the import: options, the running import, and what it did."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QLabel,
    QProgressBar,
    QRadioButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto.imports import DuplicateRow, ImportResult, RejectedRow
from partnerdesk.i18n import translate
from partnerdesk.services import imports
from partnerdesk.ui.models.table_model import RowTableModel
from partnerdesk.ui.widgets.tables import configure_table

ACTIONS = {
    "skipped": QT_TRANSLATE_NOOP("ImportResultPage", "Skipped"),
    "merged": QT_TRANSLATE_NOOP("ImportResultPage", "Empty fields filled in"),
    "created": QT_TRANSLATE_NOOP("ImportResultPage", "Created anyway"),
}


class OptionsPage(QWidget):
    """Step 4: what to do with duplicates, and whether to try without importing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QGroupBox()
        self.choices = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        box = QVBoxLayout(self.group)
        for key in imports.ON_DUPLICATE:
            radio = QRadioButton(objectName=f"duplicate_{key}")
            self.radios[key] = radio
            self.choices.addButton(radio)
            box.addWidget(radio)
        self.radios["skip"].setChecked(True)
        self.dry_run = QCheckBox(objectName="dryRun")
        self.note = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.group)
        layout.addSpacing(8)
        layout.addWidget(self.dry_run)
        layout.addSpacing(8)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.retranslate_ui()

    def on_duplicate(self) -> str:
        """"skip", "merge" or "create"."""
        return next(key for key, radio in self.radios.items() if radio.isChecked())

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.group.setTitle(self.tr("When a row matches a contact already there"))
        self.radios["skip"].setText(self.tr("Skip the row (the contact stays as it is)"))
        self.radios["merge"].setText(self.tr("Fill in the empty fields of the existing contact"))
        self.radios["create"].setText(self.tr("Create a new contact anyway"))
        self.dry_run.setText(self.tr("Dry run: check the whole file and show what would "
                                     "happen, without importing anything"))
        self.note.setText(self.tr(
            "The import is all or nothing: either every accepted row is imported or, if it "
            "is cancelled or fails, none. Rejected rows are listed with their line number "
            "and reason afterwards."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class RunPage(QWidget):
    """Step 5: the import running, with its progress (Cancel is the dialog's button)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(wordWrap=True)
        self.bar = QProgressBar(objectName="importProgress")
        self.bar.setRange(0, 0)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addStretch(2)

    def start(self, text: str) -> None:
        """Show `text` and a busy bar until progress arrives."""
        self.label.setText(text)
        self.bar.setRange(0, 0)

    def progressed(self, done: int, total: int, _text: str = "") -> None:
        """Progress from the worker (per mille of the file read)."""
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))


class RejectedModel(RowTableModel):
    """Rejected rows: line and reason."""

    HEADER_CONTEXT = "ImportResultPage"
    COLUMNS = (QT_TRANSLATE_NOOP("ImportResultPage", "Line"),
               QT_TRANSLATE_NOOP("ImportResultPage", "Reason"))
    RIGHT_ALIGNED = frozenset({0})

    def display(self, row: RejectedRow, column: int) -> str:
        """The line number or the translated reason."""
        return str(row.line) if column == 0 else imports.reason_text(row, translate)


class DuplicatesModel(RowTableModel):
    """Rows that matched a contact already there: line, contact, reasons, what happened."""

    HEADER_CONTEXT = "ImportResultPage"
    COLUMNS = (QT_TRANSLATE_NOOP("ImportResultPage", "Line"),
               QT_TRANSLATE_NOOP("ImportResultPage", "Existing contact"),
               QT_TRANSLATE_NOOP("ImportResultPage", "Why it matches"),
               QT_TRANSLATE_NOOP("ImportResultPage", "What happened"))
    RIGHT_ALIGNED = frozenset({0})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.names: dict[int, str] = {}

    def display(self, row: DuplicateRow, column: int) -> str:
        """One cell's text."""
        if column == 0:
            return str(row.line)
        if column == 1:
            if row.within_file:
                return QCoreApplication.translate("ImportResultPage",
                                                  "an earlier row of this file")
            if row.contact_id is None:
                return ""
            return self.names.get(row.contact_id, f"#{row.contact_id}")
        if column == 2:
            return ", ".join(translate(context, text) for context, text in
                             imports.reason_labels(row.reason))
        return translate("ImportResultPage", ACTIONS.get(row.action, row.action))


class ResultPage(QWidget):
    """Step 6: counts, rejected rows and duplicates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: ImportResult | None = None
        self.summary = QLabel(wordWrap=True, objectName="importSummary")
        self.rejected = RejectedModel(self)
        self.duplicates = DuplicatesModel(self)
        self.tabs = QTabWidget()
        for model, widths in ((self.rejected, [60]), (self.duplicates, [60, 260, 220])):
            view = QTableView()
            view.setModel(model)
            configure_table(view, widths)
            self.tabs.addTab(view, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

    def set_result(self, result: ImportResult, names: dict[int, str]) -> None:
        """Show what the import did (`names`: existing contacts' names by id)."""
        self.result = result
        self.rejected.set_rows(list(result.rejected))
        self.duplicates.names = dict(names)
        self.duplicates.set_rows(list(result.duplicates))
        self.tabs.setCurrentIndex(0 if result.rejected_count or not result.duplicate_count
                                  else 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        result = self.result
        self.rejected.retranslate()
        self.duplicates.retranslate()
        self.tabs.setTabText(0, self.tr("Rejected rows ({count})").format(
            count=result.rejected_count if result else 0))
        self.tabs.setTabText(1, self.tr("Duplicates ({count})").format(
            count=result.duplicate_count if result else 0))
        if result is None:
            self.summary.clear()
        elif result.cancelled:
            self.summary.setText(self.tr(
                "The import was cancelled. Nothing was imported; the database is unchanged."))
        else:
            self.summary.setText(self._summary(result))

    def _summary(self, result: ImportResult) -> str:
        if result.dry_run:
            parts = [self.tr("Dry run — nothing was imported."),
                     self.tr("%n row(s) read.", "", result.rows_read),
                     self.tr("%n contact(s) would be imported.", "", result.imported)]
            if result.merged:
                parts.append(self.tr("%n existing contact(s) would be completed.", "",
                                     result.merged))
        else:
            parts = [self.tr("%n row(s) read.", "", result.rows_read),
                     self.tr("%n contact(s) imported.", "", result.imported)]
            if result.merged:
                parts.append(self.tr("%n existing contact(s) completed.", "", result.merged))
        if result.rejected_count:
            parts.append(self.tr("%n row(s) rejected — see the list below.", "",
                                 result.rejected_count))
        if result.duplicate_count:
            parts.append(self.tr("%n row(s) match contacts already there.", "",
                                 result.duplicate_count))
        return " ".join(parts)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
