"""The import dialog: file → preview → column assignment → options → import → result.

One dialog with steps (not a QWizard: the running import and its result need their own
buttons). Reading the preview and the import run on the worker thread; the import reports
its progress and stops at once on Cancel, and the service rolls everything back then (all
rows or none). After a real import the workspace is told (`note_write`), so lists refresh.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from partnerdesk import settings as cfg
from partnerdesk.dto.imports import ImportPreview, ImportResult
from partnerdesk.i18n import translate_message
from partnerdesk.messages import UserError
from partnerdesk.services import imports
from partnerdesk.ui.dialogs.import_wizard.file_pages import FilePage, PreviewPage
from partnerdesk.ui.dialogs.import_wizard.mapping_page import MappingPage
from partnerdesk.ui.dialogs.import_wizard.result_pages import OptionsPage, ResultPage, RunPage
from partnerdesk.ui.errors import show_error

FILE, PREVIEW, MAPPING, OPTIONS, RUN, RESULT = range(6)
NAMED_DUPLICATES = 1000
"""The result names the existing contacts of this many duplicates (the rest by number)."""


def _import_and_name(db: Any, path: Path, mapping: dict[str, str], dry_run: bool,
                     on_duplicate: str, cancel: threading.Event,
                     progress: Any) -> tuple[ImportResult, dict[int, str]]:
    """Run the import (on the worker) and look up the names of the contacts it matched."""
    from partnerdesk.ui.dialogs.duplicates_dialog import contact_names

    def report(done: int, total: int) -> None:
        progress(done * 1000 // total if total else 0, 1000 if total else 0)

    result = imports.run_import(db, path, mapping, dry_run=dry_run, on_duplicate=on_duplicate,
                                progress=report, cancel=cancel.is_set)
    ids = [row.contact_id for row in result.duplicates[:NAMED_DUPLICATES]
           if row.contact_id is not None and not row.within_file]
    names = contact_names(db, ids) if ids and not result.cancelled else {}
    return result, {contact_id: name for contact_id, (name, _details) in names.items()}


class ImportDialog(QDialog):
    """Import contacts from a CSV, XLSX or vCard file, step by step."""

    sig_imported = Signal(object)
    """A real import finished (its `ImportResult`); the workspace was told already."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.workspace = workspace
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.running = False
        self.cancel_event = threading.Event()
        self.step = QLabel(objectName="stepTitle")
        self.step.setStyleSheet("QLabel#stepTitle { font-size: 12pt; font-weight: 600; }")
        self.file_page = FilePage(workspace.settings.get(cfg.IMPORT_EXPORT_FOLDER))
        self.preview_page = PreviewPage()
        self.mapping_page = MappingPage(workspace.settings)
        self.options_page = OptionsPage()
        self.run_page = RunPage()
        self.result_page = ResultPage()
        self.stack = QStackedWidget()
        for page in (self.file_page, self.preview_page, self.mapping_page, self.options_page,
                     self.run_page, self.result_page):
            self.stack.addWidget(page)
        self.back = QPushButton(objectName="back")
        self.next = QPushButton(objectName="next")
        self.next.setDefault(True)
        self.close_button = QPushButton(objectName="close")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back, self.next, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.back.clicked.connect(self.go_back)
        self.next.clicked.connect(self.go_next)
        self.close_button.clicked.connect(self.reject)
        self.file_page.sig_changed.connect(self._update_buttons)
        self.mapping_page.sig_changed.connect(self._update_buttons)
        self.options_page.dry_run.toggled.connect(lambda _on: self.retranslate_ui())
        self.resize(920, 600)
        self.retranslate_ui()

    # -- steps -------------------------------------------------------------------------

    def current(self) -> int:
        """The step shown (FILE … RESULT)."""
        return self.stack.currentIndex()

    def show_step(self, step: int) -> None:
        """Show `step` and set the buttons and the title for it."""
        self.stack.setCurrentIndex(step)
        self.retranslate_ui()

    def go_next(self) -> None:
        """The next step (reading the file, or importing, on the worker)."""
        step = self.current()
        if step == FILE:
            self.read_file()
        elif step in (PREVIEW, MAPPING):
            self.show_step(step + 1)
        elif step == OPTIONS:
            self.start_import()
        elif step == RESULT and self.result is not None and self.result.dry_run:
            self.options_page.dry_run.setChecked(False)  # "Import now" after a dry run
            self.start_import()

    def go_back(self) -> None:
        """The step before (the options after a result)."""
        step = self.current()
        if step == RESULT:
            self.show_step(OPTIONS)
        elif step > FILE and not self.running:
            self.show_step(step - 1)

    def read_file(self) -> None:
        """Read the start of the chosen file on the worker, then show the preview."""
        path = self.file_page.file()
        if path is None:
            self.file_page.show_error(self.tr("The file does not exist."))
            return
        self.workspace.settings.set(cfg.IMPORT_EXPORT_FOLDER, str(path.parent))
        self.running = True
        self._update_buttons()
        self.workspace.runner.submit(lambda _progress: imports.preview(path),
                                     self._previewed, self._preview_failed)

    def _previewed(self, preview: ImportPreview) -> None:
        self.running = False
        self.preview = preview
        self.preview_page.set_preview(preview)
        self.mapping_page.set_preview(preview)
        self.show_step(PREVIEW)

    def _preview_failed(self, exc: BaseException) -> None:
        self.running = False
        self._update_buttons()
        if isinstance(exc, UserError):
            self.file_page.show_error(translate_message(exc))
        else:
            show_error(self, exc)

    def start_import(self) -> None:
        """Import (or try) the file with the chosen assignment, on the worker."""
        if self.preview is None or not self.mapping_page.is_usable():
            return
        db, path = self.workspace.db, Path(self.preview.path)
        mapping, dry_run = self.mapping_page.mapping(), self.options_page.dry_run.isChecked()
        on_duplicate = self.options_page.on_duplicate()
        self.cancel_event = cancel = threading.Event()
        self.running = True
        self.run_page.start(self.tr("Checking {name}…").format(name=path.name) if dry_run
                            else self.tr("Importing {name}…").format(name=path.name))
        self.show_step(RUN)
        self.workspace.runner.submit(
            lambda progress: _import_and_name(db, path, mapping, dry_run, on_duplicate,
                                              cancel, progress),
            self._imported, self._import_failed, self.run_page.progressed)

    def cancel_import(self) -> None:
        """Stop the running import; nothing of it stays in the database."""
        if self.running and self.current() == RUN:
            self.cancel_event.set()
            self.run_page.label.setText(self.tr("Cancelling…"))
            self.close_button.setEnabled(False)

    def _imported(self, outcome: tuple[ImportResult, dict[int, str]]) -> None:
        self.running = False
        self.result, names = outcome
        self.result_page.set_result(self.result, names)
        self.show_step(RESULT)
        if not self.result.dry_run and not self.result.cancelled and (
                self.result.imported or self.result.merged):
            self.workspace.note_write()
            self.sig_imported.emit(self.result)

    def _import_failed(self, exc: BaseException) -> None:
        self.running = False
        self.show_step(OPTIONS)
        show_error(self, exc)

    def reject(self) -> None:
        """Close, or cancel the running import first (Escape and the window's ×, too)."""
        if self.running and self.current() == RUN:
            self.cancel_import()
        elif not self.running:
            super().reject()  # while the preview is read: a moment, then it may close

    # -- buttons and texts -------------------------------------------------------------

    def _update_buttons(self) -> None:
        step = self.current()
        result = self.result
        imported = step == RESULT and result is not None and not (
            result.dry_run or result.cancelled)
        self.back.setVisible(step not in (FILE, RUN) and not imported)  # once is enough
        self.back.setEnabled(not self.running)
        self.next.setVisible(step != RUN and (step != RESULT or bool(result and result.dry_run)))
        ready = {FILE: self.file_page.file() is not None,
                 MAPPING: self.mapping_page.is_usable()}.get(step, True)
        self.next.setEnabled(ready and not self.running)
        self.close_button.setEnabled(True)

    def retranslate_ui(self) -> None:
        """Set every text in the current language (and the buttons of the step shown)."""
        self.setWindowTitle(self.tr("Import contacts"))
        titles = {
            FILE: self.tr("Step 1 of 5: choose the file"),
            PREVIEW: self.tr("Step 2 of 5: check what was read"),
            MAPPING: self.tr("Step 3 of 5: assign the columns to contact fields"),
            OPTIONS: self.tr("Step 4 of 5: duplicates and dry run"),
            RUN: self.tr("Step 5 of 5: importing"),
            RESULT: self.tr("Step 5 of 5: result"),
        }
        step = self.current()
        self.step.setText(titles[step])
        self.back.setText(self.tr("< Back"))
        dry_run = self.options_page.dry_run.isChecked()
        self.next.setText({OPTIONS: self.tr("Check") if dry_run else self.tr("Import"),
                           RESULT: self.tr("Import now")}.get(step, self.tr("Next >")))
        self.close_button.setText(self.tr("Cancel") if step in (RUN, FILE, PREVIEW, MAPPING,
                                                                OPTIONS) else self.tr("Close"))
        self.close_button.setToolTip(self.tr("Stops the import; nothing is imported")
                                     if step == RUN else "")
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
