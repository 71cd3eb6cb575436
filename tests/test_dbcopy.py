"""`db copy` and `db check`: a fair moves SQLite ⇄ PostgreSQL whole, verified, and never over data."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from ocop_desk.core.errors import DomainError, StoreError
from ocop_desk.fair.events import create_event
from ocop_desk.store import dbcopy
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import Booth, CheckIn, EventDay, LiveSession, LiveTally, Product

AT = dt.datetime(2026, 10, 14, 1, 30, 15, 250000, tzinfo=dt.UTC)


def add_activity(target: str) -> None:
    """Rows the sample fair lacks: a check-in, a live session and a tally with its undo (self-reference)."""
    s = Store.open(target)
    with s.transaction() as session:
        booth = session.scalars(select(Booth).order_by(Booth.id)).first()
        day = session.scalars(select(EventDay).order_by(EventDay.id)).first()
        product = session.scalars(select(Product).order_by(Product.id)).first()
        assert booth and day and product
        session.add(CheckIn(booth_id=booth.id, event_day_id=day.id, checked_in_at=AT, operator="Hà", station="s1"))
        live = LiveSession(event_day_id=day.id, title="Phiên sáng", started_at=AT,
                           ended_at=AT + dt.timedelta(hours=4), pf_gmv=750_000_000)
        session.add(live)
        session.flush()
        count = LiveTally(session_id=live.id, product_id=product.id, quantity=3, unit_price=120_000, created_at=AT)
        session.add(count)
        session.flush()
        session.add(LiveTally(session_id=live.id, product_id=product.id, quantity=-3, kind="undo",
                              reverses_id=count.id, created_at=AT))
    s.close()


def dump(target: str) -> dict[str, list[tuple[object, ...]]]:
    s = Store.open(target, read_only=True)
    try:
        with s.reading() as session:
            return {t.name: [tuple(r) for r in session.execute(select(t).order_by(*t.primary_key.columns))]
                    for t in dbcopy.tables()}
    finally:
        s.close()


def test_round_trip_keeps_every_row_and_id(backend: str, make_db: Callable[..., str], tmp_path: Path) -> None:
    original = make_db("sqlite", "demo")
    add_activity(original)
    shared = make_db(backend, "empty")
    up = dbcopy.copy_database(original, shared)
    assert up.ok and up.rows == 54 and not up.replaced  # the sample fair (50 rows, with this station's fair) + 4
    assert {t.table: t.target for t in up.tables}["live_tally"] == 2
    back = tmp_path / "back" / "fair.sqlite3"
    down = dbcopy.copy_database(shared, back)
    assert down.ok
    before, after = dump(original), dump(str(back))
    assert after == before
    assert dump(shared) == before
    checkin = after["checkin"][0]
    assert AT in checkin  # the instant survives both trips, as aware UTC


def test_new_ids_follow_the_copied_ones(backend: str, make_db: Callable[..., str]) -> None:
    original = make_db("sqlite", "demo")
    shared = make_db(backend)
    dbcopy.copy_database(original, shared)
    s = Store.open(shared)
    info = create_event(s, Actor("Hà"), "Second fair", "2026-11-01", "2026-11-02")
    s.close()
    assert info.id == 2  # the sequence was moved past the copied event 1


def test_non_empty_target_is_refused_and_untouched(make_db: Callable[..., str], backend: str) -> None:
    source = make_db("sqlite", "demo")
    target = make_db(backend)
    s = Store.open(target)
    create_event(s, Actor("Hà"), "Already here", "2026-01-01", "2026-01-01")
    s.close()
    before = dump(target)
    with pytest.raises(DomainError) as err:
        dbcopy.copy_database(source, target)
    assert "already holds data" in err.value.message and "event 1" in err.value.message
    assert "--replace" in (err.value.hint or "")
    assert dump(target) == before
    result = dbcopy.copy_database(source, target, replace=True)
    assert result.replaced and dump(target) == dump(source)


def test_same_database_is_refused(make_db: Callable[..., str]) -> None:
    path = make_db("sqlite", "demo")
    with pytest.raises(DomainError, match="same database"):
        dbcopy.copy_database(path, str(Path(path).parent / "." / Path(path).name))


def test_failed_copy_leaves_the_target_empty(make_db: Callable[..., str], backend: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    source = make_db("sqlite", "demo")
    target = make_db(backend)
    calls = []

    def boom(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 3:
            raise RuntimeError("cable pulled")

    monkeypatch.setattr(dbcopy, "BATCH", 5)
    with pytest.raises(RuntimeError):
        dbcopy.copy_database(source, target, progress=boom)
    assert all(rows == [] for rows in dump(target).values())


def test_cli_copy_prints_counts_and_json(cli, make_db: Callable[..., str], backend: str) -> None:  # type: ignore[no-untyped-def]
    source = make_db("sqlite", "demo")
    target = make_db(backend)
    code, out, err = cli("db", "copy", "--from", source, "--to", target)
    assert code == 0, err
    assert re.search(r"product\s+22\s+→\s+22", out) and re.search(r"booth\s+10\s+→\s+10", out)
    assert "every table's count matches" in out
    code, out, err = cli("db", "copy", "--from", source, "--to", target, "--json")
    assert code == 1 and "already holds data" in err
    code, out, err = cli("db", "copy", "--from", source, "--to", target, "--replace", "--json")
    data = json.loads(out)
    assert code == 0 and data["ok"] and data["tables"]["booth"] == {"source": 10, "target": 10}


def test_check_reports_state(cli, make_db: Callable[..., str], backend: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ready = make_db(backend, "demo")
    code, out, _ = cli("db", "check", ready, "--json")
    data = json.loads(out)
    assert code == 0 and data["state"] == "ready" and data["events"] == 1
    assert (data["server_version"] is not None) == (backend == "postgresql")
    empty = make_db(backend, "empty")  # SQLite: a path with no file yet
    assert dbcopy.check_database(empty).state == ("empty" if backend == "postgresql" else "new")
    if backend == "sqlite":
        assert not Path(empty).exists()  # checking created nothing


def test_check_of_a_closed_port_says_unreachable_without_the_password(cli) -> None:  # type: ignore[no-untyped-def]
    url = "postgresql+psycopg://coordinator:s3cret@127.0.0.1:9/fair"
    code, out, err = cli("db", "check", url)
    assert code == 3 and out == ""
    assert "cannot be reached" in err and "127.0.0.1:9/fair" in err and "s3cret" not in err
    with pytest.raises(StoreError) as exc:
        dbcopy.check_database(url)
    assert exc.value.kind == "unreachable"
