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
    prepare_live(store, actor)


def prepare_live(store, actor) -> None:  # type: ignore[no-untyped-def]
    """A TikTok session two hours in: counts on six products, a snapshot every ten minutes."""
    import datetime as dt
    import random

    from ocop_desk import live
    from ocop_desk.events import resolve_event

    event = resolve_event(store)
    now = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)
    early = live.start_session(
        store, actor, event.id, dt.date.today(), platform="facebook", hosts=["Minh Anh"], channel="Hải Phòng TV",
        title="Phiên sớm", started_at=now - dt.timedelta(hours=5), product_refs=["PATE-COT-DEN", "NM-CAT-HAI-30"])
    for product, quantity in zip(early.products, (38, 22), strict=True):
        for _ in range(quantity):
            live.add_count(store, actor, early.id, product.product_id)
    for m, viewers in enumerate((900, 1500, 2100, 1800)):
        live.add_snapshot(store, actor, early.id, viewers=viewers, views=4000 * (m + 1), reach=30_000 * (m + 1),
                          taken_at=now - dt.timedelta(hours=5) + dt.timedelta(minutes=20 * m))
    live.end_session(store, actor, early.id, ended_at=now - dt.timedelta(hours=3), views=18_400,
                     unique_viewers=9_350, peak_viewers=2_240, reach=126_000, sku_orders=57, items_sold=61,
                     gmv=4_120_000, direct_gmv=3_500_000)
    info = live.start_session(
        store, actor, event.id, dt.date.today(), hosts=["Quang Linh", "Bà Tân"], channel="OCOP Hải Phòng",
        title="Chợ phiên OCOP Hải Phòng – phiên sáng", started_at=now - dt.timedelta(hours=2),
        product_refs=["CHA-CHIA-HL", "NM-CAT-HAI-40", "DTHT-PK-KHO", "MAT-ONG-TH", "TB-CU-SEN-VD", "GAO-RUOI-KQ"])
    rnd = random.Random(14)
    live.set_live_price(store, actor, info.id, info.products[2].product_id, 399_000)
    for product in info.products:
        for _ in range(rnd.randrange(12, 60)):
            live.add_count(store, actor, info.id, product.product_id, quantity=rnd.choice([1, 1, 1, 2, 3]),
                           source=rnd.choice(["mouse", "key", "scan"]))
    live.correct(store, actor, info.id, info.products[0].product_id, -1, 0, "bấm nhầm")
    viewers = 1800
    for m in range(13):
        viewers = max(500, viewers + rnd.randrange(-600, 1600))
        live.add_snapshot(store, actor, info.id, viewers=viewers, views=9000 * (m + 1) + rnd.randrange(900),
                          likes=1200 * (m + 1), taken_at=now - dt.timedelta(minutes=120 - 10 * m))


# (file stem, page key, optional action on the window before the grab)
SHOTS: list[tuple[str, str, Callable[[object], None] | None]] = [
    ("checkin", "checkin", None),
    ("products", "products", None),
    ("labels", "labels", None),
    ("live", "live", lambda window: _settle()),
    ("live_compare", "live", lambda window: _show_ended_session(window)),
    ("summary", "summary", None),
]


def _settle() -> None:
    """Let style sheets and layouts settle (big fonts change size hints after the first pass)."""
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()


def _show_ended_session(window) -> None:  # type: ignore[no-untyped-def]
    """The morning session, ended: the platform's totals beside the on-site tally."""
    page = window.page("live")
    page.session_combo.setCurrentIndex(0)
    page.tabs.setCurrentWidget(page.compare_table)
    _settle()


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
