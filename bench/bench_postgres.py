"""PostgreSQL on loopback: opening and migrating, a check-in-sized unit of work, the change cursor,
moving the large fair up with `db copy`, and the window's cold start on the server.

Uses $OCOP_BENCH_PG_URL if set (a maintenance database on a server you run), else starts a throwaway
durable cluster through tests/services.sh (OCOP_PG_DURABLE=1: fsync on, as on a real server).
`pg_server()` and `fresh_database()` are here for the concurrency and export benchmarks to reuse.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from bench.fair import large_fair
from bench.harness import CommitFloor, Result, median, percentile, rounds
from ocop_desk.store import audit
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import Booth, CheckIn, EventDay
from ocop_desk.store.sync import read_cursor

ROOT = Path(__file__).resolve().parent.parent
CHECKINS = 500
# A check-in's unit of work (its row, its audit entry, one commit) through SQLAlchemy ÷ a bare one-row INSERT +
# COMMIT on the same server (or, for SQLite, the same disk), sampled between the check-ins: 1.5-2.5× measured
# on the loaded bench machine. 4× leaves room for a noisier machine and fails on a second round trip per row.
CHECKIN_RATIO_TARGET = 4.0


class PgCommitFloor:
    """A bare durable commit on the server: psycopg, one-row INSERT then COMMIT, no SQLAlchemy, no audit."""

    def __init__(self, url: str) -> None:
        self.samples: list[float] = []
        self._engine = create_engine(url, poolclass=NullPool)
        self._con = self._engine.raw_connection()
        cur = self._con.cursor()
        cur.execute("CREATE TABLE IF NOT EXISTS bench_commit_floor (id bigserial PRIMARY KEY, v text)")
        self._con.commit()

    def one(self) -> None:
        cur = self._con.cursor()
        t0 = time.perf_counter()
        cur.execute("INSERT INTO bench_commit_floor (v) VALUES ('x')")
        self._con.commit()
        self.samples.append(time.perf_counter() - t0)

    def p99(self) -> float:
        return percentile(self.samples, 99)

    def close(self) -> None:
        cur = self._con.cursor()
        cur.execute("DROP TABLE bench_commit_floor")
        self._con.commit()
        self._con.close()
        self._engine.dispose()


@contextlib.contextmanager
def pg_server() -> Iterator[str]:
    """A maintenance-database URL: $OCOP_BENCH_PG_URL, or a throwaway durable cluster for this run."""
    given = os.environ.get("OCOP_BENCH_PG_URL")
    if given:
        yield given
        return
    env = dict(os.environ, OCOP_PG_DURABLE="1")
    env.pop("OCOP_TEST_PG_URL", None)
    # The cluster lives as long as this shell; closing its stdin ends `cat`, and services.sh's watchdog
    # stops and deletes the cluster.
    proc = subprocess.Popen(["bash", "-c", 'source tests/services.sh >&2 && echo "${OCOP_TEST_PG_URL:-}" && exec cat'],
                            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdin is not None and proc.stdout is not None
    url = proc.stdout.readline().strip()
    try:
        if not url:
            raise RuntimeError("PostgreSQL could not be started (is the postgresql package installed?)")
        yield url
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)


@contextlib.contextmanager
def fresh_database(server_url: str) -> Iterator[str]:
    """An empty database on the server for one measurement, dropped afterwards."""
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    name = f"ocop_bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def _checkin_latencies(store: Store, n: int, floor: PgCommitFloor | CommitFloor) -> list[float]:
    """Check-in-sized units of work: one row plus its audit entry, committed, one booth and day each; the
    floor's bare commit between two of them, so both see the same load."""
    with store.reading() as session:
        booths = session.scalars(select(Booth.id).order_by(Booth.id)).all()
        days = session.scalars(select(EventDay.id).order_by(EventDay.id)).all()
        taken = {tuple(r) for r in session.execute(select(CheckIn.booth_id, CheckIn.event_day_id))}
    free = [(b, d) for d in days for b in booths if (b, d) not in taken][:n]
    actor = Actor("bench", station="bench-1")
    samples = []
    for booth_id, day_id in free:
        floor.one()
        t0 = time.perf_counter()
        with store.transaction() as session:
            row = CheckIn(booth_id=booth_id, event_day_id=day_id, status="present",
                          checked_in_at=dt.datetime.now(dt.UTC), operator=actor.operator, station=actor.station)
            session.add(row)
            session.flush()
            audit.record(session, actor, "check_in", "booth", booth_id, event_id=1)
        samples.append(time.perf_counter() - t0)
    return samples


def _checkin_ratio(backend: str, samples: list[float], floor: list[float], how: str) -> Result:
    ms = 1000
    return Result.ratio(f"{backend}: check-in unit of work p99, 1 station ({len(samples)}) ÷ bare INSERT+COMMIT p99",
                        percentile(samples, 99) * ms, percentile(floor, 99) * ms, "ms", CHECKIN_RATIO_TARGET,
                        "bare commit", note=f"{how}; medians {median(samples) * ms:.2f} / {median(floor) * ms:.2f} ms")


def _cold_start(url: str) -> tuple[float, float]:
    """(wall time to the first idle event loop with the window shown, the same measured inside), medians."""
    with tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OCOP_DESK_STARTUP_PROBE="quit", OCOP_DESK_DATA=data)
        cmd = [sys.executable, str(ROOT / "main.py"), "--db", url, "--operator", "bench"]
        subprocess.run(cmd, capture_output=True, env=env, timeout=60)  # warm caches once
        walls, inner = [], []
        for _ in range(rounds(7, 3)):
            t0 = time.perf_counter()
            proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env)
            assert proc.stdout is not None
            line = proc.stdout.readline()
            walls.append(time.perf_counter() - t0)
            inner.append(float(line.split()[1]))
            proc.wait(timeout=60)
        return median(walls), median(inner)


def run() -> list[Result]:
    from ocop_desk.store.dbcopy import copy_database

    results: list[Result] = []
    fair = large_fair()
    with pg_server() as server, fresh_database(server) as url:
        t0 = time.perf_counter()
        Store.open(url).close()
        results.append(Result("PostgreSQL: migrate an empty database to head", time.perf_counter() - t0, "s",
                              2.0, note="first start of a new shared fair"))
        opens = []
        for _ in range(7):
            t0 = time.perf_counter()
            Store.open(url).close()
            opens.append(time.perf_counter() - t0)
        results.append(Result("PostgreSQL: open an up-to-date database (median)", median(opens) * 1000, "ms",
                              150, note="connect + revision check; part of every cold start"))
        t0 = time.perf_counter()
        copied = copy_database(fair, url)
        elapsed = time.perf_counter() - t0
        results.append(Result("db copy: large fair SQLite → PostgreSQL", elapsed, "s", 120,
                              note=f"{copied.rows:,} rows, counts verified"))
        store = Store.open(url)
        try:
            pg_floor = PgCommitFloor(url)
            try:
                samples = _checkin_latencies(store, rounds(CHECKINS, 100), pg_floor)
            finally:
                pg_floor.close()
            results.append(_checkin_ratio("PostgreSQL", samples, pg_floor.samples, "fsync on, loopback"))
            polls = []
            for _ in range(50):
                t0 = time.perf_counter()
                read_cursor(store)
                polls.append(time.perf_counter() - t0)
            results.append(Result("PostgreSQL: change-cursor poll (median, large fair)", median(polls) * 1000,
                                  "ms", 5, note="once a second per station"))
        finally:
            store.close()
        wall, inner = _cold_start(url)
        # No target of its own: the cold start is judged on SQLite against a bare window (bench_startup); here
        # the PostgreSQL driver and dialect add their imports and a network round trip.
        results.append(Result("main.py launch → window shown and idle on PostgreSQL, large fair (median)", wall, "s",
                              note=f"the app's own probe {inner:.3f} s; judged on SQLite in bench_startup"))
    with tempfile.TemporaryDirectory() as tmp:
        local = large_fair(copy_to=Path(tmp) / "fair.sqlite3")
        store = Store.open(local)
        try:
            polls = []
            for _ in range(50):
                t0 = time.perf_counter()
                read_cursor(store)
                polls.append(time.perf_counter() - t0)
            results.append(Result("SQLite: change-cursor poll (median, large fair)", median(polls) * 1000, "ms", 5))
            floor = CommitFloor(Path(tmp))
            try:
                samples = _checkin_latencies(store, rounds(CHECKINS, 100), floor)
            finally:
                floor.close()
            results.append(_checkin_ratio("SQLite", samples, floor.samples, "WAL, synchronous=FULL"))
        finally:
            store.close()
    return results
