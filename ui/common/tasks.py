"""The one helper for background work: run a function off the GUI thread, get the answer on it.

Usage: `run_in_background(parent, fn, on_done=..., on_error=..., on_progress=...)`; `fn` receives a
`Progress` it may call to report (done, total) and poll for cancellation. Never processEvents().
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class Cancelled(Exception):
    """Raised inside a task when the user pressed Cancel."""


class Progress:
    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def __call__(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self._signals.progress.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals, progress: Progress) -> None:
        super().__init__()
        self.fn, self.signals, self.progress = fn, signals, progress

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except BaseException as exc:  # delivered to the GUI thread, shown or re-raised there
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Task(QObject):
    """A running background job; keep a reference (or parent it) until it finishes."""

    finished = Signal()

    def __init__(
        self,
        parent: QObject | None,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._signals = _Signals()
        self.progress = Progress(self._signals)
        self._job = _Job(fn, self._signals, self.progress)
        self._job.setAutoDelete(False)
        self._signals.done.connect(lambda r: self._finish(on_done, r))
        self._signals.failed.connect(lambda e: self._finish(on_error, e))
        if on_progress:
            self._signals.progress.connect(on_progress)

    def _finish(self, callback: Callable[[Any], None] | None, value: Any) -> None:
        if callback is not None:
            callback(value)
        elif isinstance(value, BaseException) and not isinstance(value, Cancelled):
            raise value
        self.finished.emit()

    def start(self) -> Task:
        QThreadPool.globalInstance().start(self._job)
        return self

    def cancel(self) -> None:
        self.progress.cancel()


def run_in_background(parent: QObject | None, fn: Callable[[Progress], Any], **callbacks: Any) -> Task:
    return Task(parent, fn, **callbacks).start()
