"""Bad input everywhere, fuzzed with hypothesis: a refused input says why and changes nothing stored.

Covers the services on this branch (events, validate, backup settings, payloads) and the CLI's argument
parsing. Other services add their own strategies here after merging (see `unchanged`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from ocop_desk.core import payloads
from ocop_desk.core.errors import DomainError
from ocop_desk.core.validate import (
    EARLIEST,
    LATEST,
    MAX_DONG,
    check_count,
    check_money,
    clean_text,
    parse_date,
)
from ocop_desk.fair import events
from ocop_desk.store import backup
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import Base

FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
ACTOR = Actor(operator="fuzz", station="fuzz")

CONTROL = st.characters(min_codepoint=0, max_codepoint=31) | st.sampled_from(["\x7f", "\x85", "\x9f"])
NASTY_TEXT = st.one_of(
    st.text(max_size=40),
    st.text(min_size=301, max_size=10_000),                          # far too long
    st.builds(lambda a, c, b: a + c + b, st.text(max_size=10), CONTROL, st.text(max_size=10)),
    st.just(""), st.just("   "), st.just("Chợ phiên OCOP Hải Phòng"),
    st.text(alphabet="ảạấầẩẫậăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữự ", min_size=1, max_size=40),
)
DATE_TEXT = st.one_of(
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)).map(lambda d: d.isoformat()),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 1, 1)).map(lambda d: d.strftime("%d/%m/%Y")),
    st.text(max_size=20),
    st.sampled_from(["2026-02-30", "31/04/2026", "2026-13-01", "00/00/0000", "2026-10-14T09:00", "-1"]),
)
HUGE_INTS = st.one_of(st.integers(), st.integers(min_value=MAX_DONG - 3, max_value=MAX_DONG + 3),
                      st.integers(min_value=2**63 - 2, max_value=2**64), st.integers(max_value=-1))


def fingerprint(store: Store) -> str:
    """Every row of every table: equal fingerprints mean nothing stored changed."""
    digest = hashlib.sha256()
    with store.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            for row in conn.execute(text(f"SELECT * FROM {table.name} ORDER BY 1")):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def unchanged(store: Store, action: Callable[[], Any]) -> DomainError | None:
    """Run `action`; when it refuses (DomainError) the database must be exactly as before."""
    before = fingerprint(store)
    try:
        action()
    except DomainError as exc:
        assert exc.message.strip(), "a refusal must say why"
        assert fingerprint(store) == before, f"refused input changed the database: {exc}"
        return exc
    return None


@FUZZ
@given(name=NASTY_TEXT, start=DATE_TEXT, end=DATE_TEXT, venue=st.one_of(st.none(), NASTY_TEXT))
def test_create_event_refuses_bad_input_without_a_trace(demo_store: Store, name: str, start: str, end: str,
                                                       venue: str | None) -> None:
    made: list[events.EventInfo] = []
    refused = unchanged(demo_store, lambda: made.append(
        events.create_event(demo_store, ACTOR, name, start, end, venue=venue)))
    if refused is None:  # accepted: then it really was fine
        created = events.get_event(demo_store, made[0].id)
        assert created.name == clean_text(name, "n", required=True)
        assert EARLIEST <= created.starts_on <= created.ends_on <= LATEST
        assert len(created.days) <= events.MAX_EVENT_DAYS


@FUZZ
@given(value=st.one_of(HUGE_INTS, st.floats(allow_nan=True), st.booleans(), st.none(), st.text(max_size=5)))
def test_money_and_counts_beyond_limits_are_refused(value: Any) -> None:
    for check in (lambda v: check_money(v, "Giá"), lambda v: check_count(v, "Số lượng")):
        try:
            result = check(value)
        except DomainError as exc:
            assert "Giá" in exc.message or "Số lượng" in exc.message  # the message names the field
            continue
        assert result is None or (isinstance(result, int) and not isinstance(result, bool))
        assert result is None or 0 <= result <= MAX_DONG


@FUZZ
@given(value=DATE_TEXT)
def test_dates_are_parsed_in_range_or_refused(value: str) -> None:
    try:
        parsed = parse_date(value, "NSX")
    except DomainError as exc:
        assert exc.message.startswith("NSX")
        return
    assert parsed is None or EARLIEST <= parsed <= LATEST


@FUZZ
@given(value=NASTY_TEXT)
def test_text_is_clean_or_refused(value: str) -> None:
    try:
        cleaned = clean_text(value, "Tên", max_len=300)
    except DomainError as exc:
        assert exc.message.startswith("Tên")
        return
    assert cleaned is None or (0 < len(cleaned) <= 300 and cleaned == cleaned.strip()
                               and not any(ord(c) < 32 or 127 <= ord(c) <= 159 for c in cleaned))


@FUZZ
@given(interval=HUGE_INTS, keep=HUGE_INTS)
def test_backup_settings_refuse_out_of_range(demo_store: Store, interval: int, keep: int) -> None:
    valid = 1 <= interval <= backup.MAX_INTERVAL_MINUTES and 1 <= keep <= backup.MAX_KEEP
    refused = unchanged(demo_store, lambda: backup.set_backup_settings(demo_store, ACTOR, interval, keep))
    assert (refused is None) == valid


@FUZZ
@given(raw=st.text(max_size=300))
def test_any_scan_text_is_recognised_or_plain_text(raw: str) -> None:
    scan = payloads.parse_scan(raw)
    assert scan.kind in ("lot", "booth", "text")
    if scan.kind == "booth":
        assert scan.event_id is not None and scan.booth_code


@FUZZ
# Printable lot codes (the lot service allows far fewer); scans drop control characters by design.
@given(lot=st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=40)
       .filter(lambda s: s.strip() == s),
       code=st.from_regex(r"[A-Z0-9][A-Z0-9-]{0,20}", fullmatch=True),
       expires=st.one_of(st.none(), st.dates(min_value=dt.date(dt.date.today().year - 49, 1, 1),
                                             max_value=dt.date(dt.date.today().year + 50, 12, 31))))
def test_lot_links_round_trip_any_lot_code(lot: str, code: str, expires: dt.date | None) -> None:
    uri = payloads.lot_uri("https://truyxuat.example.vn", lot=lot, gtin=None, product_code=code, expires=expires)
    scan = payloads.parse_scan(uri)
    assert (scan.kind, scan.product_code, scan.lot, scan.expires) == ("lot", code, lot, expires)


ARG_VOCAB = st.sampled_from([
    "event", "create", "list", "use", "demo", "backup", "restore", "--list", "--latest", "--yes", "--json",
    "--from", "--to", "--days", "--venue", "--province", "--event", "--operator", "--lang", "vi", "en", "0",
    "-1", "999999999999999999999", "2026-10-14", "31/12/2101", "1989-12-31", "abc", "", "\x00", "x" * 10_000,
])


@FUZZ
@given(argv=st.lists(st.one_of(ARG_VOCAB, st.text(max_size=30)), max_size=8))
def test_cli_never_crashes_and_refusals_change_nothing(cli, demo_store: Store, demo_db_path, argv: list[str]) -> None:  # type: ignore[no-untyped-def]
    assume("--db" not in argv and "demo" not in argv)  # the sample may legitimately be loaded again
    assume(not any(a.startswith("-") and "db".startswith(a.lstrip("-")) for a in argv))  # --d, --db prefixes
    before = fingerprint(demo_store)
    code, out, err = cli("--db", str(demo_db_path), *argv)
    assert code in (0, 1, 2, 3), err  # 4 would be a bug
    assert "Traceback" not in err
    if code != 0:
        assert err.strip()
        if code in (1, 3):
            assert fingerprint(demo_store) == before, err


@pytest.mark.parametrize("name", ["\x00", "a\tb", "tên\ndòng hai", "x" * 10_000, "\u200b" * 301])
def test_named_cases_are_refused_with_the_field_named(demo_store: Store, name: str) -> None:
    refused = unchanged(demo_store, lambda: events.create_event(demo_store, ACTOR, name, "2026-01-01", "2026-01-01"))
    assert refused is not None and "Event name" in refused.message


def test_gs1_expiry_century_rule() -> None:
    """Found by the fuzzer: strptime read ?17=690101 as 1969; GS1 says 2069 (within 50 years ahead)."""
    today = dt.date(2026, 11, 21)
    assert payloads.gs1_date("690101", today) == dt.date(2069, 1, 1)
    assert payloads.gs1_date("761231", today) == dt.date(2076, 12, 31)
    assert payloads.gs1_date("770101", today) == dt.date(1977, 1, 1)
    assert payloads.gs1_date("270200", today) == dt.date(2027, 2, 28)  # DD 00: the month's last day
    with pytest.raises(ValueError):
        payloads.gs1_date("271332", today)
    with pytest.raises(ValueError):
        payloads.gs1_date("271300", today)
