"""The export dialog: the contacts shown (search and filters) or the selected ones, as a file.

Formats are the service's: CSV for Excel, XLSX and vCard 3.0. The export runs on the
worker thread with a progress bar; the service writes the file atomically, so a failed
export never destroys an older file of the same name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk import settings as cfg
from partnerdesk.dto.contacts import ContactFilter
from partnerdesk.ui.errors import show_error
from partnerdesk.ui.tasks import Cancelled, Task

SUFFIXES = {"csv": ".csv", "xlsx": ".xlsx", "vcf": ".vcf"}
CHUNK = 1000


@dataclass(frozen=True)
class ExportScope:
    """What the contact list shows: search, filters, how many match, and the selection."""

    search: str = ""
    filters: ContactFilter = field(default_factory=ContactFilter)
    matching: int = 0
    selected: list[int] = field(default_factory=list)


def matching_ids(db: Any, search: str, filters: ContactFilter) -> list[int]:
    """Every id the list shows for `search` and `filters`, in list order (on the worker)."""
    from partnerdesk.services import contacts

    ids: list[int] = []
    after = None
    while True:
        page = contacts.list_contacts(db, search, CHUNK, after, filters=filters)
        ids.extend(row.id for row in page)
        if len(page) < CHUNK:
            return ids
        after = (page[-1].sort_key, page[-1].id)


def export(db: Any, target: Path, fmt: str, scope: ExportScope, use_selection: bool,
           progress: Any) -> int:
    """Write the file (on the worker thread); returns how many contacts it holds."""
    from partnerdesk.services import exports

    total = len(scope.selected) if use_selection else scope.matching
    report = (lambda done: progress(done, total)) if total else None
    if use_selection:
        return exports.export_contacts(db, target, fmt, ids=list(scope.selected),
                                       progress=report)
    if scope.filters.is_empty():
        return exports.export_contacts(db, target, fmt, search=scope.search, progress=report)
    ids = matching_ids(db, scope.search, scope.filters)
    return exports.export_contacts(db, target, fmt, ids=ids, progress=report)


def with_suffix(path: Path, fmt: str) -> Path:
    """`path` ending in the suffix of `fmt` (replacing another export suffix only)."""
    if path.suffix.lower() == SUFFIXES[fmt]:
        return path
    if path.suffix.lower() in SUFFIXES.values():
        return path.with_suffix(SUFFIXES[fmt])
    return path.with_name(path.name + SUFFIXES[fmt])


class ExportDialog(QDialog):
    """Choose format, scope and file; export on the worker; say where the file went."""

    def __init__(self, workspace: Any, scope: ExportScope, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.workspace = workspace
        self.scope = scope
        self.running = False
        self.task: Task | None = None
        self.written: Path | None = None
        self.formats = QButtonGroup(self)
        self.format_radios = {key: QRadioButton(objectName=f"format_{key}")
                              for key in SUFFIXES}
        self.scopes = QButtonGroup(self)
        self.all_radio = QRadioButton(objectName="scopeAll")
        self.selected_radio = QRadioButton(objectName="scopeSelected")
        self.path = QLineEdit(objectName="exportPath")
        self.choose = QPushButton(objectName="chooseTarget")
        self.status = QLabel(wordWrap=True, objectName="exportStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bar = QProgressBar()
        self.bar.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")

        format_box, scope_box, file_row = QVBoxLayout(), QVBoxLayout(), QHBoxLayout()
        for radio in self.format_radios.values():
            self.formats.addButton(radio)
            format_box.addWidget(radio)
        self.format_radios["csv"].setChecked(True)
        for radio in (self.all_radio, self.selected_radio):
            self.scopes.addButton(radio)
            scope_box.addWidget(radio)
        self.selected_radio.setEnabled(bool(scope.selected))
        several = len(scope.selected) > 1  # one selected row is often just the cursor
        (self.selected_radio if several else self.all_radio).setChecked(True)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose)
        self.form = QFormLayout()
        self.captions = [QLabel(), QLabel(), QLabel()]
        self.form.addRow(self.captions[0], format_box)
        self.form.addRow(self.captions[1], scope_box)
        self.form.addRow(self.captions[2], file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.formats.buttonToggled.connect(lambda *_: self._fix_suffix())
        self.choose.clicked.connect(self.choose_file)
        self.path.textChanged.connect(lambda _t: self._update_enabled())
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.start)
        self.setMinimumWidth(560)
        self.retranslate_ui()
        folder = workspace.settings.get(cfg.IMPORT_EXPORT_FOLDER) or str(Path.home())
        self.path.setText(str(Path(folder) / (self.tr("contacts") + SUFFIXES["csv"])))

    def fmt(self) -> str:
        """The chosen format: "csv", "xlsx" or "vcf"."""
        return next(key for key, radio in self.format_radios.items() if radio.isChecked())

    def target(self) -> Path | None:
        """The file to write, with the suffix of the chosen format."""
        text = self.path.text().strip()
        return with_suffix(Path(text), self.fmt()) if text else None

    def _fix_suffix(self) -> None:
        target = self.target()
        if target is not None:
            self.path.setText(str(target))

    def choose_file(self) -> None:
        """Ask where to save, in the system's file dialog."""
        filters = {"csv": self.tr("CSV for Excel (*.csv)"),
                   "xlsx": self.tr("Excel workbook (*.xlsx)"),
                   "vcf": self.tr("vCard (*.vcf)")}
        folder = self.workspace.settings.get(cfg.IMPORT_EXPORT_FOLDER) or str(Path.home())
        start = self.target() or Path(folder) / (self.tr("contacts") + SUFFIXES[self.fmt()])
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export contacts"), str(start), filters[self.fmt()])
        if path:
            self.path.setText(str(with_suffix(Path(path), self.fmt())))

    def start(self) -> None:
        """Export on the worker thread."""
        target = self.target()
        if target is None or self.running:
            return
        self.path.setText(str(target))
        self.workspace.settings.set(cfg.IMPORT_EXPORT_FOLDER, str(target.parent))
        use_selection = self.selected_radio.isChecked()
        db, fmt, scope = self.workspace.db, self.fmt(), self.scope
        self.running, self.written = True, None
        self.bar.setRange(0, 0)
        self.bar.show()
        self.status.setText(self.tr("Exporting…"))
        self._update_enabled()
        self.task = self.workspace.runner.submit(
            lambda progress: export(db, target, fmt, scope, use_selection, progress),
            lambda count: self._done(target, count), self._failed, self._progressed)

    def _progressed(self, done: int, total: int, _text: str) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def _done(self, target: Path, count: int) -> None:
        self.running, self.written = False, target
        self.bar.hide()
        self.status.setText(self.tr("%n contact(s) exported to:", "", count) + f"\n{target}")
        self._update_enabled()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.bar.hide()
        self._update_enabled()
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("The export was cancelled; no file was written."))
        else:
            self.status.clear()
            show_error(self, exc)

    def reject(self) -> None:
        """Close, or cancel the running export (the file is then not written)."""
        if not self.running:
            super().reject()
        elif self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _update_enabled(self) -> None:
        self.export_button.setEnabled(not self.running and bool(self.path.text().strip()))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Cancel") if self.running else self.tr("Close"))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Export contacts"))
        for caption, text in zip(self.captions, (self.tr("Format:"), self.tr("Contacts:"),
                                                 self.tr("File:")), strict=True):
            caption.setText(text)
        self.format_radios["csv"].setText(self.tr("CSV for Excel (semicolons, UTF-8)"))
        self.format_radios["xlsx"].setText(self.tr("Excel workbook (XLSX)"))
        self.format_radios["vcf"].setText(self.tr("vCard 3.0 (address books, phones)"))
        self.all_radio.setText(self.tr("All %n contact(s) the list shows (search and filters)",
                                       "", self.scope.matching))
        self.selected_radio.setText(
            self.tr("Only the %n selected contact(s)", "", len(self.scope.selected))
            if self.scope.selected
            else self.tr("Only the selected contacts (select them in the list first)"))
        self.path.setPlaceholderText(self.tr("Where to save the file"))
        self.choose.setText(self.tr("Choose…"))
        self.export_button.setText(self.tr("Export"))
        self._update_enabled()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
