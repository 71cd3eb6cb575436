"""The window's vocabularies are types: change notices are `Change` members, background callbacks typed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ui.common.context import AppContext, Change
from ui.common.tasks import Cancelled, run_in_background


@pytest.fixture
def ctx(db_path: Path) -> Iterator[AppContext]:
    store = Store.open(str(db_path))
    yield AppContext(store, Actor("Lê Minh Tú", station="desk-1"))
    store.close()


def test_a_change_notice_arrives_as_a_change_member(qtbot: QtBot, ctx: AppContext) -> None:
    seen: list[object] = []
    ctx.dataChanged.connect(seen.append)
    ctx.changed(Change.CHECKIN)
    ctx.changed("remote")  # type: ignore[arg-type]  # an old-style name still arrives as its member
    assert seen == [Change.CHECKIN, Change.REMOTE]
    assert all(isinstance(what, Change) for what in seen)


def test_an_unknown_change_name_fails_where_it_is_sent(qtbot: QtBot, ctx: AppContext) -> None:
    seen: list[object] = []
    ctx.dataChanged.connect(seen.append)
    with pytest.raises(ValueError, match="chekin"):
        ctx.changed("chekin")  # type: ignore[arg-type]
    assert seen == []


def test_a_background_task_delivers_its_value_or_its_error_on_the_gui_thread(qtbot: QtBot) -> None:
    got: list[int] = []
    errors: list[BaseException] = []
    task = run_in_background(None, lambda _p: 6 * 7, on_done=got.append, on_error=errors.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert got == [42] and errors == []

    def refuse(_p: object) -> int:
        raise LookupError("no such booth")

    task = run_in_background(None, refuse, on_done=got.append, on_error=errors.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert got == [42] and [str(e) for e in errors] == ["no such booth"]


def test_a_cancelled_task_without_an_error_callback_ends_quietly(qtbot: QtBot) -> None:
    def cancelled(_p: object) -> None:
        raise Cancelled()

    task = run_in_background(None, cancelled)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
