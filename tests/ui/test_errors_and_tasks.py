"""The exception hook, translated error messages, and the background task helper."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThread

from partnerdesk import i18n
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.ui.errors import ExceptionHook, message_for
from partnerdesk.ui.tasks import Cancelled, TaskRunner, run_with_progress


def test_hook_logs_the_traceback_and_names_the_log_file(caplog, tmp_path: Path):
    shown = []
    hook = ExceptionHook(tmp_path / "partnerdesk.log", show=shown.append)
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        with caplog.at_level(logging.ERROR):
            hook(type(exc), exc, exc.__traceback__)
    assert "unexpected error" in caplog.text and "boom" in caplog.text
    assert caplog.records[-1].exc_info is not None
    text = message_for(shown[0], tmp_path / "partnerdesk.log")
    assert str(tmp_path / "partnerdesk.log") in text
    assert "boom" not in text  # no technical detail for the user
    assert "safe" in text


def test_user_errors_are_translated(qapp):
    error = UserError(QT_TRANSLATE_NOOP("Errors", "The file {path} already exists."), path="x")
    i18n.install(qapp, "de")
    assert message_for(error) == "Die Datei x gibt es bereits."
    i18n.install(qapp, "ru")
    assert message_for(error) == "Файл x уже существует."


def test_hook_does_not_stack_message_boxes(tmp_path: Path):
    shown = []

    def show(exc):
        shown.append(exc)
        hook(RuntimeError, RuntimeError("second"), None)  # while the first box is up

    hook = ExceptionHook(tmp_path / "log", show=show)
    hook(RuntimeError, RuntimeError("first"), None)
    assert len(shown) == 1


def test_runner_delivers_on_the_gui_thread(qtbot, qapp):
    runner = TaskRunner()
    worker_threads, delivered, progress_seen = [], [], []

    def work(progress):
        worker_threads.append(threading.current_thread())
        progress(1, 2, "half")
        return 42

    def done(result):
        delivered.append((result, QThread.currentThread() is qapp.thread()))

    runner.submit(work, done, on_progress=lambda *args: progress_seen.append(args))
    qtbot.waitUntil(lambda: bool(delivered), timeout=5000)
    assert delivered == [(42, True)]
    assert progress_seen == [(1, 2, "half")]
    assert worker_threads[0] is not threading.main_thread()
    assert not runner.busy()


def test_run_with_progress_returns_and_raises(qtbot):
    runner = TaskRunner()
    assert run_with_progress(runner, None, "Working", lambda progress: progress(1, 1) or 7) == 7
    with pytest.raises(ValueError):
        run_with_progress(runner, None, "Working", lambda progress: int("x"))


def test_a_cancelled_task_stops_at_its_next_progress_report(qtbot):
    runner = TaskRunner()
    started, failed = threading.Event(), []
    release = threading.Event()

    def work(progress):
        started.set()
        release.wait(5)
        progress(1, 10)
        return "finished"

    task = runner.submit(work, on_failed=failed.append)
    assert started.wait(5)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert isinstance(failed[0], Cancelled)
