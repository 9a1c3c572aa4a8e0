"""The Organisation tab: name, kind (town administration, school, club …) and side."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLineEdit, QVBoxLayout, QWidget

from partnerdesk.dto.contact_form import PartnerTownChoice
from partnerdesk.ui import labels
from partnerdesk.ui.dialogs.contact_form.fields import (
    ChoiceCombo,
    town_choices,
    vocabulary_choices,
)
from partnerdesk.ui.dialogs.contact_form.tab_base import FormTab


class OrganisationTab(FormTab):
    """An organisation's name and kind, and which side of the partnership it belongs to."""

    def __init__(self, towns: tuple[PartnerTownChoice, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.towns = towns
        self.box = QGroupBox()
        self.partnership = QGroupBox()
        form, partnership = self.new_form_layout(), self.new_form_layout()
        self.box.setLayout(form)
        self.partnership.setLayout(partnership)
        self.add_field(form, "organisation_name", QLineEdit())
        self.add_field(form, "organisation_kind", ChoiceCombo())
        self.add_field(partnership, "side", ChoiceCombo())
        self.add_field(partnership, "partner_town_id", ChoiceCombo())
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.partnership)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.box.setTitle(self.tr("Organisation"))
        self.partnership.setTitle(self.tr("Partnership"))
        for key, text in {"organisation_name": self.tr("&Name:"),
                          "organisation_kind": self.tr("&Kind:"), "side": self.tr("&Side:"),
                          "partner_town_id": self.tr("Partner &town:")}.items():
            self.row_labels[key].setText(text)
        self.widgets["organisation_name"].setPlaceholderText(
            self.tr("e.g. Gymnasium am Markt, Stadtverwaltung Musterstadt"))
        self.widgets["organisation_kind"].set_choices([
            ("–", ""),
            (self.tr("Town administration"), "town_administration"),
            (self.tr("School"), "school"), (self.tr("Club"), "club"),
            (self.tr("Funder"), "funder"), (self.tr("Company"), "company"),
            (self.tr("Media"), "media"), (self.tr("Other"), "other")])
        self.widgets["side"].set_choices(vocabulary_choices(labels.SIDE))
        self.widgets["partner_town_id"].set_choices(town_choices(self.towns, "–"))
