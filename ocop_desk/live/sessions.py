"""Livestream sessions: who hosts, on which platform and channel, which products, when, and the
platform dashboard's own totals typed in at the end.

The counts themselves live in `live.tally`; this module only shapes the session around them.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ocop_desk.core.errors import DomainError, NotFound
from ocop_desk.core.i18n import translate
from ocop_desk.core.payloads import gtin14
from ocop_desk.core.validate import check_count, check_money, clean_text, parse_date
from ocop_desk.fair.events import event_day_id
from ocop_desk.store import audit
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import (
    Booth,
    EventDay,
    LiveHost,
    LiveSession,
    LiveSessionProduct,
    LiveTally,
    Product,
    utcnow,
)


class Platform(StrEnum):
    """Where a session is streamed (stored as the word)."""

    TIKTOK = "tiktok"
    FACEBOOK = "facebook"
    SHOPEE = "shopee"
    YOUTUBE = "youtube"
    OTHER = "other"


class SessionStatus(StrEnum):
    """Where a session stands, from its start and end times."""

    PLANNED = "planned"  # not started
    LIVE = "live"
    ENDED = "ended"


PLATFORMS = tuple(Platform)
PLATFORM_NAMES = {"tiktok": "TikTok Shop", "facebook": "Facebook", "shopee": "Shopee", "youtube": "YouTube",
                  "other": "Other"}
MAX_HOSTS = 10
MAX_FEATURED = 60
MAX_NOTES = 5000
# A unit price above ten billion đồng is a typo; the cap also keeps quantity × price sums inside 64 bits.
MAX_LIVE_PRICE = 10**10
MAX_METRIC = 10**12  # views, reach...: the whole national programme had 3·10^8 views
_NOTES_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()


@dataclass(frozen=True)
class FeaturedProduct:
    product_id: int
    code: str
    name: str
    unit: str | None
    gtin: str | None
    position: int
    list_price: int | None
    live_price: int | None

    @property
    def price(self) -> int:
        """What one item sells for in this session: the live (deal) price, else the list price."""
        if self.live_price is not None:
            return self.live_price
        return self.list_price or 0


@dataclass(frozen=True)
class PlatformTotals:
    """The platform dashboard's figures (None = not typed in)."""

    views: int | None = None
    unique_viewers: int | None = None
    peak_viewers: int | None = None
    reach: int | None = None
    sku_orders: int | None = None
    items_sold: int | None = None
    gmv: int | None = None
    direct_gmv: int | None = None

    def entered(self) -> bool:
        return any(v is not None for v in self.__dict__.values())


class _SessionState:
    """What SessionInfo and SessionLabel both derive from their platform and times."""

    platform: str  # a Platform's word as stored (one a newer version wrote is shown as it is)
    started_at: dt.datetime | None
    ended_at: dt.datetime | None

    @property
    def status(self) -> SessionStatus:
        if self.ended_at is not None:
            return SessionStatus.ENDED
        return SessionStatus.LIVE if self.started_at is not None else SessionStatus.PLANNED

    @property
    def platform_name(self) -> str:
        return PLATFORM_NAMES.get(self.platform, self.platform)


@dataclass(frozen=True)
class SessionInfo(_SessionState):
    id: int
    event_id: int
    day: dt.date
    platform: str
    channel: str | None
    title: str | None
    hosts: tuple[str, ...]
    notes: str | None
    planned_start: dt.datetime | None
    planned_end: dt.datetime | None
    started_at: dt.datetime | None
    ended_at: dt.datetime | None
    products: tuple[FeaturedProduct, ...]
    platform_totals: PlatformTotals


    def product(self, product_id: int) -> FeaturedProduct | None:
        return next((p for p in self.products if p.product_id == product_id), None)

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id, "event_id": self.event_id, "day": self.day.isoformat(), "platform": self.platform,
            "channel": self.channel, "title": self.title, "hosts": list(self.hosts), "notes": self.notes,
            "status": self.status,
            "planned_start": _iso(self.planned_start), "planned_end": _iso(self.planned_end),
            "started_at": _iso(self.started_at), "ended_at": _iso(self.ended_at),
            "products": [{"id": p.product_id, "code": p.code, "name": p.name, "position": p.position,
                          "list_price": p.list_price, "live_price": p.live_price, "price": p.price}
                         for p in self.products],
            "platform_totals": dict(self.platform_totals.__dict__),
        }


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


# -- reading ---------------------------------------------------------------------------------------


def _info(row: LiveSession, event_id: int, day: dt.date) -> SessionInfo:
    return SessionInfo(
        id=row.id, event_id=event_id, day=day, platform=row.platform, channel=row.channel, title=row.title,
        hosts=tuple(h.name for h in row.hosts), notes=row.notes, planned_start=row.planned_start,
        planned_end=row.planned_end, started_at=row.started_at, ended_at=row.ended_at,
        products=tuple(
            FeaturedProduct(product_id=p.product_id, code=p.product.code, name=p.product.name, unit=p.product.unit,
                            gtin=p.product.gtin, position=p.position, list_price=p.product.price,
                            live_price=p.live_price)
            for p in row.products
        ),
        platform_totals=PlatformTotals(
            views=row.pf_views, unique_viewers=row.pf_unique_viewers, peak_viewers=row.pf_peak_viewers,
            reach=row.pf_reach, sku_orders=row.pf_sku_orders, items_sold=row.pf_items_sold, gmv=row.pf_gmv,
            direct_gmv=row.pf_direct_gmv,
        ),
    )


def load_session(session: Session, session_id: int) -> tuple[LiveSession, EventDay]:
    row = session.get(LiveSession, session_id)
    if row is None:
        raise NotFound(
            translate("Live", "There is no live session with id {id}.").format(id=session_id),
            hint=translate("Live", "List the day's sessions with 'ocop-desk live list'."),
        )
    day = session.get(EventDay, row.event_day_id)
    assert day is not None
    return row, day


def read_session(session: Session, session_id: int) -> SessionInfo:
    row, day = load_session(session, session_id)
    return _info(row, day.event_id, day.day)


def get_session(store: Store, session_id: int) -> SessionInfo:
    with store.reading() as session:
        return read_session(session, session_id)


def list_sessions(store: Store, event_id: int, day: dt.date | str | None = None) -> list[SessionInfo]:
    """The event's sessions (of one day if given), by start time; parallel sessions sit side by side."""
    on = parse_date(day, translate("Live", "Day")) if day is not None else None
    stmt = (
        select(LiveSession, EventDay.event_id, EventDay.day)
        .join(EventDay, LiveSession.event_day_id == EventDay.id)
        .where(EventDay.event_id == event_id)
        .options(selectinload(LiveSession.hosts),
                 selectinload(LiveSession.products).selectinload(LiveSessionProduct.product))
        .order_by(EventDay.day, LiveSession.started_at, LiveSession.planned_start, LiveSession.id)
    )
    if on is not None:
        stmt = stmt.where(EventDay.day == on)
    with store.reading() as session:
        return [_info(row, ev, d) for row, ev, d in session.execute(stmt).all()]


@dataclass(frozen=True)
class SessionLabel(_SessionState):
    """What a session picker shows; much lighter than `SessionInfo` for a day of many sessions."""

    id: int
    platform: str
    channel: str | None
    title: str | None
    hosts: tuple[str, ...]
    planned_start: dt.datetime | None
    started_at: dt.datetime | None
    ended_at: dt.datetime | None



def session_labels(store: Store, event_id: int, day: dt.date | None = None) -> list[SessionLabel]:
    """The event's (or one day's) sessions in start order, with their hosts, in two queries."""
    stmt = (
        select(LiveSession.id, LiveSession.platform, LiveSession.channel, LiveSession.title,
               LiveSession.planned_start, LiveSession.started_at, LiveSession.ended_at)
        .join(EventDay, LiveSession.event_day_id == EventDay.id)
        .where(EventDay.event_id == event_id)
        .order_by(EventDay.day, LiveSession.started_at, LiveSession.planned_start, LiveSession.id)
    )
    if day is not None:
        stmt = stmt.where(EventDay.day == day)
    with store.reading() as session:
        rows = session.execute(stmt).all()
        hosts: dict[int, list[str]] = {}
        ids = [r.id for r in rows]
        for start in range(0, len(ids), 500):
            for sid, name in session.execute(
                    select(LiveHost.session_id, LiveHost.name).where(LiveHost.session_id.in_(ids[start:start + 500]))
                    .order_by(LiveHost.session_id, LiveHost.position, LiveHost.id)):
                hosts.setdefault(sid, []).append(name)
    return [SessionLabel(r.id, r.platform, r.channel, r.title, tuple(hosts.get(r.id, ())), r.planned_start,
                         r.started_at, r.ended_at) for r in rows]


# -- validation ------------------------------------------------------------------------------------


def _platform(value: str | None) -> str:
    """The stored word of a typed platform name (aliases accepted); a clear refusal otherwise."""
    key = (value or "tiktok").strip().lower().replace(" ", "")
    key = {"tiktokshop": "tiktok", "fb": "facebook", "yt": "youtube"}.get(key, key)
    if key not in PLATFORMS:
        raise DomainError(
            translate("Live", "Unknown platform '{value}'.").format(value=str(value)[:40]),
            hint=translate("Live", "Choose one of: {choices}.").format(choices=", ".join(PLATFORMS)),
        )
    return Platform(key).value


def _hosts(names: Iterable[str] | None) -> list[str]:
    field = translate("Live", "Host")
    cleaned = [clean_text(n, field, max_len=200) for n in (names or [])]
    hosts = [n for n in cleaned if n]
    if not hosts:
        raise DomainError(translate("Live", "A live session needs at least one host."),
                          hint=translate("Live", "Type the streamer's name."))
    if len(hosts) > MAX_HOSTS:
        raise DomainError(translate("Live", "A session can have at most {n} hosts.").format(n=MAX_HOSTS))
    return hosts


def clean_notes(value: str | None) -> str | None:
    """Notes may span lines, but carry no other control characters and stay a reasonable length."""
    if value is None or not value.strip():
        return None
    text = unicodedata.normalize("NFC", value).strip().replace("\r\n", "\n")
    field = translate("Live", "Notes")
    if _NOTES_CONTROL.search(text):
        raise DomainError(translate("Live", "{field} contain control characters; remove them.").format(field=field))
    if len(text) > MAX_NOTES:
        raise DomainError(
            translate("Validate", "{field} is {length} characters long; the most allowed is {max}.").format(
                field=field, length=len(text), max=MAX_NOTES))
    return text


def aware(value: dt.datetime | str | None, field: str) -> dt.datetime | None:
    """A time from the caller: naive values are the laptop's local time; stored as UTC."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        raw = value.strip()
        try:
            value = dt.datetime.fromisoformat(raw)
        except ValueError:
            raise DomainError(
                translate("Live", "{field}: '{value}' is not a time; write it as YYYY-MM-DD HH:MM.").format(
                    field=field, value=raw[:40])) from None
    if value.tzinfo is None:
        value = value.astimezone()
    if not dt.datetime(1990, 1, 1, tzinfo=dt.UTC) <= value <= dt.datetime(2100, 12, 31, tzinfo=dt.UTC):
        raise DomainError(translate("Validate", "{field}: {value} is out of range (1990–2100).").format(
            field=field, value=value.isoformat()))
    return value.astimezone(dt.UTC)


def check_live_price(price: int | None) -> int | None:
    field = translate("Live", "Live price")
    if price is None:
        return None
    check_money(price, field)
    return check_count(price, field, minimum=0, maximum=MAX_LIVE_PRICE)


def check_metric(value: int | None, field: str) -> int | None:
    return None if value is None else check_count(value, field, minimum=0, maximum=MAX_METRIC)


def _check_order(start: dt.datetime | None, end: dt.datetime | None, what: str) -> None:
    if start is not None and end is not None and end < start:
        raise DomainError(
            translate("Live", "The {what} end ({end}) is before its start ({start}).").format(
                what=what, end=end.astimezone().strftime("%d/%m/%Y %H:%M"),
                start=start.astimezone().strftime("%d/%m/%Y %H:%M")),
            hint=translate("Live", "A session cannot end before it starts; correct one of the two times."),
        )


def find_product(session: Session, ref: str) -> Product:
    """A product by its code (any case) or its GTIN (8/12/13/14 digits, compared as GTIN-14)."""
    text = (ref or "").strip()
    if not text or len(text) > 200:
        raise DomainError(translate("Live", "Give a product code or GTIN."))
    product = session.scalar(select(Product).where(Product.code == text))
    if product is None and text.upper() != text:
        product = session.scalar(select(Product).where(Product.code == text.upper()))
    if product is None and text.isdigit() and len(text) in (8, 12, 13, 14):
        product = product_by_gtin(session, text)
    if product is None:
        raise NotFound(translate("Live", "No product has the code or GTIN '{ref}'.").format(ref=text[:60]),
                       hint=translate("Live", "Check the code on the product list (Products & lots)."))
    return product


def product_by_gtin(session: Session, gtin: str) -> Product | None:
    """Stored GTINs keep their own length; every length pads to the same GTIN-14."""
    try:
        g14 = gtin14(gtin)
    except ValueError:
        g14 = gtin.rjust(14, "0")
    forms = {g14, g14[1:], g14[2:], g14[6:]}
    return session.scalar(select(Product).where(Product.gtin.in_(forms)))


def _featured(session: Session, event_id: int, refs: Sequence[str]) -> list[Product]:
    products: list[Product] = []
    if len(refs) > MAX_FEATURED:
        raise DomainError(translate("Live", "A session can feature at most {n} products.").format(n=MAX_FEATURED))
    for ref in refs:
        product = find_product(session, ref)
        if product.id in {p.id for p in products}:
            raise DomainError(translate("Live", "{name} is listed twice.").format(name=product.name),
                              hint=translate("Live", "List each featured product once, in show order."))
        if session.scalar(select(Booth.id).where(Booth.producer_id == product.producer_id,
                                                 Booth.event_id == event_id).limit(1)) is None:
            raise DomainError(
                translate("Live", "{name} ({code}) is not a product of this fair.").format(
                    name=product.name, code=product.code),
                hint=translate("Live", "Feature products whose producer has a booth at the fair."))
        products.append(product)
    return products


# -- writing ---------------------------------------------------------------------------------------


def start_session(
    store: Store, actor: Actor, event_id: int, day: dt.date | str, *, platform: str = "tiktok",
    hosts: list[str], title: str | None = None, channel: str | None = None, product_refs: Sequence[str] = (),
    planned_start: dt.datetime | str | None = None, planned_end: dt.datetime | str | None = None,
    notes: str | None = None, started_at: dt.datetime | str | None = None,
) -> SessionInfo:
    """Open a session on an event day; it is live from `started_at` (default: now)."""
    on = parse_date(day, translate("Live", "Day"), required=True)
    assert on is not None
    plan_start = aware(planned_start, translate("Live", "Planned start"))
    plan_end = aware(planned_end, translate("Live", "Planned end"))
    values: dict[str, Any] = dict(
        platform=_platform(platform),
        channel=clean_text(channel, translate("Live", "Channel"), max_len=200),
        title=clean_text(title, translate("Live", "Title")),
        notes=clean_notes(notes),
        planned_start=plan_start,
        planned_end=plan_end,
        started_at=aware(started_at, translate("Live", "Start")) or utcnow(),
    )
    names = _hosts(hosts)
    _check_order(plan_start, plan_end, translate("Live", "planned"))
    with store.transaction() as session:
        day_id = event_day_id(session, event_id, on)
        products = _featured(session, event_id, list(product_refs))
        row = LiveSession(event_day_id=day_id, **values)
        row.hosts = [LiveHost(name=n, position=i) for i, n in enumerate(names)]
        row.products = [LiveSessionProduct(product_id=p.id, position=i) for i, p in enumerate(products)]
        session.add(row)
        session.flush()
        audit.record(session, actor, "start", "live_session", row.id, event_id=event_id, platform=values["platform"],
                     hosts=names, products=[p.code for p in products])
        return read_session(session, row.id)


def update_session(
    store: Store, actor: Actor, session_id: int, *, platform: str = UNSET, channel: str | None = UNSET,
    title: str | None = UNSET, hosts: list[str] = UNSET, product_refs: Sequence[str] = UNSET,
    planned_start: dt.datetime | str | None = UNSET, planned_end: dt.datetime | str | None = UNSET,
    started_at: dt.datetime | str | None = UNSET, ended_at: dt.datetime | str | None = UNSET,
    notes: str | None = UNSET,
) -> SessionInfo:
    """Edit a session, also after it ended. Only the fields given change; None clears a field."""
    changes: dict[str, Any] = {}
    if platform is not UNSET:
        changes["platform"] = _platform(platform)
    if channel is not UNSET:
        changes["channel"] = clean_text(channel, translate("Live", "Channel"), max_len=200)
    if title is not UNSET:
        changes["title"] = clean_text(title, translate("Live", "Title"))
    if notes is not UNSET:
        changes["notes"] = clean_notes(notes)
    for name, value, label in (("planned_start", planned_start, translate("Live", "Planned start")),
                               ("planned_end", planned_end, translate("Live", "Planned end")),
                               ("started_at", started_at, translate("Live", "Start")),
                               ("ended_at", ended_at, translate("Live", "End"))):
        if value is not UNSET:
            changes[name] = aware(value, label)
    names = _hosts(hosts) if hosts is not UNSET else None
    with store.transaction() as session:
        row, day = load_session(session, session_id)
        if "started_at" in changes and changes["started_at"] is None:
            raise DomainError(translate("Live", "A session's start time cannot be cleared."),
                              hint=translate("Live", "Type the time it went live."))
        merged = {k: changes.get(k, getattr(row, k)) for k in ("planned_start", "planned_end", "started_at",
                                                               "ended_at")}
        _check_order(merged["planned_start"], merged["planned_end"], translate("Live", "planned"))
        _check_order(merged["started_at"], merged["ended_at"], translate("Live", "session"))
        for key, value in changes.items():
            setattr(row, key, value)
        if names is not None:
            row.hosts = [LiveHost(name=n, position=i) for i, n in enumerate(names)]
        if product_refs is not UNSET:
            _replace_products(session, row, day.event_id, list(product_refs))
        session.flush()
        audit.record(session, actor, "update", "live_session", row.id, event_id=day.event_id,
                     **{k: v for k, v in changes.items()},
                     **({"hosts": names} if names is not None else {}),
                     **({"products": list(product_refs)} if product_refs is not UNSET else {}))
        session.expire(row)
        return read_session(session, row.id)


def _replace_products(session: Session, row: LiveSession, event_id: int, refs: list[str]) -> None:
    products = _featured(session, event_id, refs)
    wanted = {p.id for p in products}
    counted = set(session.scalars(select(LiveTally.product_id).where(LiveTally.session_id == row.id).distinct()))
    dropped = [p for p in row.products if p.product_id not in wanted and p.product_id in counted]
    if dropped:
        raise DomainError(
            translate("Live", "{name} already has counts in this session, so it stays featured.").format(
                name=dropped[0].product.name),
            hint=translate("Live", "Correct its counts to zero if it was counted by mistake; the counts are kept."))
    keep = {p.product_id: p for p in row.products}
    for p in list(row.products):
        if p.product_id not in wanted:
            row.products.remove(p)
    session.flush()
    for i, product in enumerate(products):
        if product.id in keep:
            keep[product.id].position = i
        else:
            row.products.append(LiveSessionProduct(product_id=product.id, position=i))


def set_live_price(store: Store, actor: Actor, session_id: int, product_id: int, price: int | None) -> SessionInfo:
    """The deal price of one featured product for the counts that follow (None: back to the list price)."""
    checked = check_live_price(price)
    with store.transaction() as session:
        row, day = load_session(session, session_id)
        featured = next((p for p in row.products if p.product_id == product_id), None)
        if featured is None:
            raise DomainError(translate("Live", "That product is not featured in this session."),
                              hint=translate("Live", "Add it to the session's products first."))
        old = featured.live_price
        featured.live_price = checked
        audit.record(session, actor, "set_price", "live_session", row.id, event_id=day.event_id,
                     product_id=product_id, old=old, new=checked)
        session.flush()
        return read_session(session, row.id)


def end_session(
    store: Store, actor: Actor, session_id: int, *, ended_at: dt.datetime | str | None = None,
    views: int | None = None, unique_viewers: int | None = None, peak_viewers: int | None = None,
    reach: int | None = None, sku_orders: int | None = None, items_sold: int | None = None,
    gmv: int | None = None, direct_gmv: int | None = None,
) -> SessionInfo:
    """End the session (now, unless given) and keep the platform dashboard's figures beside the tally.

    A figure left as None keeps what was typed before, so the totals can be completed later.
    """
    figures = {
        "pf_views": check_metric(views, translate("Live", "Views")),
        "pf_unique_viewers": check_metric(unique_viewers, translate("Live", "Unique viewers")),
        "pf_peak_viewers": check_metric(peak_viewers, translate("Live", "Peak concurrent viewers")),
        "pf_reach": check_metric(reach, translate("Live", "Reach")),
        "pf_sku_orders": check_metric(sku_orders, translate("Live", "SKU orders")),
        "pf_items_sold": check_metric(items_sold, translate("Live", "Items sold")),
        "pf_gmv": check_money(gmv, translate("Live", "GMV")),
        "pf_direct_gmv": check_money(direct_gmv, translate("Live", "Direct GMV")),
    }
    end = aware(ended_at, translate("Live", "End"))
    with store.transaction() as session:
        row, day = load_session(session, session_id)
        end = end or row.ended_at or utcnow()
        _check_order(row.started_at, end, translate("Live", "session"))
        row.ended_at = end
        for key, value in figures.items():
            if value is not None:
                setattr(row, key, value)
        audit.record(session, actor, "end", "live_session", row.id, event_id=day.event_id, ended_at=end,
                     **{k: v for k, v in figures.items() if v is not None})
        session.flush()
        return read_session(session, row.id)


def reopen_session(store: Store, actor: Actor, session_id: int) -> SessionInfo:
    """Make an ended session live again so counts can be added or corrected; its figures are kept."""
    with store.transaction() as session:
        row, day = load_session(session, session_id)
        if row.ended_at is None:
            raise DomainError(translate("Live", "This session has not ended; there is nothing to reopen."))
        was = row.ended_at
        row.ended_at = None
        audit.record(session, actor, "reopen", "live_session", row.id, event_id=day.event_id, was_ended_at=was)
        session.flush()
        return read_session(session, row.id)
