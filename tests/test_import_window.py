"""File ▸ Import… and the template action, driven through the real window."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import Product


def product_count(store: Store) -> int:
    with store.reading() as s:
        return s.scalar(select(func.count(Product.id))) or 0


def sheet(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_import_previews_then_imports_into_the_current_event(window, qtbot, demo_store: Store,  # type: ignore[no-untyped-def]
                                                             tmp_path: Path) -> None:
    path = sheet(tmp_path / "them.xlsx", [
        ["Gian hàng", "Tên chủ thể", "Tên sản phẩm", "Hạng sao", "Giá bán"],
        ["D01", "HTX Chè Tân Cương", "Chè Tân Cương", "4 sao", "150.000"],
        [None, None, "Chè móc câu", 3, 120000],
    ])
    assert window.import_action.shortcut().toString() == "Ctrl+I"
    window.import_action.trigger()
    dialog = window.import_dialog
    qtbot.waitExposed(dialog)
    before = product_count(demo_store)
    assert dialog.problems.isHidden()  # no empty red box before a file is read
    dialog.path_edit.setText(str(path))
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    assert dialog.import_button.isEnabled()
    # From the keyboard: Enter in the path previews, the next Enter imports (Tab never sinks into the figures).
    assert dialog.import_button.isDefault() and dialog.focusWidget() is dialog.import_button
    assert dialog.counts.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert "Chợ phiên OCOP Hải Phòng" in dialog.summary.text()
    assert dialog.counts.item(1, 0).text() == "2" and dialog.counts.item(2, 0).text() == "1"
    assert product_count(demo_store) == before  # a preview writes nothing
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.written, timeout=5000)
    assert product_count(demo_store) == before + 2
    assert "2 products added" in dialog.status.text()
    assert dialog.cancel_button.text() == "Close" and dialog.cancel_button.isDefault()
    page = window.show_page("checkin")
    qtbot.waitUntil(lambda: "D01" in page.board.tiles, timeout=2000)
    dialog.close()


def test_bad_file_lists_every_problem_and_cannot_be_imported(window, qtbot, demo_store: Store,  # type: ignore[no-untyped-def]
                                                            tmp_path: Path) -> None:
    path = sheet(tmp_path / "bad.xlsx", [
        ["Tên sản phẩm", "Mã chủ thể", "Hạng sao", "Giá"],
        ["Trà", "HP-BH", "7", "abc"],
    ])
    window.open_import()
    dialog = window.import_dialog
    dialog.path_edit.setText(str(path))
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    assert not dialog.import_button.isEnabled()
    texts = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any("row 2, column 'Hạng sao'" in t for t in texts) and any("column 'Giá'" in t for t in texts)
    assert "2 problem(s)" in dialog.problems_label.text()
    dialog.close()


def test_unreadable_file_says_so(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "x.xls"
    path.write_bytes(b"\xd0\xcf")
    window.open_import()
    dialog = window.import_dialog
    dialog.path_edit.setText(str(path))
    dialog.start_preview()
    qtbot.waitUntil(lambda: "x.xls was not read" in dialog.status.text(), timeout=5000)
    assert not dialog.import_button.isEnabled()
    dialog.close()


def test_import_into_an_empty_database_creates_the_event(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.common.context import AppContext
    from ui.common.settings import app_settings
    from ui.shell.main_window import MainWindow

    settings = app_settings()
    settings.clear()
    win = MainWindow(AppContext(store, Actor("Hà")), settings)
    qtbot.addWidget(win)
    win.show()
    assert win.body.currentWidget() is win.welcome
    path = sheet(tmp_path / "x.xlsx", [["DANH SÁCH ĐĂNG KÝ CHỢ PHIÊN OCOP THÁI NGUYÊN"], [],
                                       ["Gian hàng", "Tên chủ thể", "Tên sản phẩm"], ["A1", "HTX Chè", "Chè"]])
    win.open_import()
    dialog = win.import_dialog
    dialog.path_edit.setText(str(path))
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    assert "will be created" in dialog.summary.text()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: win.body.currentIndex() == 0, timeout=5000)
    assert "THÁI NGUYÊN" in win.event_combo.currentText()
    dialog.close()


def test_template_menu_item_writes_the_workbook(window, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "mau"
    monkeypatch.setattr("ui.registration.import_dialog.save_file_name", lambda *a, **k: (str(target), "Excel (*.xlsx)"))
    window.template_action.trigger()
    assert load_workbook(tmp_path / "mau.xlsx")["Sản phẩm"]["C1"].value == "Tên sản phẩm"
    assert "mau.xlsx" in window.statusBar().currentMessage()
