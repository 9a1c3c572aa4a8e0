"""The frame the exchange and the application workspace share: one record on tabs, the
*Overview* fields saved as a whole with Save or Ctrl+S (a problem shows in the banner, the
input kept), Close asking before it drops unsaved fields, the other tabs available once the
record is saved.

Works non-modally beside the main window: it listens to the workspace while it is open and
stops when it closes. The texts stay in the subclasses (their own `self.tr`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from partnerdesk.ui.dialogs.contact_form.fields import error_label
from partnerdesk.ui.dialogs.guard import GuardedDialog


class WorkspaceDialog(GuardedDialog):
    """One record on tabs with Save and Close; `overview` edits the fields of `original`.

    Subclasses build `overview` and the other pages, hand them to `add_pages`, and supply
    `save`, `retranslate_ui` and `discard_texts`.
    """

    sig_saved = Signal(int)
    """The record's fields were saved (its id)."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.workspace = workspace
        self.original: Any = None
        """The record's fields as loaded or saved last."""
        self.overview: Any = None
        """The tab that edits the fields (`form()`, `set_form()`, `sig_changed`)."""
        self.pages: dict[str, QWidget] = {}
        self._listening: list[tuple[SignalInstance, Callable[..., object]]] = []
        self.banner = error_label("banner")
        self.tabs = QTabWidget(objectName="tabs")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)  # Return in a list must not save or close
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.shortcut.activated.connect(self.save)

    def add_pages(self, pages: Mapping[str, QWidget]) -> None:
        """Put `pages` on the tabs (in order, by key) above the banner and the buttons."""
        self.pages = dict(pages)
        for page in self.pages.values():
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)

    def listen(self, signal: SignalInstance, slot: Callable[..., object]) -> None:
        """Connect `slot` to a workspace `signal` until the dialog closes."""
        signal.connect(slot)
        self._listening.append((signal, slot))

    # -- state ---------------------------------------------------------------------------

    def has_changes(self) -> bool:
        """True when the overview fields differ from what was loaded or saved last."""
        return self.overview.form() != self.original

    def show_tab(self, key: str) -> bool:
        """Switch to the tab `key`; False when there is none or it is not available."""
        page = self.pages.get(key)
        index = self.tabs.indexOf(page) if page is not None else -1
        if index < 0 or not (self.tabs.isTabEnabled(index) and self.tabs.isTabVisible(index)):
            return False
        self.tabs.setCurrentWidget(page)
        return True

    def enable_tabs(self, keys: tuple[str, ...]) -> None:
        """The tabs `keys` are available once the record is saved."""
        saved = self.original.id is not None
        for key in keys:
            self.tabs.setTabEnabled(self.tabs.indexOf(self.pages[key]), saved)

    def set_tab_texts(self, texts: Mapping[str, str]) -> None:
        """The (translated) text of the tab of each key."""
        for key, text in texts.items():
            self.tabs.setTabText(self.tabs.indexOf(self.pages[key]), text)

    # -- supplied by the subclasses, closing ---------------------------------------------

    def save(self) -> bool:
        """Save the overview fields; on a problem show it and keep the input (subclasses)."""
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        """Set every text in the current language (subclasses)."""
        raise NotImplementedError

    def done(self, result: int) -> None:
        """Stop listening to the workspace once closed."""
        for signal, slot in self._listening:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self._listening.clear()
        super().done(result)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
