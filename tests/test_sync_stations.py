"""The desk's two busiest pages follow the other stations by themselves (no restart, no click): a booth
checked in and counts added at another station, through the services, show within 2 s on SQLite and on
PostgreSQL."""

from __future__ import annotations

import pytest

from ocop_desk.checkin.desk import check_in
from ocop_desk.live import service as live
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store

OTHER = Actor("Trần Văn Nam", station="desk-2")


@pytest.mark.backends("sqlite", "postgresql")
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_board_and_live_totals_follow_another_station(window, qtbot, demo_target: str,  # type: ignore[no-untyped-def]
                                                       backend: str) -> None:
    event, day = window.ctx.current_event, window.ctx.day
    board = window.show_page("checkin").board
    assert board.tiles["A01"].status == "expected"
    other = Store.open(demo_target)  # another station on the same database
    try:
        assert check_in(other, OTHER, event.id, day, "A01").state == "checked_in"
        qtbot.waitUntil(lambda: board.tiles["A01"].status == "present", timeout=2000)
        assert board.tiles["A01"].by == OTHER.operator and board.tiles["A01"].station == OTHER.station

        info = live.start_session(other, OTHER, event.id, day, hosts=["Quang Linh"], product_refs=["CHA-CHIA-HL"])
        window.show_page("live")
        page = window.page("live")
        qtbot.waitUntil(lambda: page.detail is not None and page.detail.info.id == info.id, timeout=2000)
        assert page.total_items.text() == "0"
        live.add_count(other, OTHER, info.id, info.products[0].product_id, quantity=3, orders=2)
        qtbot.waitUntil(lambda: page.total_items.text() == "3", timeout=2000)
    finally:
        other.close()
