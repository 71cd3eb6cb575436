"""Several stations on one PostgreSQL server over loopback (a durable cluster: fsync on).

1. 4 stations × 250 check-ins at once, each a separate process going through `check_in` (the desk's own
   service), on a fair of 210 booths × 5 days, each station in its own order over overlapping booths, so some
   booths are scanned by several stations at the same moment. Afterwards: zero lost records (every
   "checked_in" answer is a stored row with that station's name, every scanned booth-day has its row) and zero
   duplicated (no booth-day with two rows, or two stations told "checked_in"); p50/p99 of every check-in.
2. Whole-event Excel export of the large fair from PostgreSQL (copied there with `db copy`) beside the same
   export from the SQLite file, in the same run, alternating, each in a fresh subprocess; median of 3.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bench.bench_export import _EXPORT, _run
from bench.bench_postgres import PgCommitFloor, fresh_database, pg_server
from bench.fair import large_fair
from bench.harness import Result, median, percentile, rounds
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import Booth, CheckIn, EventDay
from tests.stations import add_booths, run_stations, service_station

STATIONS, SCANS, BOOTHS, DAYS = 4, 250, 200, 5
EXPORT_ROUNDS = 3
# Stations at a fair scan when a person holds up a card (a second or more apart); 40 ms apart is 100 check-ins
# a second across the 4 stations, far beyond any morning, yet leaves the 2-core bench machine room to answer.
# The flat-out run (each station's next scan the moment the last one returns) is printed beside it: there
# 4 Python processes and their 4 server backends queue for 2 cores, so its tail is mostly the CPU queue.
PACE = 0.040
PACED_RUNS = 3  # the bench machine is shared: the median of 3 runs' p99, each run's printed beside it
FLOOR_COMMITS = 200
# The paced stations' p99 ÷ a bare INSERT+COMMIT's p99 on the same server just before each run: the stations
# add 4 processes' CPU, SQLAlchemy, a query and an audit row per check-in, and the races. The old absolute
# target was 20 ms against a 3-5 ms commit; 6× keeps that, and scales with the disk. At a load average of 8
# on the 2-core bench machine the paced run cannot keep its pace (p50 above 40 ms) and shows ~10×: the note
# says so when it happens.
STATIONS_RATIO_TARGET = 6.0


def _stations(url: str, pace: float) -> dict[str, Any]:
    """One run on a fresh database: the 4 stations' check-ins, then what the database holds."""
    from ocop_desk.fair.demo import load_demo

    first = dt.date(2026, 10, 14)
    store = Store.open(url)
    try:
        event_id = load_demo(store, Actor("bench"), first_day=first, days=DAYS).event_id
        codes = add_booths(store, event_id, BOOTHS)
        pairs = [(c, (first + dt.timedelta(days=d)).isoformat()) for c in codes for d in range(DAYS)]
        results = run_stations(url, service_station, STATIONS, timeout=300, event_id=event_id, pairs=pairs,
                               scans=SCANS, pace=pace)
        with store.reading() as session:
            rows = session.execute(
                select(CheckIn.id, Booth.code, EventDay.day, CheckIn.station)
                .join(Booth, CheckIn.booth_id == Booth.id).join(EventDay, CheckIn.event_day_id == EventDay.id)
                .where(Booth.code.in_(codes))).all()
    finally:
        store.close()
    stored = Counter((code, day.isoformat()) for _, code, day, _ in rows)
    by_id = {cid: (code, day.isoformat(), station) for cid, code, day, station in rows}
    answers = [(r["station"], c) for r in results for c in r["checkins"]]
    won = [(station, c) for station, c in answers if c["state"] == "checked_in"]
    scanned = {(c["code"], c["day"]) for _, c in answers}
    # lost: a station was told "checked_in" but its row is not there, or a scanned booth-day has no row
    lost = sum(1 for station, c in won if by_id.get(c["checkin_id"]) != (c["code"], c["day"], station))
    lost += len(scanned - set(stored))
    # duplicated: a booth-day with two rows, or two stations both told they checked it in
    duplicated = sum(n - 1 for n in stored.values() if n > 1)
    duplicated += sum(n - 1 for n in Counter((c["code"], c["day"]) for _, c in won).values() if n > 1)
    return {"lost": lost, "duplicated": duplicated, "latencies": [x for r in results for x in r["latencies"]],
            "answers": len(answers), "stored": len(stored),
            "collided": sum(1 for n in Counter((c["code"], c["day"]) for _, c in answers).values() if n > 1)}


def _floor_p99(url: str) -> float:
    floor = PgCommitFloor(url)
    try:
        for _ in range(FLOOR_COMMITS):
            floor.one()
    finally:
        floor.close()
    return floor.p99()


def _station_results(runs: list[dict[str, Any]], pace: float, floors: list[float]) -> list[Result]:
    how = f"a scan every {pace * 1000:.0f} ms per station" if pace else "flat out, no pause between scans"
    p99s = [percentile(r["latencies"], 99) * 1000 for r in runs]
    p50s = [median(r["latencies"]) * 1000 for r in runs]
    worst = max(max(r["latencies"]) for r in runs) * 1000
    each = " / ".join(f"{x:.1f}" for x in p99s)
    behind = " (p50 above the pace: this machine could not keep up, the tail is its CPU queue)" \
        if pace and median(p50s) > pace * 1000 else ""
    note = (f"p50 {median(p50s):.2f} ms{behind}; p99 of each run {each} ms; max {worst:.0f} ms (a station's first scan); "
            f"per run {runs[0]['answers']} check-ins, ~{runs[0]['stored']} stored, "
            f"~{runs[0]['collided']} booth-days scanned by 2+ stations")
    runs_text = f", median of {len(runs)} runs" if len(runs) > 1 else ""
    name = f"PostgreSQL: {STATIONS} stations × {SCANS} check-ins ({how}), p99{runs_text}"
    judged = (Result.ratio(name + " ÷ bare INSERT+COMMIT p99", median(p99s), median(floors) * 1000, "ms",
                           STATIONS_RATIO_TARGET, "bare commit", note=note)
              if pace else Result(name, median(p99s), "ms", note=note + " (no target: the CPU queue)"))
    return [
        judged,
        Result(f"PostgreSQL: {STATIONS} stations ({how}), check-ins lost", sum(r["lost"] for r in runs), "rows", 0),
        Result(f"PostgreSQL: {STATIONS} stations ({how}), check-ins duplicated",
               sum(r["duplicated"] for r in runs), "rows", 0),
    ]


def _export(pg_url: str, sqlite_path: Path) -> list[Result]:
    pg_times: list[float] = []
    sqlite_times: list[float] = []
    cells = {}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(rounds(EXPORT_ROUNDS, 1)):  # alternating, so both see the same machine load
            for name, target, times in (("sqlite", str(sqlite_path), sqlite_times), ("pg", pg_url, pg_times)):
                out = _run(_EXPORT, target, str(Path(tmp) / f"{name}{i}.xlsx"))
                times.append(out["seconds"])
                cells[name] = int(out["cells"])
        differing = _differing_parts(Path(tmp) / "sqlite0.xlsx", Path(tmp) / "pg0.xlsx")
    ratio = median(pg_times) / median(sqlite_times)
    return [
        Result(f"export_workbook PostgreSQL ÷ SQLite, whole event of the large fair (median of {len(pg_times)})", ratio, "×", 1.2,
               note=f"PostgreSQL {median(pg_times):.2f} s, SQLite {median(sqlite_times):.2f} s; "
                    f"{cells['pg']:,} / {cells['sqlite']:,} cells"),
        Result("whole-event export: workbook parts differing, PostgreSQL vs SQLite", len(differing), "parts", 0,
               note=", ".join(differing) or "every sheet, chart and style byte-identical (the creation time "
                                           "and the summary's export time left out)"),
    ]


# The summary sheet says when the workbook was exported ("Exported 14/10/2026 09:41"); the two exports run
# seconds apart, so that time is masked there (dates in the data are numbers, not text, and stay compared).
_SUMMARY_SHEET = "xl/worksheets/sheet1.xml"
_SHOWN_TIME = re.compile(rb"\d{2}/\d{2}/\d{4} \d{2}:\d{2}")


def _part(archive: zipfile.ZipFile, name: str) -> bytes:
    data = archive.read(name)
    return _SHOWN_TIME.sub(b"<time>", data) if name == _SUMMARY_SHEET else data


def _differing_parts(a: Path, b: Path) -> list[str]:
    """The parts of two .xlsx files whose bytes differ (the document's creation time and the summary's export
    time aside)."""
    with zipfile.ZipFile(a) as za, zipfile.ZipFile(b) as zb:
        names = set(za.namelist()) | set(zb.namelist())
        names.discard("docProps/core.xml")
        return sorted(n for n in names if n not in za.namelist() or n not in zb.namelist()
                      or _part(za, n) != _part(zb, n))


def run() -> list[Result]:
    from ocop_desk.store.dbcopy import copy_database

    results: list[Result] = []
    fair = large_fair()
    with pg_server() as server:
        for pace, times in ((PACE, rounds(PACED_RUNS, 1)), (0.0, 1)):
            runs, floors = [], []
            for _ in range(times):
                with fresh_database(server) as url:
                    floors.append(_floor_p99(url))
                    runs.append(_stations(url, pace))
            results += _station_results(runs, pace, floors)
        with fresh_database(server) as url:
            copy_database(fair, url)
            results += _export(url, fair)
    return results
