from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ocop_desk.core.payloads import booth_payload, gtin14, lot_page_path, lot_uri, offline_payload, parse_scan


def test_digital_link_with_gtin() -> None:
    uri = lot_uri("https://truyxuat.example.vn/", lot="LOT 2024/01", gtin="8936012340013", product_code="X",
                  expires=dt.date(2025, 12, 31))
    assert uri == "https://truyxuat.example.vn/01/08936012340013/10/LOT%202024%2F01?17=251231"
    scan = parse_scan(uri)
    assert (scan.kind, scan.gtin, scan.lot, scan.expires) == ("lot", "08936012340013", "LOT 2024/01",
                                                               dt.date(2025, 12, 31))


def test_path_without_gtin_is_stable() -> None:
    uri = lot_uri("https://r.vn", lot="L1", gtin=None, product_code="CHA-CHIA-HL", expires=None)
    assert uri == "https://r.vn/p/CHA-CHIA-HL/10/L1"
    assert lot_page_path(lot="L1", gtin=None, product_code="CHA-CHIA-HL") == "/p/CHA-CHIA-HL/10/L1"
    scan = parse_scan(uri)
    assert (scan.product_code, scan.lot) == ("CHA-CHIA-HL", "L1")


def test_bad_gtin_is_refused() -> None:
    with pytest.raises(ValueError):
        gtin14("8936012340014")
    with pytest.raises(ValueError):
        gtin14("12ab")


def test_booth_card_and_offline_payloads() -> None:
    assert parse_scan(booth_payload(3, "a01")).booth_code == "A01"
    assert parse_scan("  ocop:b:3:A01 ").event_id == 3
    text = offline_payload(product_code="PATE-COT-DEN", lot="L7", name="Pate Cột Đèn", producer="Cột Đèn",
                           province="Hải Phòng", stars=4, produced=dt.date(2026, 10, 1), expires=None)
    scan = parse_scan(text)
    assert (scan.kind, scan.product_code, scan.lot) == ("lot", "PATE-COT-DEN", "L7")
    assert "OCOP 4 sao" in text and "NSX 01/10/2026" in text
    assert parse_scan("A01").kind == "text"


@given(st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=40)
       .filter(lambda s: s.strip() == s and s))
def test_any_lot_code_round_trips(lot: str) -> None:
    """Any printable lot code (the lot service allows far fewer) survives the URI and the scanner."""
    uri = lot_uri("https://r.vn", lot=lot, gtin="8936012340013", product_code="X", expires=None)
    assert parse_scan(uri).lot == lot


def test_control_characters_never_reach_a_query() -> None:
    """PostgreSQL refuses NUL in text; scanners send GS/FNC1 and tabs. The scan keeps only the text."""
    assert parse_scan("\x00").text == ""
    assert parse_scan("A0\x001\x1d").text == "A01"
    assert parse_scan("ocop:b:3:A\x0001").booth_code == "A01"
    scan = parse_scan("https://r.vn/p/SP%001/10/L%001")
    assert (scan.product_code, scan.lot) == ("SP1", "L1")
