"""The store on PostgreSQL: the schema as the server keeps it, stations starting together, its errors."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import NullPool

from ocop_desk.core.errors import StoreError
from ocop_desk.store import database as store_module
from ocop_desk.store.database import Store, script_revisions
from ocop_desk.store.models import EventDay, LiveSession, Setting

pytestmark = pytest.mark.postgres


def test_schema_types_and_checks_hold_on_the_server(demo_store: Store, backend: str) -> None:
    with demo_store.engine.connect() as conn:
        columns = {c["name"]: c for c in inspect(conn).get_columns("checkin")}
    assert str(columns["checked_in_at"]["type"]) == "TIMESTAMP"  # reflected generic name...
    assert columns["checked_in_at"]["type"].timezone is True  # ...but WITH TIME ZONE
    with demo_store.reading() as session:
        day_id = session.scalars(select(EventDay.id)).first()
    start = dt.datetime(2026, 10, 14, 2, 0, tzinfo=dt.UTC)
    with pytest.raises(IntegrityError, match="ck_live_session_ends_after_start"), demo_store.transaction() as session:
        session.add(LiveSession(event_day_id=day_id, started_at=start, ended_at=start - dt.timedelta(minutes=1)))
    with demo_store.transaction() as session:
        session.add(LiveSession(event_day_id=day_id, started_at=start, ended_at=start + dt.timedelta(hours=4)))
    with demo_store.reading() as session:
        live = session.scalars(select(LiveSession)).one()
    assert live.ended_at == dt.datetime(2026, 10, 14, 6, 0, tzinfo=dt.UTC)
    assert live.ended_at.tzinfo is not None and live.ended_at.utcoffset() == dt.timedelta(0)


def test_datetimes_are_utc_whatever_the_server_time_zone(make_db, backend: str) -> None:  # type: ignore[no-untyped-def]
    url = make_url(make_db(backend))
    saigon = Store.open(url.update_query_dict({"options": "-c TimeZone=Asia/Ho_Chi_Minh"}).render_as_string(
        hide_password=False))
    try:
        local = dt.datetime(2026, 10, 14, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))
        with saigon.transaction() as session:
            session.execute(text("INSERT INTO audit_log (at, action, entity) VALUES (:at, 'x', 'y')"), {"at": local})
        with saigon.reading() as session:
            from ocop_desk.store.models import AuditEntry

            at = session.scalars(select(AuditEntry.at)).one()
            assert session.execute(text("SHOW TimeZone")).scalar() == "Asia/Ho_Chi_Minh"
        assert at == local and at.utcoffset() == dt.timedelta(0) and at.hour == 2
    finally:
        saigon.close()


def test_stations_starting_together_on_an_empty_database_migrate_once(make_db, backend: str) -> None:  # type: ignore[no-untyped-def]
    url = make_db(backend, "empty")
    errors: list[BaseException] = []
    stores: list[Store] = []

    def start() -> None:
        try:
            stores.append(Store.open(url))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    try:
        assert errors == [] and len(stores) == 4
        with stores[0].reading() as session:
            assert session.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [
                script_revisions().head]
    finally:
        for s in stores:
            s.close()


def test_missing_database_and_unknown_user_are_named_without_password(pg_databases, backend: str) -> None:  # type: ignore[no-untyped-def]
    base = pg_databases.base
    with pytest.raises(StoreError) as err:
        Store.open(base.set(database="no_such_fair", password="s3cret").render_as_string(hide_password=False))
    assert err.value.kind == "missing" and "no_such_fair" in err.value.message
    assert "s3cret" not in str(err.value) and "***" in err.value.message
    with pytest.raises(StoreError) as err:
        Store.open(base.set(username="nobody_here", password="s3cret").render_as_string(hide_password=False))
    assert err.value.kind == "unreachable" and "refused the user name or password" in err.value.message
    assert "pg_hba.conf" in (err.value.hint or "") and "s3cret" not in str(err.value)


def test_read_only_station_cannot_write(demo_target: str, backend: str) -> None:
    s = Store.open(demo_target, read_only=True)
    try:
        with s.reading() as session:
            assert session.scalars(select(Setting)).all()
        with pytest.raises(StoreError) as err, s.reading() as session:
            session.execute(text("UPDATE setting SET value = 'x'"))
        assert err.value.kind == "read_only" and "read-only" in err.value.message
    finally:
        s.close()


def test_a_row_held_by_another_station_gives_locked_not_a_hang(demo_target: str, backend: str,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "LOCK_TIMEOUT_MS", 200)
    station = Store.open(demo_target)
    other = create_engine(demo_target, poolclass=NullPool)
    try:
        with other.connect() as conn:
            conn.execute(text("UPDATE setting SET value = value"))  # holds the row lock, uncommitted
            with pytest.raises(StoreError) as err, station.transaction() as session:
                row = session.get(Setting, "current_event_id")
                assert row is not None
                row.value = "2"  # the row the other station holds
                session.flush()
            conn.rollback()
        assert err.value.kind == "locked" and "another station" in err.value.message
        assert "Nothing was saved" in (err.value.hint or "")
    finally:
        station.close()
        other.dispose()


def test_sessions_run_in_utc_like_sqlite(store: Store) -> None:
    with store.reading() as session:
        assert session.execute(text("SHOW TimeZone")).scalar() == "UTC"
        assert session.execute(text("SHOW lock_timeout")).scalar() == "5s"
