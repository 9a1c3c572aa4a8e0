"""The application workspace: a grant application's overview and status, milestones, cost
and financing plan, receipts and payments; `open_grant_workspace` opens it from anywhere."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from partnerdesk.messages import UserError
from partnerdesk.ui.dialogs.grant_workspace.dialog import TABS, GrantWorkspaceDialog
from partnerdesk.ui.errors import show_error

__all__ = ["TABS", "GrantWorkspaceDialog", "open_grant_workspace"]

_open_dialogs: list[GrantWorkspaceDialog] = []
"""The workspaces shown now: kept here so a dialog without a parent is not collected, and
so that opening an application twice brings its window to the front instead."""


def open_grant_workspace(workspace: Any, parent: QWidget | None, grant_id: int | None = None,
                         exchange_id: int | None = None,
                         tab: str | None = None) -> GrantWorkspaceDialog | None:
    """Show the workspace of `grant_id` (None: a new application, linked to `exchange_id`
    when given) non-modally on `tab`; returns it, or None after showing why it cannot open
    (the application or exchange is gone)."""
    dialog = next((d for d in _open_dialogs if grant_id is not None
                   and d.grant_id == grant_id and d.workspace is workspace), None)
    if dialog is None:
        try:
            dialog = GrantWorkspaceDialog(workspace, grant_id, parent, exchange_id)
        except UserError as exc:
            show_error(parent, exc)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _open_dialogs.append(dialog)
        dialog.destroyed.connect(lambda *_: _forget(dialog))
        dialog.show()
    elif dialog.isMinimized():
        dialog.showNormal()
    dialog.raise_()
    dialog.activateWindow()
    if tab:
        dialog.show_tab(tab)
    return dialog


def _forget(dialog: GrantWorkspaceDialog) -> None:
    _open_dialogs[:] = [d for d in _open_dialogs if d is not dialog]
