"""The person and organisation form (`ContactFormDialog`) and its tabs."""

from partnerdesk.ui.dialogs.contact_form.dialog import ContactFormDialog

__all__ = ["ContactFormDialog"]
