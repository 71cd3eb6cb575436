"""Import rules a plausible bug would break without any other test noticing: a producer's name compared
folded (case, accents' composition), a GTIN owned by another stored product refused as a row problem (not a
database error), and the desk finding an imported booth at once."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ocop_desk.checkin import desk
from ocop_desk.core.errors import ValidationFailed
from ocop_desk.fair.events import resolve_event
from ocop_desk.registration import importer
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import Booth, Producer, Product
from tests.test_import import counts, workbook

TODAY = dt.date(2026, 10, 14)
HEADER = ["Mã chủ thể", "Tên chủ thể", "Mã sản phẩm", "Tên sản phẩm", "Giá bán", "Mã vạch (GTIN)", "Gian hàng"]


def test_one_producer_written_in_several_cases_and_compositions_imports(store: Store, tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Bác Hoạt")  # a Vietnamese keyboard that types accents apart
    path = workbook(tmp_path / "dang-ky.xlsx", {"Sản phẩm": [
        HEADER,
        ["HL-BH", "Bác Hoạt", "CHA-CHIA", "Chả chìa Hạ Lũng", 280000, None, "A01"],
        ["HL-BH", "BÁC HOẠT", "CHA-LA-LOT", "Chả lá lốt", 150000, None, "A01"],
        ["HL-BH", decomposed, "NEM-CHUA", "Nem chua", 90000, None, "A01"],
    ]})
    report = importer.import_registration(store, Actor("x"), path, today=TODAY)
    assert report.problems == [] and report.written
    assert (report.producers.added, report.products.added, report.booths.added) == (1, 3, 1)
    with store.reading() as s:
        assert list(s.scalars(select(Producer.name))) == ["Bác Hoạt"]  # as first written
    # Two different names under one code are still refused, with both rows named.
    clash = workbook(tmp_path / "clash.xlsx", {"Sản phẩm": [
        HEADER,
        ["HL-BH", "Bác Hoạt", "CHA-CHIA", "Chả chìa Hạ Lũng", 280000, None, "A01"],
        ["HL-BH", "Bác Hoà", "CHA-LA-LOT", "Chả lá lốt", 150000, None, "A01"],
    ]})
    with pytest.raises(ValidationFailed) as err:
        importer.import_registration(store, Actor("x"), clash, today=TODAY)
    assert err.value.problems == ["Sheet 'Sản phẩm', row 3, column 'Tên chủ thể': producer HL-BH is named "
                                  "'Bác Hoà' here but 'Bác Hoạt' on row 2."]


def gtin_of(store: Store, code: str) -> str:
    with store.reading() as s:
        gtin = s.scalar(select(Product.gtin).where(Product.code == code))
    assert gtin
    return gtin


def test_a_gtin_of_another_stored_product_is_a_row_problem(demo_store: Store, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    taken = gtin_of(demo_store, "PATE-COT-DEN")
    own = gtin_of(demo_store, "MAT-ONG-TH")
    path = workbook(tmp_path / "gtin.xlsx", {"Sản phẩm": [
        HEADER,
        ["HP-BH", "Cơ sở Chả chìa Hạ Lũng Bác Hoạt", "CHA-MOI", "Chả mới", 99000, taken, "A01"],
        ["HP-TH", None, "MAT-ONG-TH", None, None, own, None],  # a product keeping its own GTIN is fine
    ]})
    before = counts(demo_store)
    with pytest.raises(ValidationFailed) as err:
        importer.import_registration(demo_store, Actor("x"), path, today=TODAY)
    assert err.value.problems == [
        f"Sheet 'Sản phẩm', row 2, column 'Mã vạch (GTIN)': GTIN {taken} already belongs to PATE-COT-DEN."]
    assert counts(demo_store) == before
    assert importer.preview(demo_store, path, today=TODAY).problems != []
    # The same file through the CLI: refused as bad input (exit 1) naming the row, not a bug (exit 4).
    demo_store.close()
    code, out, errors = cli("--db", demo_store.location, "import", str(path))
    assert code == 1 and out == "", errors
    assert f"row 2, column 'Mã vạch (GTIN)': GTIN {taken} already belongs to PATE-COT-DEN." in errors


def test_the_desk_finds_an_imported_booth_at_once(demo_store: Store, tmp_path: Path) -> None:
    event = resolve_event(demo_store)
    assert desk.search(demo_store, event.id, "thach den") == []  # the desk's index is built, without it
    path = workbook(tmp_path / "them.xlsx", {"Sản phẩm": [
        HEADER,
        ["CB-TD", "HTX Thạch đen Cao Bằng", "THACH-DEN", "Thạch đen", 25000, None, "C09"],
    ]})
    importer.import_registration(demo_store, Actor("x"), path, event.id, today=TODAY)
    # Straight after the import, well inside the index's re-check interval (search.RECHECK, 2 s).
    hits = desk.search(demo_store, event.id, "thach den")
    assert [h.booth.code for h in hits] == ["C09"]
    with demo_store.reading() as s:
        assert s.scalar(select(func.count(Booth.id)).where(Booth.code == "C09")) == 1
