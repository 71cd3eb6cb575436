"""What every page shares: the store, the operator on shift, and the chosen event and day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ocop_desk.fair.events import EventInfo
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store


class AppContext(QObject):
    """Emits `selectionChanged` when the event or day changes, `dataChanged` after any write."""

    selectionChanged = Signal()
    dataChanged = Signal(str)  # what changed: "checkin", "lots", "live", "events", ...
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

    def changed(self, what: str) -> None:
        self.dataChanged.emit(what)
