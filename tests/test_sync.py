"""Stations see each other's changes: the change cursor, two stores on one database, the window."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, select

from ocop_desk.checkin.desk import board
from ocop_desk.fair import events
from ocop_desk.store import audit
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import Booth, CheckIn, EventDay, LiveSession, LiveTally, Producer, Product
from ocop_desk.store.sync import ChangeWatcher, read_cursor

OTHER = Actor("Trần Văn Nam", station="desk-2")


def add_booth(store: Store, code: str) -> None:
    with store.transaction() as session:
        producer = session.scalars(select(Producer).order_by(Producer.id)).first()
        event_id = session.scalars(select(Booth.event_id)).first()
        assert producer and event_id
        booth = Booth(event_id=event_id, code=code, zone="Khu C", producer_id=producer.id)
        session.add(booth)
        session.flush()
        audit.record(session, OTHER, "create", "booth", booth.id, event_id=event_id, code=code)


def test_cursor_moves_on_every_kind_of_change(demo_store: Store) -> None:
    watcher = ChangeWatcher(demo_store)
    assert watcher.poll() is False  # the first look only sets the baseline
    assert watcher.poll() is False
    with demo_store.transaction() as session:
        booth = session.scalars(select(Booth).order_by(Booth.id)).first()
        day = session.scalars(select(EventDay).order_by(EventDay.id)).first()
        assert booth and day
        session.add(CheckIn(booth_id=booth.id, event_day_id=day.id, operator="x",
                            checked_in_at=dt.datetime.now(dt.UTC)))
    assert watcher.poll() is True  # a check-in without an audit entry still shows
    with demo_store.transaction() as session:
        session.execute(delete(CheckIn))
    assert watcher.poll() is True  # so does its removal
    with demo_store.transaction() as session:
        day = session.scalars(select(EventDay)).first()
        product = session.scalars(select(Product)).first()
        assert day and product
        live = LiveSession(event_day_id=day.id)
        session.add(live)
        session.flush()
        before = read_cursor(demo_store)
        session.add(LiveTally(session_id=live.id, product_id=product.id, quantity=1))
    assert read_cursor(demo_store).tallies > before.tallies
    assert watcher.poll() is True
    events.use_event(demo_store, OTHER, events.list_events(demo_store)[0].id)  # a setting, with its audit entry
    assert watcher.poll() is True
    assert watcher.poll() is False


def test_two_stations_on_one_database_see_each_other(demo_target: str) -> None:
    a, b = Store.open(demo_target), Store.open(demo_target)
    try:
        watch_b = ChangeWatcher(b)
        watch_b.poll()
        add_booth(a, "C03")
        assert watch_b.poll() is True
        assert "C03" in {row.booth.code for row in board(b, 1, dt.date(2026, 10, 14))}
        assert watch_b.poll() is False
    finally:
        a.close()
        b.close()


@pytest.mark.backends("sqlite", "postgresql")
def test_window_refreshes_within_two_seconds(window, qtbot, demo_target: str, backend: str) -> None:  # type: ignore[no-untyped-def]
    assert window.sync.watcher.cursor is not None  # primed before the pages first read
    board = window.show_page("checkin").board
    assert len(board.tiles) == 10
    other = Store.open(demo_target)  # another station on the same database
    try:
        add_booth(other, "C03")
        qtbot.waitUntil(lambda: "C03" in board.tiles, timeout=2000)
        window.day_combo.setCurrentIndex(1)
        events.create_event(other, OTHER, "Chợ phiên OCOP Hà Nội", "2026-08-31", "2026-09-04", make_current=False)
        qtbot.waitUntil(lambda: window.event_combo.count() == 2, timeout=2000)
        # this station keeps its own event and day
        assert "Hải Phòng" in window.event_combo.currentText()
        assert window.ctx.day == dt.date(2026, 10, 15)
    finally:
        other.close()
