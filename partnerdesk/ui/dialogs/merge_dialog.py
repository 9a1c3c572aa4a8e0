"""Two contacts side by side, field by field, and the merge of one into the other.

The user picks the record that is kept, the value of each field that differs (the
service's defaults preselected; notes can keep both texts) and confirms a plain statement
of what happens. The merge runs on the worker; a contact changed elsewhere meanwhile is
refused by the service (versions), reported, and the comparison loaded again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto.duplicates import BOTH, OTHER, REFERENCE_LABELS, SURVIVOR, MergePreview
from partnerdesk.messages import UserError
from partnerdesk.services import merge
from partnerdesk.ui import labels
from partnerdesk.ui.errors import show_error

FIELD_LABELS = {
    "salutation": QT_TRANSLATE_NOOP("MergeDialog", "Salutation"),
    "title": QT_TRANSLATE_NOOP("MergeDialog", "Title"),
    "given_name": QT_TRANSLATE_NOOP("MergeDialog", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("MergeDialog", "Family name"),
    "given_name_native": QT_TRANSLATE_NOOP("MergeDialog", "Given name (native script)"),
    "family_name_native": QT_TRANSLATE_NOOP("MergeDialog", "Family name (native script)"),
    "passport_given_name": QT_TRANSLATE_NOOP("MergeDialog", "Given name as in passport"),
    "passport_family_name": QT_TRANSLATE_NOOP("MergeDialog", "Family name as in passport"),
    "gender": QT_TRANSLATE_NOOP("MergeDialog", "Gender"),
    "birth_date": QT_TRANSLATE_NOOP("MergeDialog", "Birth date"),
    "birth_place": QT_TRANSLATE_NOOP("MergeDialog", "Birth place"),
    "nationality": QT_TRANSLATE_NOOP("MergeDialog", "Nationality"),
    "languages": QT_TRANSLATE_NOOP("MergeDialog", "Languages"),
    "organisation_name": QT_TRANSLATE_NOOP("MergeDialog", "Organisation"),
    "organisation_kind": QT_TRANSLATE_NOOP("MergeDialog", "Kind of organisation"),
    "side": QT_TRANSLATE_NOOP("MergeDialog", "Side"),
    "partner_town_id": QT_TRANSLATE_NOOP("MergeDialog", "Partner town"),
    "street": QT_TRANSLATE_NOOP("MergeDialog", "Street"),
    "address_extra": QT_TRANSLATE_NOOP("MergeDialog", "Address extra"),
    "postal_code": QT_TRANSLATE_NOOP("MergeDialog", "Postal code"),
    "city": QT_TRANSLATE_NOOP("MergeDialog", "Town"),
    "country": QT_TRANSLATE_NOOP("MergeDialog", "Country"),
    "phone": QT_TRANSLATE_NOOP("MergeDialog", "Phone"),
    "mobile": QT_TRANSLATE_NOOP("MergeDialog", "Mobile"),
    "email": QT_TRANSLATE_NOOP("MergeDialog", "E-mail"),
    "website": QT_TRANSLATE_NOOP("MergeDialog", "Website"),
    "notes": QT_TRANSLATE_NOOP("MergeDialog", "Notes"),
}
VALUE_LABELS = {
    "gender": {"female": QT_TRANSLATE_NOOP("MergeDialog", "female"),
               "male": QT_TRANSLATE_NOOP("MergeDialog", "male"),
               "diverse": QT_TRANSLATE_NOOP("MergeDialog", "diverse"),
               "unknown": QT_TRANSLATE_NOOP("MergeDialog", "not known")},
    "organisation_kind": {
        "town_administration": QT_TRANSLATE_NOOP("MergeDialog", "Town administration"),
        "school": QT_TRANSLATE_NOOP("MergeDialog", "School"),
        "club": QT_TRANSLATE_NOOP("MergeDialog", "Club or association"),
        "funder": QT_TRANSLATE_NOOP("MergeDialog", "Funder"),
        "company": QT_TRANSLATE_NOOP("MergeDialog", "Company"),
        "media": QT_TRANSLATE_NOOP("MergeDialog", "Media"),
        "other": QT_TRANSLATE_NOOP("MergeDialog", "Other")},
}
CHOICE_IDS = {SURVIVOR: 0, OTHER: 1, BOTH: 2}
MAX_SHOWN = 60


def _tr(text: str) -> str:
    return QCoreApplication.translate("MergeDialog", text)


def shown_value(name: str, value: str) -> str:
    """A field's value as the user reads it (vocabulary labels, not stored codes)."""
    if name == "side":
        return labels.label(labels.SIDE, value)
    if name == "country":
        return f"{labels.label(labels.COUNTRY, value)} ({value})" if value else ""
    if name in VALUE_LABELS and value in VALUE_LABELS[name]:
        return _tr(VALUE_LABELS[name][value])
    return value


def references_text(counts: dict[str, int]) -> str:
    """"Participations: 3 · Consents: 2", or "none"."""
    parts = [f"{QCoreApplication.translate('Duplicates', REFERENCE_LABELS.get(k, k))}: {n}"
             for k, n in counts.items() if n]
    return " · ".join(parts) if parts else QCoreApplication.translate("MergeDialog", "none")


def describe(preview: MergePreview, survivor: bool) -> str:
    """A contact's name with what tells it from the other: birth date, town or e-mail."""
    name = preview.survivor_name if survivor else preview.other_name
    details = []
    for item in preview.fields:
        if item.name in ("birth_date", "city", "email") and item.differs:
            value = item.survivor_value if survivor else item.other_value
            if value:
                details.append(value)
    return f"{name} ({', '.join(details[:2])})" if details else name


class MergeDialog(QDialog):
    """Compare contacts `a_id` and `b_id` and merge them (raises UserError if one is gone)."""

    sig_merged = Signal(object)
    """The merge was saved (its `MergeResult`); the workspace was told already."""

    def __init__(self, workspace: Any, a_id: int, b_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.workspace = workspace
        self.running = False
        self.groups: dict[str, QButtonGroup] = {}
        self.preview: MergePreview = merge.merge_preview(workspace.db, a_id, b_id)
        self.intro = QLabel(wordWrap=True)
        self.grid_host = QWidget()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.summary = QLabel(wordWrap=True, objectName="mergeSummary")
        self.summary.setStyleSheet("QLabel#mergeSummary { font-weight: 600; }")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = QPushButton(objectName="mergeButton")
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.merge_button.clicked.connect(self.confirm_and_merge)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(900, 640)
        self._build()

    # -- the comparison ----------------------------------------------------------------

    def keep(self, contact_id: int) -> None:
        """Make `contact_id` (one of the two) the record that is kept; defaults reset."""
        preview = self.preview
        if contact_id == preview.survivor_id:
            return
        try:
            self.preview = merge.merge_preview(self.workspace.db, contact_id, preview.survivor_id)
        except UserError as exc:
            show_error(self, exc)
            self.reject()
            return
        self._build()

    def _build(self) -> None:
        """(Re)build the grid for `self.preview`."""
        self.grid_host = QWidget()
        grid = QGridLayout(self.grid_host)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        p = self.preview
        keeper = QButtonGroup(self.grid_host)
        for column, (contact_id, name) in enumerate(
                ((p.survivor_id, describe(p, True)), (p.other_id, describe(p, False))), start=1):
            radio = QRadioButton(self.tr("Keep “{name}”").format(name=name),
                                 objectName=f"keep_{contact_id}")
            radio.setChecked(contact_id == p.survivor_id)
            radio.setStyleSheet("font-weight: 600;")
            radio.setToolTip(self.tr("The record kept; the other one is removed"))
            radio.toggled.connect(lambda on, c=contact_id: on and self.keep(c))
            keeper.addButton(radio)
            grid.addWidget(radio, 0, column)
        grid.addWidget(QLabel(self.tr("Linked records")), 1, 0)
        for column, counts in ((1, p.survivor_references), (2, p.other_references)):
            grid.addWidget(QLabel(references_text(counts), wordWrap=True), 1, column)
        self.groups = {}
        row = 2
        for item in p.fields:
            if not item.differs and not item.survivor_value:
                continue  # empty on both sides: nothing to see or choose
            grid.addWidget(QLabel(_tr(FIELD_LABELS.get(item.name, item.name))), row, 0)
            if item.differs:
                self._choice_row(grid, row, item)
            else:
                for column in (1, 2):
                    same = QLabel(shown_value(item.name, item.survivor_value))
                    same.setEnabled(False)  # the same on both sides: greyed, nothing to choose
                    grid.addWidget(same, row, column)
            row += 1
        grid.setRowStretch(row, 1)
        old = self.scroll.takeWidget()  # deleted later: a radio of it may be calling us
        self.scroll.setWidget(self.grid_host)
        if old is not None:
            old.deleteLater()
        self.retranslate_ui()

    def _choice_row(self, grid: QGridLayout, row: int, item: Any) -> None:
        group = QButtonGroup(self.grid_host)
        values = ((1, SURVIVOR, item.survivor_value), (2, OTHER, item.other_value))
        for column, side, value in values:
            text = shown_value(item.name, value)
            short = text.splitlines()[0] if text else ""
            if len(short) > MAX_SHOWN or short != text:
                short = short[:MAX_SHOWN].rstrip() + "…"
            radio = QRadioButton(short or self.tr("(empty)"),
                                 objectName=f"{item.name}_{side}")
            radio.setToolTip(text)
            group.addButton(radio, CHOICE_IDS[side])
            grid.addWidget(radio, row, column)
        if item.name in merge.JOINABLE and item.survivor_value and item.other_value:
            both = QRadioButton(self.tr("both texts"), objectName=f"{item.name}_{BOTH}")
            group.addButton(both, CHOICE_IDS[BOTH])
            grid.addWidget(both, row, 3)
        group.button(CHOICE_IDS.get(item.default, 0)).setChecked(True)
        self.groups[item.name] = group

    def choices(self) -> dict[str, str]:
        """The value chosen for each field that differs: "survivor", "other" or "both"."""
        by_id = {number: side for side, number in CHOICE_IDS.items()}
        return {name: by_id[group.checkedId()] for name, group in self.groups.items()
                if group.checkedId() in by_id}

    def choose(self, name: str, side: str) -> None:
        """Choose the value of field `name` from "survivor", "other" or "both"."""
        self.groups[name].button(CHOICE_IDS[side]).setChecked(True)

    # -- merging -----------------------------------------------------------------------

    def statement(self) -> str:
        """What the merge does, in plain words."""
        p = self.preview
        return self.tr(
            "Merge: “{kept}” will be kept, “{removed}” removed; all references move to "
            "“{kept}”. This cannot be undone.").format(kept=describe(p, True),
                                                      removed=describe(p, False))

    def confirm_and_merge(self) -> None:
        """Ask once more, then merge on the worker thread."""
        answer = QMessageBox.question(
            self, self.tr("Merge contacts"), self.statement(),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.merge_now()

    def merge_now(self) -> None:
        """Merge with the choices made, without asking (the confirmation is the caller's)."""
        if self.running:
            return
        p, db, choices = self.preview, self.workspace.db, self.choices()
        self.running = True
        self.merge_button.setEnabled(False)
        self.workspace.runner.submit(
            lambda _progress: merge.merge_contacts(db, p.survivor_id, p.other_id, choices,
                                                   p.expected_versions),
            self._merged, self._failed)

    def _merged(self, result: Any) -> None:
        self.running = False
        self.workspace.note_write()
        self.sig_merged.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.merge_button.setEnabled(True)
        show_error(self, exc)
        if isinstance(exc, UserError):  # changed or deleted elsewhere: look again
            try:
                self.preview = merge.merge_preview(self.workspace.db, self.preview.survivor_id,
                                                   self.preview.other_id)
            except UserError:
                self.reject()
                return
            self._build()

    def retranslate_ui(self) -> None:
        """Set the texts that do not depend on the grid (rebuilt on a language switch)."""
        self.setWindowTitle(self.tr("Merge two contacts"))
        self.intro.setText(self.tr(
            "Choose the record to keep and, for each field that differs, the value it keeps. "
            "Everything linked to the other record — participations, consents, "
            "correspondence and more — moves to the record kept."))
        self.merge_button.setText(self.tr("Merge…"))
        self.summary.setText(self.statement())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch (the grid is rebuilt with the same choices)."""
        if event.type() == QEvent.Type.LanguageChange:
            chosen = self.choices()
            self._build()
            for name, side in chosen.items():
                if name in self.groups:
                    self.choose(name, side)
        super().changeEvent(event)

