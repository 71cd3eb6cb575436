"""Several stations at once, as separate processes on one database (SQLite file or PostgreSQL URL).

`run_stations(target, worker, n, **kwargs)` starts n processes (spawned, like separate laptops: nothing
shared but the database), lets them start together once every one has opened its store, and returns each
worker's result. Workers are
plain functions in this module (spawned processes import them by name) and go through the app's real
services (`check_in`, `add_count`), as a check-in desk and a live desk do. `add_booths` gives a fair enough
booths for hundreds of check-ins; `scan_plan` gives each station its own, overlapping order of scans.
The 4 × 250 concurrency test (tests/test_stations.py) and bench/bench_stations.py share them.
"""

from __future__ import annotations

import multiprocessing
import random
import time
from collections.abc import Callable
from typing import Any


def run_stations(target: str, worker: Callable[..., Any], n: int, timeout: float = 120, **kwargs: Any) -> list[Any]:
    ctx = multiprocessing.get_context("spawn")
    ready, start, results = ctx.Queue(), ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_station, args=(worker, target, i, ready, start, results, kwargs)) for i in range(n)]
    for p in procs:
        p.start()
    try:
        for _ in procs:  # every station has started Python and opened its store (or failed trying) ...
            ready.get(timeout=timeout)
        start.set()  # ... and now they all go at once
        answers = dict(results.get(timeout=timeout) for _ in procs)
    finally:
        start.set()
        for p in procs:
            p.join(timeout=10)
            if p.is_alive():
                p.kill()
    failures = [a for a in answers.values() if isinstance(a, BaseException)]
    if failures:
        raise failures[0]
    return [answers[i] for i in range(n)]


def _station(worker: Callable[..., Any], target: str, index: int, ready: Any, start: Any, results: Any,
             kwargs: dict[str, Any]) -> None:
    from ocop_desk.store.database import Store

    try:
        try:
            store = Store.open(target)
        finally:
            ready.put(index)
        try:
            start.wait(60)
            results.put((index, worker(store, index, **kwargs)))
        finally:
            store.close()
    except BaseException as exc:  # noqa: BLE001 - handed to the test, which raises it
        results.put((index, RuntimeError(f"station {index}: {type(exc).__name__}: {exc}")))


def add_booths(store: Any, event_id: int, n: int, *, prefix: str = "S", zone: str = "Khu S") -> list[str]:
    """Add n booths (codes S001.. by default), held by the event's producers in turn and expected every day;
    returns their codes."""
    from sqlalchemy import select

    from ocop_desk.store.models import Booth, Producer

    codes = [f"{prefix}{i:03d}" for i in range(1, n + 1)]
    with store.transaction() as session:
        producers = session.scalars(select(Producer.id).order_by(Producer.id)).all()
        session.add_all(Booth(event_id=event_id, code=code, zone=zone, producer_id=producers[i % len(producers)])
                        for i, code in enumerate(codes))
    return codes


def scan_plan(pairs: list[tuple[str, str]], index: int, scans: int, *, seed: int = 8,
              window: int = 6) -> list[tuple[str, str]]:
    """This station's `scans` (booth code, ISO day) pairs: the fair's one shared order with a few pairs of its
    own left out, shuffled only within small windows, so the stations reach the same booth at nearly the same
    moment (real races, not only "already" answers read from a committed row)."""
    shared = list(pairs)
    random.Random(seed).shuffle(shared)
    mine = random.Random(seed * 1000 + index)
    keep = set(mine.sample(range(len(shared)), scans))
    chosen = [p for i, p in enumerate(shared) if i in keep]
    for start in range(0, len(chosen), window):
        part = chosen[start:start + window]
        mine.shuffle(part)
        chosen[start:start + window] = part
    return chosen


def service_station(store: Any, index: int, *, event_id: int, pairs: list[tuple[str, str]], scans: int,
                    session_id: int | None = None, products: tuple[int, ...] = (),
                    pace: float = 0.0) -> dict[str, Any]:
    """A check-in desk that is also a live desk: scan `scans` booth-days of `pairs` in this station's
    `scan_plan` order (`check_in`, as typed or scanned at the desk) and, after each scan when a live session
    is given, count a sale of one of the session's shared products (`add_count`). With `pace`, a scan starts
    every `pace` seconds (a person at a scanner) instead of as fast as the machine goes. Returns every answer
    as plain data, each check-in's latency, and the counts the service acknowledged (returned without an
    error: durable)."""
    import datetime as dt

    from ocop_desk.checkin.desk import check_in
    from ocop_desk.live.service import add_count
    from ocop_desk.store.audit import Actor

    actor = Actor(f"Người trực {index}", station=f"desk-{index}")
    checkins: list[dict[str, Any]] = []
    counts: list[dict[str, Any]] = []
    latencies: list[float] = []
    due = time.perf_counter()
    for k, (code, day) in enumerate(scan_plan(list(pairs), index, scans)):
        if pace:
            due += pace
            time.sleep(max(0.0, due - time.perf_counter()))
        t0 = time.perf_counter()
        outcome = check_in(store, actor, event_id, dt.date.fromisoformat(day), code)
        latencies.append(time.perf_counter() - t0)
        checkins.append({"code": code, "day": day, "state": outcome.state,
                         "at": outcome.at.isoformat() if outcome.at else None, "by": outcome.by,
                         "station": outcome.station, "checkin_id": outcome.checkin_id})
        if session_id is not None and products:
            product_id = products[(index + k) % len(products)]
            quantity = 1 + (k + index) % 3
            event = add_count(store, actor, session_id, product_id, quantity=quantity, orders=1)
            counts.append({"id": event.id, "product_id": product_id, "quantity": quantity, "orders": 1})
    return {"station": actor.station, "operator": actor.operator, "checkins": checkins, "counts": counts,
            "latencies": latencies}
