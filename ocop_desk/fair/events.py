"""Events (market days), their days, and which event is current."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocop_desk.core.errors import DomainError, NotFound
from ocop_desk.core.i18n import translate
from ocop_desk.core.payloads import clean_resolver
from ocop_desk.core.validate import clean_text, parse_date
from ocop_desk.store import audit
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import Booth, Event, EventDay
from ocop_desk.store.settings import get_setting, set_setting

CURRENT_EVENT_KEY = "current_event_id"  # the database's last choice, by any station
STATION_EVENT_KEY = "current_event_id@{station}"  # one station's last choice (kept in the database it works on)
MAX_EVENT_DAYS = 60


@dataclass(frozen=True)
class EventInfo:
    id: int
    name: str
    venue: str | None
    province: str | None
    starts_on: dt.date
    ends_on: dt.date
    resolver_base: str | None
    days: tuple[dt.date, ...]
    booth_count: int = 0

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "venue": self.venue,
            "province": self.province,
            "from": self.starts_on.isoformat(),
            "to": self.ends_on.isoformat(),
            "resolver_base": self.resolver_base,
            "days": [d.isoformat() for d in self.days],
            "booths": self.booth_count,
        }


def _info(event: Event, booth_count: int = 0) -> EventInfo:
    return EventInfo(
        id=event.id,
        name=event.name,
        venue=event.venue,
        province=event.province,
        starts_on=event.starts_on,
        ends_on=event.ends_on,
        resolver_base=event.resolver_base,
        days=tuple(d.day for d in event.days),
        booth_count=booth_count,
    )


def create_event(
    store: Store,
    actor: Actor,
    name: str,
    starts_on: str | dt.date,
    ends_on: str | dt.date,
    *,
    venue: str | None = None,
    province: str | None = None,
    resolver_base: str | None = None,
    make_current: bool = True,
) -> EventInfo:
    """Create an event with one EventDay per calendar day; it becomes the current event."""
    with store.transaction() as session:
        event = add_event(
            session, actor, name, starts_on, ends_on, venue=venue, province=province, resolver_base=resolver_base
        )
        if make_current:
            choose_event(session, actor.station, event.id)
        return _info(event)


def add_event(
    session: Session,
    actor: Actor,
    name: str,
    starts_on: str | dt.date,
    ends_on: str | dt.date,
    *,
    venue: str | None = None,
    province: str | None = None,
    resolver_base: str | None = None,
) -> Event:
    """The part of `create_event` that runs inside a caller's unit of work (import, demo)."""
    clean_name = clean_text(name, translate("Events", "Event name"), required=True)
    start = parse_date(starts_on, translate("Events", "Start date"), required=True)
    end = parse_date(ends_on, translate("Events", "End date"), required=True)
    assert clean_name and start and end
    if end < start:
        raise DomainError(
            translate("Events", "The event ends ({end}) before it starts ({start}).").format(
                end=end.isoformat(), start=start.isoformat()
            ),
            hint=translate("Events", "Swap the dates."),
        )
    if (end - start).days + 1 > MAX_EVENT_DAYS:
        raise DomainError(
            translate("Events", "An event can last at most {n} days.").format(n=MAX_EVENT_DAYS)
        )
    event = Event(
        name=clean_name,
        starts_on=start,
        ends_on=end,
        venue=clean_text(venue, translate("Events", "Venue")),
        province=clean_text(province, translate("Events", "Province"), max_len=120),
        resolver_base=clean_resolver(resolver_base),
    )
    event.days = [EventDay(day=start + dt.timedelta(days=i)) for i in range((end - start).days + 1)]
    session.add(event)
    session.flush()
    audit.record(session, actor, "create", "event", event.id, event_id=event.id, name=clean_name)
    return event


def list_events(store: Store) -> list[EventInfo]:
    with store.reading() as session:
        counts = dict(
            session.execute(select(Booth.event_id, func.count(Booth.id)).group_by(Booth.event_id)).all()
        )
        events = session.scalars(select(Event).order_by(Event.starts_on.desc(), Event.id.desc())).all()
        return [_info(e, counts.get(e.id, 0)) for e in events]


def get_event(store: Store, event_id: int) -> EventInfo:
    with store.reading() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise NotFound(translate("Events", "There is no event with id {id}.").format(id=event_id),
                           hint=translate("Events", "List the events with 'ocop-desk event list'."))
        count = session.scalar(select(func.count(Booth.id)).where(Booth.event_id == event_id)) or 0
        return _info(event, count)


def use_event(store: Store, actor: Actor, event_id: int) -> EventInfo:
    """Make an event the current one for every later command and for the window (on this station)."""
    info = get_event(store, event_id)
    with store.transaction() as session:
        choose_event(session, actor.station, event_id)
        audit.record(session, actor, "use", "event", event_id, event_id=event_id)
    return info


def choose_event(session: Session, station: str, event_id: int) -> None:
    """Record a choice of fair: this station's own, and the database's last (the fallback of other stations)."""
    set_setting(session, _station_key(station), str(event_id))
    set_setting(session, CURRENT_EVENT_KEY, str(event_id))


def remember_event(store: Store, station: str, event_id: int) -> None:
    """The window showed `event_id` on this station: the next start (and the CLI here) opens it. Written only
    when it changed, and never on a read-only store (a view choice is not worth an error)."""
    if store.read_only or current_event_id(store, station) == event_id:
        return
    with store.transaction() as session:
        choose_event(session, station, event_id)


def current_event_id(store: Store, station: str | None = None, today: dt.date | None = None) -> int | None:
    """THE rule for "the current event", shared by the window (what it opens on) and every CLI command:

    1. the fair last used on this station (chosen in the window, `event use`, or created, imported or loaded
       here), if it still exists;
    2. else the fair running today (the one that started last, if several);
    3. else the fair last chosen on any station using this database;
    4. else none.
    """
    with store.reading() as session:
        return current_event_in(session, station, today)


def current_event_in(session: Session, station: str | None = None, today: dt.date | None = None) -> int | None:
    """`current_event_id` inside a caller's unit of work."""
    from ocop_desk.store.audit import default_station

    mine = _existing(session, get_setting(session, _station_key(station or default_station())))
    if mine is not None:
        return mine
    today = today or dt.date.today()
    running = session.scalar(select(Event.id).where(Event.starts_on <= today, Event.ends_on >= today)
                             .order_by(Event.starts_on.desc(), Event.id.desc()).limit(1))
    if running is not None:
        return int(running)
    return _existing(session, get_setting(session, CURRENT_EVENT_KEY))


def _station_key(station: str) -> str:
    return STATION_EVENT_KEY.format(station=station[:80])  # the key column holds 100 characters


def _existing(session: Session, value: str | None) -> int | None:
    if value is None or not value.isdigit():
        return None
    return int(value) if session.get(Event, int(value)) is not None else None


def resolve_event(store: Store, event_id: int | None = None) -> EventInfo:
    """The event a command works on: the one named, else the current one."""
    if event_id is None:
        event_id = current_event_id(store)
        if event_id is None:
            raise NotFound(
                translate("Events", "There is no current event."),
                hint=translate(
                    "Events", "Create one with 'ocop-desk event create', or load the sample with 'ocop-desk demo'."
                ),
            )
    return get_event(store, event_id)


def event_day_id(session: Session, event_id: int, day: dt.date) -> int:
    """The EventDay row for a calendar day of an event, or a DomainError naming the event's days."""
    found = session.scalar(select(EventDay.id).where(EventDay.event_id == event_id, EventDay.day == day))
    if found is None:
        event = session.get(Event, event_id)
        span = f"{event.starts_on.isoformat()} – {event.ends_on.isoformat()}" if event else "?"
        raise DomainError(
            translate("Events", "{day} is not a day of this event ({span}).").format(day=day.isoformat(), span=span),
            hint=translate("Events", "Pick a day from {start} to {end}.").format(
                start=event.starts_on.isoformat(), end=event.ends_on.isoformat()) if event else None,
        )
    return found


def default_day(event: EventInfo, today: dt.date | None = None) -> dt.date:
    """Today when the event runs today, else its nearest day (first day before, last day after)."""
    today = today or dt.date.today()
    if today in event.days:
        return today
    return event.days[0] if today < event.starts_on else event.days[-1]
