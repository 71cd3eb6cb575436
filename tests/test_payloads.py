from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ocop_desk.core.errors import DomainError
from ocop_desk.core.payloads import (
    AI17_MAX_YEARS_AHEAD,
    RESOLVER_MAX,
    booth_payload,
    check_expiry,
    clean_resolver,
    expiry_problem,
    gtin14,
    lot_page_path,
    lot_uri,
    offline_payload,
    parse_scan,
)


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


def test_expiry_beyond_what_ai17_carries_is_refused() -> None:
    """GS1 readers put YY more than 50 years ahead in the last century: 2080 would read as 1980."""
    today = dt.date.today()
    fits = today.replace(year=today.year + AI17_MAX_YEARS_AHEAD, day=1)
    too_far = today.replace(year=today.year + AI17_MAX_YEARS_AHEAD + 1, day=1)
    uri = lot_uri("https://r.vn", lot="L1", gtin="8936012340013", product_code="X", expires=fits)
    assert parse_scan(uri).expires == fits
    assert expiry_problem(fits) is None and check_expiry(fits, "HSD") == fits
    with pytest.raises(ValueError):
        lot_uri("https://r.vn", lot="L1", gtin="8936012340013", product_code="X", expires=too_far)
    problem = expiry_problem(dt.date(2080, 12, 31), today=dt.date(2026, 1, 1))
    assert problem and "31/12/1980" in problem
    with pytest.raises(DomainError, match="HSD: an expiry date more than 49 years ahead"):
        check_expiry(too_far, "HSD")


def test_lot_service_refuses_such_an_expiry(demo_store, actor) -> None:  # type: ignore[no-untyped-def]
    from ocop_desk.checkin.lots import add_lot

    with pytest.raises(DomainError, match="would be read from a GS1 QR code as"):
        add_lot(demo_store, actor, 1, "A01", "anything", 1, expires="2099-01-01")


@pytest.mark.parametrize("code", ["A|B", "50%", "%7C", "|", "A%25|%"])
def test_offline_separator_is_escaped(code: str) -> None:
    text = offline_payload(product_code=code, lot="L|1%", name="N", producer="P", province=None, stars=None,
                           produced=None, expires=None)
    assert text.splitlines()[0].count("|") == 2
    scan = parse_scan(text)
    assert (scan.product_code, scan.lot) == (code, "L|1%")


def test_resolver_is_stored_as_an_ascii_uri_that_fits_a_qr() -> None:
    assert clean_resolver(" https://Truyxuất.Example.vn/ocop/ ") == "https://xn--truyxut-co4c.example.vn/ocop"
    assert clean_resolver("http://r.vn:8080/tra cứu".replace(" ", "-")) == "http://r.vn:8080/tra-c%E1%BB%A9u"
    assert clean_resolver("") is None and clean_resolver(None) is None
    uri = lot_uri("https://truyxuất.vn", lot="L1", gtin=None, product_code="X", expires=None)
    assert uri.isascii() and uri.startswith("https://xn--truyxut-co4c.vn/p/X/")  # an address stored before
    for bad in ("ftp://r.vn", "https://r.vn/?a=1", "https://user@r.vn", "r.vn", "https://r .vn", "https://"):
        with pytest.raises(DomainError, match="not a web address"):
            clean_resolver(bad)
    longest = "https://" + "a" * (RESOLVER_MAX - 11) + ".vn"
    assert clean_resolver(longest) == longest
    with pytest.raises(DomainError, match=f"at most {RESOLVER_MAX}"):
        clean_resolver(longest + "x")
    with pytest.raises(DomainError):
        clean_resolver("https://" + "x" * 99_000 + ".vn")
    with pytest.raises(DomainError, match="host name"):
        clean_resolver("https://" + "ấ" * 70 + ".vn")  # a label longer than DNS allows
