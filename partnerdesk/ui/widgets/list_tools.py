"""What the list pages with actions and filters share: the toolbar beside the title, the row
of captioned filter combos under it, and opening the selected row with Enter or a
double-click.

The texts come from the pages (their own `self.tr`), so each keeps its translation context.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QToolBar,
    QWidget,
)


class ActionBar(QToolBar):
    """A text-only toolbar of window-wide actions (the page owns them)."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.page = page
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

    def add(self, slot: Callable[[], object], *shortcuts: str) -> QAction:
        """A new action on the bar that calls `slot` (with `shortcuts` in the whole window)."""
        action = QAction(self.page)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action


def place_bars(page: QWidget, toolbar: QToolBar, filters: QLayout) -> None:
    """Put `toolbar` beside the title of a list page and `filters` under its title row (the
    first row of the page's layout)."""
    top = page.layout().itemAt(0).layout()
    top.insertSpacing(1, 12)
    top.insertWidget(2, toolbar)
    page.layout().insertLayout(1, filters)


def set_action_texts(texts: Mapping[QAction, tuple[str, str]]) -> None:
    """Give each action its (translated) text and tooltip; the tooltip names the shortcut."""
    for action, (text, tip) in texts.items():
        action.setText(text)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)


def open_on_enter(table: QAbstractItemView, slot: Callable[[], object]) -> None:
    """Call `slot` on Return or Enter in `table` and on a double-click on a row."""
    open_row = QAction(table)
    open_row.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
    open_row.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    open_row.triggered.connect(lambda _checked=False: slot())
    table.addAction(open_row)
    table.doubleClicked.connect(lambda _index: slot())


class FilterBar(QHBoxLayout):
    """A row of captioned filter combos (`filter_<key>`); the first entry of each, "All"
    (None), filters nothing. `changed` is called when the user picks another entry."""

    def __init__(self, keys: Iterable[str], changed: Callable[[], object]) -> None:
        super().__init__()
        keys = tuple(keys)
        self.combos: dict[str, QComboBox] = {key: QComboBox(objectName=f"filter_{key}")
                                             for key in keys}
        self.captions: dict[str, QLabel] = {key: QLabel() for key in keys}
        for key in keys:
            self.captions[key].setBuddy(self.combos[key])
            self.addWidget(self.captions[key])
            self.addWidget(self.combos[key])
            self.addSpacing(8)
            self.combos[key].currentIndexChanged.connect(lambda _i: changed())
        self.addStretch(1)

    def values(self) -> dict[str, Any]:
        """The chosen filters (None: all)."""
        return {key: combo.currentData() for key, combo in self.combos.items()}

    def is_active(self) -> bool:
        """True when any filter narrows the list."""
        return any(value is not None for value in self.values().values())

    def set_value(self, key: str, value: Any) -> None:
        """Choose `value` in the filter `key` (None: all)."""
        combo = self.combos[key]
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def set_captions(self, captions: Mapping[str, str]) -> None:
        """The (translated) caption of each filter."""
        for key, text in captions.items():
            self.captions[key].setText(text)

    def set_choices(self, choices: Mapping[str, Sequence[tuple[str, Any]]],
                    all_text: str) -> None:
        """Fill each filter with "All" (`all_text`) and its (text, value) choices, keeping
        what was chosen when it is still there; no change is reported."""
        for key, items in choices.items():
            combo = self.combos[key]
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_text, None)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
