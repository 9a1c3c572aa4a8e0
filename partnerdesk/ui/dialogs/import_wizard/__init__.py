"""The contact import dialog (`ImportDialog`) and its steps."""

from partnerdesk.ui.dialogs.import_wizard.dialog import ImportDialog

__all__ = ["ImportDialog"]
