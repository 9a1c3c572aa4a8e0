"""The grant application list: filters, amounts, next deadline, and the actions on applications.

The filters (status, year, funder) are applied in the database by `services.grants.list_grants`.
New and Open show the application workspace (non-modal); Delete asks first and shows why the
service refuses (funds received, receipts booked); *Funder profiles…* edits the funders' rules.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from partnerdesk.dto import GrantRow
from partnerdesk.services import grant_editing, grants
from partnerdesk.ui import labels
from partnerdesk.ui.dialogs.exchange_workspace.actions import ask_then_write, open_tracked
from partnerdesk.ui.models.grants_model import GrantsModel
from partnerdesk.ui.pages.list_page import FilteredListPage
from partnerdesk.ui.widgets.list_tools import open_on_enter
from partnerdesk.ui.widgets.row_selection import select_matching

FILTERS = ("status", "year", "funder_id")


class GrantsPage(FilteredListPage):
    """Grant applications, newest first, with filters, amounts and their next deadline."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(
            workspace, GrantsModel(), [200, 150, 110, 150, 105, 85, 85, 85, 125], FILTERS, parent
        )
        self.new = self.toolbar.add(self.new_grant, "Ctrl+N")
        self.open_ = self.toolbar.add(self.open_grant)
        self.delete = self.toolbar.add(self.delete_grant)
        self.toolbar.addSeparator()
        self.profiles = self.toolbar.add(self.edit_funder_profiles)
        open_on_enter(self.table, self.open_grant)
        self.retranslate_ui()

    # -- filters and rows ----------------------------------------------------------------

    def load_rows(self, db: Any, search: str) -> list[GrantRow]:
        """Grant applications from the service, filtered in the database."""
        self.fill_choices(db)
        self.model.set_today(self.workspace.today())
        return grants.list_grants(db, search, **self.filters())

    def fill_choices(self, db: Any) -> None:
        """The statuses, the years with applications, the funders."""
        choices = {
            "status": [(labels.label(labels.GRANT_STATUS, v), v) for v in labels.GRANT_STATUS],
            "year": [(str(year), year) for year in grants.grant_years(db)],
            "funder_id": [(c.text, c.id) for c in grant_editing.funder_choices(db)],
        }
        self.filter_bar.set_choices(choices, self.tr("All"))

    def select_grant(self, grant_id: int) -> None:
        """Select the application `grant_id` when it is listed."""
        select_matching(self.table, self.model.rows, grant_id)

    def _update_enabled(self, *_args: object) -> None:
        has_db = self.workspace.db is not None
        selected = self.current_row() is not None
        self.new.setEnabled(has_db)
        self.open_.setEnabled(has_db and selected)
        self.delete.setEnabled(has_db and selected)
        self.profiles.setEnabled(has_db)

    # -- actions -------------------------------------------------------------------------

    def new_grant(self) -> None:
        """Open an empty workspace for a new application."""
        self._open(None)

    def open_grant(self, grant_id: int | None = None, tab: str | None = None) -> None:
        """Open the workspace of `grant_id` (default: the selected one) on `tab`."""
        if grant_id is None:
            row = self.current_row()
            if row is None:
                return
            grant_id = row.id
        self._open(grant_id, tab)

    def _open(self, grant_id: int | None, tab: str | None = None) -> None:
        from partnerdesk.ui.dialogs.grant_workspace import open_grant_workspace

        if self.workspace.db is None:
            return
        dialog = open_grant_workspace(self.workspace, self, grant_id, tab=tab)
        if dialog is None:  # gone meanwhile: the list is out of date
            self.refresh()
            return
        dialog.sig_saved.connect(self._saved, Qt.ConnectionType.UniqueConnection)
        self.dialog = dialog

    def _saved(self, grant_id: int) -> None:
        self.refresh()
        self.select_grant(grant_id)

    def delete_grant(self) -> None:
        """Delete the selected application with its plan and milestones, after asking."""
        row = self.current_row()
        if row is None:
            return
        ask_then_write(
            self, self.tr("Delete grant application"),
            self.tr("Delete “{title}” with its milestones, cost and financing plan and status "
                    "history? This cannot be undone.").format(title=row.title),
            lambda: grant_editing.delete_grant(self.workspace.db, row.id),
            self._deleted,
        )

    def _deleted(self) -> None:
        self.workspace.note_write()
        self.refresh()

    def edit_funder_profiles(self) -> None:
        """Show the funder profiles (programmes and their rules)."""
        from partnerdesk.ui.dialogs.funder_profiles import FunderProfilesDialog

        if self.workspace.db is None:
            return
        open_tracked(self, FunderProfilesDialog(self.workspace, self))

    # -- texts ---------------------------------------------------------------------------

    def action_texts(self) -> dict[Any, tuple[str, str]]:
        """The text and tooltip of each action."""
        return {
            self.new: (self.tr("New application"), self.tr("Enter a new grant application")),
            self.open_: (self.tr("Open"), self.tr(
                "Open the selected application's workspace (Enter or double-click)")),
            self.delete: (self.tr("Delete…"), self.tr(
                "Delete the selected application (not possible once money was received or "
                "receipts are booked)")),
            self.profiles: (self.tr("Funder profiles…"), self.tr(
                "The funders' programmes and rules: ages, group sizes, daily rates, deadlines")),
        }

    def filter_captions(self) -> dict[str, str]:
        """The caption of each filter."""
        return {"status": self.tr("&Status:"), "year": self.tr("&Year:"),
                "funder_id": self.tr("&Funder:")}

    def title_text(self) -> str:
        """The page title."""
        return self.tr("Grants")

    def count_text(self, count: int) -> str:
        """How many applications are listed."""
        return self.tr("%n grant application(s)", "", count)

    def empty_text(self) -> str:
        """No applications yet (or none with these filters)."""
        if self.filter_bar.is_active():
            return self.tr("No grant application matches these filters. Choose “All” to see "
                           "more.")
        return self.tr(
            "No grant applications yet. Enter the first one with “New application” (Ctrl+N), "
            "or from an exchange's workspace. Under “Funder profiles…” you can add example "
            "profiles of common funders and adapt them.")

    def no_match_text(self) -> str:
        """Nothing matches."""
        return self.tr("No grant application matches “{text}”.").format(text=self.search_text())

    def search_placeholder(self) -> str:
        """Search hint."""
        return self.tr("Search title, funder or file reference…")

    def no_database_text(self) -> str:
        """No database."""
        return self.tr("No database is open. Open or create one in the File menu.")
