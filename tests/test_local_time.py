"""Times are stored in UTC and shown and exported in the laptop's local time. The suite runs in Vietnam's
time (UTC+7, tests/conftest.py), so a time written in UTC instead of local time is seven hours off and fails
here, in the workbook, in the CLI run as a separate process, and in what a child process inherits."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import select, update

from ocop_desk.checkin import desk
from ocop_desk.fair.events import resolve_event
from ocop_desk.live import service as live
from ocop_desk.reports.export import export_workbook
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import CheckIn, LiveSession
from tests.conftest import DEMO_DAY

ROOT = Path(__file__).resolve().parent.parent
ARRIVED = dt.datetime(2026, 10, 14, 1, 30, tzinfo=dt.UTC)  # 08:30 at the fair
PACKED_UP = dt.datetime(2026, 10, 14, 10, 5, tzinfo=dt.UTC)  # 17:05
LIVE_FROM = dt.datetime(2026, 10, 13, 18, 0, tzinfo=dt.UTC)  # 01:00 on the 14th: a day earlier in UTC


def test_the_suite_and_its_child_processes_run_in_vietnam_time() -> None:
    assert os.environ["TZ"] == "Asia/Ho_Chi_Minh"
    assert ARRIVED.astimezone().utcoffset() == dt.timedelta(hours=7)
    child = subprocess.run([sys.executable, "-c", "import datetime as d; print(d.datetime.now().astimezone().strftime('%z'))"],
                           capture_output=True, text=True, timeout=60, check=True)
    assert child.stdout.strip() == "+0700"


def record_known_times(store: Store, actor: Actor) -> int:
    event = resolve_event(store)
    desk.check_in(store, actor, event.id, DEMO_DAY, "A01")
    info = live.start_session(store, actor, event.id, DEMO_DAY, hosts=["Quang Linh"], product_refs=["CHA-CHIA-HL"])
    with store.transaction() as session:
        session.execute(update(CheckIn).values(checked_in_at=ARRIVED, left_at=PACKED_UP, status="left"))
        session.execute(update(LiveSession).where(LiveSession.id == info.id).values(started_at=LIVE_FROM))
    with store.reading() as session:
        assert session.scalar(select(CheckIn.checked_in_at)) == ARRIVED
    return event.id


def rows_of(ws: Any) -> list[dict[str, Any]]:
    header = [c.value for c in ws[2]]
    return [dict(zip(header, row, strict=False)) for row in ws.iter_rows(min_row=3, values_only=True)]


def test_exported_times_are_local(demo_store: Store, actor: Actor, tmp_path: Path) -> None:
    event_id = record_known_times(demo_store, actor)
    out = export_workbook(demo_store, event_id, tmp_path / "tong-hop.xlsx").path
    wb = load_workbook(out)
    checkin = next(r for r in rows_of(wb["Check-ins"]) if r["Booth"] == "A01")
    assert (checkin["Checked in at"], checkin["Left at"]) == (dt.datetime(2026, 10, 14, 8, 30),
                                                              dt.datetime(2026, 10, 14, 17, 5))
    session = next(r for r in rows_of(wb["Live sessions"]) if r["Hosts"] == "Quang Linh")
    assert session["Started"] == dt.datetime(2026, 10, 14, 1, 0)


def test_the_cli_shows_local_times(demo_store: Store, demo_db_path: Path, actor: Actor) -> None:
    record_known_times(demo_store, actor)
    demo_store.close()
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "en", "--db", str(demo_db_path),
                           "checkin", "A01", "--day", DEMO_DAY.isoformat()],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    said = done.stdout + done.stderr  # the booth has left: the CLI says when it came and when it went
    assert "checked in at 08:30, then left at 17:05" in said, said
    assert "01:30" not in said and "10:05" not in said  # not the UTC instants
