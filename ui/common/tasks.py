"""The one helper for background work: run a function off the GUI thread, get the answer on it.

Usage: `run_in_background(parent, fn, on_done=..., on_error=..., on_progress=...)`; `fn` receives a
`Progress` it may call to report (done, total) and poll for cancellation. Never processEvents().
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

T = TypeVar("T")


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


class _Job(QRunnable, Generic[T]):
    def __init__(self, fn: Callable[[Progress], T], signals: _Signals, progress: Progress) -> None:
        super().__init__()
        self.fn, self.signals, self.progress = fn, signals, progress

    @Slot()
    def run(self) -> None:
        try:
            value = self.fn(self.progress)
        except BaseException as exc:  # delivered to the GUI thread, shown or re-raised there
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(value)


OnDone = Callable[[T], None]
OnError = Callable[[BaseException], None]
OnProgress = Callable[[int, int], None]


class Task(QObject, Generic[T]):
    """A running background job; keep a reference (or parent it) until it finishes.

    `on_done` gets what `fn` returned, `on_error` what it raised; both run on the GUI thread. Without
    `on_error` the exception is re-raised there (the crash hook shows it), except a Cancelled."""

    finished = Signal()

    def __init__(
        self,
        parent: QObject | None,
        fn: Callable[[Progress], T],
        on_done: OnDone[T] | None = None,
        on_error: OnError | None = None,
        on_progress: OnProgress | None = None,
    ) -> None:
        super().__init__(parent)
        self._signals = _Signals()
        self.progress = Progress(self._signals)
        self._job = _Job(fn, self._signals, self.progress)
        self._job.setAutoDelete(False)
        self._on_done, self._on_error = on_done, on_error
        self._signals.done.connect(self._deliver)
        self._signals.failed.connect(self._fail)
        if on_progress:
            self._signals.progress.connect(on_progress)

    def _deliver(self, value: T) -> None:
        if self._on_done is not None:
            self._on_done(value)
        self.finished.emit()

    def _fail(self, exc: BaseException) -> None:
        if self._on_error is not None:
            self._on_error(exc)
        elif not isinstance(exc, Cancelled):
            raise exc
        self.finished.emit()

    def start(self) -> Task[T]:
        QThreadPool.globalInstance().start(self._job)
        return self

    def cancel(self) -> None:
        self.progress.cancel()


def run_in_background(parent: QObject | None, fn: Callable[[Progress], T], *, on_done: OnDone[T] | None = None,
                      on_error: OnError | None = None, on_progress: OnProgress | None = None) -> Task[T]:
    return Task(parent, fn, on_done, on_error, on_progress).start()


class LatestRead(QObject, Generic[T]):
    """Reads that may wait on the network (Anki's QueryOp): run off the GUI thread, deliver on it, and only
    the newest: a result of a read started before the latest `run` (or before `drop_pending`) is discarded,
    so a slow answer never paints over a newer one.

    `on_error` gets what a read raised (a StoreError when the database is out of reach, say); without it
    the error goes to the crash hook like any other bug."""

    def __init__(self, parent: QObject | None = None, on_error: OnError | None = None) -> None:
        super().__init__(parent)
        self._on_error = on_error
        self._generation = 0
        self._running: set[Task[T]] = set()

    def run(self, read: Callable[[], T], on_done: OnDone[T]) -> None:
        self._generation += 1
        generation = self._generation

        def deliver(value: T) -> None:
            if generation == self._generation:
                on_done(value)

        def fail(exc: BaseException) -> None:
            if generation != self._generation:
                return
            if self._on_error is None:
                raise exc
            self._on_error(exc)

        task = Task(self, lambda _progress: read(), deliver, fail)
        self._running.add(task)
        task.finished.connect(lambda: self._running.discard(task))
        task.start()

    def drop_pending(self) -> None:
        """Discard whatever is still being read (the page now shows something newer of its own)."""
        self._generation += 1

    @property
    def busy(self) -> bool:
        return bool(self._running)
