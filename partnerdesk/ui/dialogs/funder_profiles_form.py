"""The editor of one funder profile: every field of a `FunderProfileForm`, in groups.

Numbers that may be left open (no age limit, no deadline rule) are spin boxes whose lowest
value shows "–" and stands for "not set". Example profiles carry a banner: their values
must be checked against the funder's current guidelines.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto.grants import Choice, FunderProfileForm
from partnerdesk.ui.dialogs.contact_form.fields import ChoiceCombo
from partnerdesk.ui.dialogs.profile_dialog import CURRENCIES
from partnerdesk.ui.widgets.money import UNREADABLE, MoneyEdit

COUNTS = ("min_age", "max_age", "min_programme_days", "max_participants_per_side",
          "max_leaders_per_side", "participants_per_leader", "application_weeks_before",
          "proof_of_use_months_after", "retention_years")
"""The whole-number fields, in the order of the form."""
GROUPS = {
    "participants": COUNTS[:6],
    "deadlines": COUNTS[6:],
}
BANNER_STYLE = ("QLabel#exampleBanner { background: #fff4ce; color: #5c4400; "
                "border: 1px solid #e0c36b; padding: 6px; }")


class OptionalSpinBox(QSpinBox):
    """A whole number ≥ 0, or "–" for not set (`value_or_none`)."""

    def __init__(self, name: str, maximum: int = 999, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRange(-1, maximum)
        self.setSpecialValueText("–")
        self.setValue(-1)
        self.setMaximumWidth(90)

    def value_or_none(self) -> int | None:
        """The number, or None when not set."""
        return None if self.value() < 0 else self.value()

    def set_value_or_none(self, value: int | None) -> None:
        """Show `value` (None: not set)."""
        self.setValue(-1 if value is None else value)


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class FunderProfileEditor(QWidget):
    """Funder, programme, example flag, participant rules, money, deadlines, documents."""

    sig_changed = Signal()
    """The user changed a field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_ = FunderProfileForm()
        self.banner = QLabel(objectName="exampleBanner", wordWrap=True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.funder = ChoiceCombo(objectName="funder")
        self.programme = QLineEdit(objectName="programme")
        self.is_example = QCheckBox(objectName="isExample")
        self.counts = {name: OptionalSpinBox(name) for name in COUNTS}
        self.daily_rate = MoneyEdit()
        self.daily_rate.setObjectName("dailyRate")
        self.daily_rate.setMaximumWidth(120)
        self.currency = QComboBox(objectName="currency", editable=True)
        self.currency.addItems(CURRENCIES)
        self.currency.setValidator(QRegularExpressionValidator(r"[A-Za-z]{0,3}", self))
        self.currency.setMaximumWidth(90)
        self.documents = _text_box(3)
        self.documents.setObjectName("documents")
        self.notes = _text_box(3)
        self.notes.setObjectName("notes")
        self.captions: dict[str, QLabel] = {}
        self.groups = {key: QGroupBox() for key in ("programme", "participants", "money",
                                                    "deadlines", "texts")}
        rows = {
            "programme": (("funder", self.funder), ("programme", self.programme),
                          ("is_example", self.is_example)),
            "participants": tuple((name, self.counts[name]) for name in GROUPS["participants"]),
            "money": (("daily_rate", self.daily_rate), ("currency", self.currency)),
            "deadlines": tuple((name, self.counts[name]) for name in GROUPS["deadlines"]),
            "texts": (("documents", self.documents), ("notes", self.notes)),
        }
        for key, fields in rows.items():
            form = QFormLayout(self.groups[key])
            for name, widget in fields:
                caption = QLabel()
                caption.setBuddy(widget)
                self.captions[name] = caption
                form.addRow(caption, widget)
        grid = QGridLayout()
        grid.addWidget(self.groups["programme"], 0, 0, 1, 2)
        grid.addWidget(self.groups["participants"], 1, 0, 2, 1)
        grid.addWidget(self.groups["money"], 1, 1)
        grid.addWidget(self.groups["deadlines"], 2, 1)
        grid.addWidget(self.groups["texts"], 3, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(grid)
        layout.addStretch(1)

        chain = (self.funder, self.programme, self.is_example,
                 *(self.counts[name] for name in GROUPS["participants"]), self.daily_rate,
                 self.currency, *(self.counts[name] for name in GROUPS["deadlines"]),
                 self.documents, self.notes)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.funder.currentIndexChanged.connect(lambda _i: self._changed())
        self.programme.textEdited.connect(lambda _t: self._changed())
        self.is_example.toggled.connect(lambda _c: self._changed())
        for box in self.counts.values():
            box.valueChanged.connect(lambda _v: self._changed())
        self.daily_rate.textEdited.connect(lambda _t: self._changed())
        self.currency.currentTextChanged.connect(lambda _t: self._changed())
        for box in (self.documents, self.notes):
            box.textChanged.connect(self._changed)
        self.retranslate_ui()

    def _changed(self) -> None:
        self.banner.setVisible(self.is_example.isChecked())
        if not self.signalsBlocked():
            self.sig_changed.emit()

    def set_funders(self, funders: list[Choice]) -> None:
        """The organisations that can be funders (keeps the one chosen)."""
        self.funder.set_choices([(self.tr("– choose a funder –"), "")]
                                + [(choice.text, choice.id) for choice in funders])

    def set_form(self, form: FunderProfileForm) -> None:
        """Show `form` in the fields."""
        self.form_ = form
        self.blockSignals(True)
        self.funder.set_value(form.funder_id)
        self.programme.setText(form.programme)
        self.is_example.setChecked(form.is_example)
        for name, box in self.counts.items():
            box.set_value_or_none(getattr(form, name))
        self.daily_rate.set_value(form.daily_rate)
        self.currency.setCurrentText(form.currency)
        self.documents.setPlainText(form.required_documents)
        self.notes.setPlainText(form.notes)
        self.blockSignals(False)
        self.banner.setVisible(form.is_example)

    def form(self) -> FunderProfileForm:
        """The profile as the fields show it."""
        funder = self.funder.value()
        return dataclasses.replace(
            self.form_, funder_id=funder if funder else None, programme=self.programme.text(),
            is_example=self.is_example.isChecked(), daily_rate=self.daily_rate.value(),
            currency=self.currency.currentText().strip().upper(),
            required_documents=self.documents.toPlainText(), notes=self.notes.toPlainText(),
            **{name: box.value_or_none() for name, box in self.counts.items()})

    def problem(self) -> str:
        """What the editor itself can tell is wrong before saving (an unreadable rate)."""
        if self.daily_rate.value() is UNREADABLE:
            return self.tr("Type the daily rate as 30,00 (or leave it empty).")
        return ""

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.banner.setText(self.tr("Example values — verify against the funder's current "
                                    "guidelines before applying."))
        titles = {"programme": self.tr("Funder and programme"),
                  "participants": self.tr("Participants"), "money": self.tr("Money"),
                  "deadlines": self.tr("Deadlines"), "texts": self.tr("Documents and notes")}
        for key, text in titles.items():
            self.groups[key].setTitle(text)
        texts = {
            "funder": self.tr("&Funder"), "programme": self.tr("&Programme"),
            "is_example": self.tr("Example"),
            "min_age": self.tr("Minimum &age (years)"), "max_age": self.tr("Ma&ximum age"),
            "min_programme_days": self.tr("Minimum programme &days"),
            "max_participants_per_side": self.tr("Participants per &side (max.)"),
            "max_leaders_per_side": self.tr("&Leaders per side (max.)"),
            "participants_per_leader": self.tr("Participants per l&eader"),
            "daily_rate": self.tr("Daily &rate per participant"),
            "currency": self.tr("C&urrency"),
            "application_weeks_before": self.tr("Apply &weeks before the start"),
            "proof_of_use_months_after": self.tr("Proof of use &months after the end"),
            "retention_years": self.tr("&Keep receipts (years)"),
            "documents": self.tr("Required d&ocuments"), "notes": self.tr("&Notes"),
        }
        for name, text in texts.items():
            self.captions[name].setText(text)
        self.is_example.setText(self.tr("Example values, not yet checked"))
        self.is_example.setToolTip(self.tr(
            "Untick once the values have been checked against the funder's current "
            "guidelines"))
        for box in self.counts.values():
            box.setToolTip(self.tr("“–”: the funder sets no such rule"))
        self.counts["min_programme_days"].setToolTip(self.tr(
            "Arrival and departure day count as one day (“–”: no minimum)"))
        self.daily_rate.setToolTip(self.tr("What the funder pays per participant and "
                                           "programme day (empty: no day rate)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
