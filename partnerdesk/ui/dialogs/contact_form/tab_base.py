"""The base of the contact form's tabs: fields named like the `ContactForm` fields.

A tab registers each field widget under its ContactForm field name with `add_field`, which
puts the widget and a hidden red message line under it into a form row. Reading and
writing the plain fields is then generic (`read_widget`, `write_widget`); tabs with lists
override `set_form` and `values`. Texts are set by the leaf classes (`retranslate_ui`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto.contact_form import ContactForm
from partnerdesk.ui.dialogs.contact_form.fields import (
    ChoiceCombo,
    CountryCombo,
    DateField,
    error_label,
    show_message,
)


def read_widget(widget: QWidget) -> Any:
    """The value a field widget holds, as the ContactForm stores it."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, ChoiceCombo | CountryCombo | DateField):
        return widget.value()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    raise TypeError(type(widget).__name__)


def write_widget(widget: QWidget, value: Any) -> None:
    """Show `value` in a field widget."""
    if isinstance(widget, QLineEdit):
        widget.setText(value or "")
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif isinstance(widget, ChoiceCombo | CountryCombo | DateField):
        widget.set_value(value)
    elif isinstance(widget, QComboBox):
        widget.setCurrentText(value or "")
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value or 0))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    else:
        raise TypeError(type(widget).__name__)


def connect_changed(widget: QWidget, slot: Any) -> None:
    """Call `slot` whenever the user changes `widget`."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
        if widget.isEditable():
            widget.editTextChanged.connect(slot)
    elif isinstance(widget, QSpinBox):
        widget.valueChanged.connect(slot)
    elif isinstance(widget, QCheckBox):
        widget.toggled.connect(slot)
    else:
        widget.sig_changed.connect(slot)  # type: ignore[attr-defined]


class FormTab(QWidget):
    """One tab of the contact form: named fields with inline messages."""

    sig_changed = Signal()
    """The user changed something on this tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widgets: dict[str, QWidget] = {}
        self.row_labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}

    def add_field(self, form: QFormLayout, key: str, widget: QWidget) -> QWidget:
        """Add a labelled row for field `key` with its message line; returns `widget`."""
        widget.setObjectName(key)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        fixed = widget.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Fixed
        column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft if fixed
                         else Qt.AlignmentFlag(0))
        self.errors[key] = error_label(f"{key}_error")
        column.addWidget(self.errors[key])
        label = QLabel()
        label.setBuddy(widget)
        self.row_labels[key] = label
        self.widgets[key] = widget
        form.addRow(label, box)
        connect_changed(widget, lambda *_args: self.sig_changed.emit())
        return widget

    @staticmethod
    def new_form_layout() -> QFormLayout:
        """A form layout whose fields grow with the tab."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def set_form(self, form: ContactForm) -> None:
        """Show the fields of `form` (tabs with lists extend this)."""
        for key, widget in self.widgets.items():
            widget.blockSignals(True)
            write_widget(widget, getattr(form, key))
            widget.blockSignals(False)

    def values(self) -> dict[str, Any]:
        """The edited values by ContactForm field name (tabs with lists extend this)."""
        return {key: read_widget(widget) for key, widget in self.widgets.items()}

    def show_problems(self, messages: dict[str, str], rows: dict[str, dict[int, str]]) -> bool:
        """Show the messages for this tab's fields (`rows`: list name → row → message, for
        tabs with lists); True when one of them has a problem."""
        for key, label in self.errors.items():
            show_message(label, messages.get(key, ""))
        return any(key in messages for key in self.errors)

    def focus_field(self, key: str, row: int | None = None) -> bool:
        """Put the focus on field `key` (row `row` of a list) if it is on this tab."""
        widget = self.widgets.get(key)
        if widget is None:
            return False
        widget.setFocus()
        return True

    def retranslate_ui(self) -> None:
        """Set every text in the current language (the leaf classes do)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
