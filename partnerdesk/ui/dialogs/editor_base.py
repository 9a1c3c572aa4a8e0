"""The frame of the small editor dialogs: captioned fields, an error line and the buttons.

Such a dialog only collects its input and emits it (`sig_submitted`); the tab that opened it
saves it through the service and, when that fails, shows why in the dialog (`show_problem`),
the input kept. The texts stay in the subclasses (their own `self.tr`), so each keeps its
translation context.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.ui.dialogs.contact_form.fields import error_label, show_message

OK_CANCEL = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel


class EditorDialog(QDialog):
    """A form with an error line and (by default) OK and Cancel; OK calls `submit`.

    Subclasses build their fields, put them in rows (`caption_rows`), call `lay_out` once
    (fields, error line, buttons: the tab order follows) and emit `sig_submitted` in `submit`.
    """

    sig_submitted = Signal(object)
    """The user asks to save what the dialog collected."""

    def __init__(self, parent: QWidget | None = None,
                 buttons: QDialogButtonBox.StandardButton = OK_CANCEL) -> None:
        super().__init__(parent)
        self.captions: list[QLabel] = []
        """The captions of `caption_rows`, in order (their texts come from `set_captions`)."""
        self.message = error_label("message")
        self.buttons = QDialogButtonBox(buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def caption_rows(self, widgets: Iterable[QWidget], buddies: bool = True) -> QFormLayout:
        """A form of `widgets`, each beside a new caption (appended to `captions`; with
        `buddies`, its mnemonic moves the focus to the widget)."""
        rows = QFormLayout()
        for widget in widgets:
            caption = QLabel()
            if buddies:
                caption.setBuddy(widget)
            rows.addRow(caption, widget)
            self.captions.append(caption)
        return rows

    def lay_out(self, *parts: QLayout | QWidget) -> None:
        """Stack `parts`, then the error line and the buttons."""
        layout = QVBoxLayout(self)
        for part in parts:
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def set_captions(self, texts: Sequence[str], **values: object) -> None:
        """Give the captions their (translated) texts in order, formatted with `values`."""
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text.format(**values) if values else text)

    def submit(self) -> None:
        """Emit the collected input (subclasses)."""
        raise NotImplementedError

    def show_problem(self, text: str) -> None:
        """Show why saving failed (empty: hide the line); the input stays."""
        show_message(self.message, text)


class ChangesEditor(EditorDialog):
    """An editor of some fields of a listed row (`row`, set by the subclass):
    `sig_submitted` hands on only the fields that differ (a dict for the service's update);
    OK without changes just closes."""

    row: Any
    """The row edited; its attributes are named like the fields of `values`."""

    def values(self) -> dict[str, object]:
        """Every field as entered, by the name of the row's attribute (subclasses)."""
        raise NotImplementedError

    def changes(self) -> dict[str, object]:
        """The fields that differ from the row."""
        return {name: value for name, value in self.values().items()
                if value != getattr(self.row, name)}

    def submit(self) -> None:
        """Ask for the changes to be saved (or just close when there are none)."""
        changes = self.changes()
        if not changes:
            self.accept()
            return
        self.sig_submitted.emit(changes)
