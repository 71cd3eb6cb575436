"""Losing the database (a pulled cable, a busy file): a banner, and a list of what could not be saved.

Every write the window makes goes through `run_action(ctx, label, fn)`, which says what became of it:
`Saved(value)`, `Kept` (the database could not be reached or was locked: the action is in the
`ConnectionMonitor`'s pending list instead of being dropped), `Refused` (the domain said no; shown), or
`NothingToDo` (`fn` returned None, e.g. no count left to undo). When kept, the banner at the top of the window says so, and the coordinator can retry or discard each
one once the connection is back. The station stays usable read-only meanwhile: pages keep what they
last showed (see `Page.refresh_now`) and the change watcher (ui/store/sync.py) notices the way back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeAlias, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ocop_desk.core.errors import OcopError, StoreError
from ocop_desk.core.formatting import fmt_time
from ui.common.context import AppContext, Change
from ui.common.screen_fit import resize_within_screen

# The environment's troubles that pass: the action can be tried again as it was typed.
PASSING_KINDS = ("unreachable", "locked", "io")


@dataclass
class PendingAction:
    """Something the coordinator did that is not saved yet, with how to do it again."""

    label: str
    retry: Callable[[], Any] | None
    error: StoreError
    at: dt.datetime = field(default_factory=lambda: dt.datetime.now().astimezone())


class ConnectionMonitor(QObject):
    """The window's view of the database connection, and the actions waiting to be saved."""

    stateChanged = Signal(bool)  # online?
    pendingChanged = Signal()
    refused = Signal(str, object)  # a retried action the domain now refuses (label, OcopError)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.online = True
        self.last_error: StoreError | None = None
        self.lost_at: dt.datetime | None = None
        self.pending: list[PendingAction] = []

    def lost(self, error: StoreError) -> None:
        self.last_error = error
        if self.online:
            self.online = False
            self.lost_at = dt.datetime.now().astimezone()
            self.stateChanged.emit(False)

    def restored(self) -> None:
        if not self.online:
            self.online = True
            self.stateChanged.emit(True)

    def keep(self, label: str, retry: Callable[[], Any] | None, error: StoreError) -> PendingAction:
        action = PendingAction(label, retry, error)
        self.pending.append(action)
        if error.kind == "unreachable":
            self.lost(error)
        self.pendingChanged.emit()
        return action

    def retry(self, action: PendingAction) -> bool:
        """Run one kept action again; True when it is saved now (or refused for good, and shown)."""
        if action.retry is None:
            return False
        try:
            action.retry()
        except StoreError as exc:
            if exc.kind not in PASSING_KINDS:
                raise
            action.error = exc
            if exc.kind == "unreachable":
                self.lost(exc)
            self.pendingChanged.emit()
            return False
        except OcopError as exc:  # e.g. another station checked the booth in meanwhile: say so, keep nothing
            self.discard(action)
            self.restored()
            self.refused.emit(action.label, exc)
            return True
        self.discard(action)
        self.restored()
        return True

    def retry_all(self) -> int:
        """Retry in the order they were typed, stopping at the first that still fails; returns how many saved.

        Actions whose commit was in doubt are left for the coordinator to check and retry one by one."""
        saved = 0
        for action in list(self.pending):
            if action.retry is None or action.error.in_doubt:
                continue
            if not self.retry(action):
                break
            saved += 1
        return saved

    def discard(self, action: PendingAction) -> None:
        if action in self.pending:
            self.pending.remove(action)
            self.pendingChanged.emit()


def connection_monitor(ctx: QObject) -> ConnectionMonitor:
    """The monitor of a window's AppContext, made on first use (it outlives a language switch's rebuild)."""
    monitor = ctx.findChild(ConnectionMonitor, "connectionMonitor", Qt.FindChildOption.FindDirectChildrenOnly)
    if not isinstance(monitor, ConnectionMonitor):
        monitor = ConnectionMonitor(ctx)
        monitor.setObjectName("connectionMonitor")
    return monitor


T = TypeVar("T")


@dataclass(frozen=True)
class Saved(Generic[T]):
    """The action is durable; `value` is what the service returned."""

    value: T


@dataclass(frozen=True)
class Kept:
    """The database was out of reach or busy: the action waits in the banner's list, nothing typed is lost."""

    action: PendingAction


@dataclass(frozen=True)
class Refused:
    """The domain (or the environment, for good) said no; `error` has been shown already."""

    error: OcopError


@dataclass(frozen=True)
class NothingToDo:
    """The action had nothing to change (its function returned None)."""


ActionResult: TypeAlias = Saved[T] | Kept | Refused | NothingToDo


def run_action(ctx: QObject, label: str, fn: Callable[[], T | None], *, parent: QWidget | None = None,
               on_error: Callable[[OcopError], None] | None = None,
               notify: Change | None = None) -> ActionResult[T]:
    """Do one user action; if the database cannot be reached, keep it for a retry instead of losing it.

    A refusal is shown with `on_error`, or a dialog. `label` says what the coordinator did, e.g. "Check in
    booth A01". `notify` is what a later retry of a kept action changes (`ctx.changed(notify)` then, so the
    pages reload); on an immediate success the caller updates its own view.
    """
    try:
        value = fn()
    except StoreError as exc:
        if exc.kind not in PASSING_KINDS:
            _show(parent, exc, on_error)
            return Refused(exc)
        return Kept(connection_monitor(ctx).keep(label, _retry_and_notify(ctx, fn, notify), exc))
    except OcopError as exc:
        _show(parent, exc, on_error)
        return Refused(exc)
    return NothingToDo() if value is None else Saved(value)


def _retry_and_notify(ctx: QObject, fn: Callable[[], object], notify: Change | None) -> Callable[[], object]:
    if notify is None or not isinstance(ctx, AppContext):
        return fn

    def retry() -> object:
        value = fn()
        ctx.changed(notify)
        return value

    return retry


def _show(parent: QWidget | None, exc: OcopError, on_error: Callable[[OcopError], None] | None) -> None:
    if on_error is not None:
        on_error(exc)
    else:
        from ui.common.errors import show_error

        show_error(parent, exc)


BANNER_STYLE = """
#connectionBanner[state="offline"] { background: #b3261e; }
#connectionBanner[state="pending"] { background: #f2b134; }
#connectionBanner[state="offline"] QLabel { color: white; font-weight: 600; }
#connectionBanner[state="pending"] QLabel { color: #1f1f1f; font-weight: 600; }
"""


class ConnectionBanner(QFrame):
    """A strip over the pages: offline (red), or back online with unsaved actions (amber)."""

    def __init__(self, monitor: ConnectionMonitor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.monitor = monitor
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 12, 8)
        self.text = QLabel()
        self.text.setObjectName("connectionText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.text, 1)
        self.show_button = QPushButton(self.tr("Show unsaved…"))
        self.show_button.setObjectName("showPendingButton")
        self.show_button.clicked.connect(self.show_pending)
        row.addWidget(self.show_button)
        self.retry_button = QPushButton(self.tr("Retry now"))
        self.retry_button.setObjectName("retryButton")
        self.retry_button.clicked.connect(self.retry_all)
        row.addWidget(self.retry_button)
        monitor.stateChanged.connect(self.update_view)
        monitor.pendingChanged.connect(self.update_view)
        monitor.refused.connect(self._refused)
        self.update_view()

    def update_view(self, *_: object) -> None:
        m = self.monitor
        n = len(m.pending)
        if not m.online:
            since = fmt_time(m.lost_at) if m.lost_at else ""
            where = m.last_error.path if m.last_error and m.last_error.path else ""
            text = self.tr("No connection to the database {where} since {time}. You can look, but nothing can "
                           "be saved until it is back.").format(where=where, time=since)
            self.setProperty("state", "offline")
            if n:
                text += " " + self.tr("%n action(s) not saved yet; nothing you typed is lost.", "", n)
        else:
            text = self.tr("%n action(s) could not be saved (the database was busy or out of reach). Nothing "
                           "you typed is lost: retry them now.", "", n)
            self.setProperty("state", "pending")
        self.text.setText(text)
        self.show_button.setVisible(n > 0)
        self.retry_button.setVisible(n > 0)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setVisible(not m.online or n > 0)

    def retry_all(self) -> None:
        self.monitor.retry_all()

    def _refused(self, label: str, exc: OcopError) -> None:
        from ui.common.errors import show_error

        show_error(self.window(), exc, title=self.tr("Not saved: {label}").format(label=label))

    def show_pending(self) -> None:
        PendingDialog(self.monitor, self).open()


class PendingDialog(QDialog):
    """What could not be saved, when, and why; retry or discard each (discarding asks first)."""

    def __init__(self, monitor: ConnectionMonitor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pendingDialog")
        self.setWindowTitle(self.tr("Not saved yet"))
        self.monitor = monitor
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("These actions could not be saved because the database could not be reached. "
                               "Retry them once the connection is back, or discard the ones you no longer "
                               "want."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setObjectName("pendingList")
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox()
        self.retry_button = buttons.addButton(self.tr("Retry selected"), QDialogButtonBox.ButtonRole.ActionRole)
        self.retry_button.setObjectName("retrySelectedButton")
        self.discard_button = buttons.addButton(self.tr("Discard selected…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.discard_button.setObjectName("discardSelectedButton")
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        self.retry_button.clicked.connect(self.retry_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        layout.addWidget(buttons)
        monitor.pendingChanged.connect(self.reload)
        self.reload()
        resize_within_screen(self, 620, 360)

    def reload(self) -> None:
        self.list.clear()
        for action in self.monitor.pending:
            text = f"{fmt_time(action.at)}  {action.label}\n    {action.error.message}"
            if action.error.in_doubt:
                text += "\n    " + self.tr("The connection dropped while saving: this may be saved already. "
                                          "Check before retrying it.")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, action)
            item.setToolTip(action.error.hint or "")
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        has = self.list.count() > 0
        self.retry_button.setEnabled(has)
        self.discard_button.setEnabled(has)

    def _selected(self) -> PendingAction | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def retry_selected(self) -> None:
        action = self._selected()
        if action is not None:
            self.monitor.retry(action)

    def discard_selected(self) -> None:
        action = self._selected()
        if action is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Discard?"),
            self.tr("Discard “{label}”? It was never saved and will be gone.").format(label=action.label))
        if answer == QMessageBox.StandardButton.Yes:
            self.monitor.discard(action)
