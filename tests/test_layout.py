"""The window on the screens coordinators have: every page and dialog at 1093×580 (1366×768 at 125% less the
taskbar), 1280×720, 1366×768 and 1920×1080 logical pixels, and at QT_SCALE_FACTOR 1.25 and 1.5, with the
sample fair full of data; nothing cut, overlapping, off the window or larger than the screen
(tests/layout_check.py says what counts). Each screen is its own process (tests/layout_worker.py): Qt reads
the scale factor and the screens once per process. Also: the window's first size, and readable tables."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QPoint, QRect, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from tests import layout_check

ROOT = Path(__file__).resolve().parent.parent
# The offscreen platform says so whenever a shown window's minimum size changes; it is not a problem here.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
# (scale factor, logical screen size): every size at 100%, and the two laptops as Windows scales them.
SCREENS = [(1.0, "1093x580"), (1.0, "1280x720"), (1.0, "1366x768"), (1.0, "1920x1080"),
           (1.25, "1093x580"), (1.5, "1280x720")]
PARALLEL = 2  # the CI machines have two cores


@pytest.fixture(scope="module")
def filled_db(qapp, tmp_path_factory: pytest.TempPathFactory) -> Path:  # type: ignore[no-untyped-def]
    """The sample fair with a day of check-ins, lots, labels and two live sessions, made once for every screen.
    (`qapp` first: printing the labels would otherwise start a QGuiApplication the later Qt tests cannot use.)"""
    from tests.layout_worker import fill

    path = tmp_path_factory.mktemp("layout") / "filled.sqlite3"
    store = Store.open(path)
    fill(store, Actor(operator="Nguyễn Thu Hà", station="ban-diem-danh-1"))
    store.close()
    return path


@pytest.fixture(scope="module")
def layout_reports(filled_db: Path) -> dict[tuple[float, str], tuple[int, list[dict[str, str]], str]]:
    """Run the worker for every screen, two at a time: (exit code, problems, stderr) per screen."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONFAULTHANDLER": "1"}
    env.pop("QT_QPA_PLATFORM", None)
    waiting = list(SCREENS)
    running: dict[tuple[float, str], subprocess.Popen[str]] = {}
    results: dict[tuple[float, str], tuple[int, list[dict[str, str]], str]] = {}
    crashed: set[tuple[float, str]] = set()
    while waiting or running:
        while waiting and len(running) < PARALLEL:
            scale, size = waiting.pop(0)
            running[(scale, size)] = subprocess.Popen(
                [sys.executable, str(ROOT / "tests" / "layout_worker.py"), "--scale", str(scale), "--size", size,
                 "--db", str(filled_db)], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for key, process in list(running.items()):
            if process.poll() is not None:
                out, err = process.communicate()
                del running[key]
                if process.returncode < 0 and key not in crashed:
                    # Killed by a signal: a worker crashed now and then (about 1 run in 13, offscreen, cause not
                    # found yet; its traceback is kept below). Once more; a second crash fails the screen.
                    crashed.add(key)
                    waiting.append(key)
                    continue
                results[key] = (process.returncode, [json.loads(line) for line in out.splitlines() if line.strip()],
                                err)
        time.sleep(0.05)
    return results


@pytest.mark.parametrize(("scale", "size"), SCREENS, ids=[f"{size}@{scale:g}" for scale, size in SCREENS])
def test_every_page_and_dialog_fits_the_screen(layout_reports, scale: float, size: str) -> None:  # type: ignore[no-untyped-def]
    code, found, err = layout_reports[(scale, size)]
    assert code == 0, err[-3000:]
    assert not found, "\n".join(f"{p['what']}: {p['problem']}" for p in found)
    assert "Traceback" not in err, err[-3000:]


# -- the checker itself: each kind of problem is found, and an honest layout passes -----------------------------

def _shown(qtbot, widget: QWidget, width: int, height: int) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_checker_finds_a_cut_label_and_a_squeezed_button(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = QWidget()
    row = QHBoxLayout(box)
    label = QLabel("Đã điểm danh hôm nay lúc 07:15, không ghi thêm lượt thứ hai")
    label.setMinimumWidth(1)
    label.setSizePolicy(label.sizePolicy().Policy.Ignored, label.sizePolicy().Policy.Preferred)
    button = QPushButton("Ghi số liệu")
    row.addWidget(label)
    row.addWidget(button)
    box.setFixedSize(220, 22)  # less than the button needs: the layout squeezes it
    _shown(qtbot, box, 220, 22)
    found = layout_check.problems(box)
    assert any("QLabel" in p and "width" in p for p in found), found
    assert any("Ghi số liệu" in p and "high" in p for p in found), found


def test_checker_accepts_text_elided_on_purpose_with_a_tooltip(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.common.fit_text import ElidedLabel

    box = QWidget()
    column = QVBoxLayout(box)
    label = ElidedLabel("Cơ sở sản xuất Tinh bột củ sen Vũ Đoàn, thôn Lương Quán, xã Nam Sơn")
    column.addWidget(label)
    _shown(qtbot, box, 160, 60)
    assert label.text().endswith("…") and label.toolTip() == label.full_text()
    assert layout_check.problems(box) == []


def test_checker_finds_overlapping_siblings_and_parts_outside(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = QWidget()
    column = QVBoxLayout(box)
    first, second = QLabel("a"), QLabel("b")
    column.addWidget(first)
    column.addWidget(second)
    _shown(qtbot, box, 200, 120)
    second.setGeometry(first.geometry().translated(0, 4))  # as a layout squeezed below its minimum leaves them
    first.setGeometry(QRect(QPoint(150, 10), first.size()))
    found = layout_check.problems(box)
    assert any("overlaps" in p for p in found), found
    assert any("outside" in p for p in found), found


def test_checker_finds_a_dialog_larger_than_the_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    area = dialog.screen().availableGeometry()
    _shown(qtbot, dialog, area.width() + 100, 100)
    assert any("the screen" in p for p in layout_check.problems(dialog))


# -- the window's first size -------------------------------------------------------------------------------------

def _window(store: Store, settings):  # type: ignore[no-untyped-def]
    from ui.common.context import AppContext
    from ui.shell.main_window import MainWindow

    return MainWindow(AppContext(store, Actor("Nguyễn Thu Hà")), settings)


def test_the_first_window_fills_a_small_screen(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    from ui.common.settings import app_settings

    settings = app_settings()
    settings.clear()
    window = _window(demo_store, settings)
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()  # the offscreen test screen is smaller than a laptop's
    assert window.windowState() & Qt.WindowState.WindowMaximized
    assert window.geometry().width() <= area.width() and window.geometry().height() <= area.height()


def test_a_geometry_saved_on_a_larger_screen_is_brought_back_onto_this_one(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    from ui.common.settings import app_settings

    settings = app_settings()
    settings.clear()
    first = _window(demo_store, settings)
    qtbot.addWidget(first)
    first.setWindowState(Qt.WindowState.WindowNoState)
    first.setGeometry(2500, 1400, 1800, 1000)  # a projector's corner
    settings.setValue("window/geometry", first.saveGeometry())
    window = _window(demo_store, settings)
    qtbot.addWidget(window)
    assert isinstance(settings.value("window/geometry"), QByteArray)
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    assert area.contains(frame) or window.windowState() & Qt.WindowState.WindowMaximized, (frame, area)
    assert frame.width() <= area.width() and frame.height() <= area.height()


# -- readable tables ---------------------------------------------------------------------------------------------

def test_the_product_name_keeps_its_width_after_a_search_is_cleared(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1093, 580)
    page = window.show_page("products")
    table = page.findChild(QTableView, "productsTable")
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    start = header.sectionSize(1)
    assert start >= page.columns.stretch_minimum
    page.search.setText("cha chia")
    qtbot.waitUntil(lambda: table.model().rowCount() == 2, timeout=2000)
    page.search.clear()
    qtbot.waitUntil(lambda: table.model().rowCount() > 2, timeout=2000)
    assert header.sectionSize(1) >= page.columns.stretch_minimum
    assert header.sectionSize(1) >= start - 20  # the vertical scroll bar may come and go


def test_a_width_the_user_sets_is_kept(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("products")
    table = page.findChild(QTableView, "productsTable")
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    table.horizontalHeader().resizeSection(2, 333)  # as a drag of the column's edge does
    page.search.setText("mat ong")
    qtbot.waitUntil(lambda: table.model().rowCount() < 5, timeout=2000)
    page.refresh_now()
    assert table.horizontalHeader().sectionSize(2) == 333
    assert page.columns.settings.value("columns/products") is not None  # and after a restart


def test_double_click_opens_the_product_with_its_lots(window, qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from ocop_desk.checkin import lots
    from tests.conftest import DEMO_DAY

    event = window.ctx.current_event
    lots.add_lot(demo_store, Actor("op"), event.id, "B01", "NM-CAT-HAI-40", 24, produced=DEMO_DAY,
                 expires=DEMO_DAY + dt.timedelta(days=700), day=DEMO_DAY)
    page = window.show_page("products")
    page.refresh_now()
    table = page.findChild(QTableView, "productsTable")
    row = next(r for r in range(table.model().rowCount())
               if table.model().index(r, 1).data() == "Nước mắm Cát Hải 40 độ đạm")
    table.scrollTo(table.model().index(row, 1))
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.product_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Nước mắm Cát Hải 40 độ đạm"
    assert [r.booth_code for r in dialog.lots] == ["B01"]
    assert dialog.table.model().index(0, 1).data() == "B01"
    dialog.close()


# -- the tally while the host sells ------------------------------------------------------------------------------

@pytest.mark.backends("sqlite")
def test_tiles_do_not_move_for_an_error_a_snapshot_or_a_big_revenue(window, qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from ocop_desk.live import service as live
    from tests.conftest import DEMO_DAY

    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1093, 580)
    event = window.ctx.current_event
    live.start_session(demo_store, Actor("op"), event.id, DEMO_DAY, hosts=["Quang Linh"],
                       product_refs=["CHA-CHIA-HL", "NM-CAT-HAI-40", "MAT-ONG-TH"])
    window.day_combo.setCurrentIndex(0)
    page = window.show_page("live")
    page.refresh_now()
    qtbot.waitUntil(lambda: len(page.board.tiles) == 3)
    QApplication.processEvents()

    def places() -> list[QRect]:
        QApplication.processEvents()
        return [QRect(t.mapTo(window, QPoint(0, 0)), t.size()) for t in page.board.tiles] + [page.tabs.geometry()]

    before = places()
    page._say("The database is busy: another program is writing to it. Wait a moment and try again; if it "
              "keeps happening close the other program. Nothing was lost.", True)
    assert places() == before  # the feedback keeps two lines whatever it says
    page.snapshot_fields["viewers"].setText("12345678")
    page.record_snapshot()
    assert places() == before  # a longer "last snapshot" line does not widen the panel
    assert "12,345,678" in page.last_snapshot.toolTip()  # cut short on screen, whole in its tooltip
    page.total_revenue.setText("750.000.000.000 ₫")
    assert places() == before  # the figure's type shrinks instead
    assert page.total_revenue.point_size() < page.total_revenue.largest
