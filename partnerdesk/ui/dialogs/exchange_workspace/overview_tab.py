"""The workspace's *Overview* tab: every field of the exchange, edited as an `ExchangeForm`.

The organiser is a contact (person or organisation) chosen by searching, as participants
are added, and can be cleared. The linked grant applications are listed by title and
status (the workspace hands in the grant list, `set_grant_rows`); double-clicking one opens
its workspace, *New grant application…* starts one linked to this (saved) exchange.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto import GrantRow
from partnerdesk.dto.exchanges import ExchangeForm
from partnerdesk.ui import labels
from partnerdesk.ui.dialogs.contact_form.fields import ChoiceCombo, DateField, vocabulary_choices
from partnerdesk.ui.dialogs.exchange_workspace.contact_field import ContactField
from partnerdesk.ui.widgets.money import amount_text, parse_amount


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class OverviewTab(QWidget):
    """Title, kind, direction, status, dates, place, partner towns, capacity, fee, texts."""

    sig_changed = Signal()
    """The user changed a field."""

    def __init__(self, workspace: Any, towns: tuple, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.form_ = ExchangeForm()
        self.grant_rows: dict[int, GrantRow] = {}
        """The known grant applications by id (`set_grant_rows`)."""
        self.dialog: Any = None
        """The grant workspace opened last (tests look at it)."""
        self.title = QLineEdit(objectName="title")
        self.kind = ChoiceCombo(objectName="kind")
        self.direction = ChoiceCombo(objectName="direction")
        self.status = ChoiceCombo(objectName="status")
        self.start = DateField(optional=False)
        self.end = DateField(optional=False)
        self.place = QLineEdit(objectName="place")
        self.capacity = QSpinBox(objectName="capacity")
        self.capacity.setRange(-1, 9999)
        self.capacity.setSpecialValueText("–")
        self.fee = QLineEdit(objectName="fee")
        self.fee.setMaximumWidth(120)
        self.currency = QLineEdit(objectName="currency", maxLength=3)
        self.currency.setMaximumWidth(60)
        self.towns = QListWidget(objectName="towns")
        self.towns.setFixedHeight(self.towns.fontMetrics().lineSpacing() * 4 + 12)
        for town in towns:
            text = f"{town.name} ({town.name_native})" if town.name_native else town.name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, town.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.towns.addItem(item)
        self.topics = _text_box(2)
        self.goals = _text_box(2)
        self.notes = _text_box(3)
        self.organiser = ContactField(workspace)
        self.organiser.setObjectName("organiser")
        self.grants = QListWidget(objectName="grants")
        self.grants.setFixedHeight(self.grants.fontMetrics().lineSpacing() * 3 + 12)
        self.new_grant = QPushButton(objectName="newGrant")
        grants = QVBoxLayout()
        grants.addWidget(self.grants)
        grants.addWidget(self.new_grant, 0, Qt.AlignmentFlag.AlignLeft)

        left, right = QFormLayout(), QFormLayout()
        self.captions: dict[str, QLabel] = {}
        for layout, rows in (
            (left, (("title", self.title), ("kind", self.kind), ("direction", self.direction),
                    ("status", self.status), ("start", self.start), ("end", self.end),
                    ("place", self.place), ("organiser", self.organiser),
                    ("capacity", self.capacity), ("fee", self.fee),
                    ("currency", self.currency))),
            (right, (("towns", self.towns), ("topics", self.topics), ("goals", self.goals),
                     ("notes", self.notes), ("grants", grants))),
        ):
            for key, widget in rows:
                caption = QLabel()
                self.captions[key] = caption
                layout.addRow(caption, widget)
        grid = QGridLayout(self)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        grid.setHorizontalSpacing(24)

        for edit in (self.title, self.place, self.fee, self.currency):
            edit.textEdited.connect(lambda _t: self.sig_changed.emit())
        for combo in (self.kind, self.direction, self.status):
            combo.currentIndexChanged.connect(lambda _i: self.sig_changed.emit())
        for field in (self.start, self.end):
            field.sig_changed.connect(self.sig_changed.emit)
        for box in (self.topics, self.goals, self.notes):
            box.textChanged.connect(self.sig_changed.emit)
        self.capacity.valueChanged.connect(lambda _v: self.sig_changed.emit())
        self.towns.itemChanged.connect(lambda _item: self.sig_changed.emit())
        self.organiser.sig_changed.connect(self.sig_changed.emit)
        self.grants.itemActivated.connect(self.open_grant)
        self.new_grant.clicked.connect(self.start_grant)
        self.retranslate_ui()

    def set_form(self, form: ExchangeForm) -> None:
        """Show `form` in the fields."""
        self.form_ = form
        self.blockSignals(True)
        self.title.setText(form.title)
        self.kind.set_value(form.kind)
        self.direction.set_value(form.direction)
        self.status.set_value(form.status)
        self.start.set_value(form.start_date)
        self.end.set_value(form.end_date)
        self.place.setText(form.place)
        self.capacity.setValue(-1 if form.capacity is None else form.capacity)
        self.fee.setText(amount_text(form.participant_fee))
        self.currency.setText(form.currency)
        for row in range(self.towns.count()):
            item = self.towns.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in form.partner_town_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.topics.setPlainText(form.topics)
        self.goals.setPlainText(form.goals)
        self.notes.setPlainText(form.notes)
        self.organiser.set_value(form.organiser_id)
        self.blockSignals(False)
        self._show_grants()

    def form(self) -> ExchangeForm:
        """The form as the fields show it (grants kept from the loaded one)."""
        towns = tuple(sorted(
            self.towns.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.towns.count())
            if self.towns.item(row).checkState() == Qt.CheckState.Checked))
        return dataclasses.replace(
            self.form_, title=self.title.text(), kind=str(self.kind.value()),
            direction=str(self.direction.value()), status=str(self.status.value()),
            start_date=self.start.value(), end_date=self.end.value(), place=self.place.text(),
            capacity=None if self.capacity.value() < 0 else self.capacity.value(),
            participant_fee=parse_amount(self.fee.text()),
            currency=self.currency.text().strip().upper(), organiser_id=self.organiser.contact_id,
            partner_town_ids=towns, topics=self.topics.toPlainText(),
            goals=self.goals.toPlainText(), notes=self.notes.toPlainText())

    # -- grants --------------------------------------------------------------------------

    def set_grant_ids(self, grant_ids: tuple[int, ...]) -> None:
        """The linked grant applications changed elsewhere (fields stay as they are)."""
        self.form_ = dataclasses.replace(self.form_, grant_ids=grant_ids)
        self._show_grants()

    def open_grant(self, item: QListWidgetItem) -> None:
        """Open the workspace of the grant application shown in `item`."""
        grant_id = item.data(Qt.ItemDataRole.UserRole)
        if grant_id is not None:
            from partnerdesk.ui.dialogs.grant_workspace import open_grant_workspace

            self._track(open_grant_workspace(self.workspace, self, grant_id=grant_id))

    def start_grant(self) -> None:
        """Start a new grant application linked to this (saved) exchange."""
        if self.form_.id is None or self.workspace.db is None:
            return
        from partnerdesk.ui.dialogs.grant_workspace import open_grant_workspace

        self._track(open_grant_workspace(self.workspace, self, exchange_id=self.form_.id))

    def _track(self, dialog: Any) -> None:
        self.dialog = dialog
        if dialog is not None:
            dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None))

    def set_grant_rows(self, rows: list[GrantRow]) -> None:
        """The grant applications to take titles and statuses from (all or the linked)."""
        self.grant_rows = {row.id: row for row in rows}
        self._show_grants()

    def linked_grants(self) -> list[GrantRow]:
        """The linked grant applications that are known, in the order of the form."""
        return [self.grant_rows[i] for i in self.form_.grant_ids if i in self.grant_rows]

    def _show_grants(self) -> None:
        self.grants.clear()
        saved = self.form_.id is not None and self.workspace.db is not None
        self.new_grant.setEnabled(saved)
        self.new_grant.setToolTip(
            self.tr("Start a grant application for this exchange") if saved
            else self.tr("Save the exchange first"))
        count = len(self.form_.grant_ids)
        if not count:
            empty = QListWidgetItem(self.tr("No grant application linked yet"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.grants.addItem(empty)
            return
        for row in self.linked_grants():
            item = QListWidgetItem(self.tr("{title} — {status}").format(
                title=row.title, status=labels.label(labels.GRANT_STATUS, row.status)))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(self.tr("Double-click to open the grant application"))
            self.grants.addItem(item)
        unknown = count - len(self.linked_grants())
        if unknown:
            self.grants.addItem(self.tr("%n further grant application(s) linked", "", unknown))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        for combo, vocabulary in ((self.kind, labels.EXCHANGE_KIND),
                                  (self.direction, labels.EXCHANGE_DIRECTION),
                                  (self.status, labels.EXCHANGE_STATUS)):
            combo.blockSignals(True)
            combo.set_choices(vocabulary_choices(vocabulary))
            combo.blockSignals(False)
        texts = {
            "title": self.tr("&Title"), "kind": self.tr("&Kind"),
            "direction": self.tr("&Direction"), "status": self.tr("&Status"),
            "start": self.tr("&From"), "end": self.tr("T&o"), "place": self.tr("&Place"),
            "capacity": self.tr("Ca&pacity"), "fee": self.tr("Participant &fee"),
            "currency": self.tr("C&urrency"), "towns": self.tr("Partner to&wns"),
            "topics": self.tr("Topics"), "goals": self.tr("Goals"), "notes": self.tr("Notes"),
            "grants": self.tr("Grants"), "organiser": self.tr("Organiser"),
        }
        for key, text in texts.items():
            self.captions[key].setText(text)
        self.capacity.setToolTip(self.tr("How many people can take part (– : not set)"))
        self.fee.setPlaceholderText(self.tr("e.g. 150,00"))
        self.organiser.setToolTip(self.tr(
            "The person or organisation who organises the exchange"))
        self.new_grant.setText(self.tr("New grant &application…"))
        self._show_grants()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
