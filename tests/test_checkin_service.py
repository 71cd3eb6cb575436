from __future__ import annotations

import datetime as dt
import json
import multiprocessing
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ocop_desk.checkin import desk
from ocop_desk.core.errors import DomainError, NotFound
from ocop_desk.core.payloads import booth_payload, lot_uri
from ocop_desk.fair.events import event_day_id
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import AuditEntry, BoothDay, CheckIn
from tests.conftest import DEMO_DAY

EVENT = 1


def checkin_rows(store: Store) -> int:
    with store.reading() as s:
        return s.scalar(select(func.count(CheckIn.id))) or 0


def test_typed_code_checks_in_then_already_without_a_second_record(demo_store: Store, actor: Actor) -> None:
    first = desk.check_in(demo_store, actor, EVENT, DEMO_DAY, " a01 ")
    assert first.state == "checked_in"
    assert first.booth is not None and first.booth.code == "A01" and first.booth.zone == "Khu A"
    assert first.booth.producer == "Cơ sở Chả chìa Hạ Lũng Bác Hoạt"
    assert first.at is not None and first.at.tzinfo is not None and first.by == "Nguyễn Thu Hà"
    other = Actor(operator="Trần Lan", station="desk-2")
    again = desk.check_in(demo_store, other, EVENT, DEMO_DAY, "A01")
    assert again.state == "already"
    assert (again.at, again.by, again.station, again.checkin_id) == (first.at, "Nguyễn Thu Hà", "desk-1",
                                                                     first.checkin_id)
    assert checkin_rows(demo_store) == 1
    # the next day is a new day
    assert desk.check_in(demo_store, other, EVENT, DEMO_DAY + dt.timedelta(days=1), "A01").state == "checked_in"


def test_booth_card_payload_and_wrong_scans(demo_store: Store, actor: Actor) -> None:
    outcome = desk.check_in(demo_store, actor, EVENT, DEMO_DAY, booth_payload(EVENT, "b02"))
    assert outcome.state == "checked_in" and outcome.booth and outcome.booth.code == "B02"
    foreign = desk.check_in(demo_store, actor, EVENT, DEMO_DAY, booth_payload(7, "B03"))
    assert foreign.state == "unknown" and "another event" in foreign.reason
    lot = lot_uri("https://x.vn", lot="L1", gtin=None, product_code="P", expires=None)
    assert desk.check_in(demo_store, actor, EVENT, DEMO_DAY, lot).state == "unknown"
    assert desk.check_in(demo_store, actor, EVENT, DEMO_DAY, "Z99").state == "unknown"
    assert desk.check_in(demo_store, actor, EVENT, DEMO_DAY, "").state == "unknown"
    assert checkin_rows(demo_store) == 1


def test_not_registered_for_the_day(demo_store: Store, actor: Actor) -> None:
    with demo_store.transaction() as s:
        s.add(BoothDay(booth_id=3, event_day_id=event_day_id(s, EVENT, DEMO_DAY + dt.timedelta(days=1))))
    outcome = desk.check_in(demo_store, actor, EVENT, DEMO_DAY, "A03")
    assert outcome.state == "not_registered" and outcome.booth and outcome.booth.code == "A03"
    assert checkin_rows(demo_store) == 0
    assert desk.check_in(demo_store, actor, EVENT, DEMO_DAY + dt.timedelta(days=1), "A03").state == "checked_in"
    tiles = {t.booth.code: t for t in desk.board(demo_store, EVENT, DEMO_DAY)}
    assert tiles["A03"].status == "off" and not tiles["A03"].registered


def test_day_outside_the_event_is_refused(demo_store: Store, actor: Actor) -> None:
    with pytest.raises(DomainError, match="not a day of this event"):
        desk.check_in(demo_store, actor, EVENT, dt.date(2020, 1, 1), "A01")


def test_undo_deletes_and_is_audited(demo_store: Store, actor: Actor) -> None:
    outcome = desk.check_in(demo_store, actor, EVENT, DEMO_DAY, "C01")
    assert outcome.checkin_id is not None
    info = desk.undo_check_in(demo_store, Actor("Lan", "desk-2"), outcome.checkin_id)
    assert info.code == "C01" and checkin_rows(demo_store) == 0
    with demo_store.reading() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry is not None and entry.action == "undo" and entry.operator == "Lan"
    assert json.loads(entry.details or "{}")["booth"] == "C01"
    with pytest.raises(NotFound):
        desk.undo_check_in(demo_store, actor, outcome.checkin_id)
    assert desk.check_in(demo_store, actor, EVENT, DEMO_DAY, "C01").state == "checked_in"


def test_board_statuses_and_counts(demo_store: Store, actor: Actor) -> None:
    desk.check_in(demo_store, actor, EVENT, DEMO_DAY, "A01")
    desk.check_in(demo_store, actor, EVENT, DEMO_DAY, "A02")
    desk.set_status(demo_store, actor, EVENT, DEMO_DAY, "a02", "left")
    desk.set_status(demo_store, actor, EVENT, DEMO_DAY, "B01", "absent")
    rows = desk.board(demo_store, EVENT, DEMO_DAY)
    assert [r.booth.code for r in rows][:4] == ["A01", "A02", "A03", "A04"]
    status = {r.booth.code: r.status for r in rows}
    assert status["A01"] == "present" and status["A02"] == "left" and status["B01"] == "absent"
    assert status["C02"] == "expected"
    counts = desk.board_counts(rows)
    assert (counts.present, counts.expected, counts.left, counts.absent, counts.waiting) == (1, 10, 1, 1, 7)
    # an absent booth that turns up after all is checked in
    late = desk.check_in(demo_store, actor, EVENT, DEMO_DAY, "B01")
    assert late.state == "checked_in" and checkin_rows(demo_store) == 3
    with pytest.raises(DomainError):
        desk.set_status(demo_store, actor, EVENT, DEMO_DAY, "A01", "gone")
    with pytest.raises(NotFound):
        desk.set_status(demo_store, actor, EVENT, DEMO_DAY, "Q1", "left")


def test_every_change_is_audited_with_the_operator(demo_store: Store, actor: Actor) -> None:
    desk.check_in(demo_store, actor, EVENT, DEMO_DAY, "A01")
    desk.check_in(demo_store, actor, EVENT, DEMO_DAY, "A01")  # no change, no entry
    desk.set_status(demo_store, actor, EVENT, DEMO_DAY, "A01", "left")
    with demo_store.reading() as s:
        rows = s.execute(select(AuditEntry.action, AuditEntry.operator, AuditEntry.station)
                         .where(AuditEntry.entity == "booth").order_by(AuditEntry.id)).all()
    assert [tuple(r) for r in rows] == [("check_in", "Nguyễn Thu Hà", "desk-1"),
                                        ("set_status", "Nguyễn Thu Hà", "desk-1")]


@pytest.mark.parametrize(("query", "code", "matched"), [
    ("cha chia", "A01", ""),
    ("CHẢ CHÌA", "A01", ""),
    ("dong trung", "B02", ""),
    ("say kho", "B02", "Đông trùng hạ thảo Phúc Khang sấy khô"),
    ("mat ong", "B03", "Mật ong Tùng Hằng"),
    ("0912345671", "A01", ""),
    ("b04", "B04", ""),
    ("nuoc mam 40", "B01", "Nước mắm Cát Hải 40 độ đạm"),
])
def test_accent_free_search(demo_store: Store, query: str, code: str, matched: str) -> None:
    hits = desk.search(demo_store, EVENT, query)
    assert hits and hits[0].booth.code == code
    assert hits[0].matched == matched


def test_search_ranks_exact_code_first_and_escapes_wildcards(demo_store: Store) -> None:
    hits = desk.search(demo_store, EVENT, "a0")
    assert [h.booth.code for h in hits] == ["A01", "A02", "A03", "A04"]
    assert desk.search(demo_store, EVENT, "%") == []
    assert desk.search(demo_store, EVENT, "   ") == []
    assert len(desk.search(demo_store, EVENT, "hai phong", limit=3)) == 3


def test_booth_detail_shows_products_days_and_history(demo_store: Store, actor: Actor) -> None:
    desk.check_in(demo_store, actor, EVENT, DEMO_DAY, "B01")
    detail = desk.booth_detail(demo_store, EVENT, "b01")
    assert detail.booth.producer == "Công ty CP Chế biến Thủy sản Cát Hải"
    assert len(detail.products) == 3 and detail.products[0].name.startswith("Mắm tôm")
    assert [d.status for d in detail.days] == ["present", "expected", "expected"]
    assert detail.history[0].action == "check_in" and detail.history[0].operator == "Nguyễn Thu Hà"


def _race(db: str, station: str, barrier, out) -> None:  # type: ignore[no-untyped-def]
    store = Store.open(db)
    barrier.wait()
    outcome = desk.check_in(store, Actor(operator=station, station=station), EVENT, DEMO_DAY, "A04")
    out.put((outcome.state, outcome.by))
    store.close()


def test_two_processes_scanning_the_same_booth_make_one_record(demo_db_path: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    barrier, out = ctx.Barrier(4), ctx.Queue()
    procs = [ctx.Process(target=_race, args=(str(demo_db_path), f"desk-{i}", barrier, out)) for i in range(4)]
    for p in procs:
        p.start()
    results = [out.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    states = sorted(r[0] for r in results)
    assert states == ["already", "already", "already", "checked_in"]
    winner = next(r[1] for r in results if r[0] == "checked_in")
    assert all(r[1] == winner for r in results)
    store = Store.open(demo_db_path)
    assert checkin_rows(store) == 1
    store.close()
