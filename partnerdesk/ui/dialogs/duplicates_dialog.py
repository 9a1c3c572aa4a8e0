"""The duplicates review: pairs of contacts that may be one, best first; "Review…" merges.

The whole-database search runs on the worker thread behind a busy indicator; the list
names both contacts (with birth date and town, to tell namesakes apart), the score and
the reasons. After a merge the search runs again, and the workspace refreshes the lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto.duplicates import REASON_LABELS
from partnerdesk.messages import UserError
from partnerdesk.ui.errors import show_error
from partnerdesk.ui.formatting import format_date
from partnerdesk.ui.models.table_model import RowTableModel
from partnerdesk.ui.widgets.tables import configure_table

NAME_CHUNK = 500


def _record_name(record: dict[str, object]) -> tuple[str, str]:
    """A contact's name and a few details (birth date, town, e-mail) from an export record."""
    if record.get("kind") == "organisation":
        name = str(record.get("organisation_name") or "")
    else:
        family = record.get("family_name") or record.get("family_name_native") or ""
        given = record.get("given_name") or record.get("given_name_native") or ""
        name = ", ".join(str(p) for p in (family, given) if p)
    birth = record.get("birth_date")
    details = [format_date(birth) if birth else "", str(record.get("city") or ""),
               str(record.get("email") or "")]
    return name, " · ".join(d for d in details if d)


def contact_names(db: Any, ids: list[int]) -> dict[int, tuple[str, str]]:
    """Name and details of each contact in `ids` that exists (on the worker thread)."""
    from partnerdesk.services.exports import iter_contact_records

    wanted = list(dict.fromkeys(ids))
    found: dict[int, tuple[str, str]] = {}
    for start in range(0, len(wanted), NAME_CHUNK):
        chunk = wanted[start: start + NAME_CHUNK]
        records = list(iter_contact_records(db, ids=chunk))
        if len(records) == len(chunk):  # records come in the order asked for
            pairs = list(zip(chunk, records, strict=True))
        else:  # some were deleted meanwhile: ask one by one
            pairs = [(cid, rec) for cid in chunk for rec in iter_contact_records(db, ids=[cid])]
        found.update((cid, _record_name(record)) for cid, record in pairs)
    return found


@dataclass(frozen=True)
class PairRow:
    """One pair as the list shows it."""

    id: int
    a_id: int
    b_id: int
    a_name: str
    b_name: str
    score: int
    reasons: tuple[str, ...]


def find_pairs(db: Any) -> list[PairRow]:
    """The duplicate pairs with both names (on the worker thread)."""
    from partnerdesk.services.duplicates import find_duplicate_pairs

    pairs = find_duplicate_pairs(db)
    names = contact_names(db, [i for pair in pairs for i in (pair.a_id, pair.b_id)])

    def text(contact_id: int) -> str:
        name, details = names.get(contact_id, (f"#{contact_id}", ""))
        return f"{name} ({details})" if details else name

    return [PairRow(number, p.a_id, p.b_id, text(p.a_id), text(p.b_id), p.score, p.reasons)
            for number, p in enumerate(pairs) if p.a_id in names and p.b_id in names]


class PairsModel(RowTableModel):
    """The pairs: both contacts, the score and the reasons."""

    HEADER_CONTEXT = "DuplicatesDialog"
    COLUMNS = (QT_TRANSLATE_NOOP("DuplicatesDialog", "Contact"),
               QT_TRANSLATE_NOOP("DuplicatesDialog", "Possible duplicate"),
               QT_TRANSLATE_NOOP("DuplicatesDialog", "Score"),
               QT_TRANSLATE_NOOP("DuplicatesDialog", "Why"))
    RIGHT_ALIGNED = frozenset({2})

    def display(self, row: PairRow, column: int) -> str:
        """One cell's text."""
        if column == 0:
            return row.a_name
        if column == 1:
            return row.b_name
        if column == 2:
            return str(row.score)
        return ", ".join(QCoreApplication.translate("Duplicates", REASON_LABELS.get(r, r))
                         for r in row.reasons)


class DuplicatesDialog(QDialog):
    """Lists possible duplicates and opens the merge dialog for one pair."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.workspace = workspace
        self.searching = False
        self.merge_dialog: QDialog | None = None
        self.intro = QLabel(wordWrap=True)
        self.busy = QProgressBar(textVisible=False)
        self.busy.setRange(0, 0)
        self.status = QLabel(wordWrap=True, objectName="duplicatesStatus")
        self.model = PairsModel(self)
        self.table = QTableView(objectName="pairsTable")
        self.table.setModel(self.model)
        configure_table(self.table, [300, 300, 60])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.review_button = QPushButton(objectName="review")
        self.again_button = QPushButton(objectName="searchAgain")
        for button in (self.review_button, self.again_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.review_button.clicked.connect(self.review)
        self.again_button.clicked.connect(self.search)
        self.table.doubleClicked.connect(lambda _index: self.review())
        self.table.selectionModel().selectionChanged.connect(self._update_enabled)
        self.resize(980, 560)
        self.retranslate_ui()
        self.search()

    def search(self) -> None:
        """Look for duplicates in the whole database, on the worker thread."""
        if self.searching or self.workspace.db is None:
            return
        self.searching = True
        self.busy.show()
        self.status.setText(self.tr("Looking for contacts entered twice…"))
        self._update_enabled()
        db = self.workspace.db
        self.workspace.runner.submit(lambda _progress: find_pairs(db), self._found,
                                     self._failed)

    def _found(self, rows: list[PairRow]) -> None:
        self.searching = False
        self.busy.hide()
        self.model.set_rows(rows)
        self.status.setText(
            self.tr("%n pair(s) of contacts may be duplicates. Select one and choose "
                    "“Review…” to compare and merge them.", "", len(rows)) if rows
            else self.tr("No possible duplicates found."))
        if rows:
            self.table.selectRow(0)
        self._update_enabled()

    def _failed(self, exc: BaseException) -> None:
        self.searching = False
        self.busy.hide()
        self.status.clear()
        self._update_enabled()
        show_error(self, exc)

    def selected_pair(self) -> PairRow | None:
        """The pair with the focus."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def review(self) -> None:
        """Open the selected pair side by side in the merge dialog."""
        from partnerdesk.ui.dialogs.merge_dialog import MergeDialog

        pair = self.selected_pair()
        if pair is None or self.searching:
            return
        try:
            dialog = MergeDialog(self.workspace, pair.a_id, pair.b_id, self)
        except UserError as exc:  # one of them is gone meanwhile
            show_error(self, exc)
            self.search()
            return
        dialog.sig_merged.connect(lambda _result: self.search())
        self.merge_dialog = dialog
        dialog.open()

    def _update_enabled(self) -> None:
        self.review_button.setEnabled(not self.searching and self.selected_pair() is not None)
        self.again_button.setEnabled(not self.searching)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Find duplicates"))
        self.intro.setText(self.tr(
            "Contacts that may be the same person or organisation entered twice — by name "
            "in any script or spelling, birth date, e-mail and phone — most likely first."))
        self.review_button.setText(self.tr("Review…"))
        self.review_button.setToolTip(self.tr("Compare the two contacts and merge them"))
        self.again_button.setText(self.tr("Search again"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
