"""The options of the reports that have their own: labels (sheet, first free label,
printer offset) and letters (the template, and the template editor).

Each options object has `sig_changed`, `rows()` (captions and fields for the parameters
form, so they line up with the other rows), `refresh()` (reload from the database),
`set_language(code)` (the report's language changed), `options()` (the
`ReportRequest.options` pairs) and `retranslate_ui()`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from partnerdesk.reports.sheets import SHEETS
from partnerdesk.services import letters
from partnerdesk.ui import labels
from partnerdesk.ui.dialogs.exchange_workspace.actions import open_tracked
from partnerdesk.ui.dialogs.letter_templates import LetterTemplatesDialog

SHEET_NAMES = {"L7160": "Avery L7160", "3490": "Zweckform 3490"}
"""The label sheets (`reports.sheets.SHEETS`) by their makers' names."""


class LabelOptions(QObject):
    """Label sheet, first free label on it, printer offset in mm."""

    sig_changed = Signal()
    """An option changed."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.sheet = QComboBox(objectName="labelSheet")
        for code in SHEETS:
            self.sheet.addItem(SHEET_NAMES.get(code, code), code)
        self.first_label = QSpinBox(objectName="firstLabel", minimum=1)
        self.offset_x = self._offset("offsetX")
        self.offset_y = self._offset("offsetY")
        self.outline = QCheckBox(objectName="labelOutline")
        self.captions = [QLabel(buddy=widget) for widget in
                         (self.sheet, self.first_label, self.offset_x, self.offset_y,
                          self.outline)]
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self.first_label.valueChanged.connect(lambda _v: self.sig_changed.emit())
        self.outline.toggled.connect(lambda _on: self.sig_changed.emit())
        self._sheet_changed()
        self.retranslate_ui()

    def _offset(self, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox(objectName=name, minimum=-10.0, maximum=10.0, decimals=1)
        box.setSingleStep(0.5)
        box.setSuffix(" mm")
        box.setKeyboardTracking(False)  # one new preview per value, not per keystroke
        box.valueChanged.connect(lambda _v: self.sig_changed.emit())
        return box

    def _sheet_changed(self, *_args: object) -> None:
        self.first_label.setMaximum(SHEETS[self.sheet.currentData()].per_sheet)
        self.retranslate_ui()
        self.sig_changed.emit()

    def rows(self) -> list[tuple[QLabel, QWidget]]:
        """The captions and fields."""
        return [(label, label.buddy()) for label in self.captions]

    def refresh(self) -> None:
        """Nothing comes from the database."""

    def set_language(self, _language: str | None) -> None:
        """Labels are the same in every language."""

    def options(self) -> tuple[tuple[str, Any], ...]:
        """sheet, first_label (1-based), offset_x_mm and offset_y_mm (Decimal, mm), outline
        (draw the labels' edges)."""
        return (("sheet", self.sheet.currentData()), ("first_label", self.first_label.value()),
                ("offset_x_mm", Decimal(f"{self.offset_x.value():.1f}")),
                ("offset_y_mm", Decimal(f"{self.offset_y.value():.1f}")),
                ("outline", self.outline.isChecked()))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        texts = (self.tr("Label &sheet:"), self.tr("&First free label:"),
                 self.tr("Printer offset →:"), self.tr("Printer offset ↓:"), "")
        for label, text in zip(self.captions, texts, strict=True):
            label.setText(text)
        for index, sheet in enumerate(SHEETS.values()):
            self.sheet.setItemData(index, self.tr("%n labels per sheet", "", sheet.per_sheet),
                                   Qt.ItemDataRole.ToolTipRole)
        self.sheet.setToolTip(self.tr("The sheet in the printer: Avery L7160 has 21 labels "
                                      "(63.5 × 38.1 mm), Zweckform 3490 has 24 (70 × 36 mm)"))
        self.first_label.setToolTip(self.tr(
            "Start on this label of the first sheet (counted left to right, top to bottom), "
            "so a partly used sheet can be used up; 1 to %n", "", self.first_label.maximum()))
        tip = self.tr("If the printer prints everything a little shifted, correct it here: "
                      "positive values move the print right (→) or down (↓)")
        self.offset_x.setToolTip(tip)
        self.offset_y.setToolTip(tip)
        self.outline.setText(self.tr("Draw the label edges (test print)"))
        self.outline.setToolTip(self.tr(
            "Print on plain paper first and hold it against a label sheet to check the "
            "printer offset"))


class LetterOptions(QObject):
    """The letter template, and a button to the template editor."""

    sig_changed = Signal()
    """Another template was chosen, or the templates were edited."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.dialog: Any = None
        """The template editor opened last (tests look at it)."""
        self.language: str | None = None  # the letter's: only its templates are offered
        self.template = QComboBox(objectName="letterTemplate")
        self.template.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template.setMinimumContentsLength(16)
        self.edit = QPushButton(objectName="editTemplates")
        self.field = QWidget()
        row = QHBoxLayout(self.field)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.template, 1)
        row.addWidget(self.edit)
        self.caption = QLabel(buddy=self.template)
        self.template.currentIndexChanged.connect(lambda _i: self.sig_changed.emit())
        self.edit.clicked.connect(self.edit_templates)
        self.retranslate_ui()

    def rows(self) -> list[tuple[QLabel, QWidget]]:
        """The caption and the field (the template and the button)."""
        return [(self.caption, self.field)]

    def set_language(self, language: str | None) -> None:
        """Offer the templates written in `language`, the letter's."""
        if language != self.language:
            self.language = language
            self.refresh()

    def refresh(self) -> None:
        """Reload the templates in the letter's language, keeping the one chosen."""
        db = self.workspace.db
        current = self.template.currentData()
        self.template.blockSignals(True)
        self.template.clear()
        found = letters.list_templates(db, self.language) if db and self.language else []
        for template in found:
            language = labels.label(labels.REPORT_LANGUAGE, template.language)
            self.template.addItem(f"{template.name} ({language})", template.id)
        index = self.template.findData(current)
        self.template.setCurrentIndex(max(index, 0) if self.template.count() else -1)
        self.template.blockSignals(False)

    def options(self) -> tuple[tuple[str, Any], ...]:
        """template_id (None: no template yet)."""
        return (("template_id", self.template.currentData()),)

    def edit_templates(self) -> None:
        """Open the letter templates editor; the list follows its changes."""
        if self.workspace.db is None:
            return
        dialog = LetterTemplatesDialog(self.workspace, self.field.window(),
                                       current=self.template.currentData())
        dialog.sig_changed.connect(self._templates_changed)
        open_tracked(self, dialog)

    def _templates_changed(self) -> None:
        self.refresh()
        self.sig_changed.emit()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.caption.setText(self.tr("&Template:"))
        self.edit.setText(self.tr("&Templates…"))
        self.edit.setToolTip(self.tr("Edit the letter templates: text, subject, fields"))
        self.template.setToolTip(self.tr("The letter template; its fields are filled in "
                                         "for each contact"))


OPTION_WIDGETS = {"labels": LabelOptions, "letter": LetterOptions}
"""The options widget of each report that has options, by report name."""
