"""What the tabs of the application workspace share: the application they show (none while
it is not saved) and its currency."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from partnerdesk.ui.dialogs.workspace_tab import WorkspaceTab


class GrantTab(WorkspaceTab):
    """A tab of one application's workspace."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.grant_id: int | None = None
        self.currency = "EUR"

    def set_grant(self, grant_id: int | None, currency: str = "EUR") -> None:
        """Show the application `grant_id` (None: it is not saved yet), amounts in `currency`."""
        self.grant_id, self.currency = grant_id, currency
        self.refresh()

    def _ready(self) -> bool:
        """True when there is a database and a saved application to work on."""
        return self.workspace.db is not None and self.grant_id is not None
