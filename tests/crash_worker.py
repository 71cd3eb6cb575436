"""A worker process for the SIGKILL durability test (tests/test_crash_safety.py).

    python tests/crash_worker.py DB_PATH EVENT_ID DAY SESSION_ID PRODUCT_ID BOOTH_CODE...

It writes a burst of check-ins (one per booth code given) interleaved with live counts, as fast as it
can, and prints one acknowledgement line on stdout AFTER each service call has returned:

    ACK checkin <booth code>
    ACK count <session id> <product id>

The test kills it with SIGKILL at a random moment and then checks that every acknowledged write is in
the database, that nothing half-written is, and that the file passes PRAGMA integrity_check.

The two write operations are `check_in_booth` and `add_live_count` below: each performs exactly the unit
of work the real services will (ocop_desk.checkin.desk.check_in, ocop_desk.live.service.add_count). After merging,
replace each body with the one-line call shown in its docstring.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from ocop_desk.checkin.desk import check_in  # noqa: E402
from ocop_desk.core.payloads import booth_payload  # noqa: E402
from ocop_desk.live.service import add_count  # noqa: E402
from ocop_desk.store.audit import Actor  # noqa: E402
from ocop_desk.store.database import Store  # noqa: E402

WORKER_OPERATOR = "crash-worker"


# -- THE TWO WRITE OPERATIONS: swap in the real services here ------------------------------------------


def check_in_booth(store: Store, actor: Actor, event_id: int, day: dt.date, scan: str) -> None:
    """One check-in through the real service (one unit of work, durable when it returns)."""
    outcome = check_in(store, actor, event_id, day, scan)
    assert outcome.state == "checked_in", outcome.state


def add_live_count(store: Store, actor: Actor, session_id: int, product_id: int) -> None:
    """One live count through the real service."""
    add_count(store, actor, session_id, product_id, quantity=1, orders=1)


# ------------------------------------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    db, event_id, day, session_id, product_id, *booths = argv
    store = Store.open(db)
    actor = Actor(operator=WORKER_OPERATOR, station="crash-test")
    the_day = dt.date.fromisoformat(day)
    out = sys.stdout
    out.write("READY\n")
    out.flush()
    counts_per_checkin = 3
    for code in booths:
        check_in_booth(store, actor, int(event_id), the_day, booth_payload(int(event_id), code))
        out.write(f"ACK checkin {code}\n")
        out.flush()
        for _ in range(counts_per_checkin):
            add_live_count(store, actor, int(session_id), int(product_id))
            out.write(f"ACK count {session_id} {product_id}\n")
            out.flush()
    while True:  # booths used up: keep counting until killed
        add_live_count(store, actor, int(session_id), int(product_id))
        out.write(f"ACK count {session_id} {product_id}\n")
        out.flush()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
