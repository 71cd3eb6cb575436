"""Four stations in four processes on one fair, through the real services: 4 × 250 check-ins (`check_in`) racing
for the same booths, and 4 × 250 counts (`add_count`) on the same products of one live session. The database's
constraints and transactions decide: exactly one check-in per booth and day, every other station told who won,
and no count lost or doubled — on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from sqlalchemy import func, select

from ocop_desk.fair.events import resolve_event
from ocop_desk.live import service as live
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import AuditEntry, Booth, CheckIn, EventDay, LiveTally
from tests.conftest import DEMO_DAY
from tests.stations import add_booths, run_stations, service_station

STATIONS, SCANS = 4, 250
BOOTHS = 100  # × 3 demo days = 300 booth-days; each station scans 250 of them, so most are hit 3-4 times
SHARED_PRODUCTS = ["CHA-CHIA-HL", "8936012340037", "MAT-ONG-TH"]


def test_four_stations_collide_and_nothing_is_lost_or_doubled(demo_target: str, backend: str) -> None:
    s = Store.open(demo_target)
    try:
        event = resolve_event(s)
        codes = add_booths(s, event.id, BOOTHS)
        days = [(DEMO_DAY + dt.timedelta(days=i)).isoformat() for i in range(3)]
        pairs = [(code, day) for code in codes for day in days]
        info = live.start_session(s, Actor("Lan", station="live"), event.id, DEMO_DAY, hosts=["Quang Linh"],
                                  product_refs=SHARED_PRODUCTS)
        products = tuple(p.product_id for p in info.products)
        results = run_stations(demo_target, service_station, STATIONS, event_id=event.id, pairs=pairs,
                               scans=SCANS, session_id=info.id, products=products)
        with s.reading() as session:
            rows = session.execute(
                select(CheckIn.id, Booth.code, EventDay.day, CheckIn.checked_in_at, CheckIn.operator, CheckIn.station)
                .join(Booth, CheckIn.booth_id == Booth.id).join(EventDay, CheckIn.event_day_id == EventDay.id)
                .where(Booth.code.in_(codes))).all()
            stored = {(code, day.isoformat()): (cid, at, op, station) for cid, code, day, at, op, station in rows}
            assert len(stored) == len(rows)
            checkin_audits = session.scalar(select(func.count()).select_from(AuditEntry).where(
                AuditEntry.action == "check_in", AuditEntry.entity_id.in_(
                    select(Booth.id).where(Booth.code.in_(codes)))))
            tally_rows = dict(session.execute(select(LiveTally.id, LiveTally.quantity)
                                              .where(LiveTally.session_id == info.id)).all())
        totals = live.session_totals(s, info.id)
    finally:
        s.close()

    # Check-ins: every booth-day scanned at least once has exactly one row (the unique constraint allows no
    # more), and exactly one station was told "checked_in" for it.
    scanned = {(c["code"], c["day"]) for r in results for c in r["checkins"]}
    assert len(scanned) == len(stored) and set(stored) == scanned
    answers = [c for r in results for c in r["checkins"]]
    assert len(answers) == STATIONS * SCANS
    assert {c["state"] for c in answers} <= {"checked_in", "already"}
    winners = Counter((c["code"], c["day"]) for c in answers if c["state"] == "checked_in")
    assert len(winners) == len(stored) and set(winners.values()) == {1}
    assert checkin_audits == len(stored)  # one audit entry per check-in stored, none for the refused ones
    collided = Counter((c["code"], c["day"]) for c in answers)
    assert max(collided.values()) == STATIONS and sum(1 for n in collided.values() if n > 1) > len(stored) // 2
    # Every answer names the stored row: the winner's own, and each "already" the winner's time, operator, station.
    by_station = {r["station"]: r["operator"] for r in results}
    for c in answers:
        cid, at, operator, station = stored[(c["code"], c["day"])]
        assert (c["checkin_id"], c["by"], c["station"]) == (cid, operator, station), c
        assert dt.datetime.fromisoformat(c["at"]) == at, c
        assert by_station[station] == operator
    per_station_wins = Counter(station for _, _, _, station in stored.values())
    assert sum(per_station_wins.values()) == len(stored) and len(per_station_wins) > 1  # a real race, not a queue

    # Counts: every acknowledged count is a row, no row was not acknowledged, and the totals are their sum.
    acknowledged = [c for r in results for c in r["counts"]]
    assert len(acknowledged) == STATIONS * SCANS
    assert {c["id"]: c["quantity"] for c in acknowledged} == tally_rows
    expected: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for c in acknowledged:
        expected[c["product_id"]][0] += c["quantity"]
        expected[c["product_id"]][1] += c["orders"]
    assert {p.product_id: [p.items, p.orders] for p in totals.products} == expected
    assert totals.items == sum(c["quantity"] for c in acknowledged)
    assert totals.orders == STATIONS * SCANS and totals.events == STATIONS * SCANS

