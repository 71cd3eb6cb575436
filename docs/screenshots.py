"""Render every page of the window offscreen, in Vietnamese and English, into docs/screenshots/.

    .venv/bin/python docs/screenshots.py

Uses a throw-away copy of the sample fair; features add their own shots in SHOTS.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def prepare(store, actor) -> None:  # type: ignore[no-untyped-def]
    """Fill the sample fair with a day's worth of activity so screens show real data."""
    import datetime as dt

    from ocop_desk.demo import load_demo

    result = load_demo(store, actor, first_day=dt.date.today(), days=3)
    from ocop_desk import checkin, lots
    from ocop_desk.audit import Actor

    today = dt.date.today()
    second = Actor(operator="Trần Văn Lâm", station="ban-diem-danh-2")
    for code, who in (("A01", actor), ("A02", second), ("B01", actor), ("B02", actor), ("B03", second),
                      ("C02", actor)):
        checkin.check_in(store, who, result.event_id, today, code)
    checkin.set_status(store, actor, result.event_id, today, "A04", "absent")
    checkin.set_status(store, second, result.event_id, today, "C02", "left")
    for booth, product, qty, expires in (("A01", "CHA-CHIA-HL", 40, 7), ("B01", "NM-CAT-HAI-40", 24, 720),
                                         ("B01", "NM-CAT-HAI-30", 36, 720), ("B03", "MAT-ONG-TH", 30, 540)):
        lots.add_lot(store, actor, result.event_id, booth, product, qty, produced=today - dt.timedelta(days=3),
                     expires=today + dt.timedelta(days=expires), day=today)


# (file stem, page key, optional action on the window before the grab)
def _desk_after_a_scan(window) -> None:  # type: ignore[no-untyped-def]
    """The desk as a coordinator sees it just after a booth card was scanned."""
    page = window.page("checkin")
    page.run_check_in(f"OCOP:B:{window.ctx.event.id}:B04")
    page.input.setText("nuoc mam")
    page.search_now()


def _booth_detail(window) -> None:  # type: ignore[no-untyped-def]
    """The board with a booth's detail open (lots recorded today)."""
    page = window.page("checkin")
    page.input.clear()
    page.search_now()
    page.open_booth("B01")
    window.shot_overlay = page.detail_dialog


SHOTS: list[tuple[str, str, Callable[[object], None] | None]] = [
    ("checkin", "checkin", _desk_after_a_scan),
    ("checkin_booth", "checkin", _booth_detail),
    ("products", "products", None),
    ("labels", "labels", None),
    ("live", "live", None),
    ("summary", "summary", None),
]


def main() -> None:
    os.environ["OCOP_DESK_DATA"] = tempfile.mkdtemp()
    from ocop_desk.audit import Actor
    from ocop_desk.store import Store
    from ui.app import app_settings, install_language, make_application
    from ui.context import AppContext
    from ui.main_window import MainWindow

    app = make_application()
    OUT.mkdir(parents=True, exist_ok=True)
    db = Path(os.environ["OCOP_DESK_DATA"]) / "shots.sqlite3"
    store = Store.open(db)
    actor = Actor(operator="Nguyễn Thu Hà", station="ban-diem-danh-1")
    prepare(store, actor)
    for lang in ("vi", "en"):
        install_language(app, lang)
        window = MainWindow(AppContext(store, actor), app_settings())
        window.resize(1280, 800)
        window.show()
        for stem, key, action in SHOTS:
            window.show_page(key)
            if action:
                action(window)
            app.processEvents()
            path = OUT / f"{stem}_{lang}.png"
            image = window.grab()
            overlay = getattr(window, "shot_overlay", None)
            if overlay is not None:  # a dialog over the window, as it appears on screen
                from PySide6.QtGui import QColor, QPainter

                shot = overlay.grab()
                painter = QPainter(image)
                painter.fillRect(image.rect(), QColor(0, 0, 0, 70))
                painter.drawPixmap((image.width() - shot.width()) // 2, (image.height() - shot.height()) // 2, shot)
                painter.end()
                overlay.close()
                window.shot_overlay = None
            image.save(str(path))
            print(path.relative_to(ROOT))
        window.close()
    store.close()


if __name__ == "__main__":
    main()
