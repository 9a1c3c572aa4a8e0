"""Small field widgets of the contact form: a date with a 'none' state, choices, countries.

No translated texts of their own except through `QCoreApplication.translate` (they are
base pieces used by the tabs, DESIGN.md §4).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QWidget,
)

from partnerdesk.ui import labels

DATE_FORMAT = "dd.MM.yyyy"
NO_DATE = QDate(1800, 1, 1)
"""The minimum date of a date field stands for 'no date' (shown as a dash)."""


def error_label(name: str = "") -> QLabel:
    """A red, word-wrapped label for an inline validation message (hidden while empty)."""
    label = QLabel(objectName=name)
    label.setStyleSheet("color: #b3261e;")
    label.setWordWrap(True)
    label.hide()
    return label


def show_message(label: QLabel, text: str) -> None:
    """Show `text` in an error label, or hide it when empty."""
    label.setText(text)
    label.setVisible(bool(text))


class DateEdit(QDateEdit):
    """A date typed as dd.MM.yyyy or picked from a calendar; the minimum means 'no date'.

    Typing a digit into an empty field starts from today's date with the day selected, so
    "15031990" gives 15.03.1990; Delete or Backspace on the whole text empties it again.
    Impossible dates (31.02.) cannot be entered.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setMaximumDate(QDate(2200, 12, 31))
        self.setSpecialValueText("–")
        self.setDate(NO_DATE)
        self.calendarWidget().installEventFilter(self)

    def is_empty(self) -> bool:
        """True when no date is set."""
        return self.date() == NO_DATE

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Start from today when a digit is typed into an empty field; clear on Delete."""
        if self.is_empty() and event.text().isdigit():
            self.setDate(QDate.currentDate())
            self.setCurrentSection(QDateTimeEdit.Section.DaySection)
            self.lineEdit().setSelection(0, 2)
        elif (event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
              and self.lineEdit().selectedText() == self.text() and self.text()):
            self.setDate(NO_DATE)
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """The calendar of an empty field opens on the current month, not on 1800."""
        if event.type() == QEvent.Type.Show and self.is_empty():
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)


class DateField(QWidget):
    """A `DateEdit` with a button that empties it (for dates that may be left open)."""

    sig_changed = Signal()
    """The date was changed or emptied."""

    def __init__(self, optional: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = DateEdit(self)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00.00.00000") + 40)
        self.clear = QToolButton(self, text="×", autoRaise=True)
        self.clear.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear.setVisible(optional)
        self.clear.clicked.connect(lambda: self.set_value(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.clear)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.edit.dateChanged.connect(lambda _d: self.sig_changed.emit())
        self.retranslate_ui()

    def value(self) -> date | None:
        """The date, or None when empty."""
        return None if self.edit.is_empty() else self.edit.date().toPython()

    def set_value(self, value: date | None) -> None:
        """Show `value` (None: empty)."""
        self.edit.setDate(NO_DATE if value is None else QDate(value))

    def retranslate_ui(self) -> None:
        """Set the tooltips in the current language."""
        self.clear.setToolTip(QCoreApplication.translate("DateField", "No date"))
        self.edit.setToolTip(QCoreApplication.translate(
            "DateField", "Type the date as DD.MM.YYYY or pick it from the calendar."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class ChoiceCombo(QComboBox):
    """A choice among stored values shown by translated labels; an item whose value is ""
    stands for 'not set' (None)."""

    def set_choices(self, choices: list[tuple[str, object]]) -> None:
        """Replace the items by (label, value) pairs, keeping the current value."""
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        for text, value in choices:
            self.addItem(text, value)
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> object:
        """The value of the current item (None for 'not set')."""
        data = self.currentData()
        return None if data == "" else data

    def set_value(self, value: object) -> None:
        """Select the item of `value` (the first item when there is none)."""
        index = self.findData("" if value is None else value)
        self.setCurrentIndex(max(index, 0))


class CountryCombo(QComboBox):
    """A country as a two-letter code: the usual ones by name, any other typed as a code."""

    def __init__(self, allow_empty: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.allow_empty = allow_empty
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.fill()

    def fill(self) -> None:
        """(Re)fill the items in the current language, keeping the value."""
        current = self.value() if self.count() else ""
        self.blockSignals(True)
        self.clear()
        if self.allow_empty:
            self.addItem("", "")
        for code in labels.COUNTRY:
            self.addItem(f"{labels.label(labels.COUNTRY, code)} ({code})", code)
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> str:
        """The code chosen, or the text typed (upper-cased; validated by the service)."""
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == self.currentText():
            return str(self.itemData(index) or "")
        return self.currentText().strip().upper()

    def set_value(self, code: str) -> None:
        """Show `code` (by name when it is one of the usual ones)."""
        index = self.findData(code or "")
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(code)


def vocabulary_choices(vocabulary: dict[str, str]) -> list[tuple[str, object]]:
    """(translated label, value) pairs of one of `ui.labels`' vocabularies."""
    return [(labels.label(vocabulary, value), value) for value in vocabulary]


def town_choices(towns: tuple, none_text: str) -> list[tuple[str, object]]:
    """(label, id) pairs of the partner towns (`PartnerTownChoice`), after 'none' ("")."""
    choices: list[tuple[str, object]] = [(none_text, "")]
    for town in towns:
        text = f"{town.name} ({town.name_native})" if town.name_native else town.name
        choices.append((text, town.id))
    return choices
