"""Online backup of the large sample fair while booths keep being checked in.

A writer thread checks booths in through `store.transaction()` (a check-in row + its audit entry per unit
of work, as the check-in desk does) without pause; meanwhile the app's rolling backup runs. Targets:
the backup takes ≤ 2 s, and check-in p99 latency while it runs stays ≤ 20 ms.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import threading
import time
from pathlib import Path

from sqlalchemy import insert, select

from bench.fair import large_fair
from bench.harness import Result, percentile

ROUNDS = 20


def run() -> list[Result]:
    tmp = Path(tempfile.mkdtemp(prefix="bench-backup-"))
    os.environ["OCOP_DESK_DATA"] = str(tmp / "data")  # backups go under the data folder
    from ocop_desk.store import backup
    from ocop_desk.store.database import Store
    from ocop_desk.store.models import AuditEntry, Booth, CheckIn, EventDay

    db = large_fair(copy_to=tmp / "fair.sqlite3")
    store = Store.open(db)
    with store.transaction() as s:  # more days, so the writer never runs out of booths to check in
        last = s.scalar(select(EventDay.day).order_by(EventDay.day.desc()).limit(1))
        assert last is not None
        s.execute(insert(EventDay), [{"event_id": 1, "day": last + dt.timedelta(days=i + 1)} for i in range(40)])
    with store.reading() as s:
        booths = s.scalars(select(Booth.id).order_by(Booth.id)).all()
        days = s.scalars(select(EventDay.id).order_by(EventDay.id)).all()[5:]
    slots = iter([(b, d) for d in days for b in booths])
    latencies: list[tuple[float, float]] = []  # (finished at, seconds)
    stop = threading.Event()

    def writer() -> None:
        while not stop.is_set():
            booth, day = next(slots)
            t0 = time.perf_counter()
            with store.transaction() as s:
                s.add(CheckIn(booth_id=booth, event_day_id=day, status="present",
                              checked_in_at=dt.datetime.now(dt.UTC), operator="bench", station="desk-1"))
                s.add(AuditEntry(action="check_in", entity="booth", entity_id=booth, event_id=1, operator="bench"))
            t1 = time.perf_counter()
            latencies.append((t1, t1 - t0))

    thread = threading.Thread(target=writer, name="check-in desk")
    thread.start()
    time.sleep(1.5)
    baseline = [lat for _, lat in latencies]
    windows = []
    sizes = []
    for _ in range(ROUNDS):
        time.sleep(0.3)
        t0 = time.perf_counter()
        info = backup.make_backup(store, "auto")
        t1 = time.perf_counter()
        windows.append((t0, t1))
        sizes.append(info.size)
    time.sleep(0.3)
    stop.set()
    thread.join()
    during = [lat for end, lat in latencies if any(a <= end - lat and end - lat <= b for a, b in windows)
              or any(a <= end <= b for a, b in windows)]
    t0 = time.perf_counter()
    preview = backup.inspect_backup(info.path)
    verify = time.perf_counter() - t0
    store.close()
    durations = [b - a for a, b in windows]
    return [
        Result("online backup of the large fair (worst of 20, writer running)", max(durations), "s", 2.0,
               note=f"{sizes[-1] / 1e6:.0f} MB, runs {', '.join(f'{d:.2f}' for d in durations)} s"),
        Result("check-in p99 latency during the backups", percentile(during, 99) * 1000, "ms", 20.0,
               note=f"{len(during)} check-ins committed during the backups"),
        Result("check-in p99 latency without a backup", percentile(baseline, 99) * 1000, "ms",
               note=f"{len(baseline)} check-ins"),
        Result("check-in max latency during the backups", max(during) * 1000, "ms"),
        Result("verify a backup (integrity_check + counts, for the restore preview)", verify, "s",
               note=f"{preview.counts['checkins']} check-ins in the backup"),
    ]
