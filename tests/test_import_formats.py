""".xlsx, .xls and .ods import the same way: header detection, merged producer cells, the total row (issue 18).

The .xls and .ods files are LibreOffice's conversions of the messy flat sheet of test_import (title rows,
merged producer and booth cells, a total row, signatures under it): tests/data/registration/make.py.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from ocop_desk.core.errors import DomainError
from ocop_desk.registration import guard, importer
from ocop_desk.registration.read import read_registration
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import Booth, Producer, Product
from tests import hostile_files as h
from tests.test_import import MESSY_TITLE, messy_rows, workbook
from tests.test_import_hostile import stored

TODAY = dt.date(2026, 10, 14)
MERGES = {"Danh sách": ["B5:B6", "C5:C6", "D5:D6", "E5:E6", "B7:B8", "C7:C8"]}


def source(tmp_path: Path, kind: str) -> Path:
    if kind == "xlsx":
        return workbook(tmp_path / "dang-ky.xlsx", {"Danh sách": messy_rows()}, merges=MERGES)
    return Path(shutil.copy(h.FIXTURES / f"dang-ky.{kind}", tmp_path / f"dang-ky.{kind}"))


def catalogue(store: Store) -> list[tuple[object, ...]]:
    with store.reading() as s:
        rows = s.execute(select(Product.name, Product.price, Product.star_rating, Product.certificate_expires,
                                Producer.name, Producer.phone, Producer.address)
                         .join(Producer, Product.producer_id == Producer.id).order_by(Product.name)).all()
        booths = s.execute(select(Booth.code, Producer.name).join(Producer).order_by(Booth.code)).all()
    return [tuple(r) for r in rows] + [tuple(b) for b in booths]


@pytest.mark.parametrize("kind", ["xlsx", "xls", "ods"])
def test_each_format_imports_the_messy_sheet_the_same_way(kind: str, tmp_path: Path) -> None:
    path = source(tmp_path, kind)
    store = Store.open(tmp_path / "ocop.sqlite3")
    try:
        preview = importer.preview(store, path, today=TODAY)
        assert preview.kind == kind and preview.problems == []
        sheet = preview.sheets[0]
        assert (sheet.name, sheet.header_row, sheet.rows, sheet.skipped) == ("Danh sách", 4, 4, 1)  # the total row
        report = importer.import_registration(store, Actor("x"), path, today=TODAY)
        assert report.event_name == MESSY_TITLE
        assert (report.producers.added, report.products.added, report.booths.added) == (2, 4, 2)
        got = catalogue(store)
    finally:
        store.close()
    hoat = ("Cơ sở Chả chìa Bác Hoạt", "0912345671", "Hạ Lũng, Hải An")
    assert got == [
        ("Chả chìa", 280000, 4, dt.date(2027, 10, 14), *hoat),
        ("Chả lá lốt", 95000, 3, dt.date(2027, 10, 14), *hoat),  # under the merged producer cells
        ("Mắm tôm", 45000, 3, None, "Công ty CP Thủy sản Cát Hải", "02253886123", "Cát Hải"),
        ("Nước mắm 40 độ đạm", 120000, 5, None, "Công ty CP Thủy sản Cát Hải", "02253886123", "Cát Hải"),
        ("A01", "Cơ sở Chả chìa Bác Hoạt"), ("B01", "Công ty CP Thủy sản Cát Hải"),
    ]


def test_ods_merges_are_not_reported_and_the_producer_is_filled_down(tmp_path: Path) -> None:
    """calamine gives no merged ranges for .ods: the covered cells read blank, as in .xlsx and .xls."""
    import python_calamine

    sheet = python_calamine.CalamineWorkbook.from_path(str(h.FIXTURES / "dang-ky.ods")).get_sheet_by_index(0)
    assert not sheet.merged_cell_ranges
    tables = {kind: read_registration(source(tmp_path, kind)).tables[0].rows for kind in ("xlsx", "xls", "ods")}
    assert tables["xlsx"] == tables["xls"] == tables["ods"]
    assert tables["ods"][1][1][1:3] == [None, None]  # row 6, under the merged booth and producer


def test_excel_escapes_are_decoded_and_folded_like_white_space(store: Store, tmp_path: Path) -> None:
    path = h.escapes(tmp_path / "escapes.xlsx")
    importer.import_registration(store, Actor("x"), path, today=TODAY)
    with store.reading() as s:
        names = list(s.scalars(select(Product.name)))
    assert names == ["Mật ong hoa nhãn chai 500ml"]


def test_a_workbook_named_after_another_format_is_read_by_its_content(store: Store, tmp_path: Path) -> None:
    real = workbook(tmp_path / "real.xlsx", {"Danh sách": messy_rows()}, merges=MERGES)
    renamed = Path(shutil.copy(real, tmp_path / "dang-ky.xls"))
    report = importer.import_registration(store, Actor("x"), renamed, today=TODAY)
    assert report.kind == "xlsx" and report.products.added == 4


@pytest.mark.parametrize(("content", "problem"), [
    (b"<html><table><tr><td>T\xc3\xaan s\xe1\xba\xa3n ph\xe1\xba\xa9m</td></tr></table></html>",
     "not an Excel or OpenDocument spreadsheet"),
    (b"PK\x03\x04 not really a zip", "damaged zip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "shorter than its header"),
])
def test_files_that_only_look_like_spreadsheets_are_refused(content: bytes, problem: str, store: Store,
                                                            tmp_path: Path) -> None:
    path = tmp_path / "dang-ky.xls"
    path.write_bytes(content)
    with pytest.raises(guard.FileRefused, match=problem) as info:
        importer.import_registration(store, Actor("x"), path, today=TODAY)
    assert "dang-ky.xls" in str(info.value)
    assert stored_counts(store) == (0, 0)


def test_a_password_protected_workbook_says_so(store: Store, tmp_path: Path) -> None:
    path = h.password_protected(tmp_path / "dang-ky.xlsx")
    with pytest.raises(guard.FileRefused, match="protected by a password"):
        importer.preview(store, path)


def stored_counts(store: Store) -> tuple[int, int]:
    with store.reading() as s:
        return len(s.scalars(select(Producer.id)).all()), len(s.scalars(select(Product.id)).all())


def test_csv_beyond_the_cell_ceiling_is_refused(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(guard, "MAX_CELLS", 1000)
    path = tmp_path / "dang-ky.csv"
    path.write_text("Tên chủ thể;Tên sản phẩm\n" + "HTX;Chè\n" * 600, encoding="utf-8")
    with pytest.raises(DomainError, match="more than 1,000 cells"):
        importer.preview(store, path)


def test_guard_passes_the_fixtures_and_names_their_kind(tmp_path: Path) -> None:
    for kind in ("xlsx", "xls", "ods"):
        assert guard.check_spreadsheet(source(tmp_path, kind)) == kind


def test_extent_counts_rows_and_cells_without_references(tmp_path: Path) -> None:
    """Cells without an `r` follow the one before: 40 unnumbered rows of 60 unnumbered cells are 2,400 cells."""
    cells = "".join(f'<c t="inlineStr"><is><t>{i}</t></is></c>' for i in range(60))
    path = h.xlsx(tmp_path / "noref.xlsx", h.sheet_xml(f"<row>{cells}</row>" * 40))
    check = guard.ZipCheck(path, "xlsx")
    check.run()
    assert check.extent.cells == 40 * 60


def test_the_database_is_untouched_by_a_refusal(tmp_path: Path) -> None:
    db = tmp_path / "ocop.sqlite3"
    Store.open(db).close()
    store = Store.open(db)
    try:
        with pytest.raises(guard.FileRefused):
            importer.import_registration(store, Actor("x"), h.far_cell(tmp_path / "far.xlsx"), today=TODAY)
    finally:
        store.close()
    assert stored(db) == (0, 0)
