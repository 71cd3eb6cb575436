"""Noticing other stations' changes: a change cursor read about once a second.

Why polling and not PostgreSQL LISTEN/NOTIFY: it needs no schema change (NOTIFY would need triggers
on every table, or every service remembering to notify), it works the same on a SQLite file shared by
several processes, and it survives a dropped connection with nothing to re-subscribe. The price is one
small query per station per second: index lookups of max(id) and a count of the check-ins, a few
milliseconds on loopback with the large sample fair (bench/bench_postgres.py measures it).

The cursor moves on every change a station can make: each service writes an audit entry in the same
transaction as its change, tallies and viewer snapshots are append-only rows, new lots move the largest
lot id, and check-ins are counted too (so a check-in saved without an audit entry, or one undone by
deleting its row, still shows). Counting is kept to the small check-in table: counting 20,000 lots
would cost a scan every second.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from ocop_desk.models import AuditEntry, CheckIn, LiveTally, Lot, ViewerSnapshot
from ocop_desk.store import Store

POLL_INTERVAL_MS = 1000


@dataclass(frozen=True)
class ChangeCursor:
    audit: int
    tallies: int
    snapshots: int
    checkins: int
    last_checkin: int
    last_lot: int


def read_cursor(store: Store) -> ChangeCursor:
    """Where the database is now; any committed change by any station moves it."""
    stmt = select(
        select(func.coalesce(func.max(AuditEntry.id), 0)).scalar_subquery(),
        select(func.coalesce(func.max(LiveTally.id), 0)).scalar_subquery(),
        select(func.coalesce(func.max(ViewerSnapshot.id), 0)).scalar_subquery(),
        select(func.count(CheckIn.id)).scalar_subquery(),
        select(func.coalesce(func.max(CheckIn.id), 0)).scalar_subquery(),
        select(func.coalesce(func.max(Lot.id), 0)).scalar_subquery(),
    )
    with store.reading() as session:
        row = session.execute(stmt).one()
    return ChangeCursor(*(int(v) for v in row))


class ChangeWatcher:
    """Remembers the last cursor; `poll()` says whether anything changed since the previous poll.

    Raises StoreError when the database cannot be read (the caller shows the connection banner).
    Thread-safe enough for one poller: the window calls it from one background task at a time.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.cursor: ChangeCursor | None = None

    def poll(self) -> bool:
        cursor = read_cursor(self.store)
        changed = self.cursor is not None and cursor != self.cursor
        self.cursor = cursor
        return changed
