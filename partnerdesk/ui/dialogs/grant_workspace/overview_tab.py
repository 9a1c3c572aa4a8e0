"""The application workspace's *Overview* tab: every field of a `GrantForm`, the linked
exchanges, and the status box.

The tab reads no data itself: the workspace hands in the funders, the funder profiles and
the exchanges to link (`set_choices`). A profile belongs to one funder, so the profile list
follows the funder chosen; example profiles are marked as such.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto.grants import Choice, FunderProfileRow, GrantForm
from partnerdesk.ui.dialogs.contact_form.fields import ChoiceCombo
from partnerdesk.ui.dialogs.grant_workspace.status_box import StatusBox
from partnerdesk.ui.dialogs.profile_dialog import CURRENCIES
from partnerdesk.ui.widgets.money import UNREADABLE, MoneyEdit


class OverviewTab(QWidget):
    """Title, funder, profile, programme, file reference, currency, amounts, exchanges,
    notes; the status box on the right."""

    sig_changed = Signal()
    """The user changed a field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_ = GrantForm()
        self.funders: list[Choice] = []
        self.profiles: list[FunderProfileRow] = []
        self.title = QLineEdit(objectName="title")
        self.funder = ChoiceCombo(objectName="funder")
        self.profile = ChoiceCombo(objectName="profile")
        self.programme = QLineEdit(objectName="programme")
        self.reference = QLineEdit(objectName="fileReference")
        self.currency = QComboBox(objectName="currency", editable=True)
        self.currency.addItems(CURRENCIES)
        self.currency.setValidator(QRegularExpressionValidator(r"[A-Za-z]{0,3}", self))
        self.currency.setMaximumWidth(90)
        self.requested = MoneyEdit()
        self.requested.setObjectName("requested")
        self.approved = MoneyEdit()
        self.approved.setObjectName("approved")
        for edit in (self.requested, self.approved):
            edit.setMaximumWidth(140)
        self.exchanges = QListWidget(objectName="exchanges")
        self.exchanges.setMinimumHeight(self.exchanges.fontMetrics().lineSpacing() * 5 + 12)
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 6 + 14)
        self.status_box = StatusBox(self)

        left = QFormLayout()
        self.captions: dict[str, QLabel] = {}
        for key, widget in (
                ("title", self.title), ("funder", self.funder), ("profile", self.profile),
                ("programme", self.programme), ("reference", self.reference),
                ("currency", self.currency), ("requested", self.requested),
                ("approved", self.approved), ("notes", self.notes), ("exchanges", self.exchanges)):
            caption = QLabel()
            caption.setBuddy(widget)
            self.captions[key] = caption
            if key != "exchanges":
                left.addRow(caption, widget)
        column = QVBoxLayout()
        column.addWidget(self.status_box)
        column.addSpacing(8)
        column.addWidget(self.captions["exchanges"])
        column.addWidget(self.exchanges, 1)
        grid = QGridLayout(self)
        grid.addLayout(left, 0, 0)
        grid.addLayout(column, 0, 1, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        grid.setHorizontalSpacing(24)

        chain = (self.title, self.funder, self.profile, self.programme, self.reference,
                 self.currency, self.requested, self.approved, self.notes,
                 self.status_box.change, self.status_box.history, self.exchanges)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        for edit in (self.title, self.programme, self.reference, self.requested,
                     self.approved):
            edit.textEdited.connect(lambda _t: self.sig_changed.emit())
        self.currency.currentTextChanged.connect(lambda _t: self.sig_changed.emit())
        self.funder.currentIndexChanged.connect(self._funder_chosen)
        self.profile.currentIndexChanged.connect(self._profile_chosen)
        self.notes.textChanged.connect(self.sig_changed.emit)
        self.exchanges.itemChanged.connect(lambda _item: self.sig_changed.emit())
        self.retranslate_ui()

    # -- choices -------------------------------------------------------------------------

    def set_choices(self, funders: list[Choice], profiles: list[FunderProfileRow],
                    exchanges: list[Choice]) -> None:
        """The funders, funder profiles and exchanges to choose from (keeps the input)."""
        current = self.form()
        self.funders, self.profiles = funders, profiles
        self.blockSignals(True)
        self.funder.set_choices([(self.tr("– choose a funder –"), "")]
                                + [(choice.text, choice.id) for choice in funders])
        self.funder.set_value(current.funder_id)
        self._fill_profiles(current.funder_id, current.funder_profile_id)
        self.exchanges.clear()
        for choice in exchanges:
            item = QListWidgetItem(choice.text)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = choice.id in current.exchange_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.exchanges.addItem(item)
        self.blockSignals(False)

    def _fill_profiles(self, funder_id: int | None, profile_id: int | None) -> None:
        choices: list[tuple[str, object]] = [(self.tr("– no profile –"), "")]
        for row in self.profiles:
            if row.funder_id == funder_id:
                text = (self.tr("{programme} (example)").format(programme=row.programme)
                        if row.is_example else row.programme)
                choices.append((text, row.id))
        self.profile.blockSignals(True)
        self.profile.set_choices(choices)
        self.profile.set_value(profile_id)
        self.profile.blockSignals(False)
        self.profile.setEnabled(len(choices) > 1)

    def _funder_chosen(self) -> None:
        self._fill_profiles(self.funder.value(), self.profile.value())
        if not self.signalsBlocked():
            self.sig_changed.emit()

    def _profile_chosen(self) -> None:
        """A profile chosen while the programme is empty fills it in."""
        row = self.profile_row()
        if row is not None and not self.programme.text().strip():
            self.programme.setText(row.programme)
        if not self.signalsBlocked():
            self.sig_changed.emit()

    def profile_row(self) -> FunderProfileRow | None:
        """The funder profile chosen, if any."""
        return next((r for r in self.profiles if r.id == self.profile.value()), None)

    # -- the form ------------------------------------------------------------------------

    def set_form(self, form: GrantForm) -> None:
        """Show `form` in the fields."""
        self.form_ = form
        self.blockSignals(True)
        self.title.setText(form.title)
        self.funder.set_value(form.funder_id)
        self._fill_profiles(form.funder_id, form.funder_profile_id)
        self.programme.setText(form.programme)
        self.reference.setText(form.file_reference)
        self.currency.setCurrentText(form.currency)
        self.requested.set_value(form.amount_requested)
        self.approved.set_value(form.amount_approved)
        for row in range(self.exchanges.count()):
            item = self.exchanges.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in form.exchange_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.notes.setPlainText(form.notes)
        self.blockSignals(False)
        linked = [self.exchanges.item(r) for r in range(self.exchanges.count())
                  if self.exchanges.item(r).checkState() == Qt.CheckState.Checked]
        if linked:
            self.exchanges.scrollToItem(linked[0])

    def form(self) -> GrantForm:
        """The form as the fields show it (status and its dates kept from the loaded one)."""
        listed = {self.exchanges.item(row).data(Qt.ItemDataRole.UserRole)
                  for row in range(self.exchanges.count())}
        checked = {self.exchanges.item(row).data(Qt.ItemDataRole.UserRole)
                   for row in range(self.exchanges.count())
                   if self.exchanges.item(row).checkState() == Qt.CheckState.Checked}
        checked |= set(self.form_.exchange_ids) - listed  # links the list does not show
        exchange_ids = (self.form_.exchange_ids if checked == set(self.form_.exchange_ids)
                        else tuple(sorted(checked)))
        funder = self.funder.value()
        profile = self.profile.value()
        return dataclasses.replace(
            self.form_, title=self.title.text(), funder_id=funder if funder else None,
            funder_profile_id=profile if profile else None, programme=self.programme.text(),
            file_reference=self.reference.text(),
            currency=self.currency.currentText().strip().upper(),
            amount_requested=self.requested.value(), amount_approved=self.approved.value(),
            notes=self.notes.toPlainText(), exchange_ids=exchange_ids)

    def problem(self) -> str:
        """What the tab itself can tell is wrong before saving (an unreadable amount)."""
        if UNREADABLE in (self.requested.value(), self.approved.value()):
            return self.tr("Type amounts as 1.234,50 (or leave them empty).")
        return ""

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        texts = {
            "title": self.tr("&Title"), "funder": self.tr("&Funder"),
            "profile": self.tr("Funder p&rofile"), "programme": self.tr("Pro&gramme"),
            "reference": self.tr("File &reference"), "currency": self.tr("C&urrency"),
            "requested": self.tr("Re&quested"), "approved": self.tr("A&pproved"),
            "notes": self.tr("&Notes"), "exchanges": self.tr("Linked e&xchanges"),
        }
        for key, text in texts.items():
            self.captions[key].setText(text)
        self.profile.setToolTip(self.tr(
            "The funder's programme with its rules (ages, group sizes, daily rates, deadlines); "
            "edit profiles on the Grants page under “Funder profiles…”."))
        self.reference.setToolTip(self.tr("The funder's file number (Aktenzeichen)"))
        self.approved.setToolTip(self.tr(
            "What the funder granted; set by the status step “Approved” or “Partly approved”"))
        self.exchanges.setToolTip(self.tr("Tick the exchanges this application pays for"))
        self.approved.setPlaceholderText(self.tr("not decided yet"))
        if self.funders or self.profiles:
            self.set_choices(self.funders, self.profiles, [
                Choice(self.exchanges.item(r).data(Qt.ItemDataRole.UserRole),
                       self.exchanges.item(r).text()) for r in range(self.exchanges.count())])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
