"""Step 3 of the import: which contact field each column of the file goes to.

The suggestion (the detected preset) is preselected; any preset or saved mapping can be
chosen instead, and the current assignment can be saved under a name for the next file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto.imports import ImportPreview
from partnerdesk.services import imports
from partnerdesk.settings import Settings
from partnerdesk.ui.dialogs.import_wizard import saved
from partnerdesk.ui.dialogs.import_wizard.file_pages import error_label, header_text
from partnerdesk.ui.widgets.tables import configure_table

SUGGESTED = "suggested:"
"""Data of the source combo: "suggested:", "preset:<key>" or "saved:<name>"."""


def preset_mapping(preset: str, headers: tuple[str, ...]) -> dict[str, str]:
    """The mapping preset `preset` gives `headers` (headers it does not know: synonyms)."""
    from partnerdesk.services.imports.presets import PRESETS, SYNONYMS, normalise_header

    table = PRESETS.get(preset, {})
    mapping = {}
    for header in headers:
        norm = normalise_header(header)
        mapping[header] = table.get(norm, SYNONYMS.get(norm, imports.IGNORE))
    return mapping


def _examples(preview: ImportPreview, column: int) -> str:
    values = [row.cells[column] for row in preview.rows
              if column < len(row.cells) and row.cells[column].strip()]
    return " · ".join(dict.fromkeys(values[:3]))


class MappingPage(QWidget):
    """Source columns with a field combo each, a preset choice and saved mappings."""

    sig_changed = Signal()
    """The assignment changed."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.preview: ImportPreview | None = None
        self.headers: list[str] = []
        self.combos: list[QComboBox] = []
        self._quiet = False
        self.source_label = QLabel()
        self.source = QComboBox(objectName="mappingSource")
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.source.activated.connect(lambda _index: self.apply_source())
        self.save = QPushButton(objectName="saveMapping")
        self.save.clicked.connect(self.save_mapping)
        self.delete = QPushButton(objectName="deleteMapping")
        self.delete.clicked.connect(self.delete_mapping)
        self.table = QTableWidget(0, 3, objectName="mappingTable")
        configure_table(self.table, [200, 330])
        self.table.verticalHeader().setDefaultSectionSize(
            max(self.table.verticalHeader().defaultSectionSize(),
                QComboBox().sizeHint().height() + 2))
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.error = error_label()
        row = QHBoxLayout()
        row.addWidget(self.source_label)
        row.addWidget(self.source)
        row.addStretch(1)
        row.addWidget(self.save)
        row.addWidget(self.delete)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        self.retranslate_ui()

    # -- the assignment ----------------------------------------------------------------

    def set_preview(self, preview: ImportPreview) -> None:
        """One row per column of the file, preset to the service's suggestion."""
        self.preview = preview
        self.headers = list(dict.fromkeys(preview.headers))
        first = {header: preview.headers.index(header) for header in self.headers}
        self.table.setRowCount(len(self.headers))
        self.combos = []
        for number, header in enumerate(self.headers):
            source = QTableWidgetItem(header_text(preview, header))
            source.setToolTip(header)
            self.table.setItem(number, 0, source)
            example = _examples(preview, first[header])
            item = QTableWidgetItem(example)
            item.setToolTip(example)
            self.table.setItem(number, 1, item)
            combo = QComboBox()
            combo.currentIndexChanged.connect(self._changed)
            self.table.setCellWidget(number, 2, combo)
            self.combos.append(combo)
        self._fill_combos()
        self._fill_sources(SUGGESTED)
        self.set_mapping(preview.suggested_mapping)

    def mapping(self) -> dict[str, str]:
        """The chosen assignment: every header → a field key, or "" (not imported)."""
        return {header: combo.currentData() or imports.IGNORE
                for header, combo in zip(self.headers, self.combos, strict=True)}

    def set_mapping(self, mapping: dict[str, str]) -> None:
        """Show `mapping` (headers it does not name are not imported)."""
        self._quiet = True
        try:
            for header, combo in zip(self.headers, self.combos, strict=True):
                index = combo.findData(mapping.get(header, imports.IGNORE))
                combo.setCurrentIndex(max(index, 0))
        finally:
            self._quiet = False
        self._changed()

    def is_usable(self) -> bool:
        """True when at least one column goes to a field."""
        return any(self.mapping().values())

    def apply_source(self) -> None:
        """Apply the suggestion, preset or saved mapping chosen in the combo."""
        if self.preview is None:
            return
        kind, _sep, name = (self.source.currentData() or SUGGESTED).partition(":")
        if kind == "preset":
            self.set_mapping(preset_mapping(name, self.preview.headers))
        elif kind == "saved":
            self.set_mapping(saved.saved_mappings(self.settings).get(name, {}))
        else:
            self.set_mapping(self.preview.suggested_mapping)
        self.delete.setEnabled(kind == "saved")

    def save_mapping(self) -> None:
        """Save the assignment under a name the user gives."""
        kind, _sep, current = (self.source.currentData() or SUGGESTED).partition(":")
        name, ok = QInputDialog.getText(
            self, self.tr("Save mapping"), self.tr("Name of the mapping:"),
            QLineEdit.EchoMode.Normal, current if kind == "saved" else "")
        name = name.strip()
        if not ok or not name:
            return
        saved.save_mapping(self.settings, name, self.mapping())
        self._fill_sources(f"saved:{name}")

    def delete_mapping(self) -> None:
        """Forget the saved mapping chosen in the combo (after asking)."""
        kind, _sep, name = (self.source.currentData() or SUGGESTED).partition(":")
        if kind != "saved":
            return
        answer = QMessageBox.question(
            self, self.tr("Delete mapping"),
            self.tr("Delete the saved mapping “{name}”?").format(name=name))
        if answer == QMessageBox.StandardButton.Yes:
            saved.delete_mapping(self.settings, name)
            self._fill_sources(SUGGESTED)

    def _changed(self) -> None:
        if self._quiet:
            return
        usable = self.is_usable()
        self.error.setVisible(not usable)
        self.sig_changed.emit()

    # -- combos ------------------------------------------------------------------------

    def _fill_combos(self) -> None:
        fields = [(QCoreApplication.translate("Import", label), key)
                  for key, label in imports.FIELDS.items()]
        for combo in self.combos:
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not imported —"), imports.IGNORE)
            for text, key in fields:
                combo.addItem(text, key)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)

    def _fill_sources(self, select: str | None = None) -> None:
        chosen = select or self.source.currentData() or SUGGESTED
        preset = self.preview.preset if self.preview else None
        self.source.clear()
        if preset in imports.PRESET_LABELS:
            detected = QCoreApplication.translate("Import", imports.PRESET_LABELS[preset])
            self.source.addItem(self.tr("Suggested: {preset}").format(preset=detected),
                                SUGGESTED)
        else:
            self.source.addItem(self.tr("Suggested from the column names"), SUGGESTED)
        for key, label in imports.PRESET_LABELS.items():
            self.source.addItem(QCoreApplication.translate("Import", label), f"preset:{key}")
        names = list(saved.saved_mappings(self.settings))
        if names:
            self.source.insertSeparator(self.source.count())
        for name in names:
            self.source.addItem(self.tr("Saved: {name}").format(name=name), f"saved:{name}")
        self.source.setCurrentIndex(max(self.source.findData(chosen), 0))
        self.delete.setEnabled((self.source.currentData() or "").startswith("saved:"))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.source_label.setText(self.tr("Assignment:"))
        self.source.setToolTip(self.tr(
            "The suggestion for this file, the preset of a program's export, or a mapping "
            "you saved"))
        self.save.setText(self.tr("Save mapping…"))
        self.save.setToolTip(self.tr("Keep this assignment under a name for the next file"))
        self.delete.setText(self.tr("Delete"))
        self.delete.setToolTip(self.tr("Forget the saved mapping chosen on the left"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Examples"), self.tr("Contact field")])
        self.error.setText(self.tr(
            "No column is assigned to a contact field yet. Choose a field for at least "
            "the name columns."))
        if self.preview is not None:
            self._fill_combos()
            self._fill_sources()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
