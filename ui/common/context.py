"""What every page shares: the store, the operator on shift, and the chosen event and day."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ocop_desk.fair.events import EventInfo
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store


class Change(StrEnum):
    """What a write changed, so pages and the window know what to reload (`AppContext.dataChanged`)."""

    CHECKIN = "checkin"  # a booth checked in or out, a check-in undone
    LOTS = "lots"  # lots of a product added or changed
    LABELS = "labels"  # labels printed or saved, the website built
    LIVE = "live"  # a tally count, snapshot, session or price
    EVENTS = "events"  # an event created or renamed: the event list reloads
    IMPORT = "import"  # a registration workbook imported into the current event
    SETTINGS = "settings"  # the station's settings (backups, ...)
    RESTORE = "restore"  # a backup restored over the database
    REMOTE = "remote"  # another station wrote (seen by the change watcher)


class AppContext(QObject):
    """Emits `selectionChanged` when the event or day changes, `dataChanged(Change)` after any write."""

    selectionChanged = Signal()
    dataChanged = Signal(object)  # a Change
    operatorChanged = Signal(str)

    def __init__(self, store: Store, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.actor = actor
        self.current_event: EventInfo | None = None
        self.day: dt.date | None = None

    def select(self, event: EventInfo | None, day: dt.date | None) -> None:
        if event == self.current_event and day == self.day:
            return
        self.current_event, self.day = event, day
        self.selectionChanged.emit()

    def set_operator(self, name: str) -> None:
        """The operator on shift; the same check as the CLI's --operator (one line, at most 120 characters)."""
        from ocop_desk.core.validate import clean_text

        clean = clean_text(name, QCoreApplication.translate("AppContext", "Operator's name"), max_len=120, required=True)
        self.actor = Actor(operator=clean, station=self.actor.station)
        self.operatorChanged.emit(clean or "")

    def changed(self, what: Change) -> None:
        """Tell every page what a write changed; an unknown name raises ValueError here, not in a slot."""
        self.dataChanged.emit(Change(what))
