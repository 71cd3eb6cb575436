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

from sqlalchemy import text

from ocop_desk.store.database import Store

POLL_INTERVAL_MS = 1000


@dataclass(frozen=True)
class ChangeCursor:
    audit: int
    tallies: int
    snapshots: int
    checkins: int
    last_checkin: int
    last_lot: int


# Plain SQL, the same on both backends: no statement to compile on the first call (the window primes
# the cursor while it starts, on the GUI thread).
CURSOR_SQL = text(
    "SELECT (SELECT COALESCE(MAX(id), 0) FROM audit_log),"
    " (SELECT COALESCE(MAX(id), 0) FROM live_tally),"
    " (SELECT COALESCE(MAX(id), 0) FROM viewer_snapshot),"
    " (SELECT COUNT(id) FROM checkin),"
    " (SELECT COALESCE(MAX(id), 0) FROM checkin),"
    " (SELECT COALESCE(MAX(id), 0) FROM lot)"
)


def read_cursor(store: Store) -> ChangeCursor:
    """Where the database is now; any committed change by any station moves it."""
    with store.reading() as session:
        row = session.execute(CURSOR_SQL).one()
    return ChangeCursor(*(int(v) for v in row))


class ChangeWatcher:
    """Remembers the last cursor; `poll()` says whether anything changed since the previous poll.

    Raises StoreError when the database cannot be read (the caller shows the connection banner).
    Thread-safe enough for one poller: the window calls it from one background task at a time.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.cursor: ChangeCursor | None = None

    def prime(self) -> None:
        """Take the starting point now (before the pages first read), so nothing after it is missed."""
        self.cursor = read_cursor(self.store)

    def poll(self) -> bool:
        cursor = read_cursor(self.store)
        changed = self.cursor is not None and cursor != self.cursor
        self.cursor = cursor
        return changed
