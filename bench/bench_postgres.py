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
from bench.harness import Result, median, percentile
from ocop_desk.store import audit
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import Booth, CheckIn, EventDay
from ocop_desk.store.sync import read_cursor

ROOT = Path(__file__).resolve().parent.parent
CHECKINS = 500


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


def _checkin_latencies(store: Store, n: int) -> list[float]:
    """Check-in-sized units of work: one row plus its audit entry, committed, one booth and day each."""
    with store.reading() as session:
        booths = session.scalars(select(Booth.id).order_by(Booth.id)).all()
        days = session.scalars(select(EventDay.id).order_by(EventDay.id)).all()
        taken = {tuple(r) for r in session.execute(select(CheckIn.booth_id, CheckIn.event_day_id))}
    free = [(b, d) for d in days for b in booths if (b, d) not in taken][:n]
    actor = Actor("bench", station="bench-1")
    samples = []
    for booth_id, day_id in free:
        t0 = time.perf_counter()
        with store.transaction() as session:
            row = CheckIn(booth_id=booth_id, event_day_id=day_id, status="present",
                          checked_in_at=dt.datetime.now(dt.UTC), operator=actor.operator, station=actor.station)
            session.add(row)
            session.flush()
            audit.record(session, actor, "check_in", "booth", booth_id, event_id=1)
        samples.append(time.perf_counter() - t0)
    return samples


def _cold_start(url: str) -> tuple[float, float]:
    """(wall time to the first idle event loop with the window shown, the same measured inside), medians."""
    with tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OCOP_DESK_STARTUP_PROBE="quit", OCOP_DESK_DATA=data)
        cmd = [sys.executable, str(ROOT / "main.py"), "--db", url, "--operator", "bench"]
        subprocess.run(cmd, capture_output=True, env=env, timeout=60)  # warm caches once
        walls, inner = [], []
        for _ in range(7):
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
                              150, note="connect + revision check; part of the 0.6 s cold start"))
        t0 = time.perf_counter()
        copied = copy_database(fair, url)
        elapsed = time.perf_counter() - t0
        results.append(Result("db copy: large fair SQLite → PostgreSQL", elapsed, "s", 120,
                              note=f"{copied.rows:,} rows, counts verified"))
        store = Store.open(url)
        try:
            samples = _checkin_latencies(store, CHECKINS)
            results.append(Result("PostgreSQL: check-in unit of work p99, 1 station", percentile(samples, 99) * 1000,
                                  "ms", 20, note=f"{len(samples)} commits, fsync on, loopback; median "
                                                 f"{median(samples) * 1000:.2f} ms"))
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
        # No target of its own: the 0.6 s start-up target is the local SQLite one (bench_startup); here the
        # PostgreSQL driver and dialect add their imports and a network round trip.
        results.append(Result("Cold start to the window on PostgreSQL, large fair (median of 7)", wall, "s",
                              note=f"in-process {inner:.3f} s; the 0.6 s target is SQLite's (bench_startup)"))
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
            samples = _checkin_latencies(store, CHECKINS)
            results.append(Result("SQLite: check-in unit of work p99, 1 station", percentile(samples, 99) * 1000,
                                  "ms", 20, note="for comparison: synchronous=FULL in WAL mode"))
        finally:
            store.close()
    return results
