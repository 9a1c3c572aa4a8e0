"""Choose the association's logo: a preview, Choose… and Remove."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeDatabase, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MAX_LOGO_BYTES = 2_000_000
PREVIEW_W, PREVIEW_H = 180, 90


class LogoPicker(QWidget):
    """Holds the logo as bytes with its MIME type; emits `sig_changed`, `sig_error`."""

    sig_changed = Signal()
    """The logo was chosen or removed."""
    sig_error = Signal(str)
    """A chosen file could not be used (translated message; empty clears it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: bytes | None = None
        self.mime = ""
        self.preview = QLabel(objectName="logoPreview")
        self.preview.setFixedSize(PREVIEW_W, PREVIEW_H)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.choose = QPushButton(objectName="chooseLogo")
        self.remove = QPushButton(objectName="removeLogo")
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.choose.clicked.connect(self._choose)
        self.remove.clicked.connect(self.clear)
        self.retranslate_ui()

    def set_logo(self, data: bytes | None, mime: str) -> None:
        """Show a logo (None: no logo)."""
        self.data, self.mime = data, mime if data else ""
        self._show()

    def clear(self) -> None:
        """Remove the logo."""
        self.set_logo(None, "")
        self.sig_changed.emit()

    def load_file(self, path: Path) -> bool:
        """Take the image at `path` as the logo; False (and `sig_error`) when unusable."""
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            text = self.tr("The file cannot be read: {reason}")
            self.sig_error.emit(text.format(reason=exc.strerror or str(exc)))
            return False
        if len(data) > MAX_LOGO_BYTES:
            self.sig_error.emit(
                self.tr("The image is larger than 2 MB; please choose a smaller one.")
            )
            return False
        if QImage.fromData(data).isNull():
            self.sig_error.emit(self.tr("The file is not an image PartnerDesk can read."))
            return False
        self.set_logo(data, QMimeDatabase().mimeTypeForData(data).name())
        self.sig_error.emit("")
        self.sig_changed.emit()
        return True

    def ask_file(self) -> Path | None:
        """Ask for an image file (replaced in tests)."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), "",
            self.tr("Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif)"),
        )
        return Path(name) if name else None

    def _choose(self) -> None:
        path = self.ask_file()
        if path is not None:
            self.load_file(path)

    def _show(self) -> None:
        self.remove.setEnabled(self.data is not None)
        if self.data is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo"))
            return
        pixmap = QPixmap.fromImage(QImage.fromData(self.data))
        self.preview.setPixmap(
            pixmap.scaled(PREVIEW_W - 8, PREVIEW_H - 8, Qt.AspectRatioMode.KeepAspectRatio,
                          Qt.TransformationMode.SmoothTransformation)
        )

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.choose.setText(self.tr("Choose image…"))
        self.remove.setText(self.tr("Remove logo"))
        self.preview.setToolTip(self.tr("Printed in the letterhead of reports and letters."))
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
