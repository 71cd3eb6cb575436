"""The workbook reader (calamine) gives the values openpyxl gives, as the importer uses them."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from ocop_desk.registration.template import write_template
from ocop_desk.registration.workbook import read_sheets as calamine_sheets
from tests.test_import import messy_rows, workbook


def read_sheets(path: Path) -> list[tuple[str, list[tuple[object, ...]]]]:
    return calamine_sheets(path, "xlsx")


def _openpyxl_sheets(path: Path) -> list[tuple[str, list[tuple[object, ...]]]]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        return [(ws.title, [tuple(r) for r in ws.iter_rows(values_only=True)]) for ws in wb.worksheets
                if ws.sheet_state == "visible"]
    finally:
        wb.close()


def _same_value(value: object) -> object:
    """openpyxl gives a datetime for a date-formatted cell; calamine a date when there is no time of day;
    floats that are whole numbers come out as int from both readers' callers."""
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date()
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if value == "":
        return None
    return value


def normalised(sheets: list) -> list:  # type: ignore[type-arg]
    out = []
    for name, rows in sheets:
        clean = [tuple(_same_value(v) for v in r) for r in rows]
        clean = [r[: max((i + 1 for i, v in enumerate(r) if v is not None), default=0)] for r in clean]
        while clean and not clean[-1]:
            clean.pop()
        out.append((name, clean))
    return out


def same(path: Path) -> None:
    assert normalised(read_sheets(path)) == normalised(_openpyxl_sheets(path))


def test_same_values_as_openpyxl_on_real_shapes(tmp_path: Path) -> None:
    same(workbook(tmp_path / "messy.xlsx", {"Danh sách": messy_rows(), "Khác": [[], [], ["x", 1.5, True]]},
                  merges={"Danh sách": ["B5:B6", "C5:C6"]}))
    template = write_template(tmp_path / "t.xlsx")  # hidden sheet, validations, comments
    same(template)
    assert [name for name, _ in read_sheets(template)] == ["Hướng dẫn", "Chủ thể", "Sản phẩm", "Gian hàng"]


CELL = st.one_of(st.none(), st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=10),
                 st.integers(min_value=-10**12, max_value=10**12), st.floats(allow_nan=False, allow_infinity=False),
                 st.booleans(), st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2100, 1, 1)))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(CELL, max_size=6), max_size=8))
def test_same_values_as_openpyxl_on_random_sheets(rows: list[list[object]]) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            ws.cell(row=r * 2, column=c * 2, value=value)  # gaps between rows and columns
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "r.xlsx"
        wb.save(path)
        same(path)
