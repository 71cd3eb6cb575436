"""The check-in desk: booths arriving each morning, the booth board, undo, and the desk's search.

A check-in is one row per booth and day; the database's unique constraint (booth_id, event_day_id)
decides races between stations (no application locks), so two desks scanning the same booth both
answer correctly: one "checked_in", the other "already" with the winner's time and operator.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Row, and_, bindparam, delete, exists, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ocop_desk.checkin.states import Attendance, BoardStatus, CheckInState
from ocop_desk.core.errors import DomainError, NotFound
from ocop_desk.core.i18n import translate
from ocop_desk.core.payloads import parse_scan
from ocop_desk.fair.events import event_day_id
from ocop_desk.store import audit
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store, bytewise
from ocop_desk.store.models import (
    AuditEntry,
    Booth,
    BoothDay,
    CheckIn,
    EventDay,
    Lot,
    Producer,
    Product,
    utcnow,
)

STATES = tuple(CheckInState)
STATUSES = tuple(Attendance)
# Board statuses: the three stored ones, "expected" (registered, nothing recorded yet) and
# "off" (not registered for that day).
BOARD_STATUSES = tuple(BoardStatus)


@dataclass(frozen=True)
class BoothInfo:
    id: int
    code: str
    zone: str | None
    producer: str
    producer_id: int = 0
    phone: str | None = None

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "code": self.code, "zone": self.zone, "producer": self.producer,
                "phone": self.phone}


@dataclass(frozen=True)
class CheckInOutcome:
    """What a scan did. `at`/`by`/`station` describe the (first) check-in for "checked_in" and "already"."""

    state: CheckInState
    booth: BoothInfo | None
    at: dt.datetime | None = None
    by: str | None = None
    station: str | None = None
    checkin_id: int | None = None
    day: dt.date | None = None
    scan: str = ""
    reason: str = ""  # for "unknown": why (e.g. a card of another event)
    left_at: dt.datetime | None = None  # for "already": the booth checked in, then left (packed up) at this time

    def as_json(self) -> dict[str, object]:
        return {
            "state": self.state,
            "booth": self.booth.as_json() if self.booth else None,
            "at": self.at.isoformat() if self.at else None,
            "by": self.by,
            "station": self.station,
            "checkin_id": self.checkin_id,
            "day": self.day.isoformat() if self.day else None,
            "scan": self.scan,
            "reason": self.reason or None,
            "left_at": self.left_at.isoformat() if self.left_at else None,
        }


@dataclass(frozen=True)
class BoothStatus:
    """One tile of the booth board: a booth and what is recorded for it on one day."""

    booth: BoothInfo
    status: BoardStatus
    registered: bool
    checked_in_at: dt.datetime | None = None
    left_at: dt.datetime | None = None
    by: str | None = None
    station: str | None = None
    checkin_id: int | None = None

    def as_json(self) -> dict[str, object]:
        return {
            **self.booth.as_json(),
            "status": self.status,
            "registered": self.registered,
            "checked_in_at": self.checked_in_at.isoformat() if self.checked_in_at else None,
            "left_at": self.left_at.isoformat() if self.left_at else None,
            "by": self.by,
            "station": self.station,
        }


@dataclass(frozen=True)
class BoardCounts:
    """A day's headcount, with the meanings every screen, the CLI and the workbook share:
    present = checked in and still there; left = checked in, then packed up; checked_in = present + left;
    absent = marked absent; waiting = registered, nothing recorded yet."""

    expected: int  # booths registered for the day
    present: int
    absent: int
    left: int
    waiting: int

    @property
    def checked_in(self) -> int:
        return self.present + self.left


def board_counts(rows: list[BoothStatus]) -> BoardCounts:
    by: dict[str, int] = {s: 0 for s in BOARD_STATUSES}
    for row in rows:
        by[row.status] += 1
    return BoardCounts(expected=sum(1 for r in rows if r.registered), present=by["present"],
                       absent=by["absent"], left=by["left"], waiting=by["expected"])


@dataclass(frozen=True)
class SearchHit:
    booth: BoothInfo
    matched: str = ""  # the product (or phone) that matched, when the booth code/producer did not


_BOOTH_COLUMNS = (Booth.id.label("booth_id"), Booth.code.label("booth_code"), Booth.zone.label("booth_zone"),
                  Producer.name.label("producer_name"), Producer.id.label("producer_id"),
                  Producer.phone.label("producer_phone"))


def _booth_info(row: Row[*tuple[Any, ...]]) -> BoothInfo:
    return BoothInfo(id=row.booth_id, code=row.booth_code, zone=row.booth_zone, producer=row.producer_name,
                     producer_id=row.producer_id, phone=row.producer_phone)


def booth_code_from_scan(event_id: int, scan: str) -> tuple[str | None, str]:
    """The booth code a scan names, or (None, reason) when it cannot name a booth of this event."""
    parsed = parse_scan(scan)
    if parsed.kind == "booth":
        if parsed.event_id != event_id:
            return None, translate("Checkin", "This booth card belongs to another event (no. {id}).").format(
                id=parsed.event_id)
        return parsed.booth_code, ""
    if parsed.kind == "lot":
        return None, translate("Checkin", "This is a product lot label, not a booth card.")
    text = parsed.text.strip()
    if not text or len(text) > 40:
        return None, ""
    return text.upper(), ""


def find_booth(session: Session, event_id: int, code: str) -> BoothInfo | None:
    stmt = (select(*_BOOTH_COLUMNS).join(Producer, Booth.producer_id == Producer.id)
            .where(Booth.event_id == event_id, func.upper(Booth.code) == code.upper()))
    row = session.execute(stmt).first()
    return _booth_info(row) if row else None


_INSERT_CHECKIN = insert(CheckIn).returning(CheckIn.id)


@functools.cache
def _scan_statements() -> tuple[Any, Any]:
    """Built once: a scan is on the hot path, and building SQL costs more than running it."""
    registered = or_(
        ~exists().where(BoothDay.booth_id == Booth.id),
        exists().where(BoothDay.booth_id == Booth.id, BoothDay.event_day_id == EventDay.id),
    )
    base = (
        select(*_BOOTH_COLUMNS, EventDay.id.label("day_id"), CheckIn.id.label("checkin_id"),
               CheckIn.status.label("recorded"), CheckIn.checked_in_at, CheckIn.operator, CheckIn.station,
               registered.label("registered"), CheckIn.left_at)
        .join(Producer, Booth.producer_id == Producer.id)
        .join(EventDay, and_(EventDay.event_id == Booth.event_id, EventDay.day == bindparam("day")))
        .outerjoin(CheckIn, and_(CheckIn.booth_id == Booth.id, CheckIn.event_day_id == EventDay.id))
        .where(Booth.event_id == bindparam("event_id"))
    )
    # Codes are stored upper-case: the exact look-up uses the (event, code) index; the fallback finds codes
    # written into the database in another case.
    return (base.where(Booth.code == bindparam("code")),
            base.where(func.upper(Booth.code) == bindparam("code")))


def _scan_state(session: Session, event_id: int, day: dt.date, code: str) -> Row[*tuple[Any, ...]] | None:
    """Everything a scan needs in one round trip: booth, day, today's record and registration."""
    exact, any_case = _scan_statements()
    params = {"event_id": event_id, "day": day, "code": code.upper()}
    row = session.execute(exact, params).first()
    if row is None:
        row = session.execute(any_case, params).first()
    return row


def check_in(store: Store, actor: Actor, event_id: int, day: dt.date, scan: str) -> CheckInOutcome:
    """Check a booth in from a typed code or a scanned booth card; durable when it returns."""
    code, reason = booth_code_from_scan(event_id, scan)
    text = scan.strip()
    if code is None:
        return CheckInOutcome(CheckInState.UNKNOWN, None, day=day, scan=text, reason=reason)
    try:
        with store.transaction() as session:
            row = _scan_state(session, event_id, day, code)
            if row is None:
                event_day_id(session, event_id, day)  # a day outside the event is the caller's mistake: say so
                return CheckInOutcome(CheckInState.UNKNOWN, None, day=day, scan=text)
            booth = _booth_info(row)
            existing_id = row.checkin_id
            if existing_id is not None and row.checked_in_at is not None:
                return CheckInOutcome(CheckInState.ALREADY, booth, row.checked_in_at, row.operator, row.station,
                                      existing_id, day, text,
                                      left_at=row.left_at if row.recorded == Attendance.LEFT else None)
            if not row.registered:
                return CheckInOutcome(CheckInState.NOT_REGISTERED, booth, day=day, scan=text)
            now = utcnow()
            if existing_id is not None:  # marked absent earlier, turned up after all
                session.execute(update(CheckIn).where(CheckIn.id == existing_id).values(
                    status=Attendance.PRESENT.value, checked_in_at=now, left_at=None, operator=actor.operator,
                    station=actor.station))
                checkin_id = existing_id
            else:
                checkin_id = session.execute(_INSERT_CHECKIN, {
                    "booth_id": booth.id, "event_day_id": row.day_id, "status": Attendance.PRESENT.value,
                    "checked_in_at": now, "operator": actor.operator, "station": actor.station}).scalar_one()
            audit.record(session, actor, "check_in", "booth", booth.id, event_id=event_id, booth=booth.code,
                         day=day.isoformat(), checkin_id=checkin_id, previous=row.recorded)
            return CheckInOutcome(CheckInState.CHECKED_IN, booth, now, actor.operator, actor.station, checkin_id,
                                  day, text)
    except IntegrityError:
        # Another station committed this booth's check-in between our read and our insert: it won.
        with store.reading() as session:
            row = _scan_state(session, event_id, day, code)
            if row is None or row.checkin_id is None:
                raise
            return CheckInOutcome(CheckInState.ALREADY, _booth_info(row), row.checked_in_at, row.operator,
                                  row.station, row.checkin_id, day, text)


def undo_check_in(store: Store, actor: Actor, checkin_id: int, *, event_id: int | None = None,
                  day: dt.date | None = None) -> BoothInfo:
    """Take back a check-in (the booth is expected again); written to the audit log as an undo.

    With `event_id`/`day` (the fair and day on screen) it refuses a check-in of another fair or day, and it
    refuses one whose booth has since been marked left or absent: undoing it would silently drop that."""
    with store.transaction() as session:
        row = session.execute(
            select(CheckIn.id, CheckIn.booth_id, CheckIn.checked_in_at, CheckIn.operator, EventDay.day,
                   EventDay.event_id, CheckIn.status)
            .join(EventDay, CheckIn.event_day_id == EventDay.id).where(CheckIn.id == checkin_id)
        ).first()
        if row is None:
            raise NotFound(translate("Checkin", "That check-in no longer exists (undone or removed at another "
                                                "station); nothing to undo."))
        if (event_id is not None and row.event_id != event_id) or (day is not None and row.day != day):
            raise DomainError(translate("Checkin", "That check-in belongs to another fair or day than the one on "
                                                   "screen; nothing was undone."))
        booth = session.execute(select(*_BOOTH_COLUMNS).join(Producer, Booth.producer_id == Producer.id)
                                .where(Booth.id == row.booth_id)).one()
        info = _booth_info(booth)
        if row.status != Attendance.PRESENT:
            raise DomainError(translate("Checkin", "Booth {code} has since been marked {status}; the check-in was "
                                                   "not undone.").format(
                code=info.code, status=translate("Checkin", "left") if row.status == Attendance.LEFT
                else translate("Checkin", "absent")),
                              hint=translate("Checkin", "Change its status from the booth's details if needed."))
        session.execute(delete(CheckIn).where(CheckIn.id == checkin_id))
        audit.record(session, actor, "undo", "checkin", checkin_id, event_id=row.event_id, undoes="check_in",
                     booth=info.code, day=row.day.isoformat(),
                     checked_in_at=row.checked_in_at.isoformat() if row.checked_in_at else None,
                     checked_in_by=row.operator)
        return info


def set_status(store: Store, actor: Actor, event_id: int, day: dt.date, booth_code: str, status: str) -> BoothStatus:
    """Mark a booth present, left (packed up) or absent for a day."""
    if status not in STATUSES:
        raise DomainError(translate("Checkin", "Unknown status '{status}'; use present, left or absent.").format(
            status=status))
    status = Attendance(status).value  # stored as its word
    with store.transaction() as session:
        booth = find_booth(session, event_id, booth_code.strip())
        if booth is None:
            raise NotFound(translate("Checkin", "There is no booth {code} at this event.").format(
                code=booth_code.strip().upper()))
        day_id = event_day_id(session, event_id, day)
        row = session.scalar(select(CheckIn).where(CheckIn.booth_id == booth.id, CheckIn.event_day_id == day_id))
        now = utcnow()
        previous = row.status if row else None
        if row is None:
            row = CheckIn(booth_id=booth.id, event_day_id=day_id, operator=actor.operator, station=actor.station)
            session.add(row)
        row.status = status
        if status == "present":
            row.left_at = None
            if row.checked_in_at is None:
                row.checked_in_at, row.operator, row.station = now, actor.operator, actor.station
        elif status == "left":
            row.left_at = now
        else:
            row.left_at = None
        session.flush()
        audit.record(session, actor, "set_status", "booth", booth.id, event_id=event_id, booth=booth.code,
                     day=day.isoformat(), status=status, previous=previous)
        return BoothStatus(booth, BoardStatus.of(status, True), True, row.checked_in_at, row.left_at, row.operator, row.station, row.id)


def board(store: Store, event_id: int, day: dt.date) -> list[BoothStatus]:
    """Every booth of the event with its status on `day`, by zone then code."""
    with store.reading() as session:
        day_id = event_day_id(session, event_id, day)
        limited = select(BoothDay.booth_id).distinct()
        on_day = select(BoothDay.booth_id).where(BoothDay.event_day_id == day_id)
        stmt = (
            select(*_BOOTH_COLUMNS, CheckIn.id.label("checkin_id"), CheckIn.status.label("recorded"),
                   CheckIn.checked_in_at, CheckIn.left_at, CheckIn.operator, CheckIn.station,
                   or_(Booth.id.not_in(limited), Booth.id.in_(on_day)).label("registered"))
            .join(Producer, Booth.producer_id == Producer.id)
            .outerjoin(CheckIn, and_(CheckIn.booth_id == Booth.id, CheckIn.event_day_id == day_id))
            .where(Booth.event_id == event_id)
            # the same order on SQLite and PostgreSQL (collations differ): zoneless booths last, then bytes
            .order_by(Booth.zone.is_(None), bytewise(Booth.zone), bytewise(Booth.code))
        )
        out = []
        for row in session.execute(stmt).all():
            status = BoardStatus.of(row.recorded, bool(row.registered))
            out.append(BoothStatus(_booth_info(row), status, bool(row.registered) or row.checkin_id is not None,
                                   row.checked_in_at, row.left_at, row.operator, row.station, row.checkin_id))
        return out


def search(store: Store, event_id: int, query: str, limit: int = 20) -> list[SearchHit]:
    """Booths whose code, producer (name, phone, address) or products match every word, accents optional."""
    from ocop_desk.checkin.search import search_booths

    return [SearchHit(BoothInfo(h.booth_id, h.code, h.zone, h.producer, h.producer_id, h.phone), h.matched)
            for h in search_booths(store, event_id, query, limit)]


# -- a booth's detail (the board's tile click) --------------------------------------------------------


@dataclass(frozen=True)
class ProductBrief:
    id: int
    code: str
    name: str
    stars: int | None
    unit: str | None
    price: int | None
    gtin: str | None
    certificate_expires: dt.date | None


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    action: str
    operator: str | None
    station: str | None
    details: str | None


@dataclass(frozen=True)
class DayRecord:
    day: dt.date
    status: BoardStatus
    checked_in_at: dt.datetime | None
    left_at: dt.datetime | None
    by: str | None


@dataclass(frozen=True)
class BoothDetail:
    booth: BoothInfo
    address: str | None
    province: str | None
    contact: str | None
    products: list[ProductBrief] = field(default_factory=list)
    days: list[DayRecord] = field(default_factory=list)
    history: list[HistoryEntry] = field(default_factory=list)
    lot_count: int = 0


def booth_detail(store: Store, event_id: int, booth_code: str) -> BoothDetail:
    """The producer, its products, the booth's day-by-day attendance and its audit history."""
    with store.reading() as session:
        booth = find_booth(session, event_id, booth_code)
        if booth is None:
            raise NotFound(translate("Checkin", "There is no booth {code} at this event.").format(
                code=booth_code.upper()))
        producer = session.get(Producer, booth.producer_id)
        assert producer is not None
        products = [ProductBrief(*r) for r in session.execute(
            select(Product.id, Product.code, Product.name, Product.star_rating, Product.unit, Product.price,
                   Product.gtin, Product.certificate_expires)
            .where(Product.producer_id == booth.producer_id).order_by(Product.name)).all()]
        listed = set(session.scalars(select(BoothDay.event_day_id).where(BoothDay.booth_id == booth.id)))
        records = {r.event_day_id: r for r in session.scalars(select(CheckIn).where(CheckIn.booth_id == booth.id))}
        days = []
        for day_row in session.scalars(select(EventDay).where(EventDay.event_id == event_id).order_by(EventDay.day)):
            rec = records.get(day_row.id)
            if rec is not None:
                days.append(DayRecord(day_row.day, BoardStatus.of(rec.status, True), rec.checked_in_at, rec.left_at,
                                      rec.operator))
            else:
                status = BoardStatus.of(None, not listed or day_row.id in listed)
                days.append(DayRecord(day_row.day, status, None, None, None))
        history = [HistoryEntry(*r) for r in session.execute(
            select(AuditEntry.at, AuditEntry.action, AuditEntry.operator, AuditEntry.station, AuditEntry.details)
            .where(AuditEntry.event_id == event_id,
                   or_(and_(AuditEntry.entity == "booth", AuditEntry.entity_id == booth.id),
                       AuditEntry.details.like(f'%"booth": "{booth.code}"%')))
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(200)).all()]
        lots = session.scalar(select(func.count(Lot.id)).where(Lot.booth_id == booth.id)) or 0
        return BoothDetail(booth, producer.address, producer.province, producer.contact_person, products, days,
                           history, lots)
