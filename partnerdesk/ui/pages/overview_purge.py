"""The dashboard's notice that health data of past exchanges is due for deletion, and the
deletion itself: asked first (No is the default), run on the worker thread, then reported."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from partnerdesk.services import privacy
from partnerdesk.services.privacy import PurgeCandidate
from partnerdesk.ui.errors import show_error
from partnerdesk.ui.formatting import format_date


def purge_exchanges(db: Any, exchange_ids: list[int], today: date) -> int:
    """On the worker: delete the health data of the exchanges, one unit of work each;
    how many records went."""
    return sum(privacy.purge_health_data(db, exchange_id, today=today)
               for exchange_id in exchange_ids)


class PurgeNotice(QFrame):
    """"Health data of 2 past exchanges is due for deletion" and a button that deletes it."""

    sig_purged = Signal()
    """Health data was deleted (or the deletion stopped part-way): the figures are stale."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purgeNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.workspace = workspace
        self.candidates: list[PurgeCandidate] = []
        self.running = False
        """The deletion runs on the worker."""
        self.text = QLabel(wordWrap=True)
        self.button = QPushButton(objectName="purgeButton")
        self.button.clicked.connect(self.purge)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.retranslate_ui()

    def set_candidates(self, candidates: list[PurgeCandidate]) -> None:
        """The exchanges whose health data is due for deletion, as loaded last."""
        self.candidates = list(candidates)
        self._update()

    def purge(self) -> None:
        """After asking, delete the health data of the candidates on the worker."""
        db = self.workspace.db
        if not self.candidates or db is None or self.running:
            return
        records = sum(candidate.records for candidate in self.candidates)
        titles = "\n".join(f"• {c.title} ({format_date(c.end_date)})" for c in self.candidates)
        answer = QMessageBox.question(
            self, self.tr("Delete health data"),
            self.tr("Delete the allergies, medication and diet of %n participant(s) of these "
                    "past exchanges? This cannot be undone.", "", records) + "\n\n" + titles,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        ids, today = [c.exchange_id for c in self.candidates], self.workspace.today()
        self.running = True
        self._update()
        self.workspace.runner.submit(lambda _progress: purge_exchanges(db, ids, today),
                                     self._done, self._failed)

    def _done(self, records: int) -> None:
        self._finished()
        QMessageBox.information(
            self, self.tr("Delete health data"),
            self.tr("The allergies, medication and diet of %n participant(s) were deleted.",
                    "", records))

    def _failed(self, exc: BaseException) -> None:
        self._finished()
        show_error(self, exc)

    def _finished(self) -> None:
        self.running = False
        self._update()
        self.workspace.note_write()  # after a failure some exchanges may be purged already
        self.sig_purged.emit()

    def _update(self) -> None:
        self.button.setEnabled(not self.running)
        if self.running:
            self.text.setText(self.tr("Deleting health data…"))
        else:
            self.text.setText(self.tr(
                "Health data of %n past exchange(s) is due for deletion: the exchanges ended "
                "more than the set number of days ago.", "", len(self.candidates)))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.button.setText(self.tr("Delete health data…"))
        self.button.setToolTip(self.tr(
            "Deletes the allergies, medication and diet of the participants of these past "
            "exchanges, after asking. The log notes which exchanges, never what was deleted."))
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
