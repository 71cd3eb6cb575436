"""The services' vocabularies are types (StrEnum): results carry the member, storage and JSON the plain word,
and an unknown word is refused in code (also under `python -O`, which drops asserts)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from ocop_desk.checkin import desk
from ocop_desk.checkin.states import Attendance, BoardStatus, CheckInState
from ocop_desk.core.errors import DomainError, StoreError, StoreErrorKind
from ocop_desk.fair.events import resolve_event
from ocop_desk.live import service as live
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import CheckIn, LiveTally
from tests.conftest import DEMO_DAY

ROOT = Path(__file__).resolve().parent.parent


def test_check_in_outcomes_and_board_statuses_are_typed(demo_store: Store, actor: Actor) -> None:
    event = resolve_event(demo_store)
    first = desk.check_in(demo_store, actor, event.id, DEMO_DAY, "A01")
    again = desk.check_in(demo_store, actor, event.id, DEMO_DAY, "a01")
    unknown = desk.check_in(demo_store, actor, event.id, DEMO_DAY, "ZZ99")
    assert (first.state, again.state, unknown.state) == (
        CheckInState.CHECKED_IN, CheckInState.ALREADY, CheckInState.UNKNOWN)
    assert type(first.state) is CheckInState and first.state == "checked_in"  # still equal to its word
    assert json.loads(json.dumps(again.as_json()))["state"] == "already"
    desk.set_status(demo_store, actor, event.id, DEMO_DAY, "A02", "absent")
    tiles = {t.booth.code: t for t in desk.board(demo_store, event.id, DEMO_DAY)}
    assert all(type(t.status) is BoardStatus for t in tiles.values())
    assert (tiles["A01"].status, tiles["A02"].status) == (BoardStatus.PRESENT, BoardStatus.ABSENT)
    assert {t.status for t in tiles.values()} <= set(desk.BOARD_STATUSES)
    with demo_store.reading() as session:  # stored as the plain word the CHECK constraint knows
        assert set(session.scalars(select(CheckIn.status))) == {"present", "absent"}
    detail = desk.booth_detail(demo_store, event.id, "A01")
    assert [type(d.status) for d in detail.days] == [BoardStatus] * len(detail.days)
    assert detail.days[0].status is BoardStatus.PRESENT


def test_an_unknown_status_is_refused(demo_store: Store, actor: Actor) -> None:
    event = resolve_event(demo_store)
    with pytest.raises(DomainError, match="Unknown status 'gone'"):
        desk.set_status(demo_store, actor, event.id, DEMO_DAY, "A01", "gone")
    with pytest.raises(ValueError):
        BoardStatus.of("gone", True)  # a word no version writes is not shown as some other status
    assert BoardStatus.of(None, True) is BoardStatus.EXPECTED and BoardStatus.of(None, False) is BoardStatus.OFF
    assert BoardStatus.of(Attendance.LEFT, True) is BoardStatus.LEFT


def test_tally_kinds_and_sources_are_typed(demo_store: Store, actor: Actor) -> None:
    event = resolve_event(demo_store)
    info = live.start_session(demo_store, actor, event.id, DEMO_DAY, platform="TikTok Shop", hosts=["Quang Linh"],
                              product_refs=["CHA-CHIA-HL"])
    assert info.platform == live.Platform.TIKTOK and info.status is live.SessionStatus.LIVE
    product = info.products[0].product_id
    count = live.add_count(demo_store, actor, info.id, product, quantity=2, orders=1)
    fixed = live.minus_one(demo_store, actor, info.id, product)
    undone = live.undo_last(demo_store, actor, info.id)
    assert undone is not None
    assert [(e.kind, e.source) for e in (count, fixed, undone)] == [
        (live.TallyKind.COUNT, live.TallySource.KEY), (live.TallyKind.CORRECTION, live.TallySource.MOUSE),
        (live.TallyKind.UNDO, live.TallySource.MOUSE)]
    read_back = live.tally_events(demo_store, info.id)
    assert all(type(e.kind) is live.TallyKind and type(e.source) is live.TallySource for e in read_back)
    with demo_store.reading() as session:
        assert sorted(set(session.scalars(select(LiveTally.kind)))) == ["correction", "count", "undo"]
    with pytest.raises(DomainError, match="Unknown count source 'pen'"):
        live.add_count(demo_store, actor, info.id, product, source="pen")
    with pytest.raises(DomainError, match="Unknown platform"):
        live.start_session(demo_store, actor, event.id, DEMO_DAY, platform="myspace", hosts=["An"],
                           product_refs=["CHA-CHIA-HL"])


def test_store_error_kind_is_refused_even_without_asserts() -> None:
    code = ("from ocop_desk.core.errors import StoreError\n"
            "try:\n    StoreError('full', 'm')\nexcept ValueError as e:\n    print('refused:', e)\n")
    done = subprocess.run([sys.executable, "-O", "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("refused: unknown StoreError kind 'full'")
    assert [k.value for k in StoreError.KINDS] == [k.value for k in StoreErrorKind]
