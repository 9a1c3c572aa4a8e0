"""A small dialog for one programme item: day, times, titles in both languages, place, who."""

from __future__ import annotations

import dataclasses
from datetime import date, time

from PySide6.QtWidgets import QLineEdit, QWidget

from partnerdesk.dto.exchanges import ProgrammeItemForm
from partnerdesk.ui.dialogs.contact_form.fields import DateField
from partnerdesk.ui.dialogs.editor_base import EditorDialog


def parse_time(text: str) -> time | None | bool:
    """`9`, `9:30`, `09.30` or `0930` as a time; None when empty, False when unreadable."""
    text = text.strip().replace(".", ":")
    if not text:
        return None
    if ":" not in text and text.isdigit() and len(text) in (3, 4):
        text = f"{text[:-2]}:{text[-2:]}"
    hours, _, minutes = text.partition(":")
    try:
        return time(int(hours), int(minutes or 0))
    except ValueError:
        return False


class ProgrammeItemEditor(EditorDialog):
    """Edit a programme item; `sig_submitted` hands the `ProgrammeItemForm` on for saving."""

    def __init__(self, form: ProgrammeItemForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmeItemEditor")
        self.original = form
        self.day = DateField(optional=False)
        self.start = QLineEdit(objectName="start")
        self.end = QLineEdit(objectName="end")
        for edit in (self.start, self.end):
            edit.setMaximumWidth(80)
        self.title = QLineEdit(objectName="title")
        self.title_native = QLineEdit(objectName="titleNative")
        self.place = QLineEdit(objectName="place")
        self.responsible = QLineEdit(objectName="responsible")
        self.lay_out(self.caption_rows(
            (self.day, self.start, self.end, self.title, self.title_native, self.place,
             self.responsible), buddies=False))
        self.day.set_value(form.day)
        self.start.setText(form.start_time.strftime("%H:%M") if form.start_time else "")
        self.end.setText(form.end_time.strftime("%H:%M") if form.end_time else "")
        self.title.setText(form.title)
        self.title_native.setText(form.title_native)
        self.place.setText(form.place)
        self.responsible.setText(form.responsible_name)
        self.resize(460, self.sizeHint().height())
        self.retranslate_ui()

    def form(self) -> ProgrammeItemForm | None:
        """The item as entered (None, with a message shown, when a time is unreadable)."""
        start, end = parse_time(self.start.text()), parse_time(self.end.text())
        if start is False or end is False:
            self.show_problem(self.tr("Type times as HH:MM, e.g. 09:30."))
            return None
        day: date | None = self.day.value()
        return dataclasses.replace(
            self.original, day=day, start_time=start, end_time=end, title=self.title.text(),
            title_native=self.title_native.text(), place=self.place.text(),
            responsible_name=self.responsible.text())

    def submit(self) -> None:
        """Ask for the item to be saved."""
        form = self.form()
        if form is not None:
            self.sig_submitted.emit(form)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("New programme item") if self.original.id is None
                            else self.tr("Programme item"))
        self.set_captions((self.tr("&Day"), self.tr("&Starts"), self.tr("&Ends"),
                           self.tr("&Title"), self.tr("Title in the &partner's language"),
                           self.tr("P&lace"), self.tr("&Responsible")))
        self.start.setPlaceholderText(self.tr("HH:MM"))
        self.end.setPlaceholderText(self.tr("HH:MM"))
        self.start.setToolTip(self.tr("Empty: an item for the whole day (e.g. arrival)"))
