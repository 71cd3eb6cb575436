"""The summary page and File ▸ Export… driven through the real window."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QProgressDialog, QPushButton, QTableView

from ocop_desk.core.formatting import fmt_int, fmt_money
from ocop_desk.fair.events import resolve_event
from ocop_desk.store.database import Store
from tests.background import settle
from tests.conftest import DEMO_DAY
from tests.summary_fixtures import add_activity, reference_figures


def open_summary(window: Any, demo_store: Store) -> Any:
    add_activity(demo_store, resolve_event(demo_store).id)
    window.day_combo.setCurrentIndex(0)
    window.ctx.changed("checkin")
    page = window.show_page("summary")
    settle(page)  # the figures are read off the GUI thread
    return page


def test_page_shows_the_figures_of_the_day_and_of_the_event(window: Any, demo_store: Store, qtbot: Any) -> None:
    page = open_summary(window, demo_store)
    event_id = resolve_event(demo_store).id
    for whole, day in ((False, DEMO_DAY), (True, None)):
        if whole:
            qtbot.mouseClick(page.event_button, Qt.MouseButton.LeftButton)
            settle(page)
        v = reference_figures(demo_store, event_id, day).values
        tiles = {k: t.value.text() for k, t in page.tiles.items()}
        assert tiles["booths"] == f"{fmt_int(v['booths_present'])} / {fmt_int(v['booths_expected'])}"
        assert tiles["absent"] == fmt_int(v["booths_absent"])
        assert page.tiles["absent"].detail.text() == f"{v['booths_left']} left early"
        assert tiles["producers"] == fmt_int(v["producers_present"])
        assert tiles["products"] == fmt_int(v["products_checked_in"])
        assert tiles["lots"] == fmt_int(v["lots"])
        assert tiles["quantity"] == fmt_int(v["quantity_brought"])
        assert tiles["labels"] == fmt_int(v["labels_printed"])
        assert tiles["sessions"] == fmt_int(v["live_sessions"])
        assert tiles["revenue"] == fmt_money(v["revenue"][0])
        for key, (site, platform) in page.live_rows.items():
            show = fmt_money if key == "revenue" else fmt_int
            assert (site.text(), platform.text()) == (show(v[key][0]), show(v[key][1])), key
        table = page.tabs.widget(0)
        assert isinstance(table, QTableView)
        ref = reference_figures(demo_store, event_id, day)
        assert table.model().rowCount() == len(ref.product_revenue)
        assert page.revenue_chart.view.isVisible() and page.top_chart.view.isVisible()
    assert "whole event" in page.header.subtitle.text()


def test_numbers_follow_the_ui_language(window: Any, demo_store: Store) -> None:
    from ui.shell.app import install_language, make_application

    page = open_summary(window, demo_store)
    install_language(make_application(), "vi")
    try:
        page.refresh_now()
        settle(page)
        assert page.tiles["revenue"].value.text() == "2.720.000 ₫"
        assert page.live_rows["revenue"][1].text() == "9.500.000 ₫"
    finally:
        install_language(make_application(), "en")


def test_empty_day_shows_a_message_instead_of_charts(window: Any) -> None:
    page = window.show_page("summary")
    settle(page)
    assert page.tiles["sessions"].value.text() == "0"
    assert not page.revenue_chart.view.isVisible()
    assert page.revenue_chart.empty.text() == "No live sales recorded"


def test_file_export_writes_the_workbook_without_blocking(window: Any, demo_store: Store, qtbot: Any,
                                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.reports import export_dialog

    open_summary(window, demo_store)
    target = tmp_path / "out" / "tong-hop.xlsx"
    target.parent.mkdir()
    seen: dict[str, Any] = {}

    def accept(dialog: Any) -> int:
        seen["suggested"] = dialog.path.text()
        dialog.event_radio.setChecked(True)
        dialog.path.setText(str(target))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", accept)
    assert window.export_action in window.file_menu.actions()
    window.export_action.trigger()
    qtbot.waitUntil(lambda: getattr(window._export_run, "finished_message", None) is not None, timeout=20000)
    assert seen["suggested"].endswith(f"tong-hop_cho-phien-ocop-hai-phong_{DEMO_DAY.isoformat()}.xlsx")
    assert "Saved" in window.statusBar().currentMessage()
    wb = openpyxl.load_workbook(target)
    assert "whole event" in wb["Summary"]["A1"].value


def test_cancel_stops_the_export_and_the_window_stays_responsive(window: Any, demo_store: Store, qtbot: Any,
                                                                  tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from ocop_desk.reports import export
    from ui.reports import export_dialog

    target = tmp_path / "out" / "old.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"old")

    real_export = export.export_workbook

    def slow_export(store: Any, event_id: int, path: Any, *, day: Any = None, progress: Any = None) -> Any:
        """The real export on a very slow disk: it writes the file unless Cancel stops it."""
        def slow_progress(_done: int, _total: int) -> None:
            for i in range(2000):  # ~20 s unless cancelled: each call raises once Cancel was pressed
                progress(i, 2000)
                time.sleep(0.01)

        return real_export(store, event_id, path, day=day, progress=slow_progress)

    monkeypatch.setattr(export, "export_workbook", slow_export)
    monkeypatch.setattr(export_dialog.ExportDialog, "exec",
                        lambda d: (d.path.setText(str(target)), QDialog.DialogCode.Accepted.value)[1])
    window.export_action.trigger()
    progress = window.findChild(QProgressDialog, "exportProgress")
    qtbot.waitUntil(lambda: progress.value() >= 5, timeout=5000)  # progress reaches the GUI while it works
    first = window._export_run
    window.export_action.trigger()  # a second export while one runs brings the running one forward
    assert window._export_run is first
    window.show_page("products")  # the window still responds
    assert window.current_page_key() == "products"
    progress.findChild(QPushButton).click()
    qtbot.waitUntil(lambda: getattr(window._export_run, "finished_message", None) is not None, timeout=5000)
    assert "cancelled" in window.statusBar().currentMessage()
    # The real export would have replaced the file: the old one is intact and no partial file is left.
    assert target.read_bytes() == b"old"
    assert [p.name for p in target.parent.iterdir()] == ["old.xlsx"]


def test_export_dialog_asks_before_replacing_a_typed_path(window: Any, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.reports.export_dialog import ExportDialog

    existing = tmp_path / "old.xlsx"
    existing.write_bytes(b"old")
    dialog = ExportDialog(window.ctx, False, window)
    assert dialog.path.text().endswith(".xlsx") and dialog.day_radio.isChecked()
    dialog.path.setText(str(tmp_path / "new"))
    assert dialog.target() == tmp_path / "new.xlsx"
    answers: list[Any] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: answers.append(a) or QMessageBox.StandardButton.No)
    dialog.path.setText(str(existing))
    dialog.accept()
    assert answers and dialog.result() != QDialog.DialogCode.Accepted.value
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted.value
