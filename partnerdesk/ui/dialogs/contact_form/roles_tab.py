"""The Roles & membership tab: roles and tags as check boxes, memberships with dates."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from partnerdesk.dto.contact_form import ContactForm, MembershipData
from partnerdesk.ui import labels
from partnerdesk.ui.dialogs.contact_form.fields import DateField
from partnerdesk.ui.dialogs.contact_form.record_editor import RecordEditor
from partnerdesk.ui.dialogs.contact_form.tab_base import FormTab
from partnerdesk.ui.formatting import format_date


class MembershipEditor(RecordEditor):
    """Memberships: number, joined, left, notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_detail("number", QLineEdit())
        self.add_detail("joined_on", DateField(optional=False))
        self.add_detail("left_on", DateField())
        self.add_detail("notes", QLineEdit())
        self.retranslate_ui()

    def headers(self) -> list[str]:
        """The column headers."""
        return [self.tr("Number"), self.tr("Joined"), self.tr("Left")]

    def cells(self, row: MembershipData) -> list[str]:
        """Number and dates."""
        return [row.number, format_date(row.joined_on), format_date(row.left_on)]

    def new_row(self) -> MembershipData:
        """A membership beginning today."""
        return MembershipData(joined_on=date.today())

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        super().retranslate_ui()
        for key, text in {"number": self.tr("&Number:"), "joined_on": self.tr("&Joined on:"),
                          "left_on": self.tr("L&eft on:"), "notes": self.tr("N&otes:")}.items():
            self.detail_labels[key].setText(text)
        self.add.setText(self.tr("&Add membership"))
        self.remove.setText(self.tr("&Remove"))
        self.detail_widgets["number"].setToolTip(self.tr("Each member number is used once."))
        self.detail_widgets["left_on"].setToolTip(self.tr("Leave empty while the membership "
                                                          "lasts."))


class RolesTab(FormTab):
    """Roles and tags (member, board, host family …) and the memberships."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.roles_box, self.members_box = QGroupBox(), QGroupBox()
        grid = QGridLayout(self.roles_box)
        self.checks = {role: QCheckBox(objectName=f"role_{role}") for role in labels.CONTACT_ROLE}
        for index, check in enumerate(self.checks.values()):
            grid.addWidget(check, index // 4, index % 4)
            check.toggled.connect(lambda _on: self.sig_changed.emit())
        self.memberships = MembershipEditor()
        self.memberships.sig_changed.connect(self.sig_changed.emit)
        members = QVBoxLayout(self.members_box)
        members.addWidget(self.memberships)
        layout = QVBoxLayout(self)
        layout.addWidget(self.roles_box)
        layout.addWidget(self.members_box, 1)
        self.retranslate_ui()

    def set_form(self, form: ContactForm) -> None:
        """Show roles and memberships."""
        for role, check in self.checks.items():
            check.blockSignals(True)
            check.setChecked(role in form.roles)
            check.blockSignals(False)
        self.memberships.set_rows(form.memberships)

    def values(self) -> dict[str, Any]:
        """Roles (in vocabulary order) and memberships."""
        return {"roles": tuple(role for role, check in self.checks.items() if check.isChecked()),
                "memberships": tuple(self.memberships.rows)}

    def show_problems(self, messages: dict[str, str], rows: dict[str, dict[int, str]]) -> bool:
        """Mark memberships with problems."""
        self.memberships.show_problems(rows.get("memberships", {}))
        return bool(rows.get("memberships")) or "roles" in messages

    def focus_field(self, key: str, row: int | None = None) -> bool:
        """Show the membership with a problem."""
        if key != "memberships":
            return False
        self.memberships.select_row(row if row is not None else 0)
        self.memberships.table.setFocus()
        return True

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.roles_box.setTitle(self.tr("Roles and tags"))
        self.members_box.setTitle(self.tr("Memberships"))
        for role, check in self.checks.items():
            check.setText(labels.label(labels.CONTACT_ROLE, role))
