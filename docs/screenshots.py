"""Render every page of the window offscreen, in Vietnamese and English, into docs/screenshots/, on the
screen of a 1366×768 laptop at 125% (SCREEN, SCALE).

    .venv/bin/python docs/screenshots.py

Uses a throw-away copy of the sample fair; features add their own shots in SHOTS.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
# The laptop most coordinators have: 1366×768 at Windows' 125%, less the taskbar (1093×580 logical pixels).
SCREEN = (1366, 725)
SCALE = 1.25


def use_laptop_screen(folder: Path) -> None:
    """An offscreen screen of SCREEN device pixels at SCALE, set before Qt starts."""
    import json

    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": SCREEN[0],
                                               "height": SCREEN[1], "logicalDpi": 96}]}))
    os.environ["QT_SCALE_FACTOR"] = str(SCALE)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def prepare(store, actor) -> None:  # type: ignore[no-untyped-def]
    """Fill the sample fair with a day's worth of activity so screens show real data."""
    import datetime as dt

    from ocop_desk.fair.demo import load_demo

    result = load_demo(store, actor, first_day=dt.date.today() - dt.timedelta(days=1), days=3)
    add_activity_for_screens(store, result.event_id)
    from ocop_desk.checkin import desk, lots
    from ocop_desk.store.audit import Actor

    today = dt.date.today()
    second = Actor(operator="Trần Văn Lâm", station="ban-diem-danh-2")
    for code, who in (("A01", actor), ("A02", second), ("B01", actor), ("B02", actor), ("B03", second),
                      ("C02", actor)):
        desk.check_in(store, who, result.event_id, today, code)
    desk.set_status(store, actor, result.event_id, today, "A04", "absent")
    desk.set_status(store, second, result.event_id, today, "C02", "left")
    for booth, product, qty, expires in (("A01", "CHA-CHIA-HL", 40, 7), ("B01", "NM-CAT-HAI-40", 24, 720),
                                         ("B01", "NM-CAT-HAI-30", 36, 720), ("B03", "MAT-ONG-TH", 30, 540)):
        lots.add_lot(store, actor, result.event_id, booth, product, qty, produced=today - dt.timedelta(days=3),
                     expires=today + dt.timedelta(days=expires), day=today)
    prepare_live(store, actor)
    _print_some_labels(store, actor, result.event_id)


def add_activity_for_screens(store, event_id: int) -> None:  # type: ignore[no-untyped-def]
    """Check-ins, lots, label prints and two live sessions (tallies, snapshots, platform figures) written
    straight through the ORM, for the summary screens. Swap for the check-in, labels and live services'
    own calls once those are merged."""
    import datetime as dt
    import random

    from sqlalchemy import select

    from ocop_desk.store.models import (
        Booth,
        CheckIn,
        EventDay,
        LiveHost,
        LiveSession,
        LiveTally,
        Lot,
        PrintJob,
        Product,
        ViewerSnapshot,
    )

    rnd = random.Random(14102023)

    def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(hour, minute)).astimezone().astimezone(dt.UTC)

    with store.transaction() as s:
        days = list(s.execute(select(EventDay.id, EventDay.day).where(EventDay.event_id == event_id)
                              .order_by(EventDay.day)))[:2]
        booths = list(s.scalars(select(Booth).where(Booth.event_id == event_id).order_by(Booth.code)))
        for n, (day_id, day) in enumerate(days[:1]):  # yesterday; today is checked in through the service
            for i, booth in enumerate(booths):
                if (i + n) % 5 == 4:
                    continue  # one booth in five has not come (yet)
                status = "left" if (i, n) == (2, 0) else "present"
                s.add(CheckIn(booth_id=booth.id, event_day_id=day_id, status=status,
                              checked_in_at=at(day, 7, 10 + 4 * i), left_at=at(day, 15) if status == "left" else None,
                              operator="Nguyễn Thu Hà", station="ban-diem-danh-1"))
                for product in s.scalars(select(Product).where(Product.producer_id == booth.producer_id)):
                    s.add(Lot(product_id=product.id, booth_id=booth.id, event_day_id=day_id,
                              lot_code=f"{product.code[:6]}-{day:%d%m}", quantity=rnd.randrange(20, 150),
                              produced_on=day - dt.timedelta(days=20), expires_on=day + dt.timedelta(days=340),
                              operator="Nguyễn Thu Hà"))
            s.add(PrintJob(event_id=event_id, kind="lot_labels", template="a4-65", destination="tem.pdf",
                           label_count=130 + 65 * n, operator="Nguyễn Thu Hà", printed_at=at(day, 8, 30)))
        products = list(s.scalars(select(Product).where(Product.price.is_not(None)).order_by(Product.id)))
        for n, (day_id, day) in enumerate(days[:1]):  # yesterday; today's sessions go through the live service
            live = LiveSession(event_day_id=day_id, platform="tiktok", channel="OCOP Hải Phòng",
                               title=f"Chợ phiên OCOP Hải Phòng – phiên {n + 1}", started_at=at(day, 9),
                               ended_at=at(day, 13), pf_views=578_000 // (n + 1), pf_peak_viewers=12_400 // (n + 1),
                               pf_reach=20_700_000 // (n + 1), pf_sku_orders=2_350 // (n + 1),
                               pf_items_sold=3_900 // (n + 1), pf_gmv=750_000_000 // (n + 1))
            s.add(live)
            s.flush()
            s.add(LiveHost(session_id=live.id, name="Quang Linh" if n == 0 else "Minh Anh", position=0))
            for minute in range(0, 240, 3):
                product = products[rnd.randrange(len(products))]
                qty = rnd.choice([1, 1, 2, 2, 3, 5, 10])
                s.add(LiveTally(session_id=live.id, product_id=product.id, quantity=qty, orders=1,
                                unit_price=product.price, kind="count", source="key", operator="Lan",
                                station="live-1", created_at=at(day, 9 + minute // 60, minute % 60)))
            for m in range(8):
                s.add(ViewerSnapshot(session_id=live.id, taken_at=at(day, 9 + m // 2, 30 * (m % 2)),
                                     viewers=rnd.randrange(2_000, 11_000), views=40_000 * (m + 1),
                                     reach=1_500_000 * (m + 1), operator="Lan"))


def prepare_live(store, actor) -> None:  # type: ignore[no-untyped-def]
    """A TikTok session two hours in: counts on six products, a snapshot every ten minutes."""
    import datetime as dt
    import random

    from ocop_desk.fair.events import resolve_event
    from ocop_desk.live import service as live

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


def _print_some_labels(store, actor, event_id: int) -> None:  # type: ignore[no-untyped-def]
    """One label print of booth A01's lots (through the labels service), so the print log has a row."""
    from ocop_desk.labels.selection import LotFilter
    from ocop_desk.labels.service import LabelRequest, labels_pdf

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
def _desk_after_a_scan(window) -> None:  # type: ignore[no-untyped-def]
    """The desk as a coordinator sees it just after a booth card was scanned."""
    page = window.page("checkin")
    page.run_check_in(f"OCOP:B:{window.ctx.current_event.id}:B04")
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
    ("labels", "labels", _labels_view),
    ("live", "live", lambda window: _settle()),
    ("live_compare", "live", lambda window: _show_ended_session(window)),
    ("summary", "summary", None),
    ("summary_event", "summary", lambda window: window.page("summary").show_whole_event(True)),  # type: ignore[attr-defined]
    ("offline", "checkin", lambda w: _offline(w)),
]


def workbook_shot(store, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The exported workbook's summary sheet, rendered by LibreOffice (xlsx → PDF → PNG of page 1)."""
    import shutil
    import subprocess

    from ocop_desk.fair.events import resolve_event
    from ocop_desk.reports.export import export_workbook

    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None or shutil.which("pdftoppm") is None:
        print("libreoffice or pdftoppm missing: no workbook screenshot")
        return
    work = Path(tempfile.mkdtemp())
    xlsx = work / "tong-hop.xlsx"
    export_workbook(store, resolve_event(store).id, xlsx)
    subprocess.run([office, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--convert-to",
                    "pdf", "--outdir", str(work), str(xlsx)], check=True, capture_output=True, timeout=300)
    stem = OUT / f"workbook_summary_{lang}"
    subprocess.run(["pdftoppm", "-f", "1", "-l", "1", "-singlefile", "-png", "-r", "110", str(work / "tong-hop.pdf"),
                    str(stem)], check=True)
    print(stem.with_suffix(".png").relative_to(ROOT))


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


def _offline(window) -> None:  # type: ignore[no-untyped-def]
    """The banner of a station that lost the shared server, with two actions waiting."""
    from ocop_desk.core.errors import StoreError

    window.sync.stop()
    where = "postgresql+psycopg://ocop@192.168.1.10/ocop"
    error = StoreError("unreachable", f"The database server {where} cannot be reached.", path=where)
    window.connection.keep("Check in booth A01", lambda: None, error)
    window.connection.keep("Count 3 × Mật ong Tùng Hằng", lambda: None, error)


def main() -> None:
    os.environ["OCOP_DESK_DATA"] = tempfile.mkdtemp()
    use_laptop_screen(Path(os.environ["OCOP_DESK_DATA"]))
    from ocop_desk.store.audit import Actor
    from ocop_desk.store.database import Store
    from ui.common.context import AppContext
    from ui.common.settings import app_settings
    from ui.shell.app import install_language, make_application
    from ui.shell.main_window import MainWindow

    app = make_application()
    OUT.mkdir(parents=True, exist_ok=True)
    db = Path(os.environ["OCOP_DESK_DATA"]) / "shots.sqlite3"
    store = Store.open(db)
    actor = Actor(operator="Nguyễn Thu Hà", station="ban-diem-danh-1")
    prepare(store, actor)
    for lang in ("vi", "en"):
        install_language(app, lang)
        from tests.background import settle

        settings = app_settings()
        settings.clear()  # the window sizes itself from the screen, as on a first start
        window = MainWindow(AppContext(store, actor), settings)
        window.show()
        for stem, key, action in SHOTS:
            window.show_page(key)
            if action:
                action(window)
            settle(window)  # the pages' background reads have delivered: the figures are on screen
            app.processEvents()
            path = OUT / f"{stem}_{lang}.png"
            image = window.grab()
            overlay = getattr(window, "shot_overlay", None)
            if overlay is not None:  # a dialog over the window, as it appears on screen
                from PySide6.QtGui import QColor, QPainter

                shot = overlay.grab()
                painter = QPainter(image)  # in logical pixels, like the sizes below
                size, over = image.deviceIndependentSize(), shot.deviceIndependentSize()
                painter.fillRect(0, 0, round(size.width()), round(size.height()), QColor(0, 0, 0, 70))
                painter.drawPixmap(round(size.width() - over.width()) // 2, round(size.height() - over.height()) // 2,
                                   shot)
                painter.end()
                overlay.close()
                window.shot_overlay = None
            image.save(str(path))
            print(path.relative_to(ROOT))
        window.close()
        workbook_shot(store, lang)
    store.close()


if __name__ == "__main__":
    main()
