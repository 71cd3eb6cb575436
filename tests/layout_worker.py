"""Open every page and dialog of the window on screens of the sizes coordinators have, and print each
layout problem (tests/layout_check.py) as a JSON line. Run by tests/test_layout.py, one process per
QT_SCALE_FACTOR, since Qt reads the scale factor and the screens once per process:

    .venv/bin/python tests/layout_worker.py --scale 1.25 --size 1093x580 --langs vi [--shots DIR] [--db FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def screen_config(size: tuple[int, int], scale: float, folder: Path) -> Path:
    """An offscreen platform with one screen of this logical size (device pixels = logical × scale)."""
    width, height = round(size[0] * scale), round(size[1] * scale)
    path = folder / "screen.json"
    path.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                                             "logicalDpi": 96}]}))
    return path


def _size(text: str) -> tuple[int, int]:
    width, height = text.split("x")
    return int(width), int(height)


def _load_screenshots_module() -> Any:
    import importlib.util

    spec = importlib.util.spec_from_file_location("ocop_screenshots", ROOT / "docs" / "screenshots.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _settle() -> None:
    """Let the pages' background reads deliver (ui/common/tasks.py LatestRead), then the layouts settle."""
    from PySide6.QtWidgets import QApplication
    from shiboken6 import isValid

    from tests.background import settle

    # Only the main window: its pages own the reads, and it lives for the whole run (a closing dialog may be
    # deleted while settle() spins the event loop, and asking it for its children then crashes).
    for window in QApplication.topLevelWidgets():
        if isValid(window) and type(window).__name__ == "MainWindow":
            settle(window)
    for _ in range(3):
        QApplication.processEvents()


def page_states(window: Any) -> Iterator[str]:
    """Show each page in the states that change its layout; yield a name for each."""
    checkin = window.show_page("checkin")
    checkin.run_check_in(f"OCOP:B:{window.ctx.current_event.id}:B04")
    yield "checkin: checked in"
    checkin.run_check_in(f"OCOP:B:{window.ctx.current_event.id}:B04")
    yield "checkin: already"
    _lose_the_server(window)
    yield "checkin: offline banner"
    window.connection.restored()  # the two actions stay listed in the pending dialog below
    window.show_page("products")
    yield "products"
    labels = window.show_page("labels")
    labels.mode.setCurrentIndex(0)  # the checked-in lots, their sheet previewed (as docs/screenshots.py shows it)
    labels.price.setChecked(True)
    labels.update_preview()
    yield "labels"
    live = window.show_page("live")
    live.ensure_chart()
    yield "live"
    live._say("A long message about what went wrong with the count, the kind a database error gives, which "
              "wraps over two lines on a small screen.", True)
    yield "live: error"
    live._say("", False)
    live.session_combo.setCurrentIndex(0)
    yield "live: ended"
    live.session_combo.setCurrentIndex(live.session_combo.count() - 1)
    window.show_page("summary")
    yield "summary"
    window.page("summary").show_whole_event(True)
    yield "summary: whole event"


def _lose_the_server(window: Any) -> None:
    """The banner of a station that lost the shared server, two actions waiting (it takes the page's height)."""
    from ocop_desk.core.errors import StoreError

    where = "postgresql+psycopg://ocop@192.168.1.10/ocop"
    error = StoreError("unreachable", f"The database server {where} cannot be reached.", path=where)
    window.connection.keep("Check in booth A01", lambda: None, error)
    window.connection.keep("Count 3 × Mật ong Tùng Hằng", lambda: None, error)


def dialogs(window: Any) -> Iterator[tuple[str, Callable[[], Any]]]:
    """(name, factory) for every dialog, built over the window with the sample fair's data."""
    import datetime as dt

    from ocop_desk.core.errors import StoreError
    from ocop_desk.fair.catalog import list_products
    from ocop_desk.labels.templates import list_templates
    from ocop_desk.live import service as live
    from ocop_desk.store.instance_lock import LockOwner
    from ui.checkin.booth_detail import BoothDetailDialog
    from ui.common.connection import PendingDialog
    from ui.common.error_dialogs import RestoreDialog, StoreErrorDialog
    from ui.labels.dialogs import CalibrationDialog, TemplatesDialog
    from ui.live.dialogs import CorrectionDialog, EndDialog, PriceDialog, SessionDialog
    from ui.registration.import_dialog import ImportDialog
    from ui.reports.export_dialog import ExportDialog
    from ui.shell.crash import CrashDialog
    from ui.shell.dialogs import EventDialog, OperatorDialog
    from ui.store.db_settings import DatabaseDialog
    from ui.store.lock_dialog import LockDialog
    from ui.store.settings_dialog import SettingsDialog

    ctx, store = window.ctx, window.ctx.store
    db = Path(store.location)
    products = list_products(store, event_id=ctx.current_event.id)
    session = live.session_detail(store, window.page("live").current_id())
    item = session.info.products[0]
    error = StoreError("locked", f"The database {db} is locked by another program.", path=str(db))
    owner = LockOwner("quay-diem-danh-2", 4242, dt.datetime(2026, 10, 14, 7, 5, tzinfo=dt.UTC), "Trần Văn Lâm")
    yield "operator", lambda: OperatorDialog("Nguyễn Thu Hà", window, ["Nguyễn Thu Hà", "Trần Văn Lâm"])
    yield "new event", lambda: EventDialog(window)
    yield "import", lambda: ImportDialog(ctx, window)
    yield "booth detail", lambda: BoothDetailDialog(ctx, "B01", window)
    yield "templates", lambda: TemplatesDialog(ctx, window)
    yield "calibration", lambda: CalibrationDialog(ctx, list_templates(store)[0], window)
    yield "store error", lambda: StoreErrorDialog(error, window, store)
    yield "restore", lambda: RestoreDialog(db, store, window)
    yield "pending", lambda: PendingDialog(window.connection, window)
    yield "crash", lambda: CrashDialog("ValueError: a bug", "Traceback…\n" * 30, db.with_name("crash.log"), window)
    yield "database", lambda: DatabaseDialog(window.settings, str(db), window)
    yield "settings", lambda: SettingsDialog(ctx, window)
    yield "lock", lambda: LockDialog(db, owner, window)
    yield "export", lambda: ExportDialog(ctx, False, window)
    yield "new session", lambda: SessionDialog(products, None, window)
    yield "edit session", lambda: SessionDialog(products, session.info, window)
    yield "end session", lambda: EndDialog(session.info, session.totals, window)
    yield "live price", lambda: PriceDialog(item.name, item.list_price, item.live_price, window)
    yield "correction", lambda: CorrectionDialog([(p.product_id, p.name) for p in session.info.products],
                                                 item.product_id, window)


def check_window(window: Any, screen: Any, where: str, shots: Path | None) -> Iterator[dict[str, str]]:
    from tests.layout_check import problems

    window.show()
    _settle()
    for state in page_states(window):
        _settle()
        if shots is not None:
            window.grab().save(str(shots / f"{where}-{state.replace(': ', '-').replace(' ', '_')}.png"))
        for problem in problems(window, screen):
            yield {"where": where, "what": state, "problem": problem}
    for label, factory in dialogs(window):
        started = time.monotonic()
        dialog = factory()
        dialog.show()
        _settle()
        if shots is not None:
            dialog.grab().save(str(shots / f"{where}-dialog-{label.replace(' ', '_')}.png"))
        for problem in problems(dialog, screen):
            yield {"where": where, "what": f"dialog {label}", "problem": problem}
        if os.environ.get("LAYOUT_TIMES"):
            print(f"{label}: {time.monotonic() - started:.2f}s", file=sys.stderr)
        dialog.close()
        dialog.deleteLater()


def fill(store: Any, actor: Any) -> None:
    """The sample fair with a day of activity (docs/screenshots.py), for screens full of data."""
    _load_screenshots_module().prepare(store, actor)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--size", type=_size, default=_size("1093x580"), help="the screen's logical size")
    parser.add_argument("--langs", default="vi")
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--db", type=Path, help="a copy of this database is used instead of filling a new one")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ocop-layout-"))
    os.environ["OCOP_DESK_DATA"] = str(work)
    os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen_config(args.size, args.scale, work)}"
    if args.shots:
        args.shots.mkdir(parents=True, exist_ok=True)

    from ocop_desk.store import backup
    from ocop_desk.store.audit import Actor
    from ocop_desk.store.database import Store
    from ui.common.context import AppContext
    from ui.common.settings import app_settings
    from ui.shell.app import install_language, make_application
    from ui.shell.main_window import MainWindow

    app = make_application()
    actor = Actor(operator="Nguyễn Thu Hà", station="ban-diem-danh-1")
    db = work / "layout.sqlite3"
    if args.db is not None:
        shutil.copy(args.db, db)
        store = Store.open(db)
    else:
        store = Store.open(db)
        fill(store, actor)
    for reason in ("auto", "manual"):  # the restore dialog lists them
        backup.make_backup(store, reason)
    for lang in args.langs.split(","):
        install_language(app, lang)
        window = MainWindow(AppContext(store, actor), app_settings())  # as it first opens on this screen
        window.sync.stop()
        where = f"{args.size[0]}x{args.size[1]}@{args.scale:g} {lang}"
        for problem in check_window(window, app.primaryScreen(), where, args.shots):
            print(json.dumps(problem, ensure_ascii=False), flush=True)
        window.close()
        window.deleteLater()
    store.close()


if __name__ == "__main__":
    main()
