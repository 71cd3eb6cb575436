"""Where the fair stands: the figures of one day or of the whole event, straight from the recorded rows.

Every figure is an SQL aggregate over the activity tables (check-ins, lots, print jobs, live tallies,
viewer snapshots); nothing is cached, so the page and the workbook always agree with the data.
On-site figures come from the coordinators' tallies and snapshots, platform figures from what was
typed in from the platform's dashboard (`pf_*`); both are kept side by side because they differ.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import String

from ocop_desk.core.errors import DomainError, NotFound
from ocop_desk.core.i18n import translate
from ocop_desk.store.database import Store
from ocop_desk.store.models import (
    Booth,
    BoothDay,
    CheckIn,
    Event,
    EventDay,
    LiveSession,
    LiveTally,
    Lot,
    PrintJob,
    Producer,
    Product,
    ViewerSnapshot,
)

LABEL_JOB_KIND = "lot_labels"
TOP_PRODUCTS = 10


class utc_hour(FunctionElement[str]):  # noqa: N801 - reads like the SQL function it stands for
    """'YYYY-MM-DD HH' of a UTC timestamp column, so tallies are bucketed by hour inside the database."""

    type = String()
    inherit_cache = True
    name = "utc_hour"


@compiles(utc_hour, "sqlite")
def _utc_hour_sqlite(element: utc_hour, compiler: SQLCompiler, **kw: object) -> str:
    # UTCDateTime stores 'YYYY-MM-DD HH:MM:SS.ffffff' (naive UTC) on SQLite.
    return f"substr({compiler.process(element.clauses, **kw)}, 1, 13)"


@compiles(utc_hour, "postgresql")
def _utc_hour_postgresql(element: utc_hour, compiler: SQLCompiler, **kw: object) -> str:
    return f"to_char(({compiler.process(element.clauses, **kw)}) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24')"


def local_zone() -> dt.tzinfo:
    zone = dt.datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """A calendar day of the laptop's local time as a [start, end) range of aware datetimes."""
    start = dt.datetime.combine(day, dt.time()).astimezone()
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time()).astimezone()
    return start, end


@dataclass(frozen=True)
class Scope:
    """One day of an event, or the whole event (`day` None)."""

    event_id: int
    event_name: str
    venue: str | None
    province: str | None
    days: tuple[dt.date, ...]  # the days covered
    day_ids: tuple[int, ...]
    day: dt.date | None = None
    all_days: tuple[dt.date, ...] = ()  # every day of the event, whatever the scope
    all_day_ids: tuple[int, ...] = ()

    @property
    def whole_event(self) -> bool:
        return self.day is None

    def time_range(self) -> tuple[dt.datetime, dt.datetime]:
        return day_bounds(self.days[0])[0], day_bounds(self.days[-1])[1]


def resolve_scope(session: Session, event_id: int, day: dt.date | None = None) -> Scope:
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound(translate("Summary", "There is no event with id {id}.").format(id=event_id))
    rows = session.execute(
        select(EventDay.id, EventDay.day).where(EventDay.event_id == event_id).order_by(EventDay.day)
    ).all()
    all_days = tuple(r.day for r in rows)
    all_day_ids = tuple(r.id for r in rows)
    if day is not None:
        chosen = [r for r in rows if r.day == day]
        if not chosen:
            raise DomainError(
                translate("Summary", "{day} is not a day of '{event}' ({start} – {end}).").format(
                    day=day.isoformat(), event=event.name, start=event.starts_on.isoformat(),
                    end=event.ends_on.isoformat()),
                hint=translate("Summary", "Choose one of the event's days, or the whole event."),
            )
        rows = chosen
    return Scope(event.id, event.name, event.venue, event.province, tuple(r.day for r in rows),
                 tuple(r.id for r in rows), day, all_days, all_day_ids)


@dataclass(frozen=True)
class DayAttendance:
    day: dt.date
    expected: int
    present: int  # checked in and still there (the desk's "present")
    left: int  # checked in, then packed up
    absent: int  # expected but not checked in
    checked_in: int = 0  # present + left: every booth that came that day


@dataclass(frozen=True)
class Figure:
    """A livestream figure seen from both sides; None = nothing recorded on that side."""

    on_site: int | None
    platform: int | None


@dataclass
class SessionFigures:
    id: int
    day: dt.date
    title: str | None
    platform: str
    channel: str | None
    started_at: dt.datetime | None
    ended_at: dt.datetime | None
    tally_events: int = 0
    orders: int = 0
    items_sold: int = 0
    revenue: int = 0
    peak_viewers: int | None = None  # highest snapshot
    views: int | None = None  # last (highest) snapshot
    reach: int | None = None
    pf_views: int | None = None
    pf_unique_viewers: int | None = None
    pf_peak_viewers: int | None = None
    pf_reach: int | None = None
    pf_sku_orders: int | None = None
    pf_items_sold: int | None = None
    pf_gmv: int | None = None
    pf_direct_gmv: int | None = None

    @property
    def has_platform_figures(self) -> bool:
        return any(v is not None for v in (self.pf_views, self.pf_peak_viewers, self.pf_reach,
                                           self.pf_sku_orders, self.pf_items_sold, self.pf_gmv))


@dataclass
class ProductSales:
    product_id: int
    code: str
    name: str
    producer: str
    province: str | None
    stars: int | None
    orders: int = 0
    items_sold: int = 0
    revenue: int = 0


@dataclass(frozen=True)
class Share:
    """One row of a 'revenue by ...' breakdown."""

    key: str
    items_sold: int
    revenue: int


@dataclass(frozen=True)
class HourRevenue:
    start: dt.datetime  # local time, the hour the bucket starts
    items_sold: int
    revenue: int


@dataclass
class Summary:
    """The figures of a scope. For one day, booth figures count that day's booths; for the whole event
    they count distinct booths (checked in = on at least one day, present = present and not left on at
    least one day, absent = expected on some day but never checked in), and `attendance` gives the
    day-by-day counts. The meanings are the desk's (ocop_desk/checkin/desk.py `BoardCounts`): a booth
    that checked in and later left counts as checked in and as left, not as present. Live figures are None when nothing was recorded on
    that side (no tallies, or no platform figures typed in)."""

    scope: Scope
    booths_registered: int = 0
    booths_expected: int = 0
    booths_present: int = 0
    booths_left: int = 0
    booths_checked_in: int = 0
    booths_absent: int = 0
    producers_present: int = 0
    products_checked_in: int = 0
    lots: int = 0
    quantity_brought: int = 0
    labels_printed: int = 0
    live_sessions: int = 0
    sessions_with_platform_figures: int = 0
    views: Figure = Figure(None, None)
    reach: Figure = Figure(None, None)
    peak_viewers: Figure = Figure(None, None)
    orders: Figure = Figure(None, None)
    items_sold: Figure = Figure(None, None)
    revenue: Figure = Figure(None, None)
    attendance: list[DayAttendance] = field(default_factory=list)  # the days in scope
    attendance_by_day: list[DayAttendance] = field(default_factory=list)  # every day of the event
    sessions: list[SessionFigures] = field(default_factory=list)
    products: list[ProductSales] = field(default_factory=list)  # every product sold, by revenue
    by_producer: list[Share] = field(default_factory=list)
    by_province: list[Share] = field(default_factory=list)
    by_stars: list[Share] = field(default_factory=list)
    by_hour: list[HourRevenue] = field(default_factory=list)

    @property
    def top_products(self) -> list[ProductSales]:
        return self.products[:TOP_PRODUCTS]

    def hour_of_day(self) -> list[HourRevenue]:
        """Revenue per local hour of the day, added up over the days in scope (for the whole-event chart)."""
        buckets: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        for h in self.by_hour:
            buckets[h.start.hour][0] += h.items_sold
            buckets[h.start.hour][1] += h.revenue
        base = dt.datetime.combine(self.scope.days[0], dt.time())
        return [HourRevenue(base.replace(hour=hour), v[0], v[1]) for hour, v in sorted(buckets.items())]


# -- the service -------------------------------------------------------------------------------------


def summarize(store: Store, event_id: int, day: dt.date | None = None) -> Summary:
    """All figures for one day of the event (`day`) or for the whole event (`day` None)."""
    with store.reading() as session:
        scope = resolve_scope(session, event_id, day)
        return summarize_in(session, scope)


def summarize_in(session: Session, scope: Scope) -> Summary:
    summary = Summary(scope)
    _attendance(session, scope, summary)
    _lots_and_labels(session, scope, summary)
    _live(session, scope, summary)
    return summary


def lot_scope(scope: Scope) -> ColumnElement[bool]:
    """Lots recorded on a day in scope (for the whole event, also lots of its booths without a day)."""
    on_days = Lot.event_day_id.in_(scope.day_ids)
    if not scope.whole_event:
        return on_days
    event_booths = select(Booth.id).where(Booth.event_id == scope.event_id).scalar_subquery()
    return or_(on_days, and_(Lot.event_day_id.is_(None), Lot.booth_id.in_(event_booths)))


def expected_days(session: Session, scope: Scope) -> dict[int, set[int] | None]:
    """booth id → the event-day ids it is registered for, or None when it is expected every day."""
    booths: dict[int, set[int] | None] = {
        b: None for b in session.scalars(select(Booth.id).where(Booth.event_id == scope.event_id))
    }
    rows = session.execute(
        select(BoothDay.booth_id, BoothDay.event_day_id).join(Booth, Booth.id == BoothDay.booth_id)
        .where(Booth.event_id == scope.event_id)
    ).all()
    for booth_id, day_id in rows:
        days = booths.get(booth_id)
        if days is None:
            days = booths[booth_id] = set()
        days.add(day_id)
    return booths


def _attendance(session: Session, scope: Scope, summary: Summary) -> None:
    expected = expected_days(session, scope)
    checkins = session.execute(
        select(CheckIn.booth_id, CheckIn.event_day_id, CheckIn.status, Booth.producer_id)
        .join(Booth, Booth.id == CheckIn.booth_id)
        .where(CheckIn.event_day_id.in_(scope.all_day_ids), Booth.event_id == scope.event_id)
    ).all()
    came: dict[int, set[int]] = defaultdict(set)  # day id → booths checked in
    left: dict[int, set[int]] = defaultdict(set)
    producers: set[int] = set()
    in_scope = set(scope.day_ids)
    for booth_id, day_id, status, producer_id in checkins:
        if status in ("present", "left"):
            came[day_id].add(booth_id)
            if day_id in in_scope:
                producers.add(producer_id)
        if status == "left":
            left[day_id].add(booth_id)
    all_came: set[int] = set()
    all_present: set[int] = set()
    all_left: set[int] = set()
    all_expected: set[int] = set()
    for day, day_id in zip(scope.all_days, scope.all_day_ids, strict=True):
        wanted = {b for b, days in expected.items() if days is None or day_id in days}
        figures = DayAttendance(day, len(wanted), len(came[day_id] - left[day_id]), len(left[day_id]),
                                len(wanted - came[day_id]), len(came[day_id]))
        summary.attendance_by_day.append(figures)
        if day_id in in_scope:
            all_expected |= wanted
            all_came |= came[day_id]
            all_present |= came[day_id] - left[day_id]
            all_left |= left[day_id]
            summary.attendance.append(figures)
    summary.booths_registered = len(expected)
    summary.booths_expected = len(all_expected)
    summary.booths_present = len(all_present)
    summary.booths_left = len(all_left)
    summary.booths_checked_in = len(all_came)
    summary.booths_absent = len(all_expected - all_came)
    summary.producers_present = len(producers)


def _lots_and_labels(session: Session, scope: Scope, summary: Summary) -> None:
    row = session.execute(
        select(func.count(Lot.id), func.count(func.distinct(Lot.product_id)), func.coalesce(func.sum(Lot.quantity), 0))
        .where(lot_scope(scope))
    ).one()
    summary.lots, summary.products_checked_in, summary.quantity_brought = int(row[0]), int(row[1]), int(row[2])
    start, end = scope.time_range()
    summary.labels_printed = int(session.scalar(
        select(func.coalesce(func.sum(PrintJob.label_count), 0)).where(
            PrintJob.event_id == scope.event_id, PrintJob.kind == LABEL_JOB_KIND,
            PrintJob.printed_at >= start, PrintJob.printed_at < end)
    ) or 0)


def _sum(values: Iterable[int | None]) -> int | None:
    present = [v for v in values if v is not None]
    return sum(present) if present else None


def _max(values: Iterable[int | None]) -> int | None:
    present = [v for v in values if v is not None]
    return max(present) if present else None


def _live(session: Session, scope: Scope, summary: Summary) -> None:
    day_of = dict(zip(scope.day_ids, scope.days, strict=True))
    sessions: dict[int, SessionFigures] = {}
    for r in session.execute(
        select(LiveSession.id, LiveSession.event_day_id, LiveSession.title, LiveSession.platform,
               LiveSession.channel, LiveSession.started_at, LiveSession.ended_at, LiveSession.pf_views,
               LiveSession.pf_unique_viewers, LiveSession.pf_peak_viewers, LiveSession.pf_reach,
               LiveSession.pf_sku_orders, LiveSession.pf_items_sold, LiveSession.pf_gmv, LiveSession.pf_direct_gmv)
        .where(LiveSession.event_day_id.in_(scope.day_ids))
        .order_by(LiveSession.started_at, LiveSession.planned_start, LiveSession.id)
    ):
        sessions[r.id] = SessionFigures(
            r.id, day_of[r.event_day_id], r.title, r.platform, r.channel, r.started_at, r.ended_at,
            pf_views=r.pf_views, pf_unique_viewers=r.pf_unique_viewers, pf_peak_viewers=r.pf_peak_viewers,
            pf_reach=r.pf_reach, pf_sku_orders=r.pf_sku_orders, pf_items_sold=r.pf_items_sold, pf_gmv=r.pf_gmv,
            pf_direct_gmv=r.pf_direct_gmv)
    in_scope = select(LiveSession.id).where(LiveSession.event_day_id.in_(scope.day_ids)).scalar_subquery()

    for sid, peak, views, reach in session.execute(
        select(ViewerSnapshot.session_id, func.max(ViewerSnapshot.viewers), func.max(ViewerSnapshot.views),
               func.max(ViewerSnapshot.reach))
        .where(ViewerSnapshot.session_id.in_(in_scope)).group_by(ViewerSnapshot.session_id)
    ):
        s = sessions[sid]
        s.peak_viewers, s.views, s.reach = peak, views, reach

    # One pass over the tallies: totals per session, product and UTC hour; every breakdown derives from it.
    hour = utc_hour(LiveTally.created_at)
    grouped = session.execute(
        select(LiveTally.session_id, LiveTally.product_id, hour, func.count(LiveTally.id),
               func.sum(LiveTally.orders), func.sum(LiveTally.quantity),
               func.sum(LiveTally.quantity * LiveTally.unit_price))
        .where(LiveTally.session_id.in_(in_scope))
        .group_by(LiveTally.session_id, LiveTally.product_id, hour)
    ).all()
    product_ids = {r[1] for r in grouped}
    info = {
        r.id: r for r in session.execute(
            select(Product.id, Product.code, Product.name, Product.star_rating, Producer.name.label("producer"),
                   Producer.province).join(Producer, Producer.id == Product.producer_id)
            .where(Product.id.in_(select(LiveTally.product_id).where(LiveTally.session_id.in_(in_scope))))
        )
    } if product_ids else {}
    products: dict[int, ProductSales] = {}
    hours: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for sid, pid, hour_key, events, orders, quantity, revenue in grouped:
        orders, quantity, revenue = int(orders or 0), int(quantity or 0), int(revenue or 0)
        s = sessions[sid]
        s.tally_events += events
        s.orders += orders
        s.items_sold += quantity
        s.revenue += revenue
        p = products.get(pid)
        if p is None:
            i = info[pid]
            p = products[pid] = ProductSales(pid, i.code, i.name, i.producer, i.province, i.star_rating)
        p.orders += orders
        p.items_sold += quantity
        p.revenue += revenue
        bucket = hours[hour_key]
        bucket[0] += quantity
        bucket[1] += revenue

    summary.sessions = list(sessions.values())
    summary.live_sessions = len(sessions)
    summary.products = sorted(products.values(), key=lambda p: (-p.revenue, -p.items_sold, p.code))
    summary.by_producer = _shares(products.values(), lambda p: p.producer)
    summary.by_province = _shares(products.values(), lambda p: p.province or "")
    summary.by_stars = sorted(_shares(products.values(), lambda p: str(p.stars or "")),
                              key=lambda s: s.key, reverse=True)
    summary.by_hour = [
        HourRevenue(dt.datetime.strptime(key, "%Y-%m-%d %H").replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None),
                    v[0], v[1])
        for key, v in sorted(hours.items())
    ]

    ss = summary.sessions
    tallied = [s for s in ss if s.tally_events]
    summary.sessions_with_platform_figures = sum(1 for s in ss if s.has_platform_figures)
    summary.views = Figure(_sum(s.views for s in ss), _sum(s.pf_views for s in ss))
    summary.reach = Figure(_sum(s.reach for s in ss), _sum(s.pf_reach for s in ss))
    summary.peak_viewers = Figure(_max(s.peak_viewers for s in ss), _max(s.pf_peak_viewers for s in ss))
    summary.orders = Figure(sum(s.orders for s in tallied) if tallied else None, _sum(s.pf_sku_orders for s in ss))
    summary.items_sold = Figure(sum(s.items_sold for s in tallied) if tallied else None,
                                _sum(s.pf_items_sold for s in ss))
    summary.revenue = Figure(sum(s.revenue for s in tallied) if tallied else None, _sum(s.pf_gmv for s in ss))


def _shares(products: Iterable[ProductSales], key: object) -> list[Share]:
    assert callable(key)
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for p in products:
        bucket = totals[key(p)]
        bucket[0] += p.items_sold
        bucket[1] += p.revenue
    return sorted((Share(k, v[0], v[1]) for k, v in totals.items()), key=lambda s: (-s.revenue, s.key))
