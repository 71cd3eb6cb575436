from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from ocop_desk.core.errors import DomainError, NotFound
from ocop_desk.fair import events
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import AuditEntry, Event


def test_create_event_makes_days_and_becomes_current(store: Store, actor: Actor) -> None:
    info = events.create_event(store, actor, "Chợ phiên OCOP Hà Nội", "2026-08-31", "2026-09-04",
                               venue="Cung Văn hóa Hữu nghị", province="Hà Nội")
    assert info.days == tuple(dt.date(2026, 8, 31) + dt.timedelta(days=i) for i in range(5))
    assert events.current_event_id(store) == info.id
    assert events.resolve_event(store).name == "Chợ phiên OCOP Hà Nội"
    with store.reading() as session:
        entry = session.scalars(select(AuditEntry)).one()
    assert (entry.operator, entry.station, entry.action, entry.entity_id) == ("Nguyễn Thu Hà", "desk-1", "create", info.id)


def test_dd_mm_yyyy_dates_are_accepted(store: Store, actor: Actor) -> None:
    info = events.create_event(store, actor, "X", "14/10/2026", "15/10/2026")
    assert info.starts_on == dt.date(2026, 10, 14)


@pytest.mark.parametrize(
    ("name", "start", "end", "message"),
    [
        ("", "2026-01-01", "2026-01-01", "Event name is required"),
        ("X", "2026-01-05", "2026-01-01", "ends (2026-01-01) before it starts (2026-01-05)"),
        ("X", "31/02/2026", "2026-03-01", "31/02/2026: 02/2026 has no day 31"),
        ("X", "2026-01-01", "2026-12-31", "at most 60 days"),
        ("X\x07", "2026-01-01", "2026-01-01", "control characters"),
        ("X" * 301, "2026-01-01", "2026-01-01", "301 characters long"),
        ("X", "1900-01-01", "1900-01-02", "out of range"),
    ],
)
def test_bad_events_are_refused_and_nothing_is_stored(
    store: Store, actor: Actor, name: str, start: str, end: str, message: str
) -> None:
    with pytest.raises(DomainError) as err:
        events.create_event(store, actor, name, start, end)
    assert message in str(err.value)
    with store.reading() as session:
        assert session.scalars(select(Event)).all() == []
        assert session.scalars(select(AuditEntry)).all() == []


def test_use_and_resolve(store: Store, actor: Actor) -> None:
    a = events.create_event(store, actor, "A", "2026-01-01", "2026-01-01")
    b = events.create_event(store, actor, "B", "2026-02-01", "2026-02-02")
    assert events.current_event_id(store) == b.id
    events.use_event(store, actor, a.id)
    assert events.resolve_event(store).id == a.id
    assert events.resolve_event(store, b.id).id == b.id
    assert [e.name for e in events.list_events(store)] == ["B", "A"]
    with pytest.raises(NotFound, match="no event with id 77"):
        events.use_event(store, actor, 77)


def test_no_current_event_says_what_to_do(store: Store) -> None:
    with pytest.raises(NotFound) as err:
        events.resolve_event(store)
    assert "ocop-desk demo" in (err.value.hint or "")


def test_default_day_prefers_today() -> None:
    info = events.EventInfo(1, "x", None, None, dt.date(2026, 1, 1), dt.date(2026, 1, 3), None,
                            (dt.date(2026, 1, 1), dt.date(2026, 1, 2), dt.date(2026, 1, 3)))
    assert events.default_day(info, dt.date(2026, 1, 2)) == dt.date(2026, 1, 2)
    assert events.default_day(info, dt.date(2025, 12, 1)) == dt.date(2026, 1, 1)
    assert events.default_day(info, dt.date(2026, 5, 1)) == dt.date(2026, 1, 3)


def test_event_day_id_refuses_days_outside(store: Store, actor: Actor) -> None:
    info = events.create_event(store, actor, "A", "2026-01-01", "2026-01-02")
    with store.reading() as session:
        assert events.event_day_id(session, info.id, dt.date(2026, 1, 2))
        with pytest.raises(DomainError, match="2026-01-05 is not a day of this event"):
            events.event_day_id(session, info.id, dt.date(2026, 1, 5))


def test_the_current_event_rule_station_then_today_then_the_database(store: Store, actor: Actor) -> None:
    """One rule for the window and the CLI (README: "The current event")."""
    today = dt.date(2026, 10, 14)
    running = events.create_event(store, actor, "Running", today, today + dt.timedelta(days=2), make_current=False)
    assert events.current_event_id(store, "desk-9", today) == running.id  # nothing chosen: the fair running today
    other = Actor("Lan", "desk-2")
    test_fair = events.create_event(store, other, "Thử nghiệm", "2027-01-01", "2027-01-01")  # desk-2's choice
    assert events.current_event_id(store, "desk-2", today) == test_fair.id
    assert events.current_event_id(store, "desk-9", today) == running.id  # does not take over another station
    assert events.current_event_id(store, "desk-9", dt.date(2030, 1, 1)) == test_fair.id  # nothing runs: the last
    events.remember_event(store, "desk-2", running.id)  # desk-2 switched back in the window
    assert events.current_event_id(store, "desk-2", dt.date(2030, 1, 1)) == running.id
    events.use_event(store, actor, test_fair.id)
    assert events.current_event_id(store, actor.station, today) == test_fair.id
