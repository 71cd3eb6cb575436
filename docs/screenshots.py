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

    load_demo(store, actor, first_day=dt.date.today(), days=3)


# (file stem, page key, optional action on the window before the grab)
SHOTS: list[tuple[str, str, Callable[[object], None] | None]] = [
    ("checkin", "checkin", None),
    ("products", "products", None),
    ("labels", "labels", None),
    ("live", "live", None),
    ("summary", "summary", None),
    ("offline", "checkin", lambda w: _offline(w)),
]


def _offline(window) -> None:  # type: ignore[no-untyped-def]
    """The banner of a station that lost the shared server, with two actions waiting."""
    from ocop_desk.errors import StoreError

    window.sync.stop()
    where = "postgresql+psycopg://ocop@192.168.1.10/ocop"
    error = StoreError("unreachable", f"The database server {where} cannot be reached.", path=where)
    window.connection.keep("Check in booth A01", lambda: None, error)
    window.connection.keep("Count 3 × Mật ong Tùng Hằng", lambda: None, error)


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
            window.grab().save(str(path))
            print(path.relative_to(ROOT))
        window.close()
    store.close()


if __name__ == "__main__":
    main()
