"""Whatever an organiser's file holds, the import never crashes and never writes half of it."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import func, select

from ocop_desk.core.errors import DomainError
from ocop_desk.registration import importer
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import Booth, BoothDay, Event, Producer, Product

HEADERS = ["STT", "Tên sản phẩm", "ten chu the", "Mã chủ thể", "Product code", "Gian hàng", "Khu", "Hạng sao",
           "Giá", "Điện thoại", "Mã vạch", "Hạn chứng nhận", "Ngày tham gia", "Ghi chú", "Tổng cộng", ""]
TEXT = st.text(alphabet=st.sampled_from(list("AaĐđ ảẠ0123456789/.,;-★\n\t%'\"x")), max_size=14)
CELL = st.one_of(
    st.none(), TEXT, st.sampled_from(HEADERS),
    st.integers(min_value=-10, max_value=10**16),
    st.floats(allow_nan=True, allow_infinity=False, width=32),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 1, 1)),
    st.sampled_from(["4 sao", "★★★", "120.000 đ", "31/02/2026", "14/10/2026", "HP-BH", "A01", "Tổng", "Ví dụ",
                     "8936012340013", "8936012340014", "0912345671"]),
)
GRID = st.lists(st.lists(CELL, min_size=0, max_size=9), min_size=0, max_size=12)
HEADER = st.lists(st.sampled_from(HEADERS), min_size=0, max_size=9)


def snapshot(store: Store) -> tuple[int, ...]:
    with store.reading() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) or 0
                     for m in (Event, Producer, Product, Booth, BoothDay))


def attempt(store: Store, path: Path) -> None:
    before = snapshot(store)
    try:
        report = importer.import_registration(store, Actor("fuzz"), path, today=dt.date(2026, 10, 14))
    except DomainError:
        assert snapshot(store) == before  # refused: not a single row written
        return
    after = snapshot(store)
    added = report.producers.added, report.products.added, report.booths.added
    assert after[1:4] == tuple(b + a for b, a in zip(before[1:4], added, strict=True))


JUNK = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@JUNK
@given(header=HEADER, grid=GRID)
def test_junk_workbooks(demo_store: Store, header: list[str], grid: list[list[object]]) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for c, value in enumerate(header, start=1):
        ws.cell(row=1, column=c, value=value or None)
    for r, row in enumerate(grid, start=2):
        for c, value in enumerate(row, start=1):
            if isinstance(value, str):
                value = "".join(ch for ch in value if ch >= " " or ch in "\n\t")  # what Excel can hold
            ws.cell(row=r, column=c, value=value)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "junk.xlsx"
        wb.save(path)
        attempt(demo_store, path)


@JUNK
@given(text=st.text(max_size=400), sep=st.sampled_from([";", ",", "\t"]), header=HEADER)
def test_junk_csv(demo_store: Store, text: str, sep: str, header: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "junk.csv"
        path.write_text(sep.join(header) + "\n" + text.replace(",", sep), encoding="utf-8", errors="surrogatepass"
                        ) if "\ud800" not in text else path.write_bytes(b"\xff")
        attempt(demo_store, path)


@JUNK
@given(data=st.binary(max_size=300), suffix=st.sampled_from([".xlsx", ".csv"]))
def test_junk_bytes(demo_store: Store, data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"junk{suffix}"
        path.write_bytes(data)
        attempt(demo_store, path)
