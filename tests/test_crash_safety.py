"""Durability: a worker writing check-ins and live counts is killed with SIGKILL at random moments.

After each kill, every write the worker acknowledged (printed only after the call returned) must be in
the file, at most the one write in flight may be there unacknowledged, every change has its audit entry
(nothing half-written) and SQLite's own integrity and foreign-key checks pass.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import insert

from ocop_desk.store.database import Store
from ocop_desk.store.models import Booth, Event, EventDay, LiveSession, LiveSessionProduct, Producer, Product
from tests.crash_worker import WORKER_OPERATOR

ROOT = Path(__file__).resolve().parent.parent
WORKER = ROOT / "tests" / "crash_worker.py"
ROUNDS = 20
BOOTHS_PER_ROUND = 120
DAY = dt.date(2026, 10, 14)

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def _prepare(path: Path) -> None:
    """An event with enough booths for every round, one live session and one product to count."""
    store = Store.open(path)
    with store.transaction() as s:
        s.execute(insert(Event), [{"id": 1, "name": "Kill test", "starts_on": DAY, "ends_on": DAY}])
        s.execute(insert(EventDay), [{"id": 1, "event_id": 1, "day": DAY}])
        s.execute(insert(Producer), [{"id": 1, "code": "P1", "name": "HTX", "search_text": "htx"}])
        s.execute(insert(Product), [{"id": 1, "code": "SP1", "name": "Mật ong", "producer_id": 1,
                                     "price": 180_000, "search_text": "mat ong"}])
        s.execute(insert(Booth), [{"event_id": 1, "code": f"K{i:05d}", "producer_id": 1}
                                  for i in range(ROUNDS * BOOTHS_PER_ROUND)])
        s.execute(insert(LiveSession), [{"id": 1, "event_day_id": 1, "title": "Phiên live",
                                         "started_at": dt.datetime(2026, 10, 14, 2, 0, tzinfo=dt.UTC)}])
        s.execute(insert(LiveSessionProduct), [{"session_id": 1, "product_id": 1, "position": 0}])
    store.close()


def _state(path: Path) -> dict[str, object]:
    """What the file holds, read by a fresh connection (as the next start of the app would)."""
    con = sqlite3.connect(path)
    try:
        checked = {row[0] for row in con.execute(
            "SELECT b.code FROM checkin c JOIN booth b ON b.id = c.booth_id WHERE c.operator = ?",
            (WORKER_OPERATOR,))}
        counts = con.execute("SELECT count(*) FROM live_tally WHERE operator = ?", (WORKER_OPERATOR,)).fetchone()[0]
        audits = con.execute("SELECT count(*) FROM audit_log WHERE operator = ?", (WORKER_OPERATOR,)).fetchone()[0]
        integrity = con.execute("PRAGMA integrity_check").fetchall()
        foreign = con.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        con.close()
    return {"checked": checked, "counts": counts, "audits": audits, "integrity": integrity, "foreign": foreign}


def _run_round(path: Path, codes: list[str], delay: float) -> tuple[list[str], list[str]]:
    """Start the worker, kill it `delay` seconds after it is ready; its complete output lines."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, str(WORKER), str(path), "1", DAY.isoformat(), "1", "1", *codes],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    assert proc.stdout is not None
    first = proc.stdout.readline()
    if first != b"READY\n":
        proc.kill()
        _, err = proc.communicate()
        pytest.fail(f"worker did not start: {first!r} {err.decode(errors='replace')}")
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, err.decode(errors="replace")
    text = out.decode()
    complete = text[: text.rfind("\n") + 1] if "\n" in text else ""
    lines = complete.splitlines()
    return [line.split()[2] for line in lines if line.startswith("ACK checkin ")], \
        [line for line in lines if line.startswith("ACK count ")]


@pytest.mark.slow
def test_sigkill_loses_no_acknowledged_write(db_path: Path) -> None:
    _prepare(db_path)
    seed = int(os.environ.get("OCOP_KILL_SEED", random.randrange(1_000_000)))
    rnd = random.Random(seed)
    survived = 0
    total_acked = 0
    before = _state(db_path)
    for n in range(ROUNDS):
        codes = [f"K{i:05d}" for i in range(n * BOOTHS_PER_ROUND, (n + 1) * BOOTHS_PER_ROUND)]
        delay = rnd.uniform(0.01, 0.35)
        acked_checkins, acked_counts = _run_round(db_path, codes, delay)
        after = _state(db_path)
        where = f"round {n + 1} (seed {seed}, killed after {delay:.3f} s)"
        assert after["integrity"] == [("ok",)], where
        assert after["foreign"] == [], where
        new_checkins = after["checked"] - before["checked"]  # type: ignore[operator]
        missing = set(acked_checkins) - new_checkins
        assert not missing, f"{where}: acknowledged check-ins lost: {sorted(missing)}"
        extra_checkins = new_checkins - set(acked_checkins)
        new_counts = after["counts"] - before["counts"]  # type: ignore[operator]
        assert new_counts >= len(acked_counts), f"{where}: acknowledged counts lost"
        in_flight = len(extra_checkins) + (new_counts - len(acked_counts))
        assert in_flight <= 1, f"{where}: {in_flight} unacknowledged writes; only one can be in flight"
        if extra_checkins:  # the in-flight check-in can only be the next booth in order
            assert extra_checkins == {codes[len(acked_checkins)]}, where
        # nothing half-written: each change came with its audit entry, and no audit entry came alone
        assert after["audits"] == len(after["checked"]) + after["counts"], where  # type: ignore[arg-type]
        total_acked += len(acked_checkins) + len(acked_counts)
        survived += 1
        before = after
    assert survived == ROUNDS
    assert total_acked > ROUNDS * 5, "the worker barely wrote anything: the kills did not test much"
    print(f"\nSIGKILL rounds survived: {survived}/{ROUNDS}; acknowledged writes checked: {total_acked}; "
          f"seed {seed}")
