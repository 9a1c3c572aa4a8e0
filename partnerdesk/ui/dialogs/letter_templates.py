"""The letter templates: a list of every template beside the editor of the one selected
(name, language, subject, text) and the fields a template may use.

Double-clicking a field (or *Insert field*) puts `{field}` where the cursor was in the
subject or the text. Save (Ctrl+S) writes with optimistic locking and refuses unknown
fields; Delete asks first; "Add examples" installs the shipped templates (the visa
invitation among them) that are missing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto.letters import LetterTemplateForm
from partnerdesk.i18n import translate_message
from partnerdesk.messages import UserError
from partnerdesk.services import letters
from partnerdesk.ui import labels
from partnerdesk.ui.dialogs.contact_form.fields import error_label, show_message
from partnerdesk.ui.dialogs.exchange_workspace.actions import ask_then_write
from partnerdesk.ui.dialogs.guard import GuardedDialog

EXAMPLE_COLOUR = QColor("#fff4ce")
ID_ROLE = Qt.ItemDataRole.UserRole


class LetterTemplatesDialog(GuardedDialog):
    """List and edit the letter templates; install the examples."""

    sig_changed = Signal()
    """A template was saved, deleted or added."""

    def __init__(self, workspace: Any, parent: QWidget | None = None,
                 current: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterTemplates")
        self.workspace = workspace
        self.original = LetterTemplateForm()
        self.templates = QListWidget(objectName="templateList")
        self.new = QPushButton(objectName="newTemplate")
        self.delete = QPushButton(objectName="deleteTemplate")
        self.examples = QPushButton(objectName="installExamples")
        self.save_button = QPushButton(objectName="saveTemplate")
        self.insert = QPushButton(objectName="insertField")
        for button in (self.new, self.delete, self.examples, self.save_button, self.insert):
            button.setAutoDefault(False)
        self.notice = QLabel(objectName="notice", wordWrap=True)
        self.message = error_label("message")
        self.name = QLineEdit(objectName="templateName")
        self.language = QComboBox(objectName="templateLanguage")
        self.subject = QLineEdit(objectName="templateSubject")
        self.body = QPlainTextEdit(objectName="templateBody")
        self.body.setTabChangesFocus(True)
        self.fields = QListWidget(objectName="fieldList")
        self.fields_hint = QLabel(wordWrap=True)
        self._target: QLineEdit | QPlainTextEdit = self.body  # where fields go
        self.captions = [QLabel(buddy=w) for w in (self.name, self.language, self.subject,
                                                   self.body)]
        self._build_layout()

        self.buttons.rejected.connect(self.reject)
        self.new.clicked.connect(self.new_template)
        self.delete.clicked.connect(self.delete_template)
        self.examples.clicked.connect(self.install_examples)
        self.save_button.clicked.connect(self.save)
        self.insert.clicked.connect(self.insert_field)
        self.fields.itemDoubleClicked.connect(lambda _item: self.insert_field())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        self.templates.currentItemChanged.connect(lambda *_: self._selection_changed())
        for edit in (self.name, self.subject):
            edit.textChanged.connect(self._update_state)
        self.body.textChanged.connect(self._update_state)
        self.language.currentIndexChanged.connect(self._update_state)
        self.subject.installEventFilter(self)
        self.body.installEventFilter(self)
        self.retranslate_ui()  # loads the list too
        rows = [self.templates.item(i).data(ID_ROLE) for i in range(self.templates.count())]
        if rows:
            self.select(current if current in rows else rows[0])
        else:
            self._show(letters.new_template())
        self.resize(1100, 640)

    def _build_layout(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        for button in (self.new, self.delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.examples)
        column.addLayout(buttons)
        column.addWidget(self.templates, 1)
        column.addWidget(self.notice)
        editor = QWidget()
        form = QFormLayout(editor)
        form.setContentsMargins(0, 0, 0, 0)
        for caption, widget in zip(self.captions, (self.name, self.language, self.subject,
                                                   self.body), strict=True):
            form.addRow(caption, widget)
        form.addRow(self.message)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        form.addRow(save_row)
        right = QWidget()
        fields = QVBoxLayout(right)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addWidget(self.fields, 1)
        fields.addWidget(self.fields_hint)
        fields.addWidget(self.insert)
        splitter = QSplitter(self)
        for widget in (left, editor, right):
            splitter.addWidget(widget)
        splitter.setSizes([280, 520, 300])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    # -- the list ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list of templates (keeping the selection)."""
        self.templates.blockSignals(True)
        self.templates.clear()
        db = self.workspace.db
        for row in letters.list_templates(db) if db is not None else []:
            language = labels.label(labels.REPORT_LANGUAGE, row.language)
            item = QListWidgetItem(f"{row.name} ({language})", self.templates)
            item.setData(ID_ROLE, row.id)
            item.setToolTip(row.subject)
            if row.is_example:
                item.setBackground(QBrush(EXAMPLE_COLOUR))
                item.setToolTip(self.tr("An example; adapt it to your association"))
            if row.id == self.original.id:
                self.templates.setCurrentItem(item)
        self.templates.blockSignals(False)
        if not self.templates.count():
            self.notice.setText(self.tr("No letter templates yet. Add the examples and adapt "
                                        "them, or write one with “New”."))
        self._update_state()

    def select(self, template_id: int | None) -> None:
        """Select and edit the template `template_id` when it is listed."""
        for number in range(self.templates.count()):
            if self.templates.item(number).data(ID_ROLE) == template_id:
                self.templates.setCurrentRow(number)

    def _selection_changed(self) -> None:
        item = self.templates.currentItem()
        template_id = item.data(ID_ROLE) if item is not None else None
        if template_id is None or template_id == self.original.id:
            return
        if self.has_changes() and not self.confirm_discard():
            self.templates.blockSignals(True)
            self.select(self.original.id)
            self.templates.blockSignals(False)
            return
        try:
            self._show(letters.load_template(self.workspace.db, template_id))
        except UserError as exc:  # deleted elsewhere meanwhile
            show_message(self.message, translate_message(exc))
            self.refresh()

    def _show(self, form: LetterTemplateForm) -> None:
        self.original = form
        self.name.setText(form.name)
        self.language.setCurrentIndex(max(0, self.language.findData(form.language)))
        self.subject.setText(form.subject)
        self.body.setPlainText(form.body)
        show_message(self.message, "")
        self._update_state()

    # -- state and actions ---------------------------------------------------------------

    def form(self) -> LetterTemplateForm:
        """The template as edited."""
        o = self.original
        return LetterTemplateForm(o.id, self.name.text(), self.language.currentData(),
                                  self.subject.text(), self.body.toPlainText(), o.is_example,
                                  o.version)

    def has_changes(self) -> bool:
        """True when the editor differs from the template loaded or saved last."""
        return self.form() != self.original

    def _update_state(self, *_args: object) -> None:
        saved = self.original.id is not None
        self.delete.setEnabled(saved)
        self.save_button.setEnabled(self.has_changes() or not saved)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Remember whether the subject or the text had the focus last (fields go there)."""
        if event.type() == QEvent.Type.FocusIn and watched in (self.subject, self.body):
            self._target = watched
        return super().eventFilter(watched, event)

    def insert_field(self) -> None:
        """Put the selected field at the cursor in the subject or the text."""
        item = self.fields.currentItem()
        if item is None:
            return
        text = f"{{{item.data(ID_ROLE)}}}"
        if isinstance(self._target, QLineEdit):
            self._target.insert(text)
        else:
            self._target.insertPlainText(text)
        self._target.setFocus()

    def new_template(self) -> None:
        """Start a new template in the language of the one shown (after asking, when it has
        unsaved changes)."""
        if self.has_changes() and not self.confirm_discard():
            return
        self.templates.blockSignals(True)
        self.templates.setCurrentRow(-1)
        self.templates.blockSignals(False)
        self._show(letters.new_template(self.language.currentData() or "de"))
        self.name.setFocus()

    def save(self) -> bool:
        """Save the template shown; on a problem show it and keep the input. True if saved."""
        try:
            template_id, _version = letters.save_template(self.workspace.db, self.form())
        except UserError as exc:
            show_message(self.message, translate_message(exc))
            return False
        self._show(letters.load_template(self.workspace.db, template_id))
        self._written()
        return True

    def delete_template(self) -> None:
        """Delete the template shown, after asking."""
        form = self.original
        if form.id is None:
            return
        ask_then_write(
            self, self.tr("Delete letter template"),
            self.tr("Delete the letter template “{name}”?").format(name=form.name),
            lambda: letters.delete_template(self.workspace.db, form.id, form.version),
            self._deleted)

    def _deleted(self) -> None:
        ids = {row.id for row in letters.list_templates(self.workspace.db)}
        if self.original.id not in ids:
            self._show(letters.new_template(self.original.language))
            if ids:
                self.refresh()
                self.select(min(ids))
        self._written()

    def install_examples(self) -> None:
        """Add the shipped example templates that are missing."""
        added = letters.install_examples(self.workspace.db)
        if added:
            self.notice.setText(self.tr("%n example template(s) added.", "", added))
            self._written()
            if self.original.id is None and not self.has_changes():
                self.select(self.templates.item(0).data(ID_ROLE))
        else:
            self.notice.setText(self.tr("The example templates are already there."))

    def _written(self) -> None:
        self.workspace.note_write()
        self.refresh()
        self.sig_changed.emit()

    # -- closing and texts ---------------------------------------------------------------

    def discard_texts(self) -> tuple[str, str]:
        """The title and the question asked before unsaved changes are dropped."""
        return (self.tr("Unsaved changes"),
                self.tr("The letter template has changes that are not saved yet. Discard them?"))

    def confirm_discard(self) -> bool:
        """Ask whether to drop the unsaved changes; if so, the editor shows the template as
        it was."""
        if not super().confirm_discard():
            return False
        self._show(self.original)
        return True

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Letter templates"))
        for caption, text in zip(self.captions, (self.tr("&Name:"), self.tr("&Language:"),
                                                 self.tr("S&ubject:"), self.tr("&Text:")),
                                 strict=True):
            caption.setText(text)
        current = self.language.currentData() or self.original.language
        self.language.blockSignals(True)
        self.language.clear()
        for code in labels.REPORT_LANGUAGE:
            self.language.addItem(labels.label(labels.REPORT_LANGUAGE, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.blockSignals(False)
        self.fields.clear()
        for field in letters.known_fields():
            description = QCoreApplication.translate("Letters", field.description)
            item = QListWidgetItem(f"{{{field.name}}} — {description}", self.fields)
            item.setData(ID_ROLE, field.name)
            if field.needs_exchange:
                item.setToolTip(self.tr("Needs the exchange the letter is about"))
        self.fields_hint.setText(self.tr(
            "Double-click a field to insert it. Add _de, _ru or _en to write it in that "
            "language, e.g. {salutation_ru} in the Russian part of a bilingual letter."))
        self.insert.setText(self.tr("&Insert field"))
        self.new.setText(self.tr("Ne&w"))
        self.delete.setText(self.tr("&Delete…"))
        self.examples.setText(self.tr("Add &examples"))
        self.examples.setToolTip(self.tr(
            "Add the example templates (invitation for a visa, general letter) in German, "
            "Russian and English; templates already there stay as they are"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the letter template (Ctrl+S)"))
        self.body.setPlaceholderText(self.tr("The letter's text, with fields such as "
                                             "{salutation}"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
