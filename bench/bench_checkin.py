"""The check-in desk on the large fair: scan → durable commit, and search-as-you-type over 20,000 products."""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path

from bench.fair import FIRST_DAY, large_fair
from bench.harness import Result, percentile
from ocop_desk.checkin import desk
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store

EVENT = 1
# What coordinators type, one keystroke at a time: booth codes, producer and product words, phones.
QUERIES = ["A017", "c054", "mat ong", "nuoc mam ha", "dong trung ha thao", "che thai", "htx gao",
           "0912", "tinh bot sen", "ruou", "thit trau gac bep", "so 127", "khu", "ha giang loai 3"]


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        db = large_fair(copy_to=Path(tmp) / "fair.sqlite3")
        store = Store.open(db)
        actor = Actor(operator="bench", station="desk-1")
        day = FIRST_DAY + dt.timedelta(days=4)
        with store.transaction() as s:  # a fresh morning: nobody checked in yet on the last day
            from sqlalchemy import delete

            from ocop_desk.fair.events import event_day_id
            from ocop_desk.store.models import CheckIn

            s.execute(delete(CheckIn).where(CheckIn.event_day_id == event_day_id(s, EVENT, day)))
        codes = [f"{z}{n:03d}" for z in "ABCDE" for n in range(1, 101)]
        for code in codes[:20]:  # warm-up
            desk.check_in(store, actor, EVENT, day, code)
        scans = []
        for code in codes[20:]:
            t0 = time.perf_counter()
            outcome = desk.check_in(store, actor, EVENT, day, f"OCOP:B:{EVENT}:{code}")
            scans.append(time.perf_counter() - t0)
            assert outcome.state == "checked_in", outcome
        repeats = []
        for code in codes[:200]:
            t0 = time.perf_counter()
            assert desk.check_in(store, actor, EVENT, day, code).state == "already"
            repeats.append(time.perf_counter() - t0)
        keystrokes = []
        for query in QUERIES:
            for i in range(1, len(query) + 1):
                t0 = time.perf_counter()
                desk.search(store, EVENT, query[:i])
                keystrokes.append(time.perf_counter() - t0)
        board = []
        for _ in range(20):
            t0 = time.perf_counter()
            desk.board(store, EVENT, day)
            board.append(time.perf_counter() - t0)
        store.close()
        floor = _commit_floor(Path(tmp) / "floor.sqlite3")
    ms = 1000
    return [
        Result("check-in scan → durable commit, p99 (480 booths)", percentile(scans, 99) * ms, "ms", 5,
               note=f"median {percentile(scans, 50) * ms:.2f} ms"),
        Result("repeat scan answered 'already', p99", percentile(repeats, 99) * ms, "ms", 5),
        Result(f"search-as-you-type, p95 per keystroke ({len(keystrokes)} keys, 20,000 products)",
               percentile(keystrokes, 95) * ms, "ms", 10, note=f"max {max(keystrokes) * ms:.1f} ms"),
        Result("booth board for a day (500 booths), median", percentile(board, 50) * ms, "ms", 50),
        Result("for scale: bare SQLite commit with the store's durability (WAL, synchronous=FULL), p99",
               percentile(floor, 99) * ms, "ms", None, note=f"median {percentile(floor, 50) * ms:.2f} ms"),
    ]


def _commit_floor(path: Path) -> list[float]:
    """What one fsync'd commit costs on this disk, with no application code at all."""
    import sqlite3

    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    samples = []
    for _ in range(480):
        t0 = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        con.execute("INSERT INTO t (v) VALUES ('x')")
        con.execute("COMMIT")
        samples.append(time.perf_counter() - t0)
    con.close()
    return samples
