"""Online backup of the large sample fair while booths keep being checked in.

A writer thread checks booths in through `store.transaction()` (a check-in row + its audit entry per unit
of work, as the check-in desk does) without pause; meanwhile the app's rolling backup runs, alternating with
its floor: sqlite3's backup API copying the same file in one step, then an fsync (what any online copy
costs; ours copies in paced steps so the writer keeps going, and checks what it wrote). Judged as ratios in
the same run: the backup ÷ that floor, and the check-in p99 while backups run ÷ the same writer's p99 before
any backup started.
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
from bench.harness import Result, median, percentile, rounds

ROUNDS = 20
# Measured on the loaded 2-core machine: the paced backup takes about as long as the one-step copy (1.0×: its
# pauses hide behind the copying), and the writer's p99 during backups is 1.4× its p99 before. Targets with
# room for a noisier machine: 2.5× and 3×; the first fails when the backup's steps or pauses grow, the
# second when it stops pacing itself and the writer stalls behind it.
BACKUP_RATIO_TARGET = 2.5
DURING_RATIO_TARGET = 3.0


def _bare_backup(source: Path, target: Path) -> None:
    """The floor: sqlite3's backup API in one step from a read-only connection, then an fsync."""
    import sqlite3

    target.unlink(missing_ok=True)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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
    floors = []
    for _ in range(rounds(ROUNDS, 5)):
        time.sleep(0.3)
        t0 = time.perf_counter()
        info = backup.make_backup(store, "auto")
        t1 = time.perf_counter()
        windows.append((t0, t1))
        sizes.append(info.size)
        time.sleep(0.3)
        t0 = time.perf_counter()
        _bare_backup(db, tmp / "bare.sqlite3")
        floors.append(time.perf_counter() - t0)
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
    ms = 1000
    return [
        Result.ratio(f"backup.make_backup of the large fair, writer running ÷ one-step sqlite3 backup + fsync "
                     f"(medians of {len(durations)})", median(durations), median(floors), "s", BACKUP_RATIO_TARGET,
                     "floor", note=f"{sizes[-1] / 1e6:.0f} MB; worst {max(durations):.2f} s; runs "
                                   f"{', '.join(f'{d:.2f}' for d in durations)} s"),
        Result.ratio("check-in unit of work p99 while backups run ÷ the same writer's p99 before any backup",
                     percentile(during, 99) * ms, percentile(baseline, 99) * ms, "ms", DURING_RATIO_TARGET,
                     "before", note=f"{len(during)} / {len(baseline)} check-ins; max during "
                                    f"{max(during) * ms:.0f} ms"),
        Result("verify a backup (integrity_check + counts, for the restore preview)", verify, "s",
               note=f"{preview.counts['checkins']} check-ins in the backup"),
    ]
