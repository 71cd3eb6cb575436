"""The data sheets of the workbook: booths, products, check-ins, live sessions, live tallies, audit log.

Each sheet is a query streamed into a `SheetWriter`; figures are SQL aggregates over the same rows the
summary service reads, so the workbook and the summary page agree.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ocop_desk.core.i18n import translate
from ocop_desk.reports.summary import (
    Scope,
    Summary,
    day_bounds,
    expected_days,
    lot_scope,
    resolve_scope,
    summarize_in,
)
from ocop_desk.reports.writer import (
    DATE,
    DATETIME,
    INT,
    MONEY,
    NUM,
    TEXT,
    Col,
    Progress,
    SheetWriter,
    scope_heading,
)
from ocop_desk.store.audit import describe
from ocop_desk.store.database import bytewise
from ocop_desk.store.models import (
    AuditEntry,
    Booth,
    CheckIn,
    EventDay,
    LiveHost,
    LiveSession,
    LiveTally,
    Lot,
    Producer,
    Product,
)

YIELD_PER = 2000



@dataclass
class SheetPlan:
    title: str
    cols: list[Col]
    rows: Callable[[], Iterator[Sequence[Any]]]
    expected_rows: int
    heading: str
    after: Callable[[SheetWriter], None] | None = None

    def write(self, wb: Workbook, progress: Progress) -> SheetWriter:
        writer = SheetWriter(wb, self.title, self.heading, self.cols, progress)
        writer.write(self.rows())
        if self.after is not None:
            self.after(writer)
        return writer


@dataclass
class Plan:
    scope: Scope
    summary: Summary
    sheets: list[Any]

    @property
    def total_rows(self) -> int:
        return sum(s.expected_rows for s in self.sheets)


def plan(session: Session, event_id: int, day: dt.date | None) -> Plan:
    from ocop_desk.reports.summary_sheet import SummarySheet

    scope = resolve_scope(session, event_id, day)
    summary = summarize_in(session, scope)
    heading = scope_heading(scope.event_name, scope.day, scope.days)
    sheets: list[Any] = [
        SummarySheet(summary, heading),
        booths_sheet(session, scope, heading),
        products_sheet(session, scope, heading),
        checkins_sheet(session, scope, heading),
        sessions_sheet(session, summary, heading),
        tallies_sheet(session, scope, heading),
        audit_sheet(session, scope, heading),
    ]
    return Plan(scope, summary, sheets)


def status_text(status: str | None, expected: bool) -> str:
    if status == "present":
        return translate("Export", "Present")
    if status == "left":
        return translate("Export", "Left early")
    if status == "absent" or expected:
        return translate("Export", "Absent")
    return translate("Export", "Not registered")


def _stream(session: Session, stmt: Any) -> Iterator[Any]:
    yield from session.execute(stmt.execution_options(yield_per=YIELD_PER))


# -- booths ----------------------------------------------------------------------------------------------


def booths_sheet(session: Session, scope: Scope, heading: str) -> SheetPlan:
    expected = expected_days(session, scope)
    status: dict[tuple[int, int], str] = {
        (b, d): s for b, d, s in session.execute(
            select(CheckIn.booth_id, CheckIn.event_day_id, CheckIn.status).where(CheckIn.event_day_id.in_(scope.day_ids)))
    }
    lots = {b: (n, q) for b, n, q in session.execute(
        select(Lot.booth_id, func.count(Lot.id), func.sum(Lot.quantity)).where(lot_scope(scope)).group_by(Lot.booth_id))}
    day_cols = [Col(translate("Export", "Day {day}").format(day=d.strftime("%d/%m")), TEXT, 13) for d in scope.days]
    cols = [Col(translate("Export", "Booth"), TEXT, 9), Col(translate("Export", "Zone"), TEXT), Col(translate("Export", "Producer")), Col(translate("Export", "Province")),
            Col(translate("Export", "Phone"), TEXT, 14), *day_cols, Col(translate("Export", "Days present"), INT, 10), Col(translate("Export", "Lots"), INT, 8),
            Col(translate("Export", "Quantity brought"), NUM, 12)]
    stmt = (select(Booth.id, Booth.code, Booth.zone, Producer.name, Producer.province, Producer.phone)
            .join(Producer, Producer.id == Booth.producer_id).where(Booth.event_id == scope.event_id)
            .order_by(Booth.zone.is_(None), bytewise(Booth.zone), bytewise(Booth.code)))

    def rows() -> Iterator[Sequence[Any]]:
        for booth_id, code, zone, producer, province, phone in _stream(session, stmt):
            registered = expected.get(booth_id)
            days = []
            present = 0
            for day_id in scope.day_ids:
                s = status.get((booth_id, day_id))
                present += s in ("present", "left")
                days.append(status_text(s, registered is None or day_id in registered))
            n, q = lots.get(booth_id, (0, 0))
            yield (code, zone, producer, province, phone, *days, present, n, int(q or 0))

    return SheetPlan(translate("Export", "Booths"), cols, rows, len(expected), heading)


# -- products --------------------------------------------------------------------------------------------


def products_sheet(session: Session, scope: Scope, heading: str) -> SheetPlan:
    at_fair = select(Booth.producer_id).where(Booth.event_id == scope.event_id).scalar_subquery()
    lots = {p: (n, q) for p, n, q in session.execute(
        select(Lot.product_id, func.count(Lot.id), func.sum(Lot.quantity)).where(lot_scope(scope))
        .group_by(Lot.product_id))}
    in_scope = select(LiveSession.id).where(LiveSession.event_day_id.in_(scope.day_ids)).scalar_subquery()
    sold = {p: (o, q, r) for p, o, q, r in session.execute(
        select(LiveTally.product_id, func.sum(LiveTally.orders), func.sum(LiveTally.quantity),
               func.sum(LiveTally.quantity * LiveTally.unit_price))
        .where(LiveTally.session_id.in_(in_scope)).group_by(LiveTally.product_id))}
    count = session.scalar(select(func.count(Product.id)).where(Product.producer_id.in_(at_fair))) or 0
    cols = [Col(translate("Export", "Code"), TEXT), Col(translate("Export", "Product")), Col(translate("Export", "Producer")), Col(translate("Export", "Province")),
            Col(translate("Export", "Stars"), INT, 7), Col(translate("Export", "Category")), Col(translate("Export", "Unit")), Col(translate("Export", "Price (₫)"), MONEY, 12),
            Col(translate("Export", "GTIN"), TEXT, 15), Col(translate("Export", "Lots"), INT, 7), Col(translate("Export", "Quantity brought"), NUM, 11),
            Col(translate("Export", "Orders (live)"), NUM, 10), Col(translate("Export", "Items sold (live)"), NUM, 10),
            Col(translate("Export", "Revenue (live, ₫)"), MONEY, 15)]
    stmt = (select(Product.id, Product.code, Product.name, Producer.name, Producer.province, Product.star_rating,
                   Product.category, Product.unit, Product.price, Product.gtin)
            .join(Producer, Producer.id == Product.producer_id).where(Product.producer_id.in_(at_fair))
            .order_by(bytewise(Producer.name), bytewise(Product.code)))

    def rows() -> Iterator[Sequence[Any]]:
        for pid, *info in _stream(session, stmt):
            n, q = lots.get(pid, (0, 0))
            o, s, r = sold.get(pid, (0, 0, 0))
            yield (*info, n, int(q or 0), int(o or 0), int(s or 0), int(r or 0))

    return SheetPlan(translate("Export", "Products"), cols, rows, count, heading)


# -- check-in log ----------------------------------------------------------------------------------------


def checkins_sheet(session: Session, scope: Scope, heading: str) -> SheetPlan:
    where = (CheckIn.event_day_id.in_(scope.day_ids), Booth.event_id == scope.event_id)
    count = session.scalar(select(func.count(CheckIn.id)).join(Booth, Booth.id == CheckIn.booth_id).where(*where)) or 0
    cols = [Col(translate("Export", "Day"), DATE), Col(translate("Export", "Booth"), TEXT, 9), Col(translate("Export", "Zone")), Col(translate("Export", "Producer")),
            Col(translate("Export", "Status"), TEXT, 14), Col(translate("Export", "Checked in at"), DATETIME), Col(translate("Export", "Left at"), DATETIME),
            Col(translate("Export", "Operator")), Col(translate("Export", "Station"))]
    stmt = (select(EventDay.day, Booth.code, Booth.zone, Producer.name, CheckIn.status, CheckIn.checked_in_at,
                   CheckIn.left_at, CheckIn.operator, CheckIn.station)
            .join(Booth, Booth.id == CheckIn.booth_id).join(Producer, Producer.id == Booth.producer_id)
            .join(EventDay, EventDay.id == CheckIn.event_day_id).where(*where)
            .order_by(EventDay.day, CheckIn.checked_in_at.is_(None), CheckIn.checked_in_at, bytewise(Booth.code)))

    def rows() -> Iterator[Sequence[Any]]:
        for day, code, zone, producer, status, at, left_at, operator, station in _stream(session, stmt):
            yield (day, code, zone, producer, status_text(status, True), at, left_at, operator, station)

    return SheetPlan(translate("Export", "Check-ins"), cols, rows, count, heading)


# -- live sessions ---------------------------------------------------------------------------------------


def sessions_sheet(session: Session, summary: Summary, heading: str) -> SheetPlan:
    ids = [s.id for s in summary.sessions]
    hosts: dict[int, list[str]] = defaultdict(list)
    notes: dict[int, str | None] = {}
    if ids:
        in_scope = select(LiveSession.id).where(LiveSession.event_day_id.in_(summary.scope.day_ids))
        for sid, name in session.execute(select(LiveHost.session_id, LiveHost.name)
                                         .where(LiveHost.session_id.in_(in_scope))
                                         .order_by(LiveHost.session_id, LiveHost.position)):
            hosts[sid].append(name)
        notes = dict(session.execute(select(LiveSession.id, LiveSession.notes).where(LiveSession.id.in_(in_scope))).all())
    site, pf = translate("Export", "on site"), translate("Export", "platform")
    cols = [Col(translate("Export", "Day"), DATE), Col("#", INT, 6), Col(translate("Export", "Title")), Col(translate("Export", "Platform"), TEXT, 10),
            Col(translate("Export", "Channel")), Col(translate("Export", "Hosts")), Col(translate("Export", "Started"), DATETIME), Col(translate("Export", "Ended"), DATETIME),
            Col(translate("Export", "Orders ({side})").format(side=site), NUM, 11),
            Col(translate("Export", "Items sold ({side})").format(side=site), NUM, 11),
            Col(translate("Export", "Revenue ({side}, ₫)").format(side=site), MONEY, 15),
            Col(translate("Export", "Peak viewers ({side})").format(side=site), NUM, 12),
            Col(translate("Export", "Views ({side})").format(side=site), NUM, 12),
            Col(translate("Export", "Reach ({side})").format(side=site), NUM, 12),
            Col(translate("Export", "Views ({side})").format(side=pf), NUM, 12),
            Col(translate("Export", "Unique viewers ({side})").format(side=pf), NUM, 12),
            Col(translate("Export", "Peak viewers ({side})").format(side=pf), NUM, 12),
            Col(translate("Export", "Reach ({side})").format(side=pf), NUM, 12),
            Col(translate("Export", "Orders ({side})").format(side=pf), NUM, 11),
            Col(translate("Export", "Items sold ({side})").format(side=pf), NUM, 11),
            Col(translate("Export", "GMV ({side}, ₫)").format(side=pf), MONEY, 15),
            Col(translate("Export", "Direct GMV ({side}, ₫)").format(side=pf), MONEY, 15),
            Col(translate("Export", "Notes"), TEXT, 30)]

    def rows() -> Iterator[Sequence[Any]]:
        for s in summary.sessions:
            yield (s.day, s.id, s.title, s.platform, s.channel, ", ".join(hosts.get(s.id, ())) or None,
                   s.started_at, s.ended_at, s.orders, s.items_sold, s.revenue, s.peak_viewers, s.views, s.reach,
                   s.pf_views, s.pf_unique_viewers, s.pf_peak_viewers, s.pf_reach, s.pf_sku_orders,
                   s.pf_items_sold, s.pf_gmv, s.pf_direct_gmv, notes.get(s.id))

    return SheetPlan(translate("Export", "Live sessions"), cols, rows, len(ids), heading)


# -- per-product live tallies ----------------------------------------------------------------------------


def tallies_sheet(session: Session, scope: Scope, heading: str) -> SheetPlan:
    in_scope = select(LiveSession.id).where(LiveSession.event_day_id.in_(scope.day_ids)).scalar_subquery()
    grouped = (
        select(LiveTally.session_id.label("sid"), LiveTally.product_id.label("pid"),
               func.count(LiveTally.id).label("entries"),
               func.sum(case((LiveTally.kind == "count", 0), else_=1)).label("corrections"),
               func.sum(LiveTally.orders).label("orders"), func.sum(LiveTally.quantity).label("quantity"),
               func.sum(LiveTally.quantity * LiveTally.unit_price).label("revenue"),
               func.max(LiveTally.created_at).label("last"))
        .where(LiveTally.session_id.in_(in_scope)).group_by(LiveTally.session_id, LiveTally.product_id).subquery()
    )
    count = session.scalar(select(func.count()).select_from(grouped)) or 0
    cols = [Col(translate("Export", "Day"), DATE), Col(translate("Export", "Session #"), INT, 9), Col(translate("Export", "Session")), Col(translate("Export", "Product code")),
            Col(translate("Export", "Product")), Col(translate("Export", "Producer")), Col(translate("Export", "Entries"), INT, 8), Col(translate("Export", "Corrections"), INT, 11),
            Col(translate("Export", "Orders"), NUM, 9), Col(translate("Export", "Items sold"), NUM, 9), Col(translate("Export", "Revenue (₫)"), MONEY, 15),
            Col(translate("Export", "Last count"), DATETIME)]
    stmt = (select(EventDay.day, LiveSession.id, LiveSession.title, Product.code, Product.name, Producer.name,
                   grouped.c.entries, grouped.c.corrections, grouped.c.orders, grouped.c.quantity, grouped.c.revenue,
                   grouped.c.last)
            .join(LiveSession, LiveSession.id == grouped.c.sid).join(EventDay, EventDay.id == LiveSession.event_day_id)
            .join(Product, Product.id == grouped.c.pid).join(Producer, Producer.id == Product.producer_id)
            .order_by(EventDay.day, LiveSession.started_at.is_(None), LiveSession.started_at, LiveSession.id,
                      grouped.c.revenue.desc(), bytewise(Product.code)))

    def rows() -> Iterator[Sequence[Any]]:
        for day, sid, title, code, name, producer, entries, corrections, orders, qty, revenue, last in \
                _stream(session, stmt):
            yield (day, sid, title, code, name, producer, entries, int(corrections or 0), int(orders or 0),
                   int(qty or 0), int(revenue or 0), last)

    return SheetPlan(translate("Export", "Live tallies"), cols, rows, count, heading)


# -- audit log -------------------------------------------------------------------------------------------


def audit_sheet(session: Session, scope: Scope, heading: str) -> SheetPlan:
    where: list[Any] = [AuditEntry.event_id == scope.event_id]
    if not scope.whole_event:
        start, end = day_bounds(scope.days[0])
        where += [AuditEntry.at >= start, AuditEntry.at < end]
    count = session.scalar(select(func.count(AuditEntry.id)).where(*where)) or 0
    cols = [Col(translate("Export", "When"), DATETIME), Col(translate("Export", "Operator")),
            Col(translate("Export", "Station")), Col(translate("Export", "What happened"), TEXT, 40),
            Col(translate("Export", "Details"), TEXT, 70)]
    stmt = (select(AuditEntry.at, AuditEntry.operator, AuditEntry.station, AuditEntry.action, AuditEntry.entity,
                   AuditEntry.details).where(*where).order_by(AuditEntry.at, AuditEntry.id))

    def rows() -> Iterator[Sequence[Any]]:
        for at, operator, station, action, entity, details in _stream(session, stmt):
            told = describe(action, details, entity)  # the words Booth ▸ History shows, not keys and JSON
            yield at, operator, station, told.what, told.details

    return SheetPlan(translate("Export", "Audit log"), cols, rows, count, heading)
