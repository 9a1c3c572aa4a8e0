"""PySide 6.12's lost references (per emit, per invalid QVariant) cannot abort the process."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QModelIndex

from partnerdesk.ui import qt_workarounds

CALLS = 30_000  # more than True or None have references in a fresh interpreter


def test_many_emits_leave_true_alive():
    probe = qt_workarounds._Probe()
    gc.collect()
    before = sys.getrefcount(True)
    for _ in range(CALLS):
        probe.sig_probe.emit()
    gc.collect()
    if "True" in qt_workarounds.APPLIED:
        assert sys.getrefcount(True) > qt_workarounds.RESERVE // 2
    else:
        assert sys.getrefcount(True) >= before - CALLS // 100  # a leak would lose CALLS


def test_many_invalid_variants_leave_none_alive():
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        QModelIndex().data()
    gc.collect()
    if "None" in qt_workarounds.APPLIED:
        assert sys.getrefcount(None) > qt_workarounds.RESERVE // 2
    else:
        assert sys.getrefcount(None) >= before - CALLS // 100


def test_the_checks_agree_with_what_was_applied():
    assert qt_workarounds.emit_leaks_true() == ("True" in qt_workarounds.APPLIED)
    assert qt_workarounds.invalid_variant_leaks_none() == ("None" in qt_workarounds.APPLIED)
