"""Reads that may wait on the network run off the GUI thread (ui/common/tasks.py LatestRead): a store
whose reads block for 2 s never stalls the event loop, and an answer overtaken by a newer read is dropped."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from pytestqt.qtbot import QtBot

from ocop_desk.core.errors import StoreError
from ocop_desk.live import service as live
from tests.background import settle
from tests.test_live_window import click, items, start_session
from ui.common.tasks import LatestRead

SLOW_S = 2.0
STALL_LIMIT_MS = 400  # the GUI thread may be late by a scheduling slice on a busy 2-core machine, never by the read


@contextmanager
def stall_meter(qtbot: QtBot) -> Iterator[list[int]]:
    """The longest gap between ticks of a 10 ms timer on the GUI thread while the block runs."""
    gaps: list[int] = [0]
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps[0] = max(gaps[0], now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    try:
        yield gaps
    finally:
        tick()
        timer.stop()


def slow(fn: Callable[..., Any]) -> Callable[..., Any]:
    def blocked(*args: Any, **kwargs: Any) -> Any:
        time.sleep(SLOW_S)  # a stalled PostgreSQL server, up to its timeout
        return fn(*args, **kwargs)

    return blocked


def test_an_overtaken_read_is_dropped_and_the_newest_shown(qtbot: QtBot) -> None:
    reads: LatestRead[str] = LatestRead()
    shown: list[str] = []
    reads.run(lambda: (time.sleep(0.3), "old")[1], shown.append)
    reads.run(lambda: "new", shown.append)
    qtbot.waitUntil(lambda: not reads.busy, timeout=5000)
    assert shown == ["new"]
    reads.run(lambda: (time.sleep(0.2), "older than the page")[1], shown.append)
    reads.drop_pending()  # the page showed something newer of its own meanwhile
    qtbot.waitUntil(lambda: not reads.busy, timeout=5000)
    assert shown == ["new"]


def test_a_read_that_fails_goes_to_its_handler_on_the_gui_thread(qtbot: QtBot) -> None:
    failed: list[BaseException] = []
    reads: LatestRead[int] = LatestRead(on_error=failed.append)

    def unreachable() -> int:
        raise StoreError("unreachable", "Could not connect to the database server.")

    reads.run(unreachable, lambda _: None)
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert isinstance(failed[0], StoreError) and failed[0].kind == "unreachable"


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_counting_and_the_poll_never_wait_on_a_stalled_server(window, qtbot, demo_store,  # type: ignore[no-untyped-def]
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    page = start_session(window, qtbot)
    sid = page.detail.info.id
    monkeypatch.setattr(live, "session_totals", slow(live.session_totals))
    with stall_meter(qtbot) as stall:
        click(qtbot, page.board.tiles[0].plus)  # durable at once; the re-read of the totals waits 2 s
        qtbot.waitUntil(lambda: not page._session_reads.busy, timeout=int(SLOW_S * 1000) + 5000)
    print(f"longest GUI-thread stall while a read blocked {SLOW_S} s: {stall[0]} ms")
    assert stall[0] < STALL_LIMIT_MS, f"the GUI thread stalled {stall[0]} ms"
    assert items(page) == ["1", "0", "0"]

    other_station = live.add_count  # another station counts; the poll reads it off the GUI thread
    from ocop_desk.store.audit import Actor

    other_station(demo_store, Actor(operator="Lan", station="desk-2"), sid, page.board.tiles[1].product_id, quantity=4)
    with stall_meter(qtbot) as stall:
        page.poll_other_stations()
        qtbot.waitUntil(lambda: not page._session_reads.busy, timeout=int(SLOW_S * 1000) + 5000)
    print(f"longest GUI-thread stall while a read blocked {SLOW_S} s: {stall[0]} ms")
    assert stall[0] < STALL_LIMIT_MS, f"the GUI thread stalled {stall[0]} ms"
    assert items(page) == ["1", "4", "0"]


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_slow_poll_answer_does_not_paint_over_a_newer_session(window, qtbot, demo_store,  # type: ignore[no-untyped-def]
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    page = start_session(window, qtbot)
    settle(page)
    sid = page.detail.info.id
    from ocop_desk.store.audit import Actor

    live.add_count(demo_store, Actor(operator="Lan", station="desk-2"), sid, page.board.tiles[1].product_id, quantity=4)
    monkeypatch.setattr(live, "session_totals", slow(live.session_totals))
    delivered: list[object] = []
    monkeypatch.setattr(page, "_show_polled", lambda *args: delivered.append(args))
    page.poll_other_stations()  # its answer (4 items) is 2 s away
    page.show_detail(live.session_detail(demo_store, sid), focus=False)  # a refresh shows newer figures meanwhile
    assert items(page) == ["0", "4", "0"]
    qtbot.waitUntil(lambda: not page._session_reads.busy, timeout=int(SLOW_S * 1000) + 5000)
    assert delivered == []  # the poll's answer was read, then dropped as stale
    page.poll_other_stations()  # a poll after the refresh is shown as usual
    qtbot.waitUntil(lambda: not page._session_reads.busy, timeout=int(SLOW_S * 1000) + 5000)
    assert len(delivered) == 1


def test_the_summary_page_reads_its_figures_off_the_gui_thread(window, qtbot, demo_store,  # type: ignore[no-untyped-def]
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.reports import page as summary_page

    page = window.show_page("summary")
    settle(page)
    scopes: list[bool] = []
    real = summary_page.summarize

    def slow_summary(store: Any, event_id: int, day: Any) -> Any:
        scopes.append(day is None)
        if day is not None:
            time.sleep(SLOW_S)  # the day's figures are slow; the whole event's come at once
        return real(store, event_id, day)

    monkeypatch.setattr(summary_page, "summarize", slow_summary)
    with stall_meter(qtbot) as stall:
        page.refresh_now()  # the day: 2 s away
        qtbot.mouseClick(page.event_button, Qt.MouseButton.LeftButton)  # then the whole event, at once
        settle(page)
    print(f"longest GUI-thread stall while the summary read blocked {SLOW_S} s: {stall[0]} ms")
    assert stall[0] < STALL_LIMIT_MS, f"the GUI thread stalled {stall[0]} ms"
    assert scopes == [False, True]
    assert page.summary is not None and page.summary.scope.whole_event  # the slow day's answer came last, dropped
    assert "whole event" in page.header.subtitle.text()
