"""Columns the user shows or hides from the header's context menu, remembered in the settings.

The hidden columns are stored by stable key (not by position), comma-separated in a `str`
setting: an empty list would not survive an INI file, and a new column of a later version
shows until the user hides it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu, QTableView

from partnerdesk.settings import Setting, Settings


class ColumnChooser(QObject):
    """Hides the columns of `view` named in `setting`; its header menu shows and hides them."""

    def __init__(self, view: QTableView, settings: Settings, setting: Setting[str],
                 keys: Sequence[str], always_shown: Sequence[str] = ()) -> None:
        super().__init__(view)
        self.view = view
        self.settings = settings
        self.setting = setting
        self.keys = tuple(keys)
        self.always_shown = frozenset(always_shown)
        header = view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.show_menu)
        self.apply()

    def hidden(self) -> set[str]:
        """The keys of the hidden columns."""
        text = self.settings.get(self.setting)
        return {key for key in text.split(",") if key in self.keys} - self.always_shown

    def set_visible(self, key: str, visible: bool) -> None:
        """Show or hide column `key` and remember it (columns always shown stay)."""
        hidden = self.hidden()
        hidden = (hidden - {key}) if visible else (hidden | {key})
        keys = [k for k in self.keys if k in hidden - self.always_shown]
        self.settings.set(self.setting, ",".join(keys))
        self.apply()

    def apply(self) -> None:
        """Hide and show the view's columns as remembered."""
        hidden = self.hidden()
        for column, key in enumerate(self.keys):
            self.view.setColumnHidden(column, key in hidden)

    def menu(self) -> QMenu:
        """A menu with a check box per column (those always shown are disabled)."""
        menu = QMenu(self.view)
        hidden = self.hidden()
        model = self.view.model()
        for column, key in enumerate(self.keys):
            action = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(key not in hidden)
            action.setEnabled(key not in self.always_shown)
            action.setData(key)
            action.toggled.connect(lambda on, k=key: self.set_visible(k, on))
        return menu

    def show_menu(self, position: QPoint) -> None:
        """Pop the menu up under the mouse on the header."""
        menu = self.menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.view.horizontalHeader().mapToGlobal(position))
