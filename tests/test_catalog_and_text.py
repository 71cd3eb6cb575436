from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ocop_desk.core.errors import DomainError
from ocop_desk.core.formatting import fmt_date, fmt_money
from ocop_desk.core.textnorm import fold
from ocop_desk.fair.catalog import list_products
from ocop_desk.fair.demo import load_demo
from ocop_desk.store.database import Store

NAMED = [
    "Chả chìa Hạ Lũng Bác Hoạt", "Pate Cột Đèn", "Nước mắm Cát Hải 40 độ đạm",
    "Đông trùng hạ thảo Phúc Khang sấy khô", "Mật ong Tùng Hằng", "Tinh bột củ sen Vũ Đoàn", "Gạo rươi Kiến Quốc",
]


def test_fold_drops_accents_and_case() -> None:
    assert fold("  Chả  CHÌA ") == "cha chia"
    assert fold("Đông trùng hạ thảo") == "dong trung ha thao"
    assert fold(None) == ""


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


def test_demo_has_the_named_hai_phong_products(demo_store: Store) -> None:
    names = {p.name for p in list_products(demo_store)}
    for name in NAMED:
        assert name in names


@pytest.mark.parametrize(("query", "expected"), [
    ("cha chia", "Chả chìa Hạ Lũng Bác Hoạt"),
    ("dong trung", "Đông trùng hạ thảo Phúc Khang sấy khô"),
    ("MAT ONG", "Mật ong Tùng Hằng"),
    ("8936012340020", "Pate Cột Đèn"),
    ("tung hang sap", "Sáp ong Tùng Hằng"),
])
def test_search_is_accent_and_case_insensitive(demo_store: Store, query: str, expected: str) -> None:
    assert expected in [p.name for p in list_products(demo_store, query)]


def test_search_by_producer_name(demo_store: Store) -> None:
    rows = list_products(demo_store, "cat hai")
    assert {r.producer for r in rows} == {"Công ty CP Chế biến Thủy sản Cát Hải"}


def test_demo_refuses_to_load_twice(demo_store: Store) -> None:
    from ocop_desk.store.audit import Actor

    with pytest.raises(DomainError, match="already"):
        load_demo(demo_store, Actor("x"))


def test_money_and_dates_per_language() -> None:
    import datetime as dt

    assert fmt_money(750_000_000, "vi") == "750.000.000 ₫"
    assert fmt_money(750_000_000, "en") == "₫750,000,000"
    assert fmt_date(dt.date(2026, 10, 14), "vi") == "14/10/2026"
