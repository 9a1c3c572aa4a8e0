"""First start (and File → New database…): create an empty database, the demo, or open one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

CHOICE_EMPTY = "empty"
CHOICE_DEMO = "demo"
CHOICE_OPEN = "open"


class FirstStartDialog(QDialog):
    """Three choices and the location of a new database; `choice` and `path` hold the answer."""

    def __init__(
        self, default_path: Path, offer_open: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.offer_open = offer_open
        self.choice: str | None = None
        self.path: Path | None = None
        self.intro = QLabel(wordWrap=True)
        self.location_label = QLabel()
        self.location = QLineEdit(str(default_path), objectName="location")
        self.browse = QPushButton()
        self.location_label.setBuddy(self.location)
        self.demo = QCommandLinkButton(objectName="createDemo")
        self.empty = QCommandLinkButton(objectName="createEmpty")
        self.open = QCommandLinkButton(objectName="openExisting")
        self.open.setVisible(offer_open)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)

        location = QHBoxLayout()
        location.addWidget(self.location, 1)
        location.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.location_label)
        layout.addLayout(location)
        layout.addSpacing(8)
        for button in (self.demo, self.empty, self.open):
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.browse.clicked.connect(self._browse)
        self.demo.clicked.connect(lambda: self._choose(CHOICE_DEMO))
        self.empty.clicked.connect(lambda: self._choose(CHOICE_EMPTY))
        self.open.clicked.connect(self._choose_open)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(560)
        self.retranslate_ui()

    def _choose(self, choice: str) -> None:
        text = self.location.text().strip()
        if not text:
            self.location.setFocus()
            return
        path = Path(text).expanduser()
        if path.suffix == "":
            path = path.with_suffix(".sqlite")
        self.choice, self.path = choice, path
        self.accept()

    def _choose_open(self) -> None:
        path = self.ask_existing_file()
        if path is not None:
            self.choice, self.path = CHOICE_OPEN, path
            self.accept()

    def ask_existing_file(self) -> Path | None:
        """Ask for an existing database file (replaced in tests)."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(Path(self.location.text()).parent),
            self.tr("PartnerDesk databases (*.sqlite *.db);;All files (*)"),
        )
        return Path(name) if name else None

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Location of the new database"), self.location.text(),
            self.tr("PartnerDesk databases (*.sqlite)"),
        )
        if name:
            self.location.setText(name)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        if self.offer_open:
            self.setWindowTitle(self.tr("Welcome to PartnerDesk"))
            self.intro.setText(
                self.tr(
                    "PartnerDesk keeps the contacts, exchanges and grants of your town-twinning "
                    "association in one database file on this computer. No database is open "
                    "yet: create one, or open an existing file."
                )
            )
        else:
            self.setWindowTitle(self.tr("New database"))
            self.intro.setText(
                self.tr("Create a new database file. The open database stays as it is.")
            )
        self.location_label.setText(self.tr("&Location of the new database:"))
        self.browse.setText(self.tr("Choose…"))
        self.demo.setText(self.tr("Create the demo association"))
        self.demo.setDescription(
            self.tr(
                "A fictional association with partner towns, about 150 contacts, exchanges "
                "and grants, to look around and try things out."
            )
        )
        self.empty.setText(self.tr("Create an empty database"))
        self.empty.setDescription(self.tr("Start with your own association's data."))
        self.open.setText(self.tr("Open an existing database…"))
        self.open.setDescription(self.tr("For example a copy from another computer."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
