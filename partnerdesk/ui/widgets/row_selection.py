"""The selection of a table whose row *i* shows item *i* of a list (the list pages' rows, a
workspace tab's rows): the item selected, and selecting an item by its id."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtWidgets import QAbstractItemView

T = TypeVar("T")


def selected_item(table: QAbstractItemView, items: Sequence[T]) -> T | None:
    """The item shown in the (first) selected row of `table`; None when nothing is."""
    rows = table.selectionModel().selectedRows()
    return items[rows[0].row()] if rows and rows[0].row() < len(items) else None


def select_matching(table: QAbstractItemView, items: Sequence[object], value: object,
                    key: str = "id") -> None:
    """Select the row of `table` whose item's `key` is `value` (none, if it is not listed)."""
    for number, item in enumerate(items):
        if getattr(item, key) == value:
            table.selectRow(number)
