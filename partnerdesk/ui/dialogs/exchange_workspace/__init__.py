"""The exchange workspace: an exchange's overview, participants, programme and checks."""

from partnerdesk.ui.dialogs.exchange_workspace.dialog import TABS, ExchangeWorkspaceDialog

__all__ = ["TABS", "ExchangeWorkspaceDialog"]
