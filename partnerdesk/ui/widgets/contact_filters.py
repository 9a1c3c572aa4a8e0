"""The filter bar above the contact list: role, side, partner town, membership, consent.

Each filter is a combo box whose first entry ("All …") filters nothing; the bar turns the
choices into a `ContactFilter`, which the service applies in SQL.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from partnerdesk.dto.contacts import ContactFilter
from partnerdesk.ui import labels

MEMBERSHIP = {
    "active": QT_TRANSLATE_NOOP("ContactFilterBar", "Active members"),
    "former": QT_TRANSLATE_NOOP("ContactFilterBar", "Former members"),
    "none": QT_TRANSLATE_NOOP("ContactFilterBar", "Not members"),
}
MISSING_CONSENT = {
    "data_processing": QT_TRANSLATE_NOOP("ContactFilterBar", "No consent: data processing"),
    "photos": QT_TRANSLATE_NOOP("ContactFilterBar", "No consent: photos and publication"),
    "newsletter": QT_TRANSLATE_NOOP("ContactFilterBar", "No consent: newsletter"),
    "health_data": QT_TRANSLATE_NOOP("ContactFilterBar", "No consent: health data"),
    "minor_travel": QT_TRANSLATE_NOOP("ContactFilterBar", "No consent: travel of a minor"),
    "medical_treatment": QT_TRANSLATE_NOOP("ContactFilterBar",
                                           "No consent: medical treatment"),
}
FILTER_NAMES = ("role", "side", "partner_town_id", "membership", "missing_consent")
"""The `ContactFilter` fields the bar sets, in the order of its combos."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactFilterBar", text)


class ContactFilterBar(QWidget):
    """A row of filter combos (sharing the width) and a "Clear filters" button."""

    sig_changed = Signal()
    """The user changed a filter (read them with `filters()`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._towns: list[tuple[int, str]] = []
        self._quiet = False
        self.combos: dict[str, QComboBox] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for name in FILTER_NAMES:
            combo = QComboBox(self, objectName=f"filter_{name}")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            combo.setMaximumWidth(260)
            combo.currentIndexChanged.connect(self._changed)
            self.combos[name] = combo
            layout.addWidget(combo, 1)
        self.clear_button = QPushButton(self, objectName="clearFilters")
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)
        self.retranslate_ui()

    # -- values ------------------------------------------------------------------------

    def filters(self) -> ContactFilter:
        """The chosen filters (`None` for every "All …")."""
        return ContactFilter(**{name: combo.currentData()
                                for name, combo in self.combos.items()})

    def set_filter(self, name: str, value: object) -> None:
        """Choose `value` in the combo of filter `name` (None: all); emits sig_changed."""
        combo = self.combos[name]
        index = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(max(index, 0))

    def is_active(self) -> bool:
        """True when any filter narrows the list."""
        return not self.filters().is_empty()

    def clear(self) -> None:
        """Set every filter back to "All" (one sig_changed, if anything changed)."""
        if not self.is_active():
            return
        self._quiet = True
        try:
            for combo in self.combos.values():
                combo.setCurrentIndex(0)
        finally:
            self._quiet = False
        self._changed()

    def set_towns(self, towns: list[tuple[int, str]]) -> None:
        """The partner towns to choose from: (id, name) pairs; keeps the choice if still there."""
        if towns == self._towns:
            return
        self._towns = list(towns)
        self._fill("partner_town_id")

    def _changed(self) -> None:
        self.clear_button.setEnabled(self.is_active())
        if not self._quiet:
            self.sig_changed.emit()

    # -- texts -------------------------------------------------------------------------

    def _choices(self, name: str) -> list[tuple[str, object]]:
        """(text, value) of the combo of filter `name`, its "all" entry first."""
        if name == "role":
            return [(self.tr("All roles"), None)] + [
                (labels.label(labels.CONTACT_ROLE, key), key) for key in labels.CONTACT_ROLE]
        if name == "side":
            return [(self.tr("All sides"), None)] + [
                (labels.label(labels.SIDE, key), key) for key in labels.SIDE]
        if name == "partner_town_id":
            return [(self.tr("All partner towns"), None)] + [
                (town, town_id) for town_id, town in self._towns]
        if name == "membership":
            return [(self.tr("Any membership"), None)] + [
                (_tr(text), key) for key, text in MEMBERSHIP.items()]
        return [(self.tr("Any consents"), None)] + [
            (_tr(text), key) for key, text in MISSING_CONSENT.items()]

    def _fill(self, name: str) -> None:
        combo = self.combos[name]
        chosen = combo.currentData()
        self._quiet = True
        try:
            combo.clear()
            for text, value in self._choices(name):
                combo.addItem(text, value)
            index = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(index, 0))
        finally:
            self._quiet = False
        if chosen is not None and combo.currentData() is None:  # the town went away
            self._changed()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        for name in FILTER_NAMES:
            self._fill(name)
        tips = {
            "role": self.tr("Show only contacts with this role or tag"),
            "side": self.tr("Show only contacts of this side of the partnership"),
            "partner_town_id": self.tr("Show only contacts of this partner town"),
            "membership": self.tr("Show only contacts with this membership status today"),
            "missing_consent": self.tr(
                "Show only contacts without a valid consent for this purpose today"),
        }
        for name, tip in tips.items():
            self.combos[name].setToolTip(tip)
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Show all contacts again (the search stays)"))
        self.clear_button.setEnabled(self.is_active())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
