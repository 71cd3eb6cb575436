"""The livestream page driven as a coordinator would: mouse, keyboard, scanner, snapshots, end, reopen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPushButton

from ocop_desk.core.payloads import lot_uri
from ocop_desk.live import service as live
from tests.background import settle
from ui.live.dialogs import EndDialog, SessionDialog

CHA, MAM, MAT = "CHA-CHIA-HL", "NM-CAT-HAI-40", "MAT-ONG-TH"


@pytest.fixture(autouse=True)
def errors(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """Error dialogs are modal: record their text instead of blocking the test."""
    shown: list[str] = []
    monkeypatch.setattr("ui.live.page.show_error", lambda parent, exc: shown.append(str(exc)))
    return shown


def click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def ok(dialog) -> QPushButton:  # type: ignore[no-untyped-def]
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def items(page) -> list[str]:  # type: ignore[no-untyped-def]
    settle(page)
    return [t.items.text() for t in page.board.tiles]


def start_session(window, qtbot):  # type: ignore[no-untyped-def]
    window.show_page("live")
    page = window.page("live")
    assert page.stack.currentWidget() is page.empty and not page.status.isVisible()
    assert not page.findChild(QPushButton, "endSessionButton").isEnabled()
    click(qtbot, page.findChild(QPushButton, "newSessionButton"))
    dialog = page.dialog
    assert isinstance(dialog, SessionDialog) and dialog.isVisible()
    assert not ok(dialog).isEnabled()  # no host yet
    dialog.hosts.setText("Quang Linh, Hằng Du Mục")
    dialog.channel.setText("OCOP Hải Phòng")
    qtbot.keyClicks(dialog.title_edit, "Morning market")
    qtbot.keyClicks(dialog.search, "cha chia")
    visible = [dialog.available.item(i) for i in range(dialog.available.count())
               if not dialog.available.item(i).isHidden()]
    assert [i.text().split("  ·  ")[1] for i in visible] == [CHA, "CHA-LA-LOT"]
    dialog.available.setCurrentItem(visible[0])
    click(qtbot, dialog.findChild(QPushButton, "addProduct"))
    dialog.feature_codes([MAT, MAM])
    dialog.featured.setCurrentRow(2)
    click(qtbot, dialog.findChild(QPushButton, "moveUp"))  # show order: CHA, MAM, MAT
    click(qtbot, ok(dialog))
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 1 and page.chart is not None)
    return page


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_whole_session_through_the_window(window, qtbot, demo_store, errors) -> None:  # type: ignore[no-untyped-def]
    page = start_session(window, qtbot)
    info = page.detail.info
    assert [p.code for p in info.products] == [CHA, MAM, MAT]
    assert info.hosts == ("Quang Linh", "Hằng Du Mục") and info.title == "Morning market"
    assert page.session_combo.count() == 1 and "LIVE" in page.session_combo.currentText()
    assert page.status.isVisible() and page.status.text() == "● LIVE"
    assert len(page.board.tiles) == 3

    # mouse: +1 on the first tile, +N (5) on the second
    click(qtbot, page.board.tiles[0].plus)
    click(qtbot, page.board.tiles[1].plus_n)
    assert items(page) == ["1", "5", "0"]
    assert page.total_revenue.text() == "₫880,000"  # 280,000 + 5 × 120,000

    # keyboard: "3++" Enter adds two to tile 3; "1-" Enter takes one off tile 1
    page.session_combo.setFocus()
    qtbot.mouseClick(page.board.tiles[2].name, Qt.MouseButton.LeftButton)  # a click on a tile gives the keys
    assert page.board.current == 3 and window.focusWidget() is page.board
    qtbot.keyClicks(page.board, "3++")
    assert page.board.current == 3 and "3++" in page.feedback.text()
    qtbot.keyClick(page.board, Qt.Key.Key_Return)
    qtbot.keyClicks(page.board, "2+12")
    qtbot.keyClick(page.board, Qt.Key.Key_Enter)
    assert items(page) == ["1", "17", "2"]
    qtbot.keyClicks(page.board, "1-")
    qtbot.keyClick(page.board, Qt.Key.Key_Return)
    assert items(page) == ["0", "17", "2"]
    # a −1 below zero is refused with a message and stores nothing
    before = live.session_totals(demo_store, info.id).events
    qtbot.keyClicks(page.board, "1-")
    qtbot.keyClick(page.board, Qt.Key.Key_Return)
    assert page.feedback.property("error") is True and "cannot be negative" in page.feedback.text()
    assert live.session_totals(demo_store, info.id).events == before
    qtbot.keyClicks(page.board, "9+")
    qtbot.keyClick(page.board, Qt.Key.Key_Return)
    assert "no product 9" in page.feedback.text()

    # scanner: a Digital Link with Enter, an offline label text without Enter
    uri = lot_uri("https://truyxuat.example.vn", lot="L 7", gtin="8936012340013", product_code=CHA, expires=None)
    qtbot.keyClicks(page.board, uri)
    qtbot.keyClick(page.board, Qt.Key.Key_Return)
    assert items(page) == ["1", "17", "2"] and page.board.current == 1
    qtbot.keyClicks(page.board, f"OCOP|{MAT}|MO-1")
    qtbot.waitUntil(lambda: items(page) == ["1", "17", "3"], timeout=2000)
    assert page.board.current == 3
    qtbot.keyClicks(page.board, "OCOP:B:1:A01")
    qtbot.keyClick(page.board, Qt.Key.Key_Return)
    assert "booth card" in page.feedback.text()

    # viewer snapshots: typed into the form, drawn on the chart
    page.snapshot_fields["viewers"].setText("1.200")
    page.snapshot_fields["views"].setText("5000")
    click(qtbot, page.findChild(QPushButton, "recordSnapshot"))
    page.snapshot_fields["viewers"].setText("3400")
    click(qtbot, page.snapshot_button)
    assert page.chart is not None and page.chart.point_count() == 2
    page.snapshot_form.time.setText("25:70")  # a late entry with a wrong time is refused
    page.snapshot_fields["viewers"].setText("900")
    click(qtbot, page.snapshot_button)
    assert "'25:70' is not a time" in page.feedback.text() and page.chart.point_count() == 2
    page.snapshot_form.time.setText("00:05")  # typed late: it goes to its place in time
    qtbot.keyClick(page.snapshot_fields["viewers"], Qt.Key.Key_Return)
    assert page.chart.point_count() == 3 and page.detail.snapshots[0].viewers == 900
    assert page.snapshot_form.time.text() == ""
    assert page.snapshot_fields["viewers"].text() == ""
    page.snapshot_fields["likes"].setText("lots")
    click(qtbot, page.snapshot_button)
    assert "Likes: 'lots' is not a whole number" in page.feedback.text()
    assert len(live.snapshots(demo_store, info.id)) == 3

    # Ctrl+Z undoes the last count (the scanned honey)
    window.activateWindow()
    page.board.setFocus()
    qtbot.waitUntil(page.board.hasFocus)
    qtbot.keyClick(page.board, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert items(page) == ["1", "17", "2"]
    assert page.feedback.text().startswith("Undid +1 × ")  # the count taken back, not the undo row's −1
    kinds = [page.log_model.index(r, 6).data() for r in range(page.log_model.rowCount())]
    assert kinds[0].startswith("Undo (#") and any(k.startswith("Correction") for k in kinds)

    # a correction with its reason: one order of the fish sauce was cancelled
    click(qtbot, page.findChild(QPushButton, "correctButton"))
    dialog = page.dialog
    dialog.product.setCurrentIndex(1)
    dialog.items.setValue(-2)
    dialog.orders.setValue(-1)
    assert not ok(dialog).isEnabled()  # a reason is required
    dialog.reason.setText("khách hủy đơn")
    click(qtbot, ok(dialog))
    assert items(page) == ["1", "15", "2"]
    assert page.log_model.index(0, 6).data() == "Correction: khách hủy đơn"
    page.open_correction()  # more than was sold is refused, nothing stored
    page.dialog.items.setValue(-100)
    page.dialog.reason.setText("x")
    click(qtbot, ok(page.dialog))
    assert "cannot be negative" in page.feedback.text() and items(page) == ["1", "15", "2"]
    click(qtbot, page.findChild(QPushButton, "undoButton"))  # undoes the fish sauce correction
    assert items(page) == ["1", "17", "2"]

    totals = live.session_totals(demo_store, info.id)
    assert (totals.items, totals.orders) == (20, 4)
    assert page.total_items.text() == "20" and page.total_orders.text() == "4"

    # end with the platform's totals; the differences stand out
    click(qtbot, page.findChild(QPushButton, "endSessionButton"))
    dialog = page.dialog
    assert isinstance(dialog, EndDialog)
    dialog.fields["views"].setText("578.000")
    dialog.fields["peak_viewers"].setText("3400")
    dialog.fields["sku_orders"].setText("7")
    dialog.fields["items_sold"].setText("20")
    dialog.fields["gmv"].setText("2,710,000")
    dialog.ended.setDateTime(dialog.ended.dateTime().addDays(-1))
    click(qtbot, ok(dialog))
    assert len(errors) == 1 and "cannot end before it starts" in errors[0]
    qtbot.waitUntil(dialog.isVisible)  # back, with what was typed
    assert live.get_session(demo_store, info.id).ended_at is None
    assert dialog.fields["gmv"].text() == "2,710,000"
    dialog.ended.setDateTime(QDateTime.currentDateTime().addSecs(60))
    click(qtbot, ok(dialog))
    assert len(errors) == 1
    qtbot.waitUntil(lambda: page.detail.info.status == "ended")
    assert page.status.text() == "ENDED" and not page.board.isEnabled()
    rows = {page.compare_table.item(r, 0).text(): [page.compare_table.item(r, c).text() for c in (1, 2, 3)]
            for r in range(page.compare_table.rowCount())}
    assert rows["SKU orders"] == ["7", "4", "+3"]
    assert rows["Items sold"] == ["20", "20", "✓"]
    assert rows["GMV"] == ["₫2,710,000", "₫2,680,000", "+₫30,000"]
    assert rows["Peak viewers"] == ["3,400", "3,400", "✓"]
    assert rows["Unique viewers"] == ["—", "", ""]
    assert page.compare_table.item(list(rows).index("SKU orders"), 0).font().bold()

    # reopen: counting works again
    click(qtbot, page.findChild(QPushButton, "reopenSessionButton"))
    assert page.detail.info.status == "live" and page.board.isEnabled()
    click(qtbot, page.board.tiles[2].plus)
    assert items(page) == ["1", "17", "3"]
    assert live.session_totals(demo_store, info.id).items == 21


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_live_price_and_editing_a_session(window, qtbot, demo_store, errors) -> None:  # type: ignore[no-untyped-def]
    page = start_session(window, qtbot)
    tile = page.board.tiles[0]
    click(qtbot, tile.price)
    page.dialog.price.setText("199.000")
    click(qtbot, page.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    tile = page.board.tiles[0]
    assert "199,000" in tile.price.text() and "live price" in tile.price.text()
    click(qtbot, tile.plus)
    settle(page)
    assert tile.revenue.text() == "₫199,000"

    click(qtbot, page.findChild(QPushButton, "editSessionButton"))
    dialog = page.dialog
    assert isinstance(dialog, SessionDialog) and dialog.hosts.text() == "Quang Linh, Hằng Du Mục"
    dialog.featured.setCurrentRow(0)
    click(qtbot, dialog.findChild(QPushButton, "removeProduct"))  # it has a count: refused
    click(qtbot, ok(dialog))
    assert errors and "already has counts" in errors[0]
    qtbot.waitUntil(dialog.isVisible)  # the dialog comes back with what was typed
    dialog.feature_codes([CHA])
    dialog.title_edit.setText("Phiên chiều")
    click(qtbot, ok(dialog))
    qtbot.waitUntil(lambda: page.detail.info.title == "Phiên chiều")
    assert [p.code for p in page.detail.info.products] == [MAM, MAT, CHA]
    assert [t.name.text() for t in page.board.tiles][2] == "Chả chìa Hạ Lũng Bác Hoạt"
    assert window.findChild(QLabel, "liveStatus").text() == "● LIVE"


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_counts_from_another_station_show_up(window, qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    from ocop_desk.store.audit import Actor

    page = start_session(window, qtbot)
    click(qtbot, page.board.tiles[0].plus)
    settle(page)  # a poll is skipped while a re-read is on its way
    other = Actor(operator="Lan", station="desk-2")
    live.add_count(demo_store, other, page.detail.info.id, page.board.tiles[1].product_id, quantity=4)
    page.poll_other_stations()
    assert items(page) == ["1", "4", "0"] and page.total_items.text() == "5"
    assert page.log_model.index(0, 7).data().startswith("Lan")
    # Ctrl+Z here undoes this station's count, not the other station's
    page.undo()
    assert items(page) == ["0", "4", "0"]
    page.undo()
    assert "Nothing to undo" in page.feedback.text() and items(page) == ["0", "4", "0"]
    live.add_count(demo_store, other, page.detail.info.id, page.board.tiles[2].product_id)
    click(qtbot, page.board.tiles[0].plus)  # the log catches up with the other station's row as well
    settle(page)
    assert [page.log_model.index(r, 7).data().split(" ·")[0] for r in range(3)] == ["Nguyễn Thu Hà", "Lan", "Nguyễn Thu Hà"]


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_session_runs_from_the_keyboard(window, qtbot, demo_store, errors) -> None:  # type: ignore[no-untyped-def]
    """Every button of a session has its key; Enter in the product filter features the match, not Go live."""
    window.show_page("live")
    page = window.page("live")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    def keys(combo: str) -> None:  # a shortcut of the page, pressed wherever the focus is in it
        key = getattr(Qt.Key, f"Key_{combo[-1]}")
        qtbot.keyClick(QApplication.focusWidget() or page, key,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    page.session_combo.setFocus()
    keys("N")
    dialog = page.dialog
    assert isinstance(dialog, SessionDialog) and dialog.isVisible()
    assert dialog.notes.tabChangesFocus()
    dialog.hosts.setText("Quang Linh")
    qtbot.keyClicks(dialog.search, "mat ong")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.search, "cat hai 40")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.isVisible() and [dialog.featured.item(i).text().split("  ·  ")[1]
                                   for i in range(dialog.featured.count())] == [MAT, MAM]
    qtbot.keyClick(dialog.hosts, Qt.Key.Key_Return)  # Enter anywhere else goes live
    qtbot.waitUntil(lambda: page.detail is not None and len(page.board.tiles) == 2)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(page.board.hasFocus)
    assert page.new_button.toolTip() == "Ctrl+Shift+N" and page.correct_button.toolTip() == "Ctrl+Shift+C"
    keys("V")
    assert page.snapshot_fields["viewers"].hasFocus() and page.tabs.currentWidget() is page.viewers_tab
    window.ctx.changed("remote")  # any change refreshes the page (this station's own, a second later)
    assert page.snapshot_fields["viewers"].hasFocus()  # the figure being typed keeps the keys
    page.board.setFocus()
    keys("C")
    assert page.dialog.objectName() == "liveCorrectionDialog" and page.dialog.isVisible()
    page.dialog.reject()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.board.setFocus()
    keys("E")
    dialog = page.dialog
    assert isinstance(dialog, EndDialog) and dialog.focusWidget() is dialog.fields["views"]
    dialog.reject()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_label_scanned_without_enter_survives_a_busy_moment(window, qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    """The tile board measures a scan's gaps on the keys' timestamps, as the check-in input does."""
    import time

    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    page = start_session(window, qtbot)
    sent = 7_000_000  # ms, the keyboard's clock
    for i, char in enumerate(f"OCOP|{MAT}|MO-1"):
        event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
        event.setTimestamp(sent + 4 * i)
        QApplication.sendEvent(page.board, event)
        if i == 6:
            time.sleep(0.1)  # the window was busy for a moment in the middle of the scan
    qtbot.waitUntil(lambda: items(page) == ["0", "0", "1"], timeout=2000)
