"""Several stations at once, as separate processes on one database (SQLite file or PostgreSQL URL).

`run_stations(target, worker, n, **kwargs)` starts n processes (spawned, like separate laptops: nothing
shared but the database), lets them start together, and returns each worker's result. Workers are
plain functions in this module (spawned processes import them by name). The lead's 4 × 250 check-in
test swaps the raw inserts here for the check-in and tally services.
"""

from __future__ import annotations

import multiprocessing
import random
from collections.abc import Callable
from typing import Any


def run_stations(target: str, worker: Callable[..., Any], n: int, timeout: float = 120, **kwargs: Any) -> list[Any]:
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Event()
    results = ctx.Queue()
    procs = [ctx.Process(target=_station, args=(worker, target, i, start, results, kwargs)) for i in range(n)]
    for p in procs:
        p.start()
    start.set()  # each station opened its store first; now they all go at once
    try:
        answers = dict(results.get(timeout=timeout) for _ in procs)
    finally:
        for p in procs:
            p.join(timeout=10)
            if p.is_alive():
                p.kill()
    failures = [a for a in answers.values() if isinstance(a, BaseException)]
    if failures:
        raise failures[0]
    return [answers[i] for i in range(n)]


def _station(worker: Callable[..., Any], target: str, index: int, start: Any, results: Any,
             kwargs: dict[str, Any]) -> None:
    from ocop_desk.store import Store

    try:
        store = Store.open(target)
        try:
            start.wait(30)
            results.put((index, worker(store, index, **kwargs)))
        finally:
            store.close()
    except BaseException as exc:  # noqa: BLE001 - handed to the test, which raises it
        results.put((index, RuntimeError(f"station {index}: {type(exc).__name__}: {exc}")))


def raw_checkins(store: Any, index: int, *, seed: int = 8) -> dict[str, int]:
    """Try to check in every booth on every day, in this station's own order; the database says who wins."""
    import datetime as dt

    from sqlalchemy import select
    from sqlalchemy.exc import IntegrityError

    from ocop_desk.models import Booth, CheckIn, EventDay

    with store.reading() as session:
        pairs = [(b, d) for b in session.scalars(select(Booth.id)) for d in session.scalars(select(EventDay.id))]
    random.Random(seed + index).shuffle(pairs)
    won = lost = 0
    for booth_id, day_id in pairs:
        try:
            with store.transaction() as session:
                session.add(CheckIn(booth_id=booth_id, event_day_id=day_id, station=f"desk-{index}",
                                    operator=f"op-{index}", checked_in_at=dt.datetime.now(dt.UTC)))
            won += 1
        except IntegrityError:
            lost += 1
    return {"won": won, "lost": lost}


def raw_tallies(store: Any, index: int, *, count: int = 100) -> int:
    """Count one item `count` times for the same product in the same session: no increment may be lost."""
    from sqlalchemy import select

    from ocop_desk.models import LiveSession, LiveTally

    with store.reading() as session:
        live = session.scalars(select(LiveSession).order_by(LiveSession.id)).first()
        assert live is not None
        session_id, product_id = live.id, live.products[0].product_id
    for _ in range(count):
        with store.transaction() as session:
            session.add(LiveTally(session_id=session_id, product_id=product_id, quantity=1, orders=1,
                                  station=f"desk-{index}"))
    return count


def raw_station_day(store: Any, index: int, *, tallies: int = 60) -> dict[str, int]:
    """One station's morning: check in every booth (racing the others), then count at the live desk."""
    result = raw_checkins(store, index)
    result["counted"] = raw_tallies(store, index, count=tallies)
    return result
