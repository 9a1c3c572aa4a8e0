"""Work-arounds for bugs of the installed Qt for Python, applied when `partnerdesk.ui` loads.

PySide6 6.12.0 on CPython 3.11 and older drops references to two singletons:

- every Python call of `SignalInstance.emit()` returns `True` without taking a reference;
- every invalid `QVariant` handed to Python (`index.data(role)` for a role the model has no
  data for, a proxy model's empty cell…) becomes `None` without taking a reference.

Each call leaves the interpreter one reference short. After some thousands of calls (typing
in a search field, progress reports, background tasks, table tests) the count reaches zero
and CPython aborts with "Fatal Python error: bool_dealloc" or "none_dealloc", during work
or at exit. PySide6 6.11.3 has neither bug; since CPython 3.12 these singletons are immortal
and the bugs harmless.

`apply()` makes a few such calls and compares the reference counts. Only when references go
missing does it give the singleton concerned a reserve of references that no run can use
up. It costs microseconds; with a fixed PySide it does nothing.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, Signal

log = logging.getLogger(__name__)
PROBES = 8
RESERVE = 1 << 40
"""Extra references given to a leaking singleton (10^12 calls would be needed to use them)."""


class _Probe(QObject):
    """A throwaway sender for the check."""

    sig_probe = Signal()


def _loses_references(value: object, call: Callable[[], object]) -> bool:
    """True when `call()` leaves `value` with fewer references each time."""
    before = sys.getrefcount(value)
    for _ in range(PROBES):
        call()
    return before - sys.getrefcount(value) >= PROBES


def emit_leaks_true() -> bool:
    """True when `Signal.emit()` drops a reference to `True` (PySide 6.12.0)."""
    probe = _Probe()
    try:
        return _loses_references(True, probe.sig_probe.emit)
    finally:
        probe.deleteLater()


def invalid_variant_leaks_none() -> bool:
    """True when an invalid QVariant reaching Python drops a reference to `None`."""
    return _loses_references(None, lambda: QModelIndex().data())


def _reserve(*values: object) -> None:
    for value in values:  # ob_refcnt is the first field of every CPython object
        ctypes.c_ssize_t.from_address(id(value)).value += RESERVE


def apply() -> list[str]:
    """Protect the singletons PySide loses references to; the names of those protected."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return []
    protected = []
    if emit_leaks_true():
        _reserve(True, False)
        protected += ["True", "False"]
    if invalid_variant_leaks_none():
        _reserve(None)
        protected.append("None")
    if protected:
        log.debug("PySide loses references to %s: reserve added", ", ".join(protected))
    return protected


APPLIED = apply()
"""The singletons that needed a reserve (checked once, when `partnerdesk.ui` is imported)."""
