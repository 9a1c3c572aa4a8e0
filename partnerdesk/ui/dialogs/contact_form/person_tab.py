"""The Person tab: names in Latin and native script, the name as in the passport, birth,
nationality, languages and which side of the partnership the person belongs to."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto.contact_form import ContactForm, PartnerTownChoice
from partnerdesk.ui import labels
from partnerdesk.ui.dialogs.contact_form.fields import (
    ChoiceCombo,
    CountryCombo,
    DateField,
    town_choices,
    vocabulary_choices,
)
from partnerdesk.ui.dialogs.contact_form.latin_dialog import LatinSuggestionDialog
from partnerdesk.ui.dialogs.contact_form.tab_base import FormTab

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
SALUTATIONS = ("", "Frau", "Herr")  # as letters write them (data, not UI text)


class PersonTab(FormTab):
    """Salutation, names in every script, passport name, birth, nationality, side."""

    def __init__(self, towns: tuple[PartnerTownChoice, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.towns = towns
        self.latin_dialog: LatinSuggestionDialog | None = None
        self.boxes = {key: QGroupBox() for key in ("name", "native", "passport", "personal",
                                                   "partnership")}
        forms = {key: self.new_form_layout() for key in self.boxes}
        for key, box in self.boxes.items():
            box.setLayout(forms[key])
        salutation = QComboBox(editable=True)
        salutation.addItems(SALUTATIONS)
        self.add_field(forms["name"], "salutation", salutation)
        self.add_field(forms["name"], "title", QLineEdit())
        self.add_field(forms["name"], "given_name", QLineEdit())
        self.add_field(forms["name"], "family_name", QLineEdit())
        self.add_field(forms["native"], "given_name_native", QLineEdit())
        self.add_field(forms["native"], "family_name_native", QLineEdit())
        self.add_field(forms["passport"], "passport_given_name", QLineEdit())
        self.add_field(forms["passport"], "passport_family_name", QLineEdit())
        self.suggest = QPushButton(objectName="suggestLatin")
        self.suggest.setAutoDefault(False)
        forms["passport"].addRow("", self.suggest)
        self.add_field(forms["personal"], "gender", ChoiceCombo())
        self.add_field(forms["personal"], "birth_date", DateField())
        self.add_field(forms["personal"], "birth_place", QLineEdit())
        self.add_field(forms["personal"], "nationality", CountryCombo())
        self.add_field(forms["personal"], "languages", QLineEdit())
        self.add_field(forms["partnership"], "side", ChoiceCombo())
        self.add_field(forms["partnership"], "partner_town_id", ChoiceCombo())
        self._build_layout()
        self.suggest.clicked.connect(self.suggest_latin)
        for key in ("given_name_native", "family_name_native", "given_name", "family_name"):
            self.widgets[key].textChanged.connect(self._update_suggest)
        self.retranslate_ui()
        self._update_suggest()

    def _build_layout(self) -> None:
        left, right = QVBoxLayout(), QVBoxLayout()
        for key in ("name", "native", "passport"):
            left.addWidget(self.boxes[key])
        for key in ("personal", "partnership"):
            right.addWidget(self.boxes[key])
        left.addStretch(1)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        order = ["salutation", "title", "given_name", "family_name", "given_name_native",
                 "family_name_native", "passport_given_name", "passport_family_name"]
        chain = [self.widgets[key] for key in order] + [self.suggest] + [
            self.widgets[key] for key in ("gender", "birth_date", "birth_place", "nationality",
                                          "languages", "side", "partner_town_id")]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def set_form(self, form: ContactForm) -> None:
        """Show the person's fields of `form`."""
        super().set_form(form)
        self._update_suggest()

    # -- Latin spelling --------------------------------------------------------------------

    def _native_name(self) -> tuple[str, str]:
        """The Cyrillic name to transcribe: the native-script fields, else Cyrillic typed
        into the Latin fields."""
        given = self.widgets["given_name_native"].text().strip()
        family = self.widgets["family_name_native"].text().strip()
        if not CYRILLIC.search(given + family):
            given = self.widgets["given_name"].text().strip()
            family = self.widgets["family_name"].text().strip()
        return given, family

    def _update_suggest(self) -> None:
        given, family = self._native_name()
        self.suggest.setEnabled(bool(CYRILLIC.search(given + family)))

    def suggest_latin(self) -> None:
        """Show the proposed Latin spellings (non-modal); the user picks one or none."""
        given, family = self._native_name()
        self.latin_dialog = LatinSuggestionDialog(given, family, self)
        self.latin_dialog.sig_chosen.connect(self.apply_spelling)
        self.latin_dialog.open()

    def apply_spelling(self, target: str, given: str, family: str) -> None:
        """Fill the passport name ("passport") or the Latin name ("latin") fields."""
        prefix = "passport_" if target == "passport" else ""
        self.widgets[f"{prefix}given_name"].setText(given)
        self.widgets[f"{prefix}family_name"].setText(family)
        self.widgets[f"{prefix}given_name"].setFocus()

    # -- texts ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        titles = {"name": self.tr("Name"), "native": self.tr("Name in native script"),
                  "passport": self.tr("Name as in the passport"),
                  "personal": self.tr("Personal data"), "partnership": self.tr("Partnership")}
        for key, text in titles.items():
            self.boxes[key].setTitle(text)
        texts = {
            "salutation": self.tr("Sa&lutation:"), "title": self.tr("&Title:"),
            "given_name": self.tr("&Given name:"), "family_name": self.tr("&Family name:"),
            "given_name_native": self.tr("Gi&ven name:"),
            "family_name_native": self.tr("Fa&mily name:"),
            "passport_given_name": self.tr("Given na&me:"),
            "passport_family_name": self.tr("Family nam&e:"),
            "gender": self.tr("Ge&nder:"), "birth_date": self.tr("&Birth date:"),
            "birth_place": self.tr("Birth &place:"), "nationality": self.tr("Nati&onality:"),
            "languages": self.tr("&Languages:"), "side": self.tr("&Side:"),
            "partner_town_id": self.tr("Partner &town:"),
        }
        for key, text in texts.items():
            self.row_labels[key].setText(text)
        self.widgets["salutation"].setToolTip(self.tr("As letters use it, e.g. Frau or Herr."))
        self.widgets["title"].setPlaceholderText(self.tr("e.g. Dr."))
        self.widgets["given_name_native"].setToolTip(
            self.tr("The name in the person's own script, e.g. Cyrillic."))
        for key in ("passport_given_name", "passport_family_name"):
            self.widgets[key].setToolTip(self.tr(
                "Type the name exactly as the passport writes it (visas, insurance, lists "
                "for border crossings). It is never computed."))
        self.suggest.setText(self.tr("Suggest Latin spelling…"))
        self.suggest.setToolTip(self.tr(
            "Proposes the ICAO 9303 spelling (passports) and the German spelling (letters) "
            "of a Cyrillic name. You decide which one to use, if any."))
        self.widgets["languages"].setPlaceholderText(self.tr("e.g. de, ru, en"))
        self.widgets["nationality"].fill()
        self.widgets["gender"].set_choices([
            (self.tr("Not stated"), "unknown"), (self.tr("Female"), "female"),
            (self.tr("Male"), "male"), (self.tr("Diverse"), "diverse")])
        self.widgets["side"].set_choices(vocabulary_choices(labels.SIDE))
        self.widgets["side"].setToolTip(self.tr(
            "Whether the person belongs to the home town, a partner town or neither."))
        self.widgets["partner_town_id"].set_choices(town_choices(self.towns, "–"))
        self._set_placeholder_names()

    def _set_placeholder_names(self) -> None:
        self.widgets["given_name"].setPlaceholderText(self.tr("in Latin letters"))
        self.widgets["family_name"].setPlaceholderText(self.tr("in Latin letters"))
        self.widgets["family_name_native"].setPlaceholderText(self.tr("e.g. Иванова"))

