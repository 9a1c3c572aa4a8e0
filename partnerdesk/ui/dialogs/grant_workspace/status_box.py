"""The status box of the *Overview* tab: the current status, its dated history and the
button that asks for the next step (the workspace opens the status dialog)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto.grants import GrantForm, StatusStep
from partnerdesk.ui import labels
from partnerdesk.ui.formatting import format_date


class StatusBox(QGroupBox):
    """Current status, submitted and decided dates, history, and *Change status…*."""

    sig_change_requested = Signal()
    """The user asks to move the application to another status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = GrantForm()
        self.steps: list[StatusStep] = []
        self.allowed: tuple[str, ...] = ()
        self.current = QLabel(objectName="currentStatus")
        self.current.setStyleSheet("font-weight: bold;")
        self.dates = QLabel(objectName="statusDates")
        self.history = QListWidget(objectName="history")
        self.history.setFixedHeight(self.history.fontMetrics().lineSpacing() * 5 + 12)
        self.change = QPushButton(objectName="changeStatus")
        self.change.setAutoDefault(False)
        top = QHBoxLayout()
        top.addWidget(self.current)
        top.addStretch(1)
        top.addWidget(self.change)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.dates)
        layout.addWidget(self.history)
        self.change.clicked.connect(self.sig_change_requested.emit)
        self.retranslate_ui()

    def set_state(self, form: GrantForm, steps: list[StatusStep],
                  allowed: tuple[str, ...]) -> None:
        """Show the application's status, its history and whether a next step exists."""
        self.form, self.steps, self.allowed = form, steps, allowed
        self._show()

    def _show(self) -> None:
        self.current.setText(labels.label(labels.GRANT_STATUS, self.form.status))
        dates = []
        if self.form.submitted_on is not None:
            dates.append(self.tr("submitted on {date}").format(
                date=format_date(self.form.submitted_on)))
        if self.form.decided_on is not None:
            dates.append(self.tr("decided on {date}").format(
                date=format_date(self.form.decided_on)))
        self.dates.setText(" · ".join(dates))
        self.dates.setVisible(bool(dates))
        self.history.clear()
        for step in reversed(self.steps):  # newest first: the last step matters most
            status = labels.label(labels.GRANT_STATUS, step.status)
            text = f"{format_date(step.changed_on)}  {status}"
            self.history.addItem(f"{text} — {step.note}" if step.note else text)
            if step.note:
                self.history.item(self.history.count() - 1).setToolTip(step.note)
        saved = self.form.id is not None
        self.change.setEnabled(saved and bool(self.allowed))
        if not saved:
            tip = self.tr("Save the new application first.")
        elif not self.allowed:
            tip = self.tr("“{status}” is final: no further step is possible.").format(
                status=labels.label(labels.GRANT_STATUS, self.form.status))
        else:
            tip = self.tr("Possible next steps: {steps}").format(
                steps=labels.labels(labels.GRANT_STATUS, self.allowed))
        self.change.setToolTip(tip)
        if not self.steps:
            self.history.addItem(self.tr("No status history yet"))
            self.history.item(0).setFlags(Qt.ItemFlag.NoItemFlags)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setTitle(self.tr("Status"))
        self.change.setText(self.tr("C&hange status…"))
        self.history.setToolTip(self.tr("Every step with its date, newest first"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
