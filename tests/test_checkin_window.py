"""The check-in desk driven like a coordinator: typing, scanners with and without Enter, undo, the board."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from ocop_desk.checkin import desk as checkin
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import AuditEntry, BoothDay, CheckIn
from tests.conftest import DEMO_DAY

HUMAN_MS = 120  # between keys when a person types
ENTER = Qt.Key.Key_Return


def desk(window):  # type: ignore[no-untyped-def]
    page = window.show_page("checkin")
    window.day_combo.setCurrentIndex(0)  # the fixture's first day: 2026-10-14
    assert window.ctx.day == DEMO_DAY
    return page


def rows(store: Store) -> int:
    with store.reading() as s:
        return s.scalar(select(func.count(CheckIn.id))) or 0


def test_input_has_focus_when_the_page_is_shown(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = desk(window)
    qtbot.waitUntil(lambda: page.input.hasFocus(), timeout=2000)
    window.show_page("products")
    window.show_page("checkin")
    qtbot.waitUntil(lambda: page.input.hasFocus(), timeout=2000)


def test_typed_code_with_enter_checks_in_then_already(window, qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = desk(window)
    qtbot.keyClicks(page.input, "a01", delay=HUMAN_MS)
    qtbot.wait(300)
    assert page.banner.state == "idle"  # hand typing never fires on a pause
    qtbot.keyClick(page.input, ENTER)
    assert page.banner.state == "checked_in"
    assert "A01 · Cơ sở Chả chìa Hạ Lũng Bác Hoạt" in page.banner.booth.text()
    assert page.input.text() == "" and rows(demo_store) == 1
    assert page.board.tiles["A01"].status == "present"
    assert page.counts_label.text() == "1 / 10 present"
    qtbot.keyClicks(page.input, "A01", delay=HUMAN_MS)
    qtbot.keyClick(page.input, ENTER)
    assert page.banner.state == "already"
    assert "Already checked in today at" in page.banner.headline.text()
    assert "by Nguyễn Thu Hà" in page.banner.detail.text()
    assert rows(demo_store) == 1


def test_scanner_with_enter(window, qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = desk(window)
    qtbot.keyClicks(page.input, "OCOP:B:1:B02")  # all at once, like a wedge scanner
    qtbot.keyClick(page.input, ENTER)
    assert page.banner.state == "checked_in" and "B02" in page.banner.booth.text()


def test_scanner_without_enter_ends_on_a_pause(window, qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = desk(window)
    qtbot.keyClicks(page.input, "OCOP:B:1:C01")
    assert page.banner.state == "idle"
    qtbot.waitUntil(lambda: page.banner.state == "checked_in", timeout=2000)
    assert "C01" in page.banner.booth.text() and rows(demo_store) == 1
    qtbot.keyClicks(page.input, "B03")  # a plain code barcode, no Enter
    qtbot.waitUntil(lambda: "B03" in page.banner.booth.text(), timeout=2000)
    assert page.banner.state == "checked_in" and rows(demo_store) == 2


def test_unknown_code_and_foreign_card(window, qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = desk(window)
    qtbot.keyClicks(page.input, "Z99", delay=HUMAN_MS)
    qtbot.keyClick(page.input, ENTER)
    assert page.banner.state == "unknown" and "Unknown code" in page.banner.headline.text()
    qtbot.keyClicks(page.input, "OCOP:B:9:A01")
    qtbot.waitUntil(lambda: "another event" in page.banner.detail.text(), timeout=2000)
    assert page.banner.state == "unknown" and rows(demo_store) == 0


def test_not_registered_for_the_day(window, qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    with demo_store.transaction() as s:
        s.add(BoothDay(booth_id=10, event_day_id=3))  # C02 comes on the last day only
    page = desk(window)
    page.refresh_now()
    assert page.board.tiles["C02"].status == "off"
    qtbot.keyClicks(page.input, "C02", delay=HUMAN_MS)
    qtbot.keyClick(page.input, ENTER)
    assert page.banner.state == "not_registered" and rows(demo_store) == 0


def test_accent_free_search_then_enter_checks_in_the_match(window, qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = desk(window)
    qtbot.keyClicks(page.input, "dong trung", delay=30)
    qtbot.waitUntil(lambda: page.results.count() == 1, timeout=2000)
    assert "B02" in page.results.item(0).text()
    qtbot.keyClick(page.input, ENTER)
    assert page.banner.state == "checked_in" and "Đông trùng hạ thảo" in page.banner.booth.text()


def test_several_matches_need_a_choice(window, qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = desk(window)
    qtbot.keyClicks(page.input, "a0", delay=HUMAN_MS)
    qtbot.keyClick(page.input, ENTER)
    assert page.banner.state == "hint" and rows(demo_store) == 0
    qtbot.keyClick(page.input, Qt.Key.Key_Down)
    qtbot.keyClick(page.input, Qt.Key.Key_Down)
    qtbot.keyClick(page.input, ENTER)
    assert page.banner.state == "checked_in" and "A02" in page.banner.booth.text()


def test_ctrl_z_undoes_the_last_check_in_and_audits_it(window, qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = desk(window)
    qtbot.keyClicks(page.input, "B04")
    qtbot.keyClick(page.input, ENTER)
    assert rows(demo_store) == 1 and page.undo_button.isEnabled()
    qtbot.keyClick(page.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rows(demo_store) == 0 and page.banner.state == "undone"
    assert page.board.tiles["B04"].status == "expected"
    with demo_store.reading() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "undo")).one()
    assert entry.operator == "Nguyễn Thu Hà" and json.loads(entry.details or "")["booth"] == "B04"
    qtbot.keyClick(page.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert rows(demo_store) == 1 and page.banner.state == "checked_in"
    page.undo_button.click()
    assert rows(demo_store) == 0


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the date question's message box, offscreen
def test_board_tile_opens_detail_marks_left_and_records_a_lot(window, qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = desk(window)
    checkin.check_in(demo_store, Actor("Lan", "desk-2"), 1, DEMO_DAY, "B01")
    page.refresh_now()
    qtbot.mouseClick(page.board.canvas, Qt.MouseButton.LeftButton, pos=page.board.tile_center("B01"))
    dialog = page.detail_dialog
    qtbot.waitExposed(dialog)
    assert "Present since" in dialog.status_label.text() and "Lan" in dialog.status_label.text()
    assert dialog.product_combo.count() == 3
    dialog.status_buttons["left"].click()
    assert page.board.tiles["B01"].status == "left"
    assert "left" in page.counts_detail.text()
    dialog.product_combo.setCurrentIndex(dialog.product_combo.findData("NM-CAT-HAI-40"))
    dialog.quantity.setValue(24)
    dialog.expires.setText("01/01/2020")
    assert dialog.warnings.isVisible() and "past its expiry" in dialog.warnings.text()
    seen = answer_date_box(qtbot, dialog, QMessageBox.StandardButton.No)  # "Correct the dates": nothing recorded
    dialog.add_lot_button.click()
    assert dialog.saved.text() == "" and dialog.lots_model.rowCount() == 0
    assert len(seen) == 1 and "past its expiry date (1 Jan 2020)" in seen[0][0] and seen[0][1]  # No by default
    answer_date_box(qtbot, dialog, QMessageBox.StandardButton.Yes)  # "Record anyway"
    dialog.add_lot_button.click()
    assert "Recorded lot 261014B01-01" in dialog.saved.text()
    assert dialog.lots_model.rowCount() == 1
    dialog.close()
    # (offscreen Qt leaves no window active after a message box: the window's own focus widget is what counts)
    qtbot.waitUntil(lambda: page.window().focusWidget() is page.input, timeout=2000)


def answer_date_box(qtbot, dialog, button: QMessageBox.StandardButton) -> list[tuple[str, bool]]:  # type: ignore[no-untyped-def]
    """Answer the lot form's date question once it shows (it is modal: the click that opens it waits on it).
    Returns what the box said and whether No was its default, filled in once answered (asserting inside the
    timer would leave the modal box open and the test hanging)."""
    seen: list[tuple[str, bool]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append((box.text(), box.defaultButton() is box.button(QMessageBox.StandardButton.No)))
        box.button(button).click()

    QTimer.singleShot(0, answer)
    return seen


def test_sound_setting_is_remembered(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = desk(window)
    page.sound.setChecked(True)
    assert page.settings.value("checkin/sound") == "true"
    QApplication.processEvents()


def test_ctrl_enter_opens_a_booth_and_its_lots_are_recorded_from_the_keyboard(window, qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = desk(window)
    qtbot.keyClicks(page.input, "cat hai", delay=HUMAN_MS)  # a search, then Ctrl+Enter: the detail, no check-in
    qtbot.waitUntil(lambda: page.results.count() == 1, timeout=2000)
    qtbot.keyClick(page.input, ENTER, Qt.KeyboardModifier.ControlModifier)
    dialog = page.detail_dialog
    qtbot.waitExposed(dialog)
    assert dialog.code == "B01" and rows(demo_store) == 0 and page.input.text() == ""
    # The lot form has the keys, and Enter records a lot (it never marks the booth left).
    assert dialog.focusWidget() is dialog.product_combo and dialog.add_lot_button.isDefault()
    qtbot.keyClick(dialog.product_combo, Qt.Key.Key_Down)
    qtbot.keyClicks(dialog.lot_code, "MAM-7")
    dialog.quantity.selectAll()
    qtbot.keyClicks(dialog.quantity, "36")
    qtbot.keyClicks(dialog.expires, "01/01/2030")
    qtbot.keyClick(dialog.expires, ENTER)
    assert "Recorded lot MAM-7 (36 items)" in dialog.saved.text()
    assert dialog.lots_model.rowCount() == 1 and dialog.status_buttons["left"].isEnabled()
    dialog.close()
    window.activateWindow()  # offscreen has no window manager to give the window back its focus
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    # After a scan, Ctrl+Enter with nothing typed opens the booth just answered for.
    qtbot.keyClicks(page.input, "OCOP:B:1:A02")
    qtbot.keyClick(page.input, ENTER)
    assert rows(demo_store) == 1
    qtbot.keyClick(page.input, ENTER, Qt.KeyboardModifier.ControlModifier)
    opened = page.detail_dialog
    assert opened.code == "A02"
    opened.close()  # a closed booth dialog is deleted: none pile up hidden during the day
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClicks(page.input, "zzz", delay=HUMAN_MS)
    qtbot.keyClick(page.input, ENTER, Qt.KeyboardModifier.ControlModifier)
    assert page.banner.state == "hint" and "No booth of this fair matches" in page.banner.detail.text()
    assert page.detail_dialog is opened and rows(demo_store) == 1  # no other dialog, no check-in


def test_a_scan_without_enter_survives_a_busy_moment_in_the_middle(window, qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    """The scanner sent the card in 60 ms, but the window handled its keys with a 100 ms stall halfway:
    the gaps are the keyboard's (event timestamps), so it is still a scan and checks in on the pause."""
    import time

    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    page = desk(window)
    sent = 5_000_000  # ms, the keyboard's clock
    for i, char in enumerate("OCOP:B:1:C01"):
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            event.setTimestamp(sent + 5 * i)
            QApplication.sendEvent(page.input, event)
        if i == 5:
            time.sleep(0.1)  # the window was busy (a refresh, a page being built)
    qtbot.waitUntil(lambda: page.banner.state == "checked_in", timeout=2000)
    assert "C01" in page.banner.booth.text() and rows(demo_store) == 1
