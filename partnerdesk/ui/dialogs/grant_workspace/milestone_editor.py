"""A small dialog for one milestone of an application: kind, title, due and done date, notes."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from partnerdesk.dto.grants import MilestoneForm
from partnerdesk.ui import labels
from partnerdesk.ui.dialogs.contact_form.fields import ChoiceCombo, DateField, vocabulary_choices
from partnerdesk.ui.dialogs.editor_base import EditorDialog


class MilestoneEditor(EditorDialog):
    """Edit a milestone; `sig_submitted` hands the `MilestoneForm` on for saving.

    While the title is empty or still the label of the kind, choosing another kind puts
    that kind's label in the title.
    """

    def __init__(self, form: MilestoneForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("milestoneEditor")
        self.original = form
        self.kind = ChoiceCombo(objectName="kind")
        self.kind.set_choices(vocabulary_choices(labels.MILESTONE_KIND))
        self.title = QLineEdit(objectName="title")
        self.due_on = DateField(optional=False)
        self.done_on = DateField()
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 14)
        self.lay_out(self.caption_rows(
            (self.kind, self.title, self.due_on, self.done_on, self.notes)))
        self.kind.set_value(form.kind)
        self._kind_label = labels.label(labels.MILESTONE_KIND, form.kind)
        self.title.setText(form.title or ("" if form.id is not None else self._kind_label))
        self.due_on.set_value(form.due_on)
        self.done_on.set_value(form.done_on)
        self.notes.setPlainText(form.notes)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_chosen())
        self.resize(460, self.sizeHint().height())
        self.retranslate_ui()

    def _kind_chosen(self) -> None:
        new_label = labels.label(labels.MILESTONE_KIND, str(self.kind.value()))
        if self.title.text().strip() in ("", self._kind_label):
            self.title.setText(new_label)
        self._kind_label = new_label

    def form(self) -> MilestoneForm:
        """The milestone as entered."""
        return dataclasses.replace(
            self.original, kind=str(self.kind.value()), title=self.title.text().strip(),
            due_on=self.due_on.value(), done_on=self.done_on.value(),
            notes=self.notes.toPlainText())

    def submit(self) -> None:
        """Ask for the milestone to be saved."""
        self.sig_submitted.emit(self.form())

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("New milestone") if self.original.id is None
                            else self.tr("Milestone"))
        self.set_captions((self.tr("&Kind"), self.tr("&Title"), self.tr("&Due on"),
                           self.tr("D&one on"), self.tr("&Notes")))
        self.captions[3].setToolTip(self.tr("Empty while the milestone is open"))
