"""Live tally: one count from key press to durable commit, and a 4-hour session's page ready to use.

Both run on a private copy of the large fair (1,000 sessions, 100,000 tallies already there).
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from bench.fair import FIRST_DAY, large_fair
from bench.harness import Result, median, percentile
from ocop_desk.live import service as live
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import LiveTally, ViewerSnapshot

COUNTS = 2000
LONG_EVENTS, LONG_SNAPSHOTS = 10_000, 50
PRODUCTS = [f"SP{n:05d}" for n in range(1, 9)]


def _count_latency(store: Store, actor: Actor) -> list[float]:
    info = live.start_session(store, actor, 1, FIRST_DAY, hosts=["Bench"], product_refs=PRODUCTS[:5])
    ids = [p.product_id for p in info.products]
    rnd = random.Random(5)
    samples = []
    for _ in range(COUNTS):
        pid = rnd.choice(ids)
        t0 = time.perf_counter()
        live.add_count(store, actor, info.id, pid, quantity=rnd.choice((1, 1, 2)), source="key")
        samples.append(time.perf_counter() - t0)
    live.end_session(store, actor, info.id)  # so the page opens on the 4-hour session, the day's live one
    return samples


def _long_session(store: Store, actor: Actor) -> live.SessionInfo:
    """A 4-hour session with 10,000 counts (some corrections and undos) and 50 snapshots."""
    start = dt.datetime(2026, 8, 31, 2, 0, tzinfo=dt.UTC)
    info = live.start_session(store, actor, 1, FIRST_DAY, hosts=["Quang Linh", "Bà Tân"], product_refs=PRODUCTS,
                              title="4 giờ", started_at=start)
    rnd = random.Random(7)
    prices = {p.product_id: p.price for p in info.products}
    rows = []
    for n in range(LONG_EVENTS):
        pid = rnd.choice(list(prices))
        kind = "correction" if n % 97 == 0 else "count"
        rows.append({"session_id": info.id, "product_id": pid, "quantity": -1 if kind == "correction" else 1 + n % 3,
                     "orders": 0 if kind == "correction" else 1, "unit_price": prices[pid], "kind": kind,
                     "source": "key", "operator": "bench", "station": "live-1",
                     "created_at": start + dt.timedelta(seconds=n * 4 * 3600 / LONG_EVENTS)})
    snaps = [{"session_id": info.id, "taken_at": start + dt.timedelta(minutes=m * 240 / LONG_SNAPSHOTS),
              "viewers": 2000 + rnd.randrange(20_000), "views": 10_000 * (m + 1), "operator": "bench"}
             for m in range(LONG_SNAPSHOTS)]
    with store.transaction() as s:
        s.execute(insert(LiveTally), rows)
        s.execute(insert(ViewerSnapshot), snaps)
    return info


def _page_open(store: Store, actor: Actor, info: live.SessionInfo) -> tuple[list[float], list[float]]:
    from PySide6.QtWidgets import QApplication

    from ocop_desk.fair.events import get_event
    from ui.common.context import AppContext
    from ui.live.page import LivePage

    app = QApplication.instance() or QApplication([])
    ctx = AppContext(store, actor)
    ctx.select(get_event(store, 1), FIRST_DAY)
    service = [t for t in (_timed(lambda: live.session_detail(store, info.id)) for _ in range(9))]
    pages = []
    for _ in range(9):
        page = LivePage(ctx)
        page.resize(1060, 700)
        t0 = time.perf_counter()
        page.refresh()  # what showing the page does: the day's sessions, the live one's detail, tiles...
        page.ensure_chart()  # ...and the chart, drawn right after (QtCharts itself was imported above)
        pages.append(time.perf_counter() - t0)
        assert page.detail is not None and page.detail.info.id == info.id
        assert page.detail.totals.events == LONG_EVENTS
        assert page.chart is not None and page.chart.point_count() == LONG_SNAPSHOTS
        page.deleteLater()
        app.processEvents()
    return service, pages


def _fsync_floor(folder: Path) -> float:
    """The disk's own fsync time right now: no durable commit can be faster (shared machines vary)."""
    import os

    path = folder / "fsync-probe"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT)
    samples = []
    try:
        for _ in range(200):
            os.write(fd, b"x")
            t0 = time.perf_counter()
            os.fsync(fd)
            samples.append(time.perf_counter() - t0)
    finally:
        os.close(fd)
    return percentile(samples, 50)


def _timed(fn: object) -> float:
    t0 = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - t0


def run() -> list[Result]:
    actor = Actor(operator="bench", station="live-1")
    with tempfile.TemporaryDirectory() as tmp:
        db = large_fair(copy_to=Path(tmp) / "fair.sqlite3")
        store = Store.open(db)
        try:
            floor = _fsync_floor(Path(tmp))
            samples = _count_latency(store, actor)
            t0 = time.perf_counter()
            info = _long_session(store, actor)
            build = time.perf_counter() - t0
            chart_import = _timed(lambda: __import__("ui.live.chart"))  # paid once, before the first page
            service, pages = _page_open(store, actor, info)
        finally:
            store.close()
    ms = 1000
    return [
        Result("live count, key press to durable commit (p99 of 2,000)", percentile(samples, 99) * ms, "ms", 5,
               note=f"p50 {percentile(samples, 50) * ms:.2f} ms, synchronous=FULL; "
                    f"this disk's bare fsync p50 {floor * ms:.2f} ms"),
        Result("4-hour session (10,000 counts, 50 snapshots): totals + chart ready", median(pages) * ms, "ms", 100,
               note=f"page refresh, median of 9 (day list of 200 sessions incl.); "
                    f"session_detail alone {median(service) * ms:.1f} ms"),
        Result("first open: QtCharts import (paid once per run)", chart_import * ms, "ms",
               note=f"session built in {build:.1f} s"),
    ]
