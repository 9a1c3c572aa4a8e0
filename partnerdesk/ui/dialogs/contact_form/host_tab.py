"""The Host profile tab: whether the contact hosts guests, and with how many beds."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto.contact_form import ContactForm, HostProfileData
from partnerdesk.ui.dialogs.contact_form.tab_base import FormTab, read_widget, write_widget

FIELDS = ("beds", "pets", "smoking", "languages", "notes")


class HostTab(FormTab):
    """Beds, pets, smoking, languages spoken at home, notes (or no host profile)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offers = QCheckBox(objectName="offers")
        self.box = QGroupBox()
        form = self.new_form_layout()
        self.box.setLayout(form)
        beds = QSpinBox()
        beds.setRange(0, 99)  # over 50 is refused with a message, not silently clipped
        beds.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.add_field(form, "host_beds", beds)
        self.add_field(form, "host_pets", QLineEdit())
        self.add_field(form, "host_smoking", QCheckBox())
        self.add_field(form, "host_languages", QLineEdit())
        self.add_field(form, "host_notes", QPlainTextEdit())
        self.widgets["host_notes"].setTabChangesFocus(True)
        self.errors["host_profile"] = self.errors.pop("host_beds")
        layout = QVBoxLayout(self)
        layout.addWidget(self.offers)
        layout.addWidget(self.box, 1)
        self.offers.toggled.connect(self.box.setEnabled)
        self.offers.toggled.connect(lambda _on: self.sig_changed.emit())
        self.retranslate_ui()

    def set_form(self, form: ContactForm) -> None:
        """Show the host profile (an empty, disabled one when there is none)."""
        profile = form.host_profile or HostProfileData()
        self.offers.blockSignals(True)
        self.offers.setChecked(form.host_profile is not None)
        self.offers.blockSignals(False)
        self.box.setEnabled(form.host_profile is not None)
        for name in FIELDS:
            widget = self.widgets[f"host_{name}"]
            widget.blockSignals(True)
            write_widget(widget, getattr(profile, name))
            widget.blockSignals(False)

    def values(self) -> dict[str, Any]:
        """The host profile, or None when the contact does not host."""
        if not self.offers.isChecked():
            return {"host_profile": None}
        return {"host_profile": HostProfileData(
            **{name: read_widget(self.widgets[f"host_{name}"]) for name in FIELDS})}

    def focus_field(self, key: str, row: int | None = None) -> bool:
        """Focus the beds for a problem of the host profile."""
        if key != "host_profile":
            return False
        self.widgets["host_beds"].setFocus()
        return True

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.offers.setText(self.tr("&Hosts guests (host family)"))
        self.offers.setToolTip(self.tr("Tick to keep what this household offers to guests "
                                       "of an exchange."))
        self.box.setTitle(self.tr("What the household offers"))
        for key, text in {"host_beds": self.tr("&Beds:"), "host_pets": self.tr("&Pets:"),
                          "host_smoking": self.tr("&Smoking:"),
                          "host_languages": self.tr("&Languages at home:"),
                          "host_notes": self.tr("N&otes:")}.items():
            self.row_labels[key].setText(text)
        self.widgets["host_smoking"].setText(self.tr("Someone smokes in the household"))
        self.widgets["host_pets"].setPlaceholderText(self.tr("e.g. a cat, a dog"))
        self.widgets["host_languages"].setPlaceholderText(self.tr("e.g. de, ru, en"))
