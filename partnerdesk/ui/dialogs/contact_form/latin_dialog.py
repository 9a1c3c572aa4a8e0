"""Proposed Latin spellings of a Cyrillic name, for the user to pick one (or none).

ICAO 9303 is how Russian passports write names since 2014; the German (Duden) spelling is
what letters use. Both are suggestions only: the name *as in the passport* must match the
passport itself, so the user decides.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.names import latin_suggestions

SCHEMES = ("icao", "german")
TARGETS = ("passport", "latin")


class LatinSuggestionDialog(QDialog):
    """Shows the ICAO 9303 and German spellings; each can fill the passport or Latin name."""

    sig_chosen = Signal(str, str, str)
    """The user picked a spelling: target ("passport" or "latin"), given name, family name."""

    def __init__(self, given_native: str, family_native: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("latinSuggestions")
        self.native = " ".join(part for part in (given_native, family_native) if part)
        self.proposals = latin_suggestions(given_native, family_native)
        self.intro = QLabel(wordWrap=True)
        self.scheme_labels = {scheme: QLabel() for scheme in SCHEMES}
        self.spellings = {
            scheme: QLabel(" ".join(p for p in self.proposals[scheme] if p),
                           objectName=f"{scheme}Spelling")
            for scheme in SCHEMES
        }
        self.use = {
            (scheme, target): QPushButton(objectName=f"{scheme}_{target}")
            for scheme in SCHEMES for target in TARGETS
        }
        grid = QGridLayout()
        for row, scheme in enumerate(SCHEMES):
            font = self.spellings[scheme].font()
            font.setBold(True)
            self.spellings[scheme].setFont(font)
            grid.addWidget(self.scheme_labels[scheme], row, 0)
            grid.addWidget(self.spellings[scheme], row, 1)
            for column, target in enumerate(TARGETS, start=2):
                button = self.use[(scheme, target)]
                button.setAutoDefault(False)
                button.clicked.connect(lambda _c=False, s=scheme, t=target: self.choose(s, t))
                grid.addWidget(button, row, column)
        grid.setColumnStretch(1, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.use[("icao", "passport")].setFocus()

    def choose(self, scheme: str, target: str) -> None:
        """Hand the spelling of `scheme` to `target` and close."""
        given, family = self.proposals[scheme]
        self.sig_chosen.emit(target, given, family)
        self.accept()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Latin spelling"))
        self.intro.setText(self.tr(
            "Proposed Latin spellings of “{name}”. They are suggestions only: the name as in "
            "the passport must be typed exactly as the passport writes it.").format(
                name=self.native))
        self.scheme_labels["icao"].setText(self.tr("ICAO 9303 (passports):"))
        self.scheme_labels["german"].setText(self.tr("German spelling (letters):"))
        for scheme in SCHEMES:
            self.use[(scheme, "passport")].setText(self.tr("Use as passport name"))
            self.use[(scheme, "latin")].setText(self.tr("Use as Latin name"))
        for button in self.use.values():
            button.setToolTip(self.tr("Fills the fields; check them against the passport."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
