"""What every page shares: the store, the operator on shift, and the chosen event and day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal

from ocop_desk.audit import Actor
from ocop_desk.events import EventInfo
from ocop_desk.store import Store


class AppContext(QObject):
    """Emits `selectionChanged` when the event or day changes, `dataChanged` after any write."""

    selectionChanged = Signal()
    dataChanged = Signal(str)  # what changed: "checkin", "lots", "live", "events", ...
    operatorChanged = Signal(str)

    def __init__(self, store: Store, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.actor = actor
        self.event: EventInfo | None = None
        self.day: dt.date | None = None

    def select(self, event: EventInfo | None, day: dt.date | None) -> None:
        if event == self.event and day == self.day:
            return
        self.event, self.day = event, day
        self.selectionChanged.emit()

    def set_operator(self, name: str) -> None:
        self.actor = Actor(operator=name, station=self.actor.station)
        self.operatorChanged.emit(name)

    def changed(self, what: str) -> None:
        self.dataChanged.emit(what)
