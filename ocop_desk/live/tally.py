"""The live tally: every count is a row (who, when, what); totals are always sums of the rows.

A wrong click is fixed by a visible correction row, Ctrl+Z by an "undo" row that points at the count
it reverses; nothing is ever edited. Each call is one durable unit of work, and counts only insert,
so several stations counting the same session never lose an increment.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from ocop_desk.core.errors import DomainError
from ocop_desk.core.i18n import translate
from ocop_desk.core.payloads import parse_scan
from ocop_desk.core.validate import check_count, clean_text
from ocop_desk.live.sessions import (
    MAX_LIVE_PRICE,
    SessionInfo,
    aware,
    check_metric,
    find_product,
    load_session,
    product_by_gtin,
    read_session,
)
from ocop_desk.store import audit
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import (
    AuditEntry,
    EventDay,
    LiveSession,
    LiveSessionProduct,
    LiveTally,
    Product,
    ViewerSnapshot,
)

MAX_COUNT = 10_000  # items in one count: a bigger figure is a slip of the finger


class TallySource(StrEnum):
    """How a tally row was typed in."""

    MOUSE = "mouse"
    KEY = "key"
    SCAN = "scan"
    CLI = "cli"
    IMPORT = "import"


class TallyKind(StrEnum):
    """What a tally row is: a sale, a visible correction, or the reversal of an earlier row."""

    COUNT = "count"
    CORRECTION = "correction"
    UNDO = "undo"


SOURCES = tuple(TallySource)
KINDS = tuple(TallyKind)


@dataclass(frozen=True)
class TallyEvent:
    id: int
    session_id: int
    product_id: int
    quantity: int
    orders: int
    unit_price: int
    kind: TallyKind
    source: TallySource | None
    reverses_id: int | None
    operator: str | None
    station: str | None
    created_at: dt.datetime
    product_code: str = ""
    product_name: str = ""
    reason: str | None = None

    @property
    def revenue(self) -> int:
        return self.quantity * self.unit_price

    def as_json(self) -> dict[str, object]:
        data = dict(self.__dict__)
        data["created_at"] = self.created_at.isoformat()
        data["revenue"] = self.revenue
        return data


@dataclass(frozen=True)
class ProductTotals:
    product_id: int
    code: str
    name: str
    position: int
    price: int
    items: int
    orders: int
    revenue: int
    events: int


@dataclass(frozen=True)
class SessionTotals:
    session_id: int
    products: tuple[ProductTotals, ...]
    items: int
    orders: int
    revenue: int
    events: int

    def product(self, product_id: int) -> ProductTotals | None:
        return next((p for p in self.products if p.product_id == product_id), None)

    def as_json(self) -> dict[str, object]:
        return {"items": self.items, "orders": self.orders, "revenue": self.revenue, "events": self.events,
                "products": [dict(p.__dict__) for p in self.products]}


@dataclass(frozen=True)
class Snapshot:
    id: int
    taken_at: dt.datetime
    viewers: int | None
    views: int | None
    likes: int | None
    comments: int | None
    shares: int | None
    reach: int | None
    operator: str | None

    def as_json(self) -> dict[str, object]:
        data = dict(self.__dict__)
        data["taken_at"] = self.taken_at.isoformat()
        return data


@dataclass(frozen=True)
class Difference:
    """One line of 'platform dashboard vs. on-site tally'; `differs` when both are known and unequal."""

    metric: str  # views, unique_viewers, peak_viewers, reach, sku_orders, items_sold, gmv, direct_gmv
    platform: int | None
    tally: int | None
    money: bool = False

    @property
    def difference(self) -> int | None:
        if self.platform is None or self.tally is None:
            return None
        return self.platform - self.tally

    @property
    def differs(self) -> bool:
        return bool(self.difference)


@dataclass(frozen=True)
class SessionDetail:
    info: SessionInfo
    totals: SessionTotals
    snapshots: tuple[Snapshot, ...]
    recent: tuple[TallyEvent, ...]
    comparison: tuple[Difference, ...]

    def as_json(self) -> dict[str, object]:
        return {
            **self.info.as_json(), "totals": self.totals.as_json(),
            "snapshots": [s.as_json() for s in self.snapshots],
            "comparison": [{"metric": d.metric, "platform": d.platform, "tally": d.tally,
                            "difference": d.difference} for d in self.comparison],
        }


# -- counting --------------------------------------------------------------------------------------


def _open_for_counts(session: Session, session_id: int, *, lock: bool = False) -> tuple[LiveSession, int]:
    stmt = select(LiveSession, EventDay.event_id).join(EventDay, LiveSession.event_day_id == EventDay.id).where(
        LiveSession.id == session_id)
    if lock:  # PostgreSQL: serialise decrements of one session (SQLite's BEGIN IMMEDIATE already does)
        stmt = stmt.with_for_update(of=LiveSession)
    found = session.execute(stmt).first()
    if found is None:
        load_session(session, session_id)  # raises NotFound with the standard message
    row, event_id = found  # type: ignore[misc]
    if row.ended_at is not None:
        raise DomainError(
            translate("Live", "Session {id} has ended; its tally is closed.").format(id=session_id),
            hint=translate("Live", "Reopen the session to add or correct counts."))
    if row.started_at is None:
        raise DomainError(translate("Live", "Session {id} has not started yet.").format(id=session_id))
    return row, event_id


def _featured_price(session: Session, session_id: int, product_id: int) -> tuple[int, str, str]:
    """The price one item of a featured product counts for now, with the product's code and name."""
    found = session.execute(
        select(LiveSessionProduct.live_price, Product.price, Product.code, Product.name)
        .join(Product, LiveSessionProduct.product_id == Product.id)
        .where(LiveSessionProduct.session_id == session_id, LiveSessionProduct.product_id == product_id)
    ).first()
    if found is None:
        product = session.get(Product, product_id)
        name = product.name if product else f"#{product_id}"
        raise DomainError(
            translate("Live", "{name} is not featured in this session.").format(name=name),
            hint=translate("Live", "Add it to the session's products (Edit session), then count again."))
    live_price, list_price, code, name = found
    price = live_price if live_price is not None else (list_price or 0)
    if price > MAX_LIVE_PRICE:
        raise DomainError(
            translate("Live", "The price of {name} is too large to count.").format(name=name),
            hint=translate("Live", "Set a live price for it in this session."))
    return int(price), code, name


def _insert(session: Session, actor: Actor, event_id: int, product: tuple[str, str], reason: str | None = None,
            **values: object) -> TallyEvent:
    row = LiveTally(operator=actor.operator, station=actor.station, **values)
    session.add(row)
    session.flush()
    details = {k: values[k] for k in ("product_id", "quantity", "orders", "kind") if k in values}
    audit.record(session, actor, row.kind, "live_tally", row.id, event_id=event_id, session_id=row.session_id,
                 **details, **({"reason": reason} if reason else {}))
    return _event(row, *product, reason)


def _event(row: LiveTally, code: str = "", name: str = "", reason: str | None = None) -> TallyEvent:
    return TallyEvent(id=row.id, session_id=row.session_id, product_id=row.product_id, quantity=row.quantity,
                      orders=row.orders, unit_price=row.unit_price, kind=TallyKind(row.kind),
                      source=TallySource(row.source) if row.source is not None else None,
                      reverses_id=row.reverses_id, operator=row.operator, station=row.station,
                      created_at=row.created_at, product_code=code, product_name=name, reason=reason)


def _source(source: str) -> str:
    """The stored word of a count's source; a clear refusal for any other."""
    if source not in SOURCES:
        raise DomainError(translate("Live", "Unknown count source '{value}'.").format(value=str(source)[:20]))
    return TallySource(source).value


def add_count(store: Store, actor: Actor, session_id: int, product_id: int, *, quantity: int = 1, orders: int = 1,
              source: str = TallySource.KEY) -> TallyEvent:
    """Record a sale of `quantity` items in `orders` orders; durable when this returns."""
    check_count(quantity, translate("Live", "Quantity"), minimum=1, maximum=MAX_COUNT)
    check_count(orders, translate("Live", "Orders"), minimum=0, maximum=quantity)
    source = _source(source)
    with store.transaction() as session:
        # The hot path: one query says whether the session is open and what the product sells for.
        found = session.execute(
            select(LiveSession.started_at, LiveSession.ended_at, EventDay.event_id, LiveSessionProduct.live_price,
                   Product.price, Product.code, Product.name)
            .join(EventDay, LiveSession.event_day_id == EventDay.id)
            .join(LiveSessionProduct, (LiveSessionProduct.session_id == LiveSession.id)
                  & (LiveSessionProduct.product_id == product_id))
            .join(Product, Product.id == LiveSessionProduct.product_id)
            .where(LiveSession.id == session_id)
        ).first()
        if found is None or found.ended_at is not None or found.started_at is None \
                or (found.live_price if found.live_price is not None else found.price or 0) > MAX_LIVE_PRICE:
            _, event_id = _open_for_counts(session, session_id)  # raise the precise refusal
            _featured_price(session, session_id, product_id)
            raise AssertionError("count refused without a reason")  # pragma: no cover
        price = found.live_price if found.live_price is not None else (found.price or 0)
        return _insert(session, actor, found.event_id, (found.code, found.name), session_id=session_id,
                       product_id=product_id, quantity=quantity, orders=orders, unit_price=int(price), kind=TallyKind.COUNT.value,
                       source=source)


def scanned_product(session: Session, scan_text: str) -> Product:
    """The product a scanned label (Digital Link or offline text) or a typed code/GTIN names."""
    text = (scan_text or "").strip()
    if len(text) > 2000:
        raise DomainError(translate("Live", "That scan is too long to be a product label."))
    scan = parse_scan(text)
    if scan.kind == "booth":
        raise DomainError(translate("Live", "That is a booth card, not a product label."),
                          hint=translate("Live", "Scan the QR on the product's traceability label."))
    if scan.kind == "lot":
        product = None
        if scan.gtin:
            product = product_by_gtin(session, scan.gtin)
        elif scan.product_code:
            product = session.scalar(select(Product).where(Product.code == scan.product_code))
        if product is None:
            raise DomainError(
                translate("Live", "The scanned label names a product this database does not know ({ref}).").format(
                    ref=scan.gtin or scan.product_code),
                hint=translate("Live", "Check that the label belongs to this fair."))
        return product
    return find_product(session, text.splitlines()[0] if text else text)


def add_scan(store: Store, actor: Actor, session_id: int, scan_text: str) -> TallyEvent:
    """One sale of the product whose label was scanned (one item, one order)."""
    with store.transaction() as session:
        _, event_id = _open_for_counts(session, session_id)
        product = scanned_product(session, scan_text)
        price, code, name = _featured_price(session, session_id, product.id)
        return _insert(session, actor, event_id, (code, name), session_id=session_id, product_id=product.id,
                       quantity=1, orders=1, unit_price=price, kind=TallyKind.COUNT.value,
                       source=TallySource.SCAN.value)


def _product_sums(session: Session, session_id: int, product_id: int) -> tuple[int, int]:
    items, orders = session.execute(
        select(func.coalesce(func.sum(LiveTally.quantity), 0), func.coalesce(func.sum(LiveTally.orders), 0))
        .where(LiveTally.session_id == session_id, LiveTally.product_id == product_id)
    ).one()
    return int(items), int(orders)


def _refuse_negative(session: Session, session_id: int, product_id: int, dq: int, do: int) -> None:
    items, orders = _product_sums(session, session_id, product_id)
    if items + dq < 0 or orders + do < 0:
        raise DomainError(
            translate("Live", "That would leave {items} items and {orders} orders; totals cannot be negative.").format(
                items=items + dq, orders=orders + do),
            hint=translate("Live", "Nothing was recorded. The product now has {items} items in {orders} orders.").format(
                items=items, orders=orders))


def correct(store: Store, actor: Actor, session_id: int, product_id: int, quantity_delta: int, orders_delta: int,
            reason: str | None, *, source: str = TallySource.KEY) -> TallyEvent:
    """A visible correction row (negative or positive); refused when a total would go below zero."""
    check_count(quantity_delta, translate("Live", "Quantity change"), minimum=-MAX_COUNT, maximum=MAX_COUNT)
    check_count(orders_delta, translate("Live", "Orders change"), minimum=-MAX_COUNT, maximum=MAX_COUNT)
    why = clean_text(reason, translate("Live", "Reason"), max_len=200)
    if quantity_delta == 0 and orders_delta == 0:
        raise DomainError(translate("Live", "A correction must change the items or the orders."))
    source = _source(source)
    with store.transaction() as session:
        _, event_id = _open_for_counts(session, session_id, lock=True)
        price, code, name = _featured_price(session, session_id, product_id)
        _refuse_negative(session, session_id, product_id, quantity_delta, orders_delta)
        return _insert(session, actor, event_id, (code, name), session_id=session_id, product_id=product_id,
                       quantity=quantity_delta, orders=orders_delta, unit_price=price, kind=TallyKind.CORRECTION.value,
                       source=source, reason=why)


def minus_one(store: Store, actor: Actor, session_id: int, product_id: int, *, source: str = TallySource.MOUSE) -> TallyEvent:
    """The tile's −1: one item less, and one order less when items would fall below orders."""
    with store.reading() as session:
        items, orders = _product_sums(session, session_id, product_id)
    orders_delta = -1 if orders > items - 1 else 0
    return correct(store, actor, session_id, product_id, -1, orders_delta, translate("Live", "−1 on the tile"),
                   source=source)


def undo_last(store: Store, actor: Actor, session_id: int) -> TallyEvent | None:
    """Reverse this station's latest count or correction not yet undone; None when there is none."""
    undone = aliased(LiveTally)
    with store.transaction() as session:
        _, event_id = _open_for_counts(session, session_id, lock=True)
        last = session.scalar(
            select(LiveTally)
            .where(LiveTally.session_id == session_id, LiveTally.kind != TallyKind.UNDO.value, LiveTally.station == actor.station,
                   ~select(undone.id).where(undone.reverses_id == LiveTally.id).exists())
            .order_by(LiveTally.id.desc()).limit(1)
        )
        if last is None:
            return None
        _refuse_negative(session, session_id, last.product_id, -last.quantity, -last.orders)
        product = session.get(Product, last.product_id)
        assert product is not None
        return _insert(session, actor, event_id, (product.code, product.name), session_id=session_id,
                       product_id=last.product_id, quantity=-last.quantity, orders=-last.orders, unit_price=last.unit_price,
                       kind=TallyKind.UNDO.value,
                       source=last.source, reverses_id=last.id)


# -- viewer snapshots ------------------------------------------------------------------------------


def add_snapshot(store: Store, actor: Actor, session_id: int, *, viewers: int | None = None,
                 views: int | None = None, likes: int | None = None, comments: int | None = None,
                 shares: int | None = None, reach: int | None = None,
                 taken_at: dt.datetime | str | None = None) -> Snapshot:
    """What the platform shows right now, typed in by the coordinator."""
    figures = {
        "viewers": check_metric(viewers, translate("Live", "Viewers")),
        "views": check_metric(views, translate("Live", "Views")),
        "likes": check_metric(likes, translate("Live", "Likes")),
        "comments": check_metric(comments, translate("Live", "Comments")),
        "shares": check_metric(shares, translate("Live", "Shares")),
        "reach": check_metric(reach, translate("Live", "Reach")),
    }
    if all(v is None for v in figures.values()):
        raise DomainError(translate("Live", "Type at least one figure for the snapshot."),
                          hint=translate("Live", "For example the current viewers the platform shows."))
    when = aware(taken_at, translate("Live", "Time")) or dt.datetime.now(dt.UTC)
    with store.transaction() as session:
        row, day = load_session(session, session_id)
        snap = ViewerSnapshot(session_id=session_id, taken_at=when, operator=actor.operator, **figures)
        session.add(snap)
        session.flush()
        audit.record(session, actor, "snapshot", "live_session", session_id, event_id=day.event_id,
                     taken_at=when, **{k: v for k, v in figures.items() if v is not None})
        return _snapshot(snap)


def _snapshot(row: ViewerSnapshot) -> Snapshot:
    return Snapshot(id=row.id, taken_at=row.taken_at, viewers=row.viewers, views=row.views, likes=row.likes,
                    comments=row.comments, shares=row.shares, reach=row.reach, operator=row.operator)


def snapshots(store: Store, session_id: int) -> list[Snapshot]:
    with store.reading() as session:
        return _snapshots(session, session_id)


def _snapshots(session: Session, session_id: int) -> list[Snapshot]:
    rows = session.scalars(select(ViewerSnapshot).where(ViewerSnapshot.session_id == session_id)
                           .order_by(ViewerSnapshot.taken_at, ViewerSnapshot.id))
    return [_snapshot(r) for r in rows]


# -- totals and the session at a glance -----------------------------------------------------------


def _totals(session: Session, info: SessionInfo) -> SessionTotals:
    rows = session.execute(
        select(LiveTally.product_id, func.sum(LiveTally.quantity), func.sum(LiveTally.orders),
               func.sum(LiveTally.quantity * LiveTally.unit_price), func.count(LiveTally.id))
        .where(LiveTally.session_id == info.id).group_by(LiveTally.product_id)
    ).all()
    sums = {pid: (int(q or 0), int(o or 0), int(r or 0), int(n)) for pid, q, o, r, n in rows}
    products = [ProductTotals(p.product_id, p.code, p.name, p.position, p.price, *sums.pop(p.product_id, (0, 0, 0, 0)))
                for p in info.products]
    if sums:  # counted, then removed from the show list: still part of the session's takings
        names = dict(session.execute(select(Product.id, Product.code).where(Product.id.in_(sums))).all())
        full = dict(session.execute(select(Product.id, Product.name).where(Product.id.in_(sums))).all())
        products += [ProductTotals(pid, names[pid], full[pid], 1000 + i, 0, *vals)
                     for i, (pid, vals) in enumerate(sorted(sums.items()))]
    return SessionTotals(info.id, tuple(products), items=sum(p.items for p in products),
                         orders=sum(p.orders for p in products), revenue=sum(p.revenue for p in products),
                         events=sum(p.events for p in products))


def session_totals(store: Store, session_id: int) -> SessionTotals:
    """Per-product items, orders and revenue, rebuilt from the count rows with SQL aggregates."""
    with store.reading() as session:
        return _totals(session, read_session(session, session_id))


def tally_events(store: Store, session_id: int, *, limit: int | None = 200) -> list[TallyEvent]:
    """The count rows, newest first, with product names and the reasons given for corrections."""
    with store.reading() as session:
        read_session(session, session_id)
        return _events(session, session_id, limit)


def _events(session: Session, session_id: int, limit: int | None) -> list[TallyEvent]:
    stmt = (select(LiveTally, Product.code, Product.name).join(Product, LiveTally.product_id == Product.id)
            .where(LiveTally.session_id == session_id).order_by(LiveTally.id.desc()))
    if limit is not None:
        stmt = stmt.limit(limit)
    rows = session.execute(stmt).all()
    corrections = [r.id for r, _, _ in rows if r.kind == TallyKind.CORRECTION]
    reasons: dict[int, str] = {}
    if corrections:
        for entity_id, details in session.execute(
                select(AuditEntry.entity_id, AuditEntry.details).where(
                    AuditEntry.entity == "live_tally", AuditEntry.action == "correction",
                    AuditEntry.entity_id.in_(corrections))):
            if entity_id is not None and details:
                reasons[entity_id] = json.loads(details).get("reason") or ""
    return [_event(r, code, name, reasons.get(r.id)) for r, code, name in rows]


def compare(info: SessionInfo, totals: SessionTotals, snaps: list[Snapshot]) -> tuple[Difference, ...]:
    """The platform's totals beside what the coordinator counted and saw."""
    pf = info.platform_totals
    peak = max((s.viewers for s in snaps if s.viewers is not None), default=None)
    last_views = next((s.views for s in reversed(snaps) if s.views is not None), None)
    reach = max((s.reach for s in snaps if s.reach is not None), default=None)
    return (
        Difference("views", pf.views, last_views),
        Difference("unique_viewers", pf.unique_viewers, None),
        Difference("peak_viewers", pf.peak_viewers, peak),
        Difference("reach", pf.reach, reach),
        Difference("sku_orders", pf.sku_orders, totals.orders),
        Difference("items_sold", pf.items_sold, totals.items),
        Difference("gmv", pf.gmv, totals.revenue, money=True),
        Difference("direct_gmv", pf.direct_gmv, None, money=True),
    )


def session_detail(store: Store, session_id: int, *, recent: int = 100) -> SessionDetail:
    """Everything the tally page shows, read in one go."""
    with store.reading() as session:
        info = read_session(session, session_id)
        totals = _totals(session, info)
        snaps = _snapshots(session, session_id)
        events = _events(session, session_id, recent)
    return SessionDetail(info, totals, tuple(snaps), tuple(events), compare(info, totals, snaps))


def day_summary(store: Store, event_id: int, day: dt.date | None = None) -> dict[int, tuple[int, int, int]]:
    """Items, orders and revenue per session of an event (or one day), for lists and summaries."""
    stmt = (select(LiveTally.session_id, func.sum(LiveTally.quantity), func.sum(LiveTally.orders),
                   func.sum(LiveTally.quantity * LiveTally.unit_price))
            .join(LiveSession, LiveTally.session_id == LiveSession.id)
            .join(EventDay, LiveSession.event_day_id == EventDay.id)
            .where(EventDay.event_id == event_id).group_by(LiveTally.session_id))
    if day is not None:
        stmt = stmt.where(EventDay.day == day)
    with store.reading() as session:
        return {sid: (int(q or 0), int(o or 0), int(r or 0)) for sid, q, o, r in session.execute(stmt).all()}

