"""Long work off the GUI thread (DESIGN.md §3.4).

`TaskRunner.submit` runs a function on a single worker thread (writes are serialised) and
delivers its result, its error or its progress through signals on the GUI thread.
`run_with_progress` does the same behind a modal progress dialog with a Cancel button and
returns the result like a plain call would.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from partnerdesk.messages import UserError

log = logging.getLogger(__name__)

Progress = Callable[..., None]
"""`progress(done, total, text="")`; raises `Cancelled` once the user cancelled."""


class Cancelled(Exception):
    """The user cancelled a task; raised inside the worker by its progress callback."""


class TaskSignals(QObject):
    """The signals of one task; they live on the GUI thread."""

    sig_done = Signal(object)
    """The function returned this value."""
    sig_failed = Signal(object)
    """The function raised this exception (Cancelled included)."""
    sig_progress = Signal(int, int, str)
    """Progress: done, total (0 when unknown), a short text."""


class Task:
    """One function call for the worker thread; the handle callers keep (cancel, signals)."""

    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        self.fn = fn
        self.signals = TaskSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the task to stop at its next progress report."""
        self._cancel.set()

    def progress(self, done: int = 0, total: int = 0, text: str = "", *_: object) -> None:
        """Report progress from the worker; raises Cancelled after `cancel()`."""
        if self._cancel.is_set():
            raise Cancelled()
        self.signals.sig_progress.emit(int(done), int(total), str(text))

    def execute(self) -> None:
        """Run the function (on the worker) and emit its result or its error."""
        try:
            result = self.fn(self.progress)
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread
            if isinstance(exc, UserError):  # expected; whoever receives it shows it
                log.warning("task stopped: %s", exc)
            elif not isinstance(exc, Cancelled):
                log.error("task failed", exc_info=exc)
            self.signals.sig_failed.emit(exc)
        else:
            self.signals.sig_done.emit(result)


class _Runnable(QRunnable):
    """The QRunnable the pool owns and deletes after `run` (auto-delete, so no Python GC
    can free it while the worker thread still touches it)."""

    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        """Run the task."""
        self.task.execute()


class TaskRunner(QObject):
    """Runs tasks one after the other on a single worker thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._active: set[Task] = set()

    def submit(
        self,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> Task:
        """Start `fn(progress)` on the worker; the callbacks run on the GUI thread."""
        task = Task(fn)
        self._active.add(task)
        task.signals.sig_done.connect(lambda _r: self._active.discard(task))
        task.signals.sig_failed.connect(lambda _e: self._active.discard(task))
        if on_done is not None:
            task.signals.sig_done.connect(on_done)
        if on_failed is not None:
            task.signals.sig_failed.connect(on_failed)
        if on_progress is not None:
            task.signals.sig_progress.connect(on_progress)
        self.pool.start(_Runnable(task))
        return task

    def busy(self) -> bool:
        """True while a task is queued or running."""
        return bool(self._active)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every task finished (used on exit)."""
        return self.pool.waitForDone(msecs)


def run_with_progress(
    runner: TaskRunner,
    parent: QWidget | None,
    label: str,
    fn: Callable[[Progress], Any],
    cancellable: bool = True,
) -> Any:
    """Run `fn` on the worker behind a modal progress dialog; return its result or raise.

    The GUI stays responsive (a local event loop runs meanwhile); Cancel raises `Cancelled`
    inside the worker at its next progress report, and here.
    """
    dialog = QProgressDialog(parent)  # its default Cancel button is translated by qtbase
    dialog.setLabelText(label)
    dialog.setRange(0, 0)
    dialog.setWindowTitle(label)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def done(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    def progressed(done_count: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        if total:
            dialog.setValue(min(done_count, total))
        if text:
            dialog.setLabelText(text)

    task = runner.submit(fn, done, failed, progressed)
    dialog.canceled.connect(task.cancel)
    if not outcome:
        loop.exec()  # the result arrives as a queued signal, even when the task was quick
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")
