"""A whole market day through the real window on a real X server (Xvfb), driven only from outside.

`ocop-desk` runs as a user starts it (its own process, `QT_QPA_PLATFORM=xcb`); xdotool types into it as
the coordinator and the keyboard-wedge scanner do (fast bursts with and without Enter), presses the
menus' and pages' keys, and types paths into the dialogs. The test waits on what the window stores
(read-only looks into the SQLite file) and on the files it writes, never on fixed sleeps where it can
help it. Afterwards the database, the label PDF and both workbooks must hold exactly what was typed.

Screenshots of every step go to tests/artefacts/xvfb_day/ (OCOP_DESK_SHOTS_TO_DOCS=1 also copies the
key steps to docs/screenshots/xvfb_day/). Without Xvfb, xdotool or xmodmap the test is skipped, except
under CI=true, where it fails: CI installs them (.ci/apt-packages.txt).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl import Workbook

from ocop_desk.core.payloads import booth_payload, gtin_check_digit, lot_uri
from ocop_desk.labels.templates import builtin_templates
from tests.labels_scan import decode_labels
from tests.xdriver import Database, Keyboard, Xvfb, missing_tools, wait_for

ROOT = Path(__file__).resolve().parent.parent
ARTEFACTS = ROOT / "tests" / "artefacts" / "xvfb_day"
DOCS = ROOT / "docs" / "screenshots" / "xvfb_day"
DOC_STEPS = ("operator", "import_preview", "checkin_desk", "booth_lots", "labels", "live_tally", "platform_vs_tally",
             "export_fair", "checkin_vi", "live_vi")  # copied to docs/ with OCOP_DESK_SHOTS_TO_DOCS=1

OPERATOR = "Nguyễn Thu Hà"
FAIR = "Chợ phiên OCOP Hải Phòng"
VENUE, PROVINCE = "Quảng trường Nhà hát Lớn", "Hải Phòng"
CHANNEL, HOSTS, TITLE = "OCOP Hải Phòng", ("Quang Linh", "Hằng Du Mục"), "Phiên sáng chợ phiên"
REASON = "khách hủy đơn"
SITE = "https://truyxuat.ocop.example.vn"
MAIN = "OCOP Desk"
SCANNER_MS = 5  # a USB wedge scanner: a character every few milliseconds
HAND_MS = 120  # a person at the keyboard

_missing = missing_tools()
_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
_INSTALL = "apt-get install xvfb xdotool x11-xserver-utils"
pytestmark = pytest.mark.skipif(bool(_missing) and not _CI,
                                reason=f"needs {', '.join(_missing)} ({_INSTALL}); under CI=true it fails instead")


def gtin(body: str) -> str:
    return body + str(gtin_check_digit(body))


# The organisers' workbook: two title rows, producers merged over their products' rows, a total row.
PRODUCTS = {  # code: (name, gtin, list price)
    "CHA-CHIA": ("Chả chìa Hạ Lũng", gtin("893500000001"), 280000),
    "CHA-LA-LOT": ("Chả lá lốt Bác Hoạt", None, 95000),
    "MAT-ONG": ("Mật ong Tùng Hằng", gtin("893500000002"), 250000),
    "NUOC-MAM": ("Nước mắm Cát Hải 40 độ đạm", gtin("893500000003"), 120000),
    "MAM-TOM": ("Mắm tôm Cát Hải", None, 45000),
    "BOT-SEN": ("Tinh bột củ sen Vũ Đoàn", gtin("893500000004"), 150000),
    "GAO-RUOI": ("Gạo rươi Kiến Quốc", None, 60000),
}


def registration_workbook(path: Path, day2: dt.date) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Danh sách"
    p = PRODUCTS
    rows: list[list[Any]] = [
        ["DANH SÁCH GIAN HÀNG CHỢ PHIÊN OCOP HẢI PHÒNG"],
        ["(Kèm theo Kế hoạch số 45/KH-SCT ngày 01/10)"],
        [],
        ["STT", "Gian hàng", "Khu vực", "Tên chủ thể", "Số điện thoại", "Ngày tham gia", "Tên sản phẩm",
         "Mã sản phẩm", "Mã vạch", "Hạng sao", "Giá bán (VNĐ)", "Hạn chứng nhận"],
        [1, "A01", "Khu A", "Cơ sở Chả chìa Hạ Lũng Bác Hoạt", "0912345671", None, p["CHA-CHIA"][0], "CHA-CHIA",
         p["CHA-CHIA"][1], "4 sao", "280.000 đ", "14/10/2028"],
        [2, None, None, None, None, None, p["CHA-LA-LOT"][0], "CHA-LA-LOT", None, 3, 95000, "14/10/2028"],
        [3, "A02", "Khu A", "HTX Nuôi ong Tùng Hằng", "0987654321", None, p["MAT-ONG"][0], "MAT-ONG",
         p["MAT-ONG"][1], "★★★★", "250.000", "01/06/2028"],
        [4, "B01", "Khu B", "Công ty CP Thủy sản Cát Hải", "02253886123", None, p["NUOC-MAM"][0], "NUOC-MAM",
         p["NUOC-MAM"][1], "5", 120000, "31/12/2028"],
        [5, None, None, None, None, None, p["MAM-TOM"][0], "MAM-TOM", None, "3 sao", "45.000", "31/12/2028"],
        [6, "B02", "Khu B", "Cơ sở Tinh bột sen Vũ Đoàn", "0901234567", None, p["BOT-SEN"][0], "BOT-SEN",
         p["BOT-SEN"][1], 4, "150000", "30/09/2028"],
        [7, "C01", "Khu C", "HTX Gạo rươi Kiến Quốc", "0934567890", day2.strftime("%d/%m/%Y"), p["GAO-RUOI"][0],
         "GAO-RUOI", None, 3, 60000, "30/06/2028"],
        ["Tổng cộng", None, None, None, None, None, "7 sản phẩm"],
    ]
    for row in rows:
        ws.append(row)
    ws.merge_cells("A1:L1")
    ws.merge_cells("A2:L2")
    for col in "BCDEF":  # the producer's cells span its products' rows, as organisers make them
        ws.merge_cells(f"{col}5:{col}6")
        ws.merge_cells(f"{col}8:{col}9")
    wb.save(path)
    return path


@dataclass
class Desk:
    """The running app and the means to drive it."""

    x: Xvfb
    keys: Keyboard
    db: Database
    process: subprocess.Popen[bytes]
    log: Path
    shots: list[Path]
    settings: Path

    def shot(self, name: str) -> Path:
        path = self.x.screenshot(ARTEFACTS / f"{len(self.shots) + 1:02d}_{name}.png")
        self.shots.append(path)
        return path

    def main(self) -> str:
        """Focus the main window (after a dialog closed there is no window manager to hand it back)."""
        window = self.keys.window(MAIN)
        self.keys.focus(window)
        return window

    def dialog(self, title: str) -> str:
        window = self.keys.window(title)
        self.keys.focus(window)
        return window

    def alive(self) -> None:
        assert self.process.poll() is None, f"ocop-desk exited ({self.process.returncode}):\n{self.log_tail()}"

    def log_tail(self) -> str:
        return self.log.read_text(errors="replace")[-4000:] if self.log.exists() else ""


@pytest.fixture
def xvfb(tmp_path: Path) -> Iterator[Xvfb]:
    if _missing:  # only under CI=true (skipped otherwise): the CI machine must have them
        pytest.fail(f"CI lacks {', '.join(_missing)}: tests/run.sh installs .ci/apt-packages.txt ({_INSTALL})")
    server = Xvfb(tmp_path / "xvfb")
    yield server
    server.stop()


@pytest.fixture
def desk(xvfb: Xvfb, tmp_path: Path) -> Iterator[Desk]:
    if ARTEFACTS.exists():
        shutil.rmtree(ARTEFACTS)
    ARTEFACTS.mkdir(parents=True)
    data, runtime = tmp_path / "data", tmp_path / "runtime"
    data.mkdir()
    runtime.mkdir(mode=0o700)
    db = tmp_path / "fair.sqlite3"
    env = {k: v for k, v in os.environ.items() if k not in ("OCOP_DESK_DB", "OCOP_DESK_OPERATOR", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=xvfb.display, QT_QPA_PLATFORM="xcb", OCOP_DESK_DATA=str(data), XDG_RUNTIME_DIR=str(runtime),
               LANG="C.UTF-8", PYTHONFAULTHANDLER="1")  # a crash leaves its traceback in the log
    keys = Keyboard(xvfb.display)
    keys.bind(OPERATOR + FAIR + VENUE + PROVINCE + CHANNEL + "".join(HOSTS) + TITLE + REASON)  # before Qt reads it
    app = Path(sys.executable).with_name("ocop-desk")  # the entry point of the same environment
    assert app.exists(), f"{app} is missing: install the project into this environment (pip install -e .)"
    log = ARTEFACTS / "ocop-desk.log"
    with log.open("wb") as out:
        process = subprocess.Popen([str(app), "--db", str(db), "--lang", "en"], env=env, stdout=out,
                                   stderr=subprocess.STDOUT)
    d = Desk(xvfb, keys, Database(db), process, log, [], data / "settings.ini")
    keys.check = d.db.check = d.alive  # every wait stops at once when the app has gone
    try:
        yield d
    finally:
        d.shot("last_screen")  # what the screen showed when the test ended (or failed)
        crash_log = data / "logs" / "ocop-desk.log"
        if crash_log.exists():  # the app's own log of bugs, beside the test's artefacts
            shutil.copy(crash_log, ARTEFACTS / "app-errors.log")
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(10)
        if os.environ.get("OCOP_DESK_SHOTS_TO_DOCS"):
            DOCS.mkdir(parents=True, exist_ok=True)
            for path in d.shots:
                if path.stem.split("_", 1)[1] in DOC_STEPS:
                    shutil.copy(path, DOCS / path.name)


def test_a_market_day_through_the_real_window(desk: Desk, tmp_path: Path) -> None:
    started = time.monotonic()
    keys, db = desk.keys, desk.db
    day1 = dt.date.today()
    day2 = day1 + dt.timedelta(days=1)
    workbook = registration_workbook(tmp_path / "dang-ky-gian-hang.xlsx", day2)
    labels_pdf = tmp_path / "tem-truy-xuat.pdf"
    day_xlsx, fair_xlsx = tmp_path / "tong-hop-ngay.xlsx", tmp_path / "tong-hop-ca-phien.xlsx"

    # -- the start of a shift: the operator's name is asked, typed, Enter ------------------------------------
    desk.dialog("Who is on shift?")
    keys.type(OPERATOR, delay_ms=20)
    desk.shot("operator")
    keys.key("Return")
    keys.gone("Who is on shift?")

    # -- File ▸ New event… (Ctrl+N): a two-day fair from today, with its traceability site --------------------
    desk.main()
    keys.key("ctrl+n")
    desk.dialog("New event")
    keys.type(FAIR, delay_ms=10)
    keys.key("Tab", "Tab", "Tab", "Tab")  # first day: day, month, year sections; then the last day
    keys.type(day2.strftime("%Y%m%d"), delay_ms=30)  # (English editors: yyyy-mm-dd) each section moves on when full
    keys.key("Tab")
    keys.type(VENUE, delay_ms=10)
    keys.key("Tab")
    keys.type(PROVINCE, delay_ms=10)
    keys.key("Tab")
    keys.type(SITE)
    desk.shot("new_event")
    keys.key("Return")
    (event_id, _), = db.wait_rows("the new event", "SELECT id, name FROM event WHERE name = ? AND ends_on = ?",
                                   FAIR, day2.isoformat())
    keys.gone("New event")

    # -- File ▸ Import registration… (Ctrl+I): type the path, Enter previews, Enter imports -----------------
    desk.main()
    keys.key("ctrl+i")
    desk.dialog("Import registration")
    keys.type(str(workbook), enter=True)
    time.sleep(1.0)  # the preview reads the file off the GUI thread; Enter again once it is shown
    desk.shot("import_preview")

    def imported() -> bool:
        if db.value("SELECT count(*) FROM booth WHERE event_id = ?", event_id) == 5:
            return True
        keys.key("Return")  # not ready yet: Enter in the path only previews again
        return False

    wait_for("the import", imported, timeout=20, interval=1.0)
    desk.shot("imported")
    keys.key("Escape")
    keys.gone("Import registration")
    assert db.rows("SELECT code, name, price FROM product ORDER BY code") == sorted(
        (code, name, price) for code, (name, _, price) in PRODUCTS.items())
    booth_ids = dict(db.rows("SELECT code, id FROM booth WHERE event_id = ?", event_id))
    day_ids = dict(db.rows("SELECT day, id FROM event_day WHERE event_id = ?", event_id))
    today = day_ids[day1.isoformat()]
    assert db.rows("SELECT b.code FROM booth_day bd JOIN booth b ON b.id = bd.booth_id") == [("C01",)]

    # -- the check-in desk (Ctrl+1): typing, and scanning booth cards with and without Enter ---------------
    desk.main()
    keys.key("ctrl+1")
    checkins = "SELECT b.code FROM checkin c JOIN booth b ON b.id = c.booth_id WHERE c.event_day_id = ? ORDER BY c.id"

    def checked_in(*codes: str) -> None:
        db.wait_rows(f"check-ins {codes}", checkins, today, count=len(codes))
        assert [c for (c,) in db.rows(checkins, today)] == list(codes)

    keys.type("a01", delay_ms=HAND_MS, enter=True)  # typed by hand, Enter
    checked_in("A01")
    keys.type(booth_payload(event_id, "A02"), delay_ms=SCANNER_MS, enter=True)  # card, scanner sends Enter
    checked_in("A01", "A02")
    keys.type(booth_payload(event_id, "B01"), delay_ms=SCANNER_MS)  # card, scanner without Enter: the pause
    checked_in("A01", "A02", "B01")
    keys.type(booth_payload(event_id, "A01"), delay_ms=SCANNER_MS, enter=True)  # A01 again: "already"
    desk.shot("checkin_already")
    keys.type("Z99", delay_ms=SCANNER_MS, enter=True)  # a code no booth has
    keys.type(booth_payload(event_id, "C01"), delay_ms=SCANNER_MS, enter=True)  # C01 comes tomorrow only
    keys.type("B02", delay_ms=SCANNER_MS)  # a plain code barcode, no Enter
    checked_in("A01", "A02", "B01", "B02")  # in order: the unknown and unregistered scans left no row
    desk.shot("checkin_desk")

    # -- lots, from the booth's detail: a search typed by hand, Ctrl+Enter, the lot form by keyboard -------
    lots_sql = ("SELECT b.code, p.code, l.lot_code, l.quantity, l.produced_on, l.expires_on, l.operator FROM lot l "
                "JOIN booth b ON b.id = l.booth_id JOIN product p ON p.id = l.product_id ORDER BY l.id")
    year = day1.year
    keys.type("cat hai", delay_ms=HAND_MS)
    keys.key("ctrl+Return")
    desk.dialog("Booth B01")
    # The form starts in the product (the first: the shrimp paste); Tab through code, quantity, dates; Enter.
    lot_form(keys, "MT-2611", 48, f"01/11/{year}", f"01/11/{year + 2}")
    db.wait_rows("the first lot", lots_sql, count=1)
    keys.key("shift+Tab", "Down")  # from the lot code back to the product: the next one, the fish sauce
    lot_form(keys, "", 30, f"15/11/{year}", f"15/05/{year + 1}")  # no lot code: numbered by the desk
    db.wait_rows("the second lot", lots_sql, count=2)
    desk.shot("booth_lots")
    keys.key("Escape")
    keys.gone("Booth B01")
    desk.main()
    keys.type("a01", delay_ms=HAND_MS)
    keys.key("ctrl+Return")
    desk.dialog("Booth A01")
    lot_form(keys, "CC-01", 60, f"20/11/{year}", f"20/02/{year + 1}")
    lots = db.wait_rows("the third lot", lots_sql, count=3)
    keys.key("Escape")
    keys.gone("Booth A01")
    auto_code = f"{day1:%y%m%d}B01-01"
    assert lots == [
        ("B01", "MAM-TOM", "MT-2611", 48, f"{year}-11-01", f"{year + 2}-11-01", OPERATOR),
        ("B01", "NUOC-MAM", auto_code, 30, f"{year}-11-15", f"{year + 1}-05-15", OPERATOR),
        ("A01", "CHA-CHIA", "CC-01", 60, f"{year}-11-20", f"{year + 1}-02-20", OPERATOR),
    ]

    # -- labels (Ctrl+3): the checked-in booths' new lots, 9 copies each, Save PDF (Ctrl+S) ----------------
    desk.main()
    keys.key("ctrl+3")  # (the window takes keys in order: the page is built before the next key is read)
    keys.key("alt+c")  # "Copies per lot"
    keys.key("ctrl+a")
    keys.type("9", delay_ms=20)
    desk.shot("labels")
    keys.key("ctrl+s")
    desk.dialog("Save labels as PDF")
    keys.key("ctrl+a")
    keys.type(str(labels_pdf), delay_ms=SCANNER_MS)
    desk.shot("labels_save_dialog")
    keys.key("Return")
    db.wait_rows("the print job", "SELECT label_count FROM print_job WHERE kind = 'lot_labels'")
    wait_for("the label PDF", lambda: labels_pdf.exists() and labels_pdf.stat().st_size > 0)
    desk.dialog("Saved")  # where the PDF went, with Open file / Open folder: Esc closes it
    desk.shot("labels_saved")
    keys.key("Escape")
    keys.gone("Saved")

    # Each label on its own at 300 dpi, as a phone reads the printed sheet (zbar reading a whole page of
    # codes at once misses some, depending on where they fall).
    template = next(t for t in builtin_templates() if t.name == "a4-3x8")
    pages = [[code for slot in page for code in slot] for page in decode_labels(labels_pdf, template)]
    lot_rows = db.rows("SELECT l.lot_code, l.expires_on, p.code, p.gtin FROM lot l JOIN product p ON p.id = l.product_id "
                       "ORDER BY l.id")
    uris = {code: lot_uri(SITE, lot=lot, gtin=g, product_code=code, expires=dt.date.fromisoformat(expires))
            for lot, expires, code, g in lot_rows}
    assert len(pages) == 2 and [len(p) for p in pages] == [24, 3]
    assert sorted(t for p in pages for t in p) == sorted(u for u in uris.values() for _ in range(9))
    assert db.rows("SELECT label_count, operator FROM print_job WHERE kind = 'lot_labels'") == [(27, OPERATOR)]

    # -- the livestream (Ctrl+4): a session started, counted and corrected from the keyboard ---------------
    desk.main()
    keys.key("ctrl+4")
    keys.key("ctrl+shift+n")
    desk.dialog("New live session")  # starts in the platform: TikTok Shop
    keys.key("Tab")
    keys.type(CHANNEL, delay_ms=10)
    keys.key("Tab")
    keys.type(", ".join(HOSTS), delay_ms=10)
    keys.key("Tab")
    keys.type(TITLE, delay_ms=10)
    keys.key("Tab", "Tab", "Tab")  # planned start, planned end (not set), notes
    keys.key("Tab")  # the product filter: type, Enter features the first match
    for words in ("nuoc mam", "cha chia", "mat ong"):
        keys.type(words, delay_ms=20, enter=True)
    desk.shot("live_session_dialog")
    keys.key("Tab", "Return")  # out of the filter, Enter: Go live
    (session_id,) = db.wait_rows("the live session", "SELECT id FROM live_session WHERE started_at IS NOT NULL")[0]
    keys.gone("New live session")
    assert db.rows("SELECT platform, channel, title FROM live_session") == [("tiktok", CHANNEL, TITLE)]
    assert tuple(n for (n,) in db.rows("SELECT name FROM live_host ORDER BY id")) == HOSTS
    product_ids = dict(db.rows("SELECT code, id FROM product"))
    featured = db.rows("SELECT p.code FROM live_session_product s JOIN product p ON p.id = s.product_id "
                       "WHERE s.session_id = ? ORDER BY s.position", session_id)
    assert [c for (c,) in featured] == ["NUOC-MAM", "CHA-CHIA", "MAT-ONG"]  # tiles 1, 2, 3
    desk.main()
    tally_sql = ("SELECT p.code, t.kind, t.quantity, t.orders, t.source FROM live_tally t JOIN product p "
                 "ON p.id = t.product_id WHERE t.session_id = ? ORDER BY t.id")
    expected: list[tuple[str, str, int, int, str | None]] = []

    def tally(what: str, *rows: tuple[str, str, int, int, str | None]) -> None:
        expected.extend(rows)
        db.wait_rows(what, tally_sql, session_id, count=len(expected))
        assert db.rows(tally_sql, session_id) == expected

    keys.type("1+", delay_ms=HAND_MS, enter=True)  # tile 1, one item
    tally("1+", ("NUOC-MAM", "count", 1, 1, "key"))
    keys.type("1+", delay_ms=HAND_MS, enter=True)
    tally("1+ again", ("NUOC-MAM", "count", 1, 1, "key"))
    keys.type("2+5", delay_ms=HAND_MS, enter=True)  # five items in one order
    tally("2+5", ("CHA-CHIA", "count", 5, 1, "key"))
    keys.type("3++", delay_ms=HAND_MS, enter=True)  # each + one item
    tally("3++", ("MAT-ONG", "count", 2, 1, "key"))
    keys.type("2-", delay_ms=HAND_MS, enter=True)  # the tile's −1: a correction row
    tally("2-", ("CHA-CHIA", "correction", -1, 0, "key"))
    fish_label = uris["NUOC-MAM"]  # the scanner reads the fish sauce's printed label (Enter at the end)
    keys.type(fish_label, delay_ms=SCANNER_MS, enter=True)
    tally("the scanned label", ("NUOC-MAM", "count", 1, 1, "scan"))
    keys.type("3+", delay_ms=HAND_MS, enter=True)
    tally("3+", ("MAT-ONG", "count", 1, 1, "key"))
    keys.key("ctrl+z")  # that one was a mistake
    tally("the undo", ("MAT-ONG", "undo", -1, -1, "key"))
    desk.shot("live_tally")
    keys.type("1", delay_ms=HAND_MS, enter=True)  # select the fish sauce: one order of it was cancelled
    keys.key("ctrl+shift+c")  # a correction with its reason, for the selected tile
    desk.dialog("Correct the tally")
    keys.key("Tab", "ctrl+a")
    keys.type("-1", delay_ms=20)
    keys.key("Tab", "ctrl+a")
    keys.type("-1", delay_ms=20)
    keys.key("Tab")
    keys.type(REASON, delay_ms=20)
    desk.shot("live_correction")
    keys.key("Return")
    tally("the correction", ("NUOC-MAM", "correction", -1, -1, "mouse"))
    keys.gone("Correct the tally")
    desk.main()
    keys.key("ctrl+shift+v")  # what the platform shows now
    keys.type("1200", delay_ms=20)
    keys.key("Tab")
    keys.type("5.000", delay_ms=20, enter=True)
    db.wait_rows("the viewer snapshot", "SELECT viewers, views FROM viewer_snapshot WHERE session_id = ?", session_id)
    assert db.rows("SELECT viewers, views, operator FROM viewer_snapshot") == [(1200, 5000, OPERATOR)]

    keys.key("ctrl+shift+e")  # end, with the dashboard's totals
    desk.dialog("End the session")
    platform = {"views": 578000, "unique_viewers": 120500, "peak_viewers": 3400, "reach": 2070000,
                "sku_orders": 5, "items_sold": 9, "gmv": 1_980_000, "direct_gmv": 1_500_000}
    for i, value in enumerate(platform.values()):
        if i:
            keys.key("Tab")
        keys.type(f"{value:,}".replace(",", "."), delay_ms=10)  # as the dashboard shows them: 578.000
    desk.shot("live_end")
    keys.key("Return")
    db.wait_rows("the end of the session", "SELECT id FROM live_session WHERE ended_at IS NOT NULL")
    keys.gone("End the session")
    desk.main()
    desk.shot("platform_vs_tally")
    columns = ", ".join(f"pf_{k}" for k in platform)
    assert db.rows(f"SELECT {columns} FROM live_session WHERE id = ?", session_id) == [tuple(platform.values())]
    totals = {code: (sum(q for c, _, q, _, _ in expected if c == code), sum(o for c, _, _, o, _ in expected if c == code))
              for code in ("NUOC-MAM", "CHA-CHIA", "MAT-ONG")}
    assert totals == {"NUOC-MAM": (2, 2), "CHA-CHIA": (4, 1), "MAT-ONG": (2, 1)}
    sums = db.rows("SELECT p.code, sum(t.quantity), sum(t.orders), sum(t.quantity * t.unit_price) FROM live_tally t "
                   "JOIN product p ON p.id = t.product_id WHERE t.session_id = ? GROUP BY p.code", session_id)
    revenue = {code: totals[code][0] * PRODUCTS[code][2] for code in totals}
    assert {c: (q, o, r) for c, q, o, r in sums} == {c: (*totals[c], revenue[c]) for c in totals}
    del product_ids

    # -- File ▸ Export… (Ctrl+E): the day, then the whole fair ---------------------------------------------
    for target, whole in ((day_xlsx, False), (fair_xlsx, True)):
        desk.main()
        keys.key("ctrl+e")
        desk.dialog("Export to Excel")
        if whole:
            keys.key("Down")  # from "The day" to "The whole event"
        keys.key("Tab", "ctrl+a")  # the file name
        keys.type(str(target), delay_ms=SCANNER_MS)
        desk.shot("export_fair" if whole else "export")
        keys.key("Return")
        wait_for(f"the workbook {target.name}", lambda t=target: t.exists() and t.stat().st_size > 0)
        keys.gone("Export to Excel")
        desk.dialog("Workbook saved")  # where it went, with Open file / Open folder: Esc closes it
        keys.key("Escape")
        keys.gone("Workbook saved")
    desk.main()
    keys.key("ctrl+5")
    desk.shot("summary")

    # -- View ▸ Language ▸ Tiếng Việt, from the menu: the default language, page by page -------------------
    english = desk.main()
    keys.key("alt+v", "l")  # View, Language: the submenu opens on its first entry, Tiếng Việt
    keys.key("Down", "Down", "Return")  # down to English and round again: Tiếng Việt
    wait_for("the window rebuilt in Vietnamese", lambda: keys.windows(MAIN) and english not in keys.windows(MAIN),
             check=desk.alive)
    wait_for("the choice of Vietnamese saved", lambda: "language=vi" in desk.settings.read_text())
    for page, name in (("1", "checkin_vi"), ("3", "labels_vi"), ("4", "live_vi"), ("5", "summary_vi")):
        desk.main()
        keys.key(f"ctrl+{page}")
        desk.shot(name)

    # -- the end of the shift: File ▸ Quit (Ctrl+Q) ---------------------------------------------------------
    desk.main()
    keys.key("ctrl+q")
    assert desk.process.wait(30) == 0, desk.log_tail()

    # -- what was typed is what is stored, and what the workbooks hold -------------------------------------
    assert [c for (c,) in db.rows(checkins, today)] == ["A01", "A02", "B01", "B02"]
    assert db.rows("SELECT DISTINCT operator, status FROM checkin") == [(OPERATOR, "present")]
    assert db.value("SELECT count(*) FROM checkin WHERE event_day_id = ?", day_ids[day2.isoformat()]) == 0
    assert booth_ids.keys() == {"A01", "A02", "B01", "B02", "C01"}
    check_workbooks(day_xlsx, fair_xlsx, lots, expected, platform, revenue)
    print(f"the day took {time.monotonic() - started:.1f} s")


def lot_form(keys: Keyboard, code: str, quantity: int, produced: str, expires: str) -> None:
    """The booth's lot form from its product field: Tab to each field and type it, then Enter records it."""
    keys.key("Tab")
    if code:
        keys.type(code, delay_ms=20)
    for value in (str(quantity), produced, expires):
        keys.key("Tab")
        keys.type(value, delay_ms=20)
    keys.key("Return")


def sheet_rows(ws: Any, first_header: str) -> list[dict[str, Any]]:
    """The rows of a data sheet as dicts by header (the header row is found by its first cell)."""
    values = list(ws.iter_rows(values_only=True))
    at = next(i for i, row in enumerate(values) if row and row[0] == first_header)
    header = values[at]
    return [dict(zip(header, row, strict=False)) for row in values[at + 1:] if any(v is not None for v in row)]


def check_workbooks(day_xlsx: Path, fair_xlsx: Path, lots: list[tuple[Any, ...]],
                    tallies: list[tuple[str, str, int, int, str | None]], platform: dict[str, int],
                    revenue: dict[str, int]) -> None:
    for path in (day_xlsx, fair_xlsx):
        wb = openpyxl.load_workbook(path)
        checkins = sheet_rows(wb["Check-ins"], "Day")
        assert sorted(r["Booth"] for r in checkins) == ["A01", "A02", "B01", "B02"]
        assert {r["Operator"] for r in checkins} == {OPERATOR}
        booths = {r["Booth"]: r for r in sheet_rows(wb["Booths"], "Booth")}
        brought = {"A01": 60, "B01": 78}
        for code in ("A01", "A02", "B01", "B02"):
            assert booths[code]["Days present"] == 1
            assert booths[code]["Lots"] == (2 if code == "B01" else 1 if code == "A01" else 0)
            assert (booths[code]["Quantity brought"] or 0) == brought.get(code, 0)
        products = {r["Code"]: r for r in sheet_rows(wb["Products"], "Code")}
        for booth, code, lot, quantity, *_ in lots:
            assert products[code]["Quantity brought"] == quantity, (booth, lot)
        live_rows = {r["Product code"]: r for r in sheet_rows(wb["Live tallies"], "Day")}
        for code in revenue:
            items = sum(q for c, _, q, _, _ in tallies if c == code)
            orders = sum(o for c, _, _, o, _ in tallies if c == code)
            assert (live_rows[code]["Items sold"], live_rows[code]["Orders"], live_rows[code]["Revenue (₫)"]) == (
                items, orders, revenue[code])
            assert (products[code]["Items sold (live)"], products[code]["Revenue (live, ₫)"]) == (items, revenue[code])
        (session,) = sheet_rows(wb["Live sessions"], "Day")
        assert session["Title"] == TITLE and session["Hosts"] == ", ".join(HOSTS)
        assert session["Items sold (on site)"] == 8 and session["Orders (on site)"] == 4
        assert session["Revenue (on site, ₫)"] == sum(revenue.values())
        assert (session["Views (platform)"], session["Unique viewers (platform)"], session["Peak viewers (platform)"],
                session["Reach (platform)"], session["Orders (platform)"], session["Items sold (platform)"],
                session["GMV (platform, ₫)"], session["Direct GMV (platform, ₫)"]) == tuple(platform.values())
