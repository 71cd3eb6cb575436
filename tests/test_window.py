from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QTableView

from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from tests.test_catalog_and_text import NAMED


def table_column(table: QTableView, column: int) -> list[str]:
    model = table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_products_page_lists_the_named_products_with_stars(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_page("products")
    page = window.page("products")
    table = page.findChild(QTableView, "productsTable")
    names = table_column(table, 1)
    for name in NAMED:
        assert name in names
    row = names.index("Nước mắm Cát Hải 40 độ đạm")
    assert table.model().index(row, 3).data() == "★★★★★"
    assert table.model().index(row, 2).data() == "Công ty CP Chế biến Thủy sản Cát Hải"


def test_products_search_without_accents(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_page("products")
    page = window.page("products")
    search = page.findChild(QLineEdit, "productSearch")
    qtbot.keyClicks(search, "cha chia")
    table = page.findChild(QTableView, "productsTable")
    # "cha chia" also names the producer, so its other product matches too
    qtbot.waitUntil(lambda: set(table_column(table, 1)) == {"Chả chìa Hạ Lũng Bác Hoạt", "Chả lá lốt Bác Hoạt"},
                    timeout=2000)


def test_keyboard_switches_pages(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "products"
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "summary"


def test_status_bar_shows_operator_and_database(window, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    assert "Nguyễn Thu Hà" in window.operator_label.text()
    assert window.db_label.toolTip() == str(demo_store.location)
    assert window.db_label.text().endswith("demo.sqlite3")  # a long path is cut in the middle, never the name


def test_event_and_days_are_selectable(window) -> None:  # type: ignore[no-untyped-def]
    assert window.event_combo.count() == 1
    assert window.day_combo.count() == 3
    window.day_combo.setCurrentIndex(0)
    assert window.ctx.day is not None and window.ctx.day.isoformat() == "2026-10-14"


def test_window_state_is_remembered(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_page("live")
    window.close()
    assert window.settings.value("window/page") == "live"
    assert window.settings.value("window/geometry") is not None


def test_empty_database_offers_the_sample_fair(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from ui.common.context import AppContext
    from ui.common.settings import app_settings
    from ui.shell.main_window import MainWindow

    settings = app_settings()
    settings.clear()
    win = MainWindow(AppContext(store, Actor("op")), settings)
    qtbot.addWidget(win)
    win.show()
    assert win.body.currentWidget() is win.welcome
    button = win.findChild(QPushButton, "loadSampleButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert win.body.currentIndex() == 0
    assert "Chợ phiên OCOP Hải Phòng" in win.event_combo.currentText()


def test_window_speaks_vietnamese(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    from ui.common.context import AppContext
    from ui.common.settings import app_settings
    from ui.shell.app import install_language
    from ui.shell.main_window import MainWindow

    install_language(QApplication.instance(), "vi")
    settings = app_settings()
    settings.clear()
    win = MainWindow(AppContext(demo_store, Actor("Hà")), settings)
    qtbot.addWidget(win)
    titles = [win.nav.item(i).text() for i in range(win.nav.count())]
    assert titles == ["Điểm danh", "Sản phẩm & lô hàng", "In tem", "Livestream", "Tổng hợp"]
    assert win.menuBar().actions()[0].text() == "&Tệp"
    assert "Người trực: Hà" in win.operator_label.text()


def test_language_switch_rebuilds_the_window(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    from ui.common.context import AppContext
    from ui.common.settings import app_settings
    from ui.shell.app import WindowSession, install_language

    app = QApplication.instance()
    install_language(app, "en")
    settings = app_settings()
    settings.clear()
    session = WindowSession(app, AppContext(demo_store, Actor("Hà")), settings)
    qtbot.addWidget(session.window)
    session.window.show_page("products")
    session.switch_language("vi")
    qtbot.addWidget(session.window)
    assert session.window.nav.item(0).text() == "Điểm danh"
    assert session.window.current_page_key() == "products"


def test_operator_dialog_requires_a_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.shell.dialogs import OperatorDialog

    dialog = OperatorDialog("")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.combo.lineEdit(), "  Tran   Lan ")  # QTest types ASCII only
    assert ok.isEnabled() and dialog.name() == "Tran Lan"
    dialog.combo.lineEdit().setText("Trần Thị Lan")
    assert dialog.name() == "Trần Thị Lan"


@pytest.mark.backends("sqlite", "postgresql")  # every page also opens over the shared server
def test_screenshots_render(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for key in ("checkin", "products", "labels", "live", "summary"):
        window.show_page(key)
        image = window.grab().toImage()
        assert image.width() >= 960 and not image.isNull()


def test_operator_name_is_checked_like_the_cli(window) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from ocop_desk.core.errors import DomainError

    with pytest.raises(DomainError, match="Operator's name"):
        window.ctx.set_operator("Hà\x00" + "x" * 10)
    with pytest.raises(DomainError, match="120"):
        window.ctx.set_operator("x" * 121)
    window.ctx.set_operator("  Trần Thị Lan ")
    assert window.ctx.actor.operator == "Trần Thị Lan"
