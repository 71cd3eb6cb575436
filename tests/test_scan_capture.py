"""No scan lost, always the right fair: scans caught wherever the focus is, undo per fair and day, the station's
fair at the next start, and a booth that left scanned again (the window, offscreen, with pytest-qt)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from sqlalchemy import select

from ocop_desk.checkin import desk as checkin
from ocop_desk.fair import events
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import Booth, CheckIn, EventDay
from tests.conftest import DEMO_DAY

ENTER = Qt.Key.Key_Return
_clock = [9_000_000]  # ms: the keyboard's own clock, carried by every key event


def type_keys(text: str, gap_ms: int, qtbot, *, enter: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Keys as the keyboard sends them: each to the widget that has the focus then (a popup's first), with the
    keyboard's timestamps `gap_ms` apart (a scanner: ~5 ms; a person: 120 ms and more)."""
    for char in text:
        _clock[0] += gap_ms
        _send(Qt.Key.Key_unknown, char)
        if gap_ms > 60:
            qtbot.wait(gap_ms)
    if enter:
        _clock[0] += 5
        _send(ENTER, "\r")


def _send(key: Qt.Key, text: str) -> None:
    popup = QApplication.activePopupWidget()
    target = (popup.focusWidget() or popup) if popup is not None else QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
        event.setTimestamp(_clock[0])
        QApplication.sendEvent(target, event)


def checked_in(store: Store, day: dt.date = DEMO_DAY) -> list[str]:
    with store.reading() as s:
        return list(s.scalars(select(Booth.code).join(CheckIn, CheckIn.booth_id == Booth.id)
                              .join(EventDay, EventDay.id == CheckIn.event_day_id)
                              .where(EventDay.day == day, CheckIn.status == "present").order_by(CheckIn.id)))


def desk_page(window, qtbot):  # type: ignore[no-untyped-def]
    page = window.show_page("checkin")
    window.day_combo.setCurrentIndex(0)
    window.activateWindow()
    qtbot.waitUntil(lambda: page.input.hasFocus(), timeout=2000)
    return page


def choose_fair(window, event_id: int) -> None:  # type: ignore[no-untyped-def]
    combo = window.event_combo
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemData(i).id == event_id))
    assert window.ctx.current_event.id == event_id


def focus(widget: QWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


class KeySpy(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.keys: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            self.keys.append(event.text())
        return False


OFFSCREEN_POPUP = "This plugin does not support"  # offscreen Qt cannot raise a popup nor grab the keyboard


@pytest.mark.qt_log_ignore(OFFSCREEN_POPUP)
def test_a_scan_checks_in_wherever_the_focus_has_gone(window, qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = desk_page(window, qtbot)
    focus(window.day_combo, qtbot)  # the toolbar's day drop-down
    type_keys("OCOP:B:1:B02", 5, qtbot, enter=True)
    assert checked_in(demo_store) == ["B02"] and page.banner.state == "checked_in"
    assert page.input.hasFocus() and page.input.text() == ""
    assert window.day_combo.currentIndex() == 0  # the burst did not pick another day by keyboard search

    focus(window.nav, qtbot)  # the sidebar; a plain code barcode, no Enter: the pause ends it
    type_keys("B03", 5, qtbot)
    qtbot.waitUntil(lambda: checked_in(demo_store) == ["B02", "B03"], timeout=2000)
    assert window.current_page_key() == "checkin"

    focus(window.event_combo, qtbot)  # the fair drop-down, opened: the scan closes it and checks in
    window.event_combo.showPopup()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=2000)
    type_keys("OCOP:B:1:C01", 5, qtbot, enter=True)
    qtbot.waitUntil(lambda: checked_in(demo_store) == ["B02", "B03", "C01"], timeout=2000)
    assert QApplication.activePopupWidget() is None and window.event_combo.currentIndex() == 0


def test_hand_typing_reaches_its_widget_and_typing_fields_keep_scans(window, qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    desk_page(window, qtbot)
    spy = KeySpy()
    window.nav.installEventFilter(spy)
    focus(window.nav, qtbot)
    type_keys("abc", 150, qtbot)  # a person on the sidebar: every key reaches it, nothing is checked in
    qtbot.waitUntil(lambda: spy.keys == ["a", "b", "c"], timeout=2000)
    assert checked_in(demo_store) == []

    products = window.show_page("products")
    search = products.findChild(QLineEdit)
    assert search is not None
    focus(search, qtbot)
    type_keys("OCOP:B:1:B02", 5, qtbot)  # a search box with the focus keeps what is typed, scanner or not
    qtbot.wait(300)
    assert search.text() == "OCOP:B:1:B02" and checked_in(demo_store) == []


def test_a_page_without_use_for_scans_says_so(window, qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    window.show_page("summary")
    window.activateWindow()
    focus(window.nav, qtbot)
    type_keys("OCOP:B:1:B02", 5, qtbot, enter=True)
    assert "no use for scans" in window.statusBar().currentMessage()
    assert checked_in(demo_store) == []


def test_undo_acts_only_on_the_fair_on_screen(window, qtbot, demo_store: Store, actor: Actor) -> None:  # type: ignore[no-untyped-def]
    page = desk_page(window, qtbot)
    type_keys("OCOP:B:1:C02", 5, qtbot, enter=True)
    assert checked_in(demo_store) == ["C02"]
    recent_here = page.recent.count()
    test_fair = events.create_event(demo_store, actor, "Thử nghiệm", DEMO_DAY, DEMO_DAY)
    window.reload_events(test_fair.id)  # File ▸ New event… switches to it
    assert window.ctx.current_event.id == test_fair.id
    assert page.banner.state == "idle" and page.recent.count() == 0 and not page.undo_button.isEnabled()
    page.input.setFocus()
    qtbot.keyClick(page.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert checked_in(demo_store) == ["C02"]  # the other fair's check-in is untouched

    choose_fair(window, 1)
    assert page.recent.count() == recent_here and page.banner.state == "checked_in" and page.undo_button.isEnabled()
    qtbot.keyClick(page.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert checked_in(demo_store) == [] and page.banner.state == "undone"


def test_an_undo_that_no_longer_applies_says_why(window, qtbot, demo_store: Store, actor: Actor) -> None:  # type: ignore[no-untyped-def]
    page = desk_page(window, qtbot)
    type_keys("OCOP:B:1:A02", 5, qtbot, enter=True)
    checkin.set_status(demo_store, Actor("Lan", "desk-2"), 1, DEMO_DAY, "A02", "left")  # another station
    qtbot.keyClick(page.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.banner.state == "hint" and "marked left" in page.banner.detail.text()
    with demo_store.reading() as s:
        assert s.scalar(select(CheckIn.status)) == "left"


def test_a_booth_that_left_scanned_again_is_offered_back(window, qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = desk_page(window, qtbot)
    checkin.check_in(demo_store, Actor("Lan", "desk-2"), 1, DEMO_DAY, "B03")
    checkin.set_status(demo_store, Actor("Lan", "desk-2"), 1, DEMO_DAY, "B03", "left")
    page.refresh_now()
    assert page.counts_label.text() == "0 / 10 present" and "checked in 1 · left 1" in page.counts_detail.text()
    focus(window.nav, qtbot)
    type_keys("OCOP:B:1:B03", 5, qtbot, enter=True)
    assert "Left at" in page.banner.headline.text() and "Enter: present again" in page.banner.detail.text()
    assert page.input.hasFocus()
    qtbot.keyClick(page.input, ENTER)  # one key: present again
    assert checked_in(demo_store) == ["B03"] and page.banner.state == "checked_in"
    assert page.counts_label.text() == "1 / 10 present"
    qtbot.keyClick(page.input, ENTER)  # the offer is used up: nothing more happens
    assert page.counts_label.text() == "1 / 10 present"


def test_the_next_start_opens_the_fair_the_station_was_on(window, qtbot, demo_store: Store, actor: Actor) -> None:  # type: ignore[no-untyped-def]
    from ui.common.context import AppContext
    from ui.shell.main_window import MainWindow

    test_fair = events.create_event(demo_store, actor, "Thử nghiệm", DEMO_DAY, DEMO_DAY)
    window.reload_events(test_fair.id)
    assert events.current_event_id(demo_store, actor.station) == test_fair.id
    choose_fair(window, 1)
    assert events.current_event_id(demo_store, actor.station) == 1  # what `ocop-desk event list` marks here
    again = MainWindow(AppContext(demo_store, actor), window.settings)
    qtbot.addWidget(again)
    assert again.ctx.current_event is not None and again.ctx.current_event.id == 1


def test_shift_between_the_characters_does_not_break_a_scan(window, qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    """A wedge scanner presses Shift for every capital and colon: those key presses carry no text."""
    page = desk_page(window, qtbot)
    focus(window.nav, qtbot)
    spy = KeySpy()
    window.nav.installEventFilter(spy)
    for char in "OCOP:B:1:A04":
        if not char.isdigit():
            _clock[0] += 2
            _send(Qt.Key.Key_Shift, "")
        _clock[0] += 3
        _send(Qt.Key.Key_unknown, char)
    qtbot.waitUntil(lambda: checked_in(demo_store) == ["A04"], timeout=2000)
    assert [k for k in spy.keys if k] == [] and page.recent.count() == 1  # one scan, whole; no key leaked


def test_a_scan_held_back_a_moment_midway_stays_one_scan(window, qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = desk_page(window, qtbot)
    focus(window.day_combo, qtbot)
    type_keys("OCOP:B", 5, qtbot)
    _clock[0] += 100  # the keyboard sent nothing for 100 ms (a busy USB hub): less than the pause that ends a scan
    type_keys(":1:B04", 5, qtbot, enter=True)
    assert checked_in(demo_store) == ["B04"] and page.recent.count() == 1


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the session dialog, offscreen
def test_on_the_livestream_page_a_label_is_counted_and_a_booth_card_refused(window, qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    from ocop_desk.core.payloads import lot_uri
    from ocop_desk.live import service as live
    from tests.test_live_window import start_session

    page = start_session(window, qtbot)
    window.activateWindow()
    focus(window.day_combo, qtbot)  # not the tiles: the window catches the scan
    type_keys("OCOP:B:1:A01", 5, qtbot, enter=True)
    assert page.feedback.property("error") and "booth card" in page.feedback.text()
    assert checked_in(demo_store) == [] and page.detail.totals.events == 0
    focus(window.nav, qtbot)
    type_keys(lot_uri("https://truyxuat.example.vn", lot="L1", gtin=None, product_code="MAT-ONG-TH",
                      expires=None), 5, qtbot,
              enter=True)
    totals = live.session_totals(demo_store, page.current_id())
    assert totals.events == 1
    qtbot.waitUntil(lambda: not page.feedback.property("error"), timeout=5000)  # the count's re-read runs off the GUI thread
    assert page.board.hasFocus()  # back on the tiles
