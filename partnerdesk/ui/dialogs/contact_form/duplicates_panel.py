"""The panel a new contact's form shows when it may already be in the address book."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from partnerdesk.dto.contact_form import DuplicateMatch
from partnerdesk.dto.duplicates import REASON_LABELS
from partnerdesk.ui.formatting import format_date


class DuplicatesPanel(QFrame):
    """The possible duplicates (who, why) with "Save anyway" and "Back to the form"."""

    sig_save_anyway = Signal()
    """The user says the new contact is someone else: save it."""
    sig_back = Signal()
    """The user goes back to the form without saving."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#duplicatesPanel { background: #fff4e5; border: 1px solid #e0a040;"
                           " border-radius: 4px; }")
        self.matches: tuple[DuplicateMatch, ...] = ()
        self.title = QLabel(wordWrap=True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.listing = QLabel(wordWrap=True, objectName="duplicateList")
        self.save_anyway = QPushButton(objectName="saveAnyway")
        self.back = QPushButton(objectName="backToForm")
        for button in (self.save_anyway, self.back):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back)
        buttons.addWidget(self.save_anyway)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.listing)
        layout.addLayout(buttons)
        self.save_anyway.clicked.connect(self.sig_save_anyway.emit)
        self.back.clicked.connect(self.sig_back.emit)
        self.retranslate_ui()

    def show_matches(self, matches: tuple[DuplicateMatch, ...]) -> None:
        """List `matches` and show the panel."""
        self.matches = matches
        self.retranslate_ui()
        self.show()
        self.back.setFocus()

    def _line(self, match: DuplicateMatch) -> str:
        facts = [match.display_name]
        if match.city:
            facts.append(match.city)
        if match.birth_date:
            facts.append(self.tr("born {date}").format(date=format_date(match.birth_date)))
        reasons = ", ".join(QCoreApplication.translate("Duplicates", REASON_LABELS[key])
                            for key in match.reasons if key in REASON_LABELS)
        return "• " + " · ".join(facts) + (f" — {reasons}" if reasons else "")

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr(
            "This contact may already be in the address book. Save it only if it is "
            "someone else:"))
        self.listing.setText("\n".join(self._line(match) for match in self.matches))
        self.save_anyway.setText(self.tr("Save anyway"))
        self.save_anyway.setToolTip(self.tr("It is a different person or organisation: save "
                                            "it as a new contact."))
        self.back.setText(self.tr("Back to the form"))
        self.back.setToolTip(self.tr("Do not save now; check the existing contact first."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
