"""Formula injection end to end: strings a spreadsheet would run go in through the real importer (xlsx and
CSV) and the real services (check-in, lots, live), and come out of the real exporter as plain text.

A value starting with = + - @ (or a tab/CR before one) must never become a formula: openpyxl sees no
formula cell, the sheet XML has no <f> element, and each value reads back exactly as stored.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from ocop_desk.checkin import desk, lots
from ocop_desk.fair.events import current_event_id
from ocop_desk.live import service as live
from ocop_desk.registration import importer
from ocop_desk.registration.template import write_template
from ocop_desk.reports.export import export_workbook
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import Booth, Producer, Product

TODAY = dt.date(2026, 10, 14)
EVIL = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=cmd|' /C calc'!A0",
        "=1+1 Chợ phiên", "-0912345678", "+84 912 345 678"]
F_TAG = re.compile(r"<(\w+:)?f[ >/]")


def stored(value: str) -> str:
    """What the importer keeps of a cell: runs of white space (tab, CR...) become one space, then trimmed."""
    return " ".join(value.split())


def as_text_cell(ws: openpyxl.worksheet.worksheet.Worksheet, row: int, col: int, value: object) -> None:
    """A cell the organiser typed as text (Excel's leading apostrophe): a string, never a formula."""
    cell = ws.cell(row=row, column=col, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
        cell.quotePrefix = True


def registration_xlsx(path: Path) -> Path:
    target = write_template(path)
    wb = load_workbook(target)
    rows = {
        "Chủ thể": [[1, "P1", EVIL[0], "Hợp tác xã", EVIL[1], EVIL[2], EVIL[8], EVIL[3]],
                    [2, "P2", EVIL[6], None, EVIL[4], "Hà Nội", EVIL[9], EVIL[5]]],
        "Sản phẩm": [[1, "SP1", EVIL[3], "P1", EVIL[2], EVIL[1], 50000, 4, None, EVIL[6], None],
                     [2, "SP2", EVIL[7], "P2", None, EVIL[0], 75000, 3, None, None, None],
                     [3, "SP3", EVIL[5], "P2", None, EVIL[4], 12000, 3, None, None, None]],
        "Gian hàng": [[1, "A01", EVIL[0], "P1", None], [2, "A02", EVIL[1], "P2", None]],
    }
    for sheet, data in rows.items():
        ws = wb[sheet]
        for r, row in enumerate(data, start=4):
            for c, value in enumerate(row, start=1):
                as_text_cell(ws, r, c, value)
    wb.save(target)
    # the organiser's file really holds text, not formulas
    check_no_formulas(target, allow_data_validations=True)
    return target


def registration_csv(path: Path) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["Gian hàng", "Tên chủ thể", "Địa chỉ", "Số điện thoại", "Tên sản phẩm", "Đơn vị tính",
                      "Khu", "Giá bán"])
        out.writerow(["B01", EVIL[2], EVIL[0], EVIL[8], EVIL[6], EVIL[3], EVIL[1], "90000"])
        out.writerow(["B01", EVIL[2], EVIL[0], EVIL[8], EVIL[4], EVIL[5], EVIL[1], "15000"])
        out.writerow(["B02", EVIL[7], EVIL[5], EVIL[9], EVIL[0], "hộp", EVIL[3], "30000"])
    return path


def check_no_formulas(path: Path, *, allow_data_validations: bool = False) -> set[str]:
    """No formula cell (openpyxl) and no <f> element (raw XML) in any sheet; returns every text value."""
    texts: set[str] = set()
    wb = load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (path.name, ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.add(cell.value)
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                xml = z.read(name).decode()
                if allow_data_validations:  # the template's drop-down lists are <formula1>, not cell formulas
                    xml = re.sub(r"<(\w+:)?dataValidations.*?</(\w+:)?dataValidations>", "", xml, flags=re.S)
                assert not F_TAG.search(xml), name
    return texts


def test_registration_template_writes_no_cell_formula(tmp_path: Path) -> None:
    path = write_template(tmp_path / "blank.xlsx")
    check_no_formulas(path, allow_data_validations=True)


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_formula_text_through_import_services_and_export(store: Store, tmp_path: Path, kind: str) -> None:
    actor = Actor(operator=EVIL[0], station=EVIL[1])
    source = (registration_xlsx(tmp_path / "dang-ky.xlsx") if kind == "xlsx"
              else registration_csv(tmp_path / "dang-ky.csv"))
    report = importer.import_registration(store, actor, source, today=TODAY)
    assert report.written, report.problems
    event_id = current_event_id(store)
    assert event_id is not None

    # The import kept every string as typed text (nothing evaluated, nothing lost but spacing).
    with store.reading() as s:
        producers = {p.name: p for p in s.scalars(select(Producer))}
        products = {p.name: p for p in s.scalars(select(Product))}
        booths = {b.code: b for b in s.scalars(select(Booth))}
    if kind == "xlsx":
        assert set(producers) == {EVIL[0], EVIL[6]}
        p1 = producers[EVIL[0]]
        assert (p1.address, p1.province, p1.phone, p1.contact_person) == (EVIL[1], EVIL[2], EVIL[8], EVIL[3])
        assert (producers[EVIL[6]].address, producers[EVIL[6]].contact_person) == (stored(EVIL[4]), stored(EVIL[5]))
        assert set(products) == {EVIL[3], EVIL[7], stored(EVIL[5])}
        assert (products[EVIL[3]].category, products[EVIL[3]].unit) == (EVIL[2], EVIL[1])
        assert products[EVIL[3]].certificate_no == EVIL[6]
        assert (booths["A01"].zone, booths["A02"].zone) == (EVIL[0], EVIL[1])
        booth_a, booth_b, product_a, product_b = "A01", "A02", "SP1", "SP2"
    else:
        assert set(producers) == {EVIL[2], EVIL[7]}
        assert (producers[EVIL[2]].address, producers[EVIL[2]].phone) == (EVIL[0], EVIL[8])
        assert producers[EVIL[7]].address == stored(EVIL[5])
        assert set(products) == {EVIL[6], stored(EVIL[4]), EVIL[0]}
        assert products[EVIL[6]].unit == EVIL[3]
        assert (booths["B01"].zone, booths["B02"].zone) == (EVIL[1], EVIL[3])
        booth_a, booth_b = "B01", "B02"
        product_a, product_b = products[EVIL[6]].code, products[EVIL[0]].code
    assert all(p.search_text for p in products.values())

    # The services carry more typed text: operator and station names, lot codes, hosts, titles, notes...
    day = TODAY
    assert desk.check_in(store, actor, event_id, day, booth_a).state == "checked_in"
    assert desk.check_in(store, Actor(operator=EVIL[3], station=EVIL[2]), event_id, day, booth_b).state \
        == "checked_in"
    lots.add_lot(store, actor, event_id, booth_a, product_a, 10, lot_code="-2+3", day=day)
    lots.add_lot(store, actor, event_id, booth_a, product_a, 5, lot_code="+1", day=day)
    info = live.start_session(store, Actor(operator=EVIL[6]), event_id, day, hosts=[EVIL[0], EVIL[3]],
                              title=EVIL[1], channel=EVIL[2], notes=EVIL[6] + "\n" + EVIL[7],
                              product_refs=[product_a, product_b])
    pid = info.products[0].product_id
    live.add_count(store, actor, info.id, pid, quantity=3, orders=2)
    live.correct(store, actor, info.id, pid, -1, 0, EVIL[0])
    live.add_snapshot(store, actor, info.id, viewers=120, likes=5)
    live.end_session(store, actor, info.id, views=1000, gmv=150000)

    out = tmp_path / "export.xlsx"
    export_workbook(store, event_id, out)
    texts = check_no_formulas(out)
    expected = {EVIL[1], EVIL[3], EVIL[6], EVIL[0]} | (
        {EVIL[2], EVIL[7], stored(EVIL[5])} if kind == "xlsx" else {EVIL[2], stored(EVIL[4])})
    missing = {v for v in expected if v not in texts and not any(t.startswith(v) or v in t for t in texts)}
    assert not missing, missing
    # Exact cells: the booth zones, operators, stations, hosts and titles are whole cells, read back unchanged.
    assert {booths[booth_a].zone, booths[booth_b].zone, EVIL[0], EVIL[1], EVIL[3], EVIL[2]} <= texts
    # Lot codes reach the workbook inside the audit log's words
    assert any("Lot -2+3 recorded" in t for t in texts) and any("Lot +1 recorded" in t for t in texts)
    # A dash-led or plus-led value is text, not a number
    wb = load_workbook(out)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                    assert cell.data_type in ("s", "inlineStr", "str"), (ws.title, cell.coordinate)


PREFIXES = {"equals": "=", "plus": "+", "minus": "-", "at": "@", "tab": "\t", "cr": "\r"}


def inject(store: Store, actor: Actor, prefix: str) -> dict[str, str]:
    """Text starting with `prefix` in every kind of text column the workbook shows, written straight into the
    database (as another tool or an older version might have): the exporter alone must guard it."""
    from ocop_desk.store.models import CheckIn, Event, LiveHost, LiveSession

    event_id = current_event_id(store)
    assert event_id is not None
    assert desk.check_in(store, actor, event_id, TODAY, "A01").state == "checked_in"
    info = live.start_session(store, actor, event_id, TODAY, hosts=["Quang Linh"], product_refs=["CHA-CHIA-HL"])
    values = {name: f"{prefix}{n}+{n} {name}" for n, name in enumerate(
        ("event", "producer", "province", "phone", "zone", "category", "unit", "operator", "station", "title",
         "channel", "host"), start=1)}
    with store.transaction() as s:
        s.execute(update(Event).where(Event.id == event_id).values(name=values["event"]))
        s.execute(update(Producer).where(Producer.code == "HP-BH").values(
            name=values["producer"], province=values["province"], phone=values["phone"]))
        s.execute(update(Booth).where(Booth.code == "A01").values(zone=values["zone"]))
        s.execute(update(Product).where(Product.code == "CHA-CHIA-HL").values(
            category=values["category"], unit=values["unit"]))
        s.execute(update(CheckIn).values(operator=values["operator"], station=values["station"]))
        s.execute(update(LiveSession).where(LiveSession.id == info.id).values(
            title=values["title"], channel=values["channel"]))
        s.execute(update(LiveHost).where(LiveHost.session_id == info.id).values(name=values["host"]))
    return values


def same_text(cell_value: str, injected: str) -> bool:
    """XML keeps a CR only when escaped; a reader may hand a bare one back as a line feed."""
    return cell_value.replace("\r", "\n") == injected.replace("\r", "\n")


@pytest.mark.parametrize("prefix", list(PREFIXES.values()), ids=list(PREFIXES))
def test_every_injected_cell_is_text_for_every_formula_prefix(demo_store: Store, actor: Actor, tmp_path: Path,
                                                              prefix: str) -> None:
    values = inject(demo_store, actor, prefix)
    event_id = current_event_id(demo_store)
    assert event_id is not None
    out = tmp_path / "export.xlsx"
    export_workbook(demo_store, event_id, out)
    check_no_formulas(out)
    wb = load_workbook(out)
    found: dict[str, int] = dict.fromkeys(values, 0)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if not isinstance(cell.value, str):
                    continue
                for name, injected in values.items():
                    if same_text(cell.value, injected) or (name in ("event", "host")
                                                           and same_text(cell.value[:len(injected)], injected)):
                        found[name] += 1
                        # A text cell Excel keeps as text when edited: the guard ran on this very cell.
                        assert cell.data_type == "s" and cell.quotePrefix, (ws.title, cell.coordinate, name)
    assert all(found.values()), {name: n for name, n in found.items() if not n}
    assert found["event"] == len(wb.worksheets)  # every sheet's heading starts with the event's name
