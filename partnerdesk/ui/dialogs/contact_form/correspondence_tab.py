"""The Correspondence tab: letters and e-mails in and out, with an attached file's path."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto.contact_form import ContactForm, CorrespondenceData
from partnerdesk.ui.dialogs.contact_form.fields import ChoiceCombo, DateField
from partnerdesk.ui.dialogs.contact_form.record_editor import RecordEditor
from partnerdesk.ui.dialogs.contact_form.tab_base import FormTab
from partnerdesk.ui.formatting import format_date


class CorrespondenceEditor(RecordEditor):
    """Letters and e-mails: date, direction, subject, summary, attachment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_detail("dated", DateField(optional=False))
        self.add_detail("direction", ChoiceCombo())
        self.add_detail("subject", QLineEdit())
        summary = QPlainTextEdit()
        summary.setTabChangesFocus(True)
        summary.setMinimumHeight(60)
        self.add_detail("summary", summary)
        self.attachment = QLineEdit()
        self.choose = QPushButton(objectName="chooseAttachment")
        self.choose.setAutoDefault(False)
        self.choose.clicked.connect(self.choose_attachment)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.attachment, 1)
        row.addWidget(self.choose)
        self.add_detail("attachment_path", self.attachment, box)
        self.retranslate_ui()

    def headers(self) -> list[str]:
        """The column headers."""
        return [self.tr("Date"), self.tr("Direction"), self.tr("Subject")]

    def directions(self) -> dict[str, str]:
        """The directions of a letter, translated."""
        return {"incoming": self.tr("Received"), "outgoing": self.tr("Sent")}

    def cells(self, row: CorrespondenceData) -> list[str]:
        """Date, direction, subject."""
        return [format_date(row.dated), self.directions().get(row.direction, row.direction),
                row.subject]

    def new_row(self) -> CorrespondenceData:
        """An outgoing letter dated today."""
        return CorrespondenceData(dated=date.today(), direction="outgoing")

    def choose_attachment(self) -> None:
        """Pick the attached file (only its path is kept)."""
        start = self.attachment.text() or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose the attached file"),
                                                    start)
        if path:
            self.attachment.setText(path)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        super().retranslate_ui()
        for key, text in {"dated": self.tr("&Date:"), "direction": self.tr("Di&rection:"),
                          "subject": self.tr("&Subject:"), "summary": self.tr("Su&mmary:"),
                          "attachment_path": self.tr("A&ttachment:")}.items():
            self.detail_labels[key].setText(text)
        self.detail_widgets["direction"].set_choices(
            [(text, value) for value, text in self.directions().items()])
        self.attachment.setToolTip(self.tr("Where the letter or e-mail is filed; only the "
                                           "path is kept, not the file."))
        self.choose.setText(self.tr("Choose…"))
        self.add.setText(self.tr("&Add letter or e-mail"))
        self.remove.setText(self.tr("&Remove"))


class CorrespondenceTab(FormTab):
    """The log of letters and e-mails with this contact."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QGroupBox()
        self.letters = CorrespondenceEditor()
        QVBoxLayout(self.box).addWidget(self.letters)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        self.letters.sig_changed.connect(self.sig_changed.emit)
        self.retranslate_ui()

    def set_form(self, form: ContactForm) -> None:
        """Show the correspondence of `form`."""
        self.letters.set_rows(form.correspondence)

    def values(self) -> dict[str, Any]:
        """The correspondence as edited."""
        return {"correspondence": tuple(self.letters.rows)}

    def show_problems(self, messages: dict[str, str], rows: dict[str, dict[int, str]]) -> bool:
        """Mark the letters with problems."""
        self.letters.show_problems(rows.get("correspondence", {}))
        return bool(rows.get("correspondence"))

    def focus_field(self, key: str, row: int | None = None) -> bool:
        """Show the letter with a problem."""
        if key != "correspondence":
            return False
        self.letters.select_row(row or 0)
        self.letters.table.setFocus()
        return True

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.box.setTitle(self.tr("Letters and e-mails"))
