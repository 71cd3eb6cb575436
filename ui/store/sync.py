"""Other stations' changes show up by themselves: poll the change cursor about once a second.

The read runs off the GUI thread (a lost server can take seconds to time out), one at a time. A move
of the cursor calls `ctx.changed(Change.REMOTE)`, so the visible page refreshes; a failed read tells the
`ConnectionMonitor` (banner), and the first good read afterwards tells it the connection is back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from ocop_desk.core.errors import StoreError
from ocop_desk.store.sync import POLL_INTERVAL_MS, ChangeWatcher
from ui.common.connection import connection_monitor
from ui.common.context import AppContext, Change
from ui.common.tasks import Task, run_in_background


class SyncWatcher(QObject):
    def __init__(self, ctx: AppContext, parent: QObject | None = None, interval_ms: int = POLL_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.watcher = ChangeWatcher(ctx.store)
        self.monitor = connection_monitor(ctx)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self._task: Task | None = None
        self._stopped = False

    def prime(self) -> None:
        """Read the starting cursor on this thread (about a millisecond); the window calls it before its
        pages first load, so a change made between that load and the first poll still shows."""
        try:
            self.watcher.prime()
        except StoreError as exc:
            if exc.kind != "locked":
                self.monitor.lost(exc)

    def start(self) -> None:
        """Poll every interval from now on (the first poll one interval later: start-up stays quick)."""
        self._stopped = False
        if self.watcher.cursor is None:
            self.poll()
        self.timer.start()

    def stop(self) -> None:
        self._stopped = True
        self.timer.stop()
        if self._task is not None:
            self._task.cancel()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def poll(self) -> None:
        """Start one read of the cursor unless one is still running."""
        if self._task is not None or self._stopped:
            return
        self._task = run_in_background(None, lambda _progress: self.watcher.poll(),
                                       on_done=self._done, on_error=self._failed)

    def _done(self, changed: bool) -> None:
        self._task = None
        if self._stopped:
            return
        was_offline = not self.monitor.online
        self.monitor.restored()
        if changed or was_offline:
            self.ctx.changed(Change.REMOTE)

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        if self._stopped:
            return
        if isinstance(exc, StoreError):
            if exc.kind != "locked":  # a busy file is not a lost database: just look again next time
                self.monitor.lost(exc)
            return
        self.stop()  # a bug: report it once, not every second
        raise exc
