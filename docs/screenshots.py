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
    _label_lots(store, actor)


def _label_lots(store, actor) -> None:  # type: ignore[no-untyped-def]
    """Two lots per product, booths A01-B02 checked in today, one print already made (labels page)."""
    import datetime as dt

    from sqlalchemy import func, select

    from ocop_desk.labels.selection import LotFilter
    from ocop_desk.labels.service import LabelRequest, labels_pdf
    from ocop_desk.models import Booth, CheckIn, Event, EventDay, Lot, Product

    with store.transaction() as session:
        event = session.scalars(select(Event).order_by(Event.id.desc())).first()
        event.resolver_base = event.resolver_base or "https://truyxuat.ocop-haiphong.vn"
        if session.scalar(select(func.count(Lot.id))):
            return
        today = session.scalars(select(EventDay).where(EventDay.event_id == event.id, EventDay.day == dt.date.today())).one()
        booths = {b.producer_id: b for b in session.scalars(select(Booth).where(Booth.event_id == event.id))}
        for product in session.scalars(select(Product)):
            booth = booths.get(product.producer_id)
            for n in range(2):
                session.add(Lot(product_id=product.id, booth_id=booth.id if booth else None, event_day_id=today.id,
                                lot_code=f"{today.day:%y%m%d}-{product.id:02d}{n + 1}", quantity=24,
                                produced_on=today.day - dt.timedelta(days=12 + 7 * n),
                                expires_on=today.day + dt.timedelta(days=180 - 7 * n)))
        for booth in booths.values():
            if booth.code in ("A01", "A02", "A03", "A04", "B01", "B02"):
                session.add(CheckIn(booth_id=booth.id, event_day_id=today.id, status="present",
                                    checked_in_at=dt.datetime.now(dt.UTC)))
        event_id = event.id
    labels_pdf(store, actor, Path(tempfile.mkdtemp()) / "a01.pdf",
               LabelRequest(event_id=event_id, lot_filter=LotFilter(booth_codes=("A01",)), copies=2))


def _labels_view(window) -> None:  # type: ignore[no-untyped-def]
    """The labels page with the checked-in lots ticked and their sheet previewed; also a rendered sheet."""
    from ocop_desk.labels.render import page_image

    page = window.page("labels")
    page.mode.setCurrentIndex(0)
    page.price.setChecked(True)
    page.update_preview()
    if page.prepared is not None:
        page_image(page.prepared.plan, 0, dpi=150).save(str(OUT / "labels_sheet.png"))


# (file stem, page key, optional action on the window before the grab)
SHOTS: list[tuple[str, str, Callable[[object], None] | None]] = [
    ("checkin", "checkin", None),
    ("products", "products", None),
    ("labels", "labels", _labels_view),
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
            window.grab().save(str(path))
            print(path.relative_to(ROOT))
        window.close()
    store.close()


if __name__ == "__main__":
    main()
