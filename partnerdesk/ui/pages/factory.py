"""Creates the main window's pages on first use, importing each page's module only then.

The page modules import the services (and through them SQLAlchemy and the domain), so the
main window must not import them before it is shown: it asks here once a database is open
and the page is about to be seen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

PAGE_KEYS = ("overview", "contacts", "exchanges", "grants", "reports", "settings")
"""The pages in the order of the navigation (and of the Ctrl+1…6 shortcuts)."""


def create_page(key: str, workspace: Any, language: str) -> QWidget:
    """A new page for `key` on `workspace`; `language` is the UI language (settings page)."""
    if key == "overview":
        from partnerdesk.ui.pages.overview_page import OverviewPage

        return OverviewPage(workspace)
    if key == "contacts":
        from partnerdesk.ui.pages.contacts_page import ContactsPage

        return ContactsPage(workspace)
    if key == "exchanges":
        from partnerdesk.ui.pages.exchanges_page import ExchangesPage

        return ExchangesPage(workspace)
    if key == "grants":
        from partnerdesk.ui.pages.grants_page import GrantsPage

        return GrantsPage(workspace)
    if key == "reports":
        from partnerdesk.ui.pages.reports_page import ReportsPage

        return ReportsPage(workspace)
    if key == "settings":
        from partnerdesk.ui.pages.settings_page import SettingsPage

        return SettingsPage(workspace, language)
    raise KeyError(key)
