"""Activity rows for the summary and export tests, written straight through the ORM.

The check-in, labels and livestream services live on other branches; these rows have the shapes those
services write (one check-in per booth and day, lots, print jobs, sessions with signed tally rows and
snapshots), with the awkward cases in: booths registered for some days only, a booth that left, an
explicit absence, a correction and an undo, sessions without platform figures, a lot without a day.
`reference_figures` recomputes every figure in plain Python from all the raw rows, for comparison.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from ocop_desk.fair.catalog import add_producer, add_product
from ocop_desk.reports.summary import day_bounds
from ocop_desk.store.database import Store
from ocop_desk.store.models import (
    AuditEntry,
    Booth,
    BoothDay,
    CheckIn,
    Event,
    EventDay,
    LiveHost,
    LiveSession,
    LiveSessionProduct,
    LiveTally,
    Lot,
    PrintJob,
    Producer,
    Product,
    ViewerSnapshot,
)

# Values a user could type that a spreadsheet would run as formulas.
INJECTIONS = ["=HYPERLINK(\"http://evil.example\",\"bấm\")", "+SUM(1,2)", "-2+3", "@cmd|' /C calc'!A0",
              "\t=1+1", "\r=1+1", "=1+1"]


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """A local wall-clock time on `day`, as the aware UTC the store keeps."""
    return (day_bounds(day)[0] + dt.timedelta(hours=hour, minutes=minute)).astimezone(dt.UTC)


def add_activity(store: Store, event_id: int, *, injections: bool = False) -> None:
    """Three days of activity on the sample fair (first two days busy, the third quiet)."""
    with store.transaction() as s:
        days = list(s.execute(select(EventDay.id, EventDay.day).where(EventDay.event_id == event_id)
                              .order_by(EventDay.day)))
        (d1, day1), (d2, day2), (d3, day3) = days[:3]
        booths = {b.code: b for b in s.scalars(select(Booth).where(Booth.event_id == event_id))}
        products = {p.code: p for p in s.scalars(select(Product))}
        # A producer from another province, with a booth and an unrated product.
        nd = add_producer(s, code="ND-01", name="HTX Nông sản Giao Thủy", province="Nam Định",
                          address="Giao Thủy, Nam Định")
        nd_product = add_product(s, code="ND-NGHEU", name="Ngao Giao Thủy", producer=nd, price=60_000)
        s.flush()
        booth_nd = Booth(event_id=event_id, code="D01", zone="Khu D", producer_id=nd.id)
        s.add(booth_nd)
        s.flush()
        booths["D01"] = booth_nd
        products["ND-NGHEU"] = nd_product
        if injections:
            event = s.get(Event, event_id)
            assert event is not None
            event.name = INJECTIONS[6] + " " + event.name
            event.venue = INJECTIONS[1]
            booths["A01"].zone = INJECTIONS[0]
            nd.name = INJECTIONS[1]
            nd_product.name = INJECTIONS[2]

        # Registered days: A01 only on days 1-2, C02 only on day 3, D01 only on day 2; the rest every day.
        s.add_all([BoothDay(booth_id=booths["A01"].id, event_day_id=d1), BoothDay(booth_id=booths["A01"].id,
                   event_day_id=d2), BoothDay(booth_id=booths["C02"].id, event_day_id=d3),
                   BoothDay(booth_id=booths["D01"].id, event_day_id=d2)])

        def checkin(code: str, day_id: int, day: dt.date, status: str, hour: int, left: int | None = None) -> None:
            s.add(CheckIn(booth_id=booths[code].id, event_day_id=day_id, status=status,
                          checked_in_at=at(day, hour, 15) if status != "absent" else None,
                          left_at=at(day, left) if left else None,
                          operator=INJECTIONS[4] if injections else "Nguyễn Thu Hà",
                          station=INJECTIONS[5] if injections else "desk-1"))

        for code, status, hour, left in [("A01", "present", 7, None), ("A02", "present", 7, None),
                                         ("A03", "left", 8, 15), ("B01", "absent", 8, None),
                                         ("B02", "present", 8, None), ("C02", "present", 9, None)]:
            checkin(code, d1, day1, status, hour, left)
        for code, status, hour, left in [("A01", "present", 7, None), ("A02", "left", 7, 13),
                                         ("B03", "present", 8, None), ("D01", "present", 9, None),
                                         ("C01", "present", 9, None)]:
            checkin(code, d2, day2, status, hour, left)
        checkin("C02", d3, day3, "present", 8)

        def lot(code: str, booth: str | None, day_id: int | None, lot_code: str, qty: int) -> None:
            s.add(Lot(product_id=products[code].id, booth_id=booths[booth].id if booth else None,
                      event_day_id=day_id, lot_code=lot_code, quantity=qty,
                      operator="Nguyễn Thu Hà",
                      produced_on=day1 - dt.timedelta(days=30), expires_on=day1 + dt.timedelta(days=300)))

        lot("CHA-CHIA-HL", "A01", d1, "CC-0901", 40)
        lot("CHA-LA-LOT", "A01", d1, "CLL-01", 25)
        lot("PATE-COT-DEN", "A02", d1, "PCD-7", 120)
        lot("NM-CAT-HAI-40", "B01", d1, "NM40-1", 60)
        lot("CHA-CHIA-HL", "A01", d2, "CC-0902", 30)
        lot("ND-NGHEU", "D01", d2, "NG-1", 15)
        lot("MAT-ONG-TH", "B03", None, "MO-0", 12)  # recorded without a day: counts for the whole event only

        s.add_all([
            PrintJob(event_id=event_id, kind="lot_labels", template="a4-65", destination="/tmp/a.pdf",
                     label_count=65, printed_at=at(day1, 9)),
            PrintJob(event_id=event_id, kind="lot_labels", template="roll", destination="Zebra",
                     label_count=30, printed_at=at(day1, 23, 50)),
            PrintJob(event_id=event_id, kind="booth_cards", template="a4-8", destination="/tmp/b.pdf",
                     label_count=8, printed_at=at(day1, 10)),
            PrintJob(event_id=event_id, kind="lot_labels", template="a4-65", destination="/tmp/c.pdf",
                     label_count=12, printed_at=at(day2, 8)),
        ])

        s1 = LiveSession(event_day_id=d1, platform="tiktok", channel="OCOP Hải Phòng", title=INJECTIONS[6]
                         if injections else "Phiên sáng", started_at=at(day1, 9), ended_at=at(day1, 11),
                         notes=INJECTIONS[0] if injections else None,
                         pf_views=578_000, pf_unique_viewers=300_000, pf_peak_viewers=12_000, pf_reach=20_700_000,
                         pf_sku_orders=40, pf_items_sold=55, pf_gmv=9_500_000, pf_direct_gmv=9_000_000)
        s2 = LiveSession(event_day_id=d1, platform="facebook", channel="Chợ phiên", title="Phiên chiều",
                         started_at=at(day1, 14), ended_at=at(day1, 15))
        s3 = LiveSession(event_day_id=d2, platform="tiktok", channel="OCOP Hải Phòng", title="Phiên ngày 2",
                         started_at=at(day2, 10), pf_views=100_000, pf_gmv=3_000_000)
        s4 = LiveSession(event_day_id=d3, platform="shopee", title="Chưa bắt đầu")  # planned, nothing yet
        s.add_all([s1, s2, s3, s4])
        s.flush()
        s.add_all([LiveHost(session_id=s1.id, name=INJECTIONS[3] if injections else "Quang Linh", position=0),
                   LiveHost(session_id=s1.id, name="Minh Anh", position=1)])
        for sess, codes in ((s1, ["CHA-CHIA-HL", "PATE-COT-DEN", "NM-CAT-HAI-40"]), (s3, ["ND-NGHEU", "MAT-ONG-TH"])):
            s.add_all(LiveSessionProduct(session_id=sess.id, product_id=products[c].id, position=i)
                      for i, c in enumerate(codes))

        def tally(sess: LiveSession, code: str, qty: int, orders: int, price: int, when: dt.datetime,
                  kind: str = "count") -> LiveTally:
            row = LiveTally(session_id=sess.id, product_id=products[code].id, quantity=qty, orders=orders,
                            unit_price=price, kind=kind, source="key", operator="Lan", station="live-1",
                            created_at=when)
            s.add(row)
            return row

        tally(s1, "CHA-CHIA-HL", 3, 1, 250_000, at(day1, 9, 5))
        tally(s1, "CHA-CHIA-HL", 2, 1, 250_000, at(day1, 9, 40))
        wrong = tally(s1, "PATE-COT-DEN", 10, 1, 60_000, at(day1, 9, 50))
        s.flush()
        undo = tally(s1, "PATE-COT-DEN", -10, -1, 60_000, at(day1, 9, 51), kind="undo")
        undo.reverses_id = wrong.id
        tally(s1, "PATE-COT-DEN", 1, 1, 60_000, at(day1, 10, 2))
        tally(s1, "NM-CAT-HAI-40", 4, 2, 110_000, at(day1, 10, 30))
        tally(s1, "NM-CAT-HAI-40", -1, 0, 110_000, at(day1, 10, 31), kind="correction")
        tally(s2, "MAT-ONG-TH", 6, 3, 180_000, at(day1, 14, 20))
        tally(s3, "ND-NGHEU", 5, 2, 55_000, at(day2, 10, 10))
        tally(s3, "MAT-ONG-TH", 1, 1, 175_000, at(day2, 11, 0))
        tally(s3, "CHA-CHIA-HL", 2, 1, 280_000, at(day2, 11, 5))

        s.add_all([
            ViewerSnapshot(session_id=s1.id, taken_at=at(day1, 9, 30), viewers=900, views=12_000, reach=50_000),
            ViewerSnapshot(session_id=s1.id, taken_at=at(day1, 10, 30), viewers=1_400, views=30_000, reach=None),
            ViewerSnapshot(session_id=s2.id, taken_at=at(day1, 14, 30), viewers=200, views=None, reach=None),
            ViewerSnapshot(session_id=s3.id, taken_at=at(day2, 10, 30), viewers=2_100, views=8_000, reach=40_000),
        ])
        s.add(AuditEntry(at=at(day1, 9), operator="Nguyễn Thu Hà", station="desk-1", action="check_in",
                         entity="booth", entity_id=booths["A01"].id, event_id=event_id,
                         details='{"note": "%s"}' % (INJECTIONS[0].replace('"', "'") if injections else "ok")))
        s.add(AuditEntry(at=at(day2, 9), operator=INJECTIONS[2] if injections else "Lan", station="live-1",
                         action="tally", entity="live_session", entity_id=s3.id, event_id=event_id))


@dataclass
class Reference:
    """Figures recomputed by brute force from every raw row (no SQL aggregates)."""

    values: dict[str, Any] = field(default_factory=dict)
    attendance: list[tuple[dt.date, int, int, int, int]] = field(default_factory=list)
    product_revenue: dict[str, int] = field(default_factory=dict)
    product_items: dict[str, int] = field(default_factory=dict)
    by_producer: dict[str, int] = field(default_factory=dict)
    by_province: dict[str, int] = field(default_factory=dict)
    by_stars: dict[str, int] = field(default_factory=dict)
    by_hour: dict[dt.datetime, int] = field(default_factory=dict)
    session_revenue: dict[int, int] = field(default_factory=dict)


def reference_figures(store: Store, event_id: int, day: dt.date | None) -> Reference:
    ref = Reference()
    with store.reading() as s:
        days = {d.id: d.day for d in s.scalars(select(EventDay).where(EventDay.event_id == event_id))}
        scope_days = {i: d for i, d in days.items() if day is None or d == day}
        booths = {b.id: b for b in s.scalars(select(Booth).where(Booth.event_id == event_id))}
        registered: dict[int, set[int]] = defaultdict(set)
        for bd in s.scalars(select(BoothDay)):
            if bd.booth_id in booths:
                registered[bd.booth_id].add(bd.event_day_id)
        checkins = [c for c in s.scalars(select(CheckIn)) if c.event_day_id in scope_days and c.booth_id in booths]
        expected_any, present_any, left_any, came_any = set(), set(), set(), set()
        for day_id in sorted(scope_days, key=lambda i: scope_days[i]):
            expected = {b for b in booths if not registered[b] or day_id in registered[b]}
            came = {c.booth_id for c in checkins if c.event_day_id == day_id and c.status in ("present", "left")}
            gone = {c.booth_id for c in checkins if c.event_day_id == day_id and c.status == "left"}
            ref.attendance.append((scope_days[day_id], len(expected), len(came - gone), len(gone), len(expected - came)))
            expected_any |= expected
            came_any |= came
            present_any |= came - gone
            left_any |= gone
        producers = {booths[c.booth_id].producer_id for c in checkins if c.status in ("present", "left")}
        lots = [lot for lot in s.scalars(select(Lot))
                if lot.event_day_id in scope_days or (day is None and lot.event_day_id is None
                                                      and lot.booth_id in booths)]
        start, end = day_bounds(min(scope_days.values()))[0], day_bounds(max(scope_days.values()))[1]
        labels = sum(j.label_count for j in s.scalars(select(PrintJob))
                     if j.event_id == event_id and j.kind == "lot_labels" and start <= j.printed_at < end)
        sessions = [x for x in s.scalars(select(LiveSession)) if x.event_day_id in scope_days]
        ids = {x.id for x in sessions}
        tallies = [t for t in s.scalars(select(LiveTally)) if t.session_id in ids]
        snaps = [v for v in s.scalars(select(ViewerSnapshot)) if v.session_id in ids]
        product = {p.id: p for p in s.scalars(select(Product))}
        producer = {p.id: p for p in s.scalars(select(Producer))}

        def total(values: list[int | None], how: Any = sum) -> int | None:
            present = [v for v in values if v is not None]
            return how(present) if present else None

        def per_session_max(attr: str) -> list[int | None]:
            return [total([getattr(v, attr) for v in snaps if v.session_id == i], max) for i in ids]

        ref.values = {
            "booths_expected": len(expected_any), "booths_present": len(present_any),
            "booths_left": len(left_any), "booths_absent": len(expected_any - came_any),
            "booths_checked_in": len(came_any),
            "producers_present": len(producers), "products_checked_in": len({lot.product_id for lot in lots}),
            "lots": len(lots), "quantity_brought": sum(lot.quantity for lot in lots), "labels_printed": labels,
            "live_sessions": len(sessions),
            "sessions_with_platform_figures": sum(1 for x in sessions if x.pf_views is not None
                                                  or x.pf_gmv is not None or x.pf_peak_viewers is not None),
            "views": (total(per_session_max("views")), total([x.pf_views for x in sessions])),
            "reach": (total(per_session_max("reach")), total([x.pf_reach for x in sessions])),
            "peak_viewers": (total(per_session_max("viewers"), max), total([x.pf_peak_viewers for x in sessions], max)),
            "orders": (sum(t.orders for t in tallies) if tallies else None, total([x.pf_sku_orders for x in sessions])),
            "items_sold": (sum(t.quantity for t in tallies) if tallies else None,
                           total([x.pf_items_sold for x in sessions])),
            "revenue": (sum(t.quantity * t.unit_price for t in tallies) if tallies else None,
                        total([x.pf_gmv for x in sessions])),
        }
        for t in tallies:
            p = product[t.product_id]
            money = t.quantity * t.unit_price
            prod = producer[p.producer_id]
            for table, key in ((ref.product_revenue, p.code), (ref.by_producer, prod.name),
                               (ref.by_province, prod.province or ""), (ref.by_stars, str(p.star_rating or "")),
                               (ref.session_revenue, t.session_id)):
                table[key] = table.get(key, 0) + money  # type: ignore[index]
            ref.product_items[p.code] = ref.product_items.get(p.code, 0) + t.quantity
            hour = t.created_at.astimezone().replace(minute=0, second=0, microsecond=0, tzinfo=None)
            ref.by_hour[hour] = ref.by_hour.get(hour, 0) + money
    return ref
