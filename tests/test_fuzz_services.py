"""Bad input everywhere, part two: the services merged after the foundation (lots, check-in, live tallies and
snapshots, label templates) and their CLI commands, fuzzed with hypothesis.

Each input is either accepted, and then what was stored is consistent, or refused with a DomainError whose
message names the field, and then nothing stored changed (`unchanged`, from test_fuzz_input).
"""

from __future__ import annotations

import datetime as dt
import math
import weakref
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from ocop_desk.checkin import desk, lots
from ocop_desk.core.errors import DomainError
from ocop_desk.core.validate import EARLIEST, LATEST, MAX_DONG
from ocop_desk.fair.events import resolve_event
from ocop_desk.labels import templates
from ocop_desk.live import service as live
from ocop_desk.live.sessions import MAX_LIVE_PRICE, MAX_METRIC, MAX_NOTES
from ocop_desk.live.tally import MAX_COUNT
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import AuditEntry, Booth, LiveTally, Lot, Product
from tests.conftest import DEMO_DAY
from tests.test_fuzz_input import CONTROL, DATE_TEXT, HUGE_INTS, NASTY_TEXT, fingerprint, unchanged

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
ACTOR = Actor(operator="fuzz", station="fuzz")
COUNTS = st.one_of(HUGE_INTS, st.integers(min_value=-3, max_value=12), st.just(10**16))
MAYBE_COUNTS = st.one_of(st.none(), COUNTS)
LONG = "x" * 10_000


def refused_naming(exc: DomainError | None, *fields: str) -> None:
    assert exc is not None
    assert any(f in exc.message for f in fields), f"{exc.message!r} names none of {fields}"


def booth_and_product(store: Store) -> tuple[int, str, str]:
    """The demo event, booth A01 and one product of A01's producer."""
    event = resolve_event(store)
    with store.reading() as s:
        booth = s.scalar(select(Booth).where(Booth.event_id == event.id, Booth.code == "A01"))
        assert booth is not None
        code = s.scalar(select(Product.code).where(Product.producer_id == booth.producer_id).limit(1))
        assert code is not None
    return event.id, "A01", code


# Per store object (weak keys: a new test's store may reuse a collected store's id()).
_SESSIONS: weakref.WeakKeyDictionary[Store, tuple[int, int]] = weakref.WeakKeyDictionary()
_LABELLED: weakref.WeakSet[Store] = weakref.WeakSet()


def live_session(store: Store) -> tuple[int, int]:
    """An open live session of the demo (one per store), and a featured product's id."""
    key = store
    if key not in _SESSIONS:
        event_id, _, code = booth_and_product(store)
        info = live.start_session(store, ACTOR, event_id, DEMO_DAY, hosts=["Minh Anh"], product_refs=[code],
                                  started_at=dt.datetime(2026, 10, 14, 9, 0))
        _SESSIONS[key] = (info.id, info.products[0].product_id)
    return _SESSIONS[key]


# -- lots -------------------------------------------------------------------------------------------------

LOT_CODES = st.one_of(st.none(), NASTY_TEXT, st.from_regex(r"[A-Z0-9][A-Z0-9./_-]{0,25}", fullmatch=True),
                      st.sampled_from(["\x00", "L 01", "LÔ-01", "=1+1", "L01\n", LONG]))


@FUZZ
@given(quantity=COUNTS, code=LOT_CODES, produced=st.one_of(st.none(), DATE_TEXT),
       expires=st.one_of(st.none(), DATE_TEXT))
def test_add_lot_refuses_bad_input_without_a_trace(demo_store: Store, quantity: int, code: str | None,
                                                   produced: str | None, expires: str | None) -> None:
    event_id, booth, product = booth_and_product(demo_store)
    made: list[lots.LotResult] = []
    refused = unchanged(demo_store, lambda: made.append(lots.add_lot(
        demo_store, ACTOR, event_id, booth, product, quantity, lot_code=code, produced=produced,
        expires=expires, day=DEMO_DAY)))
    if refused is not None:
        refused_naming(refused, "Quantity", "Lot code", "Production date", "Expiry date")
        return
    record = made[0].record
    assert 1 <= record.quantity == quantity <= 10_000_000
    assert record.lot_code and len(record.lot_code) <= lots.LOT_CODE_MAX
    assert lots.check_lot_code(record.lot_code) == record.lot_code
    for day in (record.produced_on, record.expires_on):
        assert day is None or EARLIEST <= day <= LATEST
    with demo_store.reading() as s:
        row = s.get(Lot, record.id)
        assert row is not None and (row.quantity, row.lot_code) == (quantity, record.lot_code)


@pytest.mark.parametrize(("field", "kwargs"), [
    ("Quantity", {"quantity": -1}), ("Quantity", {"quantity": 0}), ("Quantity", {"quantity": 10**16}),
    ("Lot code", {"lot_code": "L\x0001"}), ("Lot code", {"lot_code": LONG}), ("Lot code", {"lot_code": "L 01"}),
    ("Production date", {"produced": "1899-01-01"}), ("Expiry date", {"expires": "31/12/2101"}),
    ("Expiry date", {"expires": "2026-02-30"}),
])
def test_named_lot_refusals(demo_store: Store, field: str, kwargs: dict[str, Any]) -> None:
    event_id, booth, product = booth_and_product(demo_store)
    args: dict[str, Any] = {"quantity": 5, **kwargs}
    quantity = args.pop("quantity")
    refused = unchanged(demo_store, lambda: lots.add_lot(demo_store, ACTOR, event_id, booth, product, quantity,
                                                         day=DEMO_DAY, **args))
    refused_naming(refused, field)


# -- check-in scans ---------------------------------------------------------------------------------------

SCANS = st.one_of(NASTY_TEXT, st.sampled_from(["A01", " a02 ", "OCOP:B:1:A01", "OCOP:B:999:A01", "A01\x00",
                                                "Z99", LONG, "OCOP:B:1:" + LONG, "\r\nA03\t"]),
                  st.builds(lambda c: "A01" + c, CONTROL))


@FUZZ
@given(scan=SCANS)
def test_any_scan_checks_a_registered_booth_in_or_changes_nothing(demo_store: Store, scan: str) -> None:
    event_id = resolve_event(demo_store).id
    before = fingerprint(demo_store)
    outcome = desk.check_in(demo_store, ACTOR, event_id, DEMO_DAY, scan)
    assert outcome.state in ("checked_in", "already", "unknown", "not_registered")
    if outcome.state == "checked_in":
        assert outcome.booth is not None and outcome.booth.code.upper() in scan.upper()
        assert outcome.by == ACTOR.operator
    else:
        assert fingerprint(demo_store) == before, outcome
    assert len(outcome.scan) <= len(scan)


# -- live tallies, snapshots, prices, the end of a session -------------------------------------------------

@FUZZ
@given(quantity=COUNTS, orders=COUNTS)
def test_add_count_refuses_impossible_counts(demo_store: Store, quantity: int, orders: int) -> None:
    session_id, product_id = live_session(demo_store)
    made: list[Any] = []
    refused = unchanged(demo_store, lambda: made.append(
        live.add_count(demo_store, ACTOR, session_id, product_id, quantity=quantity, orders=orders)))
    if refused is not None:
        refused_naming(refused, "Quantity", "Orders")
        assert not (1 <= quantity <= MAX_COUNT and 0 <= orders <= quantity)
        return
    assert 1 <= quantity <= MAX_COUNT and 0 <= orders <= quantity
    assert (made[0].quantity, made[0].orders) == (quantity, orders)


REASONS = st.one_of(st.none(), NASTY_TEXT, st.sampled_from(["\x00", "sai\nsố", LONG, "khách huỷ đơn"]))


@FUZZ
@given(dq=COUNTS, do=COUNTS, reason=REASONS)
def test_corrections_never_leave_negative_totals(demo_store: Store, dq: int, do: int, reason: str | None) -> None:
    session_id, product_id = live_session(demo_store)
    live.add_count(demo_store, ACTOR, session_id, product_id, quantity=5, orders=3)
    refused = unchanged(demo_store, lambda: live.correct(demo_store, ACTOR, session_id, product_id, dq, do, reason))
    if refused is not None:
        refused_naming(refused, "Quantity change", "Orders change", "Reason", "correction", "negative")
    with demo_store.reading() as s:
        rows = s.execute(select(LiveTally.quantity, LiveTally.orders)
                         .where(LiveTally.session_id == session_id, LiveTally.product_id == product_id)).all()
    assert sum(q for q, _ in rows) >= 0 and sum(o for _, o in rows) >= 0
    for q, o in rows:
        assert abs(q) <= MAX_COUNT and abs(o) <= MAX_COUNT


SNAPSHOT_FIELDS = ("viewers", "views", "likes", "comments", "shares", "reach")
SNAPSHOT_NAMES = ("Viewers", "Views", "Likes", "Comments", "Shares", "Reach", "figure", "Time")


@FUZZ
@given(values=st.fixed_dictionaries({k: MAYBE_COUNTS for k in SNAPSHOT_FIELDS}),
       taken=st.one_of(st.none(), DATE_TEXT, st.sampled_from(["2026-10-14 10:30", "9999-12-31T23:59", "\x00"])))
def test_snapshot_fields_refuse_bad_values(demo_store: Store, values: dict[str, int | None], taken: str | None) -> None:
    session_id, _ = live_session(demo_store)
    made: list[Any] = []
    refused = unchanged(demo_store, lambda: made.append(
        live.add_snapshot(demo_store, ACTOR, session_id, taken_at=taken, **values)))
    if refused is not None:
        refused_naming(refused, *SNAPSHOT_NAMES)
        return
    for key in SNAPSHOT_FIELDS:
        got = getattr(made[0], key)
        assert got == values[key] and (got is None or 0 <= got <= MAX_METRIC)


@FUZZ
@given(price=st.one_of(st.none(), COUNTS, st.just(MAX_LIVE_PRICE + 1), st.just(MAX_DONG)))
def test_live_price_within_limits(demo_store: Store, price: int | None) -> None:
    session_id, product_id = live_session(demo_store)
    made: list[Any] = []
    refused = unchanged(demo_store, lambda: made.append(
        live.set_live_price(demo_store, ACTOR, session_id, product_id, price)))
    if refused is not None:
        refused_naming(refused, "Live price")
        assert price is not None and not 0 <= price <= MAX_LIVE_PRICE
        return
    featured = made[0].product(product_id)
    assert featured is not None and featured.live_price == price


END_FIELDS = ("views", "unique_viewers", "peak_viewers", "reach", "sku_orders", "items_sold", "gmv", "direct_gmv")
END_NAMES = ("Views", "Unique viewers", "Peak concurrent viewers", "Reach", "SKU orders", "Items sold", "GMV",
             "End", "session end")


@FUZZ
@given(values=st.fixed_dictionaries({k: MAYBE_COUNTS for k in END_FIELDS}),
       ended=st.one_of(st.none(), DATE_TEXT, st.sampled_from(["2026-10-14 08:00", "2026-10-14T11:00"])))
def test_end_session_refuses_bad_figures(demo_store: Store, values: dict[str, int | None], ended: str | None) -> None:
    session_id, _ = live_session(demo_store)
    made: list[Any] = []
    refused = unchanged(demo_store, lambda: made.append(
        live.end_session(demo_store, ACTOR, session_id, ended_at=ended, **values)))
    if refused is not None:
        refused_naming(refused, *END_NAMES)
        return
    info = made[0]
    assert info.ended_at is not None and info.started_at is not None and info.ended_at >= info.started_at
    for key in END_FIELDS:
        if values[key] is not None:
            limit = MAX_DONG if key.endswith("gmv") else MAX_METRIC
            assert 0 <= values[key] <= limit  # type: ignore[operator]
    live.reopen_session(demo_store, ACTOR, session_id)


TEXTS = st.one_of(st.none(), NASTY_TEXT, st.sampled_from([LONG, "\x00", "Minh\x1bAnh", "a\u0085b"]))


@FUZZ
@given(host=NASTY_TEXT, title=TEXTS, channel=TEXTS, notes=st.one_of(TEXTS, st.just("y" * (MAX_NOTES + 1))))
def test_start_session_text_fields(demo_store: Store, host: str, title: str | None, channel: str | None,
                                   notes: str | None) -> None:
    event_id = resolve_event(demo_store).id
    made: list[Any] = []
    refused = unchanged(demo_store, lambda: made.append(live.start_session(
        demo_store, ACTOR, event_id, DEMO_DAY, hosts=[host], title=title, channel=channel, notes=notes)))
    if refused is not None:
        refused_naming(refused, "Host", "host", "Title", "Channel", "Notes")
        return
    info = made[0]
    for value in (*info.hosts, info.title, info.channel):
        assert value is None or (len(value) <= 300 and not any(ord(c) < 32 or 127 <= ord(c) <= 159 for c in value))


# -- the template editor's validation ---------------------------------------------------------------------

SIZES = st.one_of(st.floats(min_value=-10, max_value=400), st.floats(allow_nan=True, allow_infinity=True),
                  st.sampled_from([0, -1, 1e300, 10**30, "12,5", "abc", None, True]))
GRID = st.one_of(st.integers(min_value=-2, max_value=60), st.sampled_from([10**9, 2.5, "3", None, True]))


@FUZZ
@given(name=st.one_of(NASTY_TEXT, st.just("Nhãn 50×30")), page_w=SIZES, page_h=SIZES, label_w=SIZES,
       label_h=SIZES, columns=GRID, rows=GRID, margin=SIZES, gap=SIZES)
def test_template_editor_refuses_impossible_templates(demo_store: Store, name: str, page_w: Any, page_h: Any,
                                                      label_w: Any, label_h: Any, columns: Any, rows: Any,
                                                      margin: Any, gap: Any) -> None:
    spec = {"name": name, "kind": "sheet", "page_width": page_w, "page_height": page_h, "label_width": label_w,
            "label_height": label_h, "columns": columns, "rows": rows, "margin_left": margin, "margin_top": margin,
            "gap_x": gap, "gap_y": gap}
    made: list[templates.Template] = []
    refused = unchanged(demo_store, lambda: made.append(templates.save_template(demo_store, ACTOR, spec)))
    if refused is not None:
        problems = " ".join(getattr(refused, "problems", []) or [])
        assert refused.message.strip() and (problems or "mm" in refused.message or "name" in refused.message
                                            or "Template" in refused.message), refused.message
        return
    t = made[0]
    assert t.name and len(t.name) <= 120 and not any(ord(c) < 32 or 127 <= ord(c) <= 159 for c in t.name)
    assert 1 <= t.columns <= 50 and 1 <= t.rows <= 50
    assert t.label_width >= 15 and t.label_height >= 12
    for v in (t.page_width, t.page_height, t.label_width, t.label_height, t.margin_left, t.gap_x):
        assert math.isfinite(v) and 0 <= v <= templates.MAX_MM
    assert t.margin_left + t.columns * t.label_width + (t.columns - 1) * t.gap_x <= t.page_width + 0.05
    assert t.margin_top + t.rows * t.label_height + (t.rows - 1) * t.gap_y <= t.page_height + 0.05
    assert templates.get_template(demo_store, t.name).spec() == t.spec()


@pytest.mark.parametrize(("spec", "field"), [
    ({"name": "x" * 10_000}, "name"), ({"name": "nhãn\x00"}, "name"), ({"name": "a\nb"}, "name"),
    ({"title": "t" * 10_000}, "title"), ({"label_width": 300}, "page"), ({"label_width": 0}, "small"),
    ({"label_height": -5}, "label_height"), ({"page_width": 1e300, "page_height": 1e300}, "page_width"),
    ({"columns": 10**9}, "columns"), ({"rows": 0}, "rows"),
])
def test_named_template_refusals(demo_store: Store, spec: dict[str, Any], field: str) -> None:
    base = {"name": "nhan-thu", "kind": "sheet", "page_width": 210, "page_height": 297, "label_width": 70,
            "label_height": 37, "columns": 3, "rows": 8}
    refused = unchanged(demo_store, lambda: templates.save_template(demo_store, ACTOR, {**base, **spec}))
    assert refused is not None
    text = refused.message + " ".join(getattr(refused, "problems", []) or [])
    assert field in text, text


# -- the CLI's new commands -------------------------------------------------------------------------------

INT_TEXT = st.one_of(HUGE_INTS.map(str), st.sampled_from(["0", "-1", "1", "3", "1e3", "", "abc", "\x00", LONG]))
DAY_TEXT = st.one_of(DATE_TEXT, st.just("2026-10-14"), st.just("14/10/2026"))


@st.composite
def cli_commands(draw: st.DrawFn) -> list[str]:
    kind = draw(st.sampled_from(["checkin", "lot", "tally", "correct", "snapshot", "end", "labels", "export",
                                 "operator"]))
    if kind == "checkin":
        return ["checkin", draw(SCANS), "--day", draw(DAY_TEXT)]
    if kind == "lot":
        argv = ["lot", "add", draw(st.sampled_from(["A01", "a01", "Z9", LONG])), "PRODUCT", "--qty", draw(INT_TEXT),
                "--day", "2026-10-14"]
        code = draw(LOT_CODES)
        if code:
            argv += ["--lot=" + code]
        return argv + ["--produced", draw(DAY_TEXT), "--expires", draw(DAY_TEXT)]
    if kind == "tally":
        return ["live", "tally", "SESSION", "PRODUCT", "--qty", draw(INT_TEXT), "--orders", draw(INT_TEXT)]
    if kind == "correct":
        return ["live", "correct", "SESSION", "PRODUCT", "--qty", draw(INT_TEXT), "--orders", draw(INT_TEXT),
                "--reason=" + draw(st.one_of(NASTY_TEXT, st.just("x")))]
    if kind == "snapshot":
        name = draw(st.sampled_from(["viewers", "views", "likes", "comments", "shares", "reach"]))
        return ["live", "snapshot", "SESSION", f"--{name}", draw(INT_TEXT)]
    if kind == "end":
        return ["live", "end", "SESSION", "--gmv", draw(INT_TEXT), "--views", draw(INT_TEXT),
                "--at", draw(st.one_of(DAY_TEXT, st.just("2026-10-14T23:00")))]
    if kind == "labels":
        return ["labels", "out.pdf", "--booth", "A01", "--workers", "0", "--copies", draw(INT_TEXT),
                "--start", draw(INT_TEXT)]
    if kind == "export":
        return ["export", "out.xlsx", "--day", draw(DAY_TEXT)]
    return ["--operator", draw(st.one_of(NASTY_TEXT, st.just(LONG))), "checkin", "A02", "--day", "2026-10-14"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(argv=cli_commands())
def test_new_cli_commands_refuse_bad_arguments(cli, demo_store: Store, demo_db_path: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    session_id, product_id = live_session(demo_store)
    event_id, booth, product = booth_and_product(demo_store)
    if demo_store not in _LABELLED:
        lots.add_lot(demo_store, ACTOR, event_id, booth, product, 5, day=DEMO_DAY, produced="2026-10-01",
                     expires="2027-10-01")  # something to label
        _LABELLED.add(demo_store)
    argv = [str(session_id) if a == "SESSION" else product if a == "PRODUCT" else a for a in argv]
    before = fingerprint(demo_store)
    code, out, err = cli("--db", str(demo_db_path), *argv)
    assert code in (0, 1, 2, 3), err
    assert "Traceback" not in err
    if code != 0:
        # a refused scan reports its outcome on stdout (as --json does); every other refusal on stderr
        assert err.strip() or (argv[0] == "checkin" and out.strip())
        assert fingerprint(demo_store) == before, err
    if argv[0] == "--operator":
        with demo_store.reading() as s:
            names = set(s.scalars(select(AuditEntry.operator)))
        for name in names - {None}:
            assert name and len(name) <= 120 and not any(ord(c) < 32 or 127 <= ord(c) <= 159 for c in name), name
        if code == 1:
            assert "--operator" in err, err


@pytest.mark.parametrize(("argv", "named"), [
    (["--operator", "Hà\x00", "checkin", "A02"], "--operator"),
    (["--operator", LONG, "checkin", "A02"], "--operator"),
    (["lot", "add", "A01", "PRODUCT", "--qty", "-5"], "Quantity"),
    (["lot", "add", "A01", "PRODUCT", "--qty", "3", "--lot", "L\x1b1"], "Lot code"),
    (["lot", "add", "A01", "PRODUCT", "--qty", "3", "--expires", "2101-01-01"], "Expiry date"),
    (["live", "tally", "SESSION", "PRODUCT", "--qty", str(10**16)], "Quantity"),
    (["live", "snapshot", "SESSION", "--viewers", "-1"], "Viewers"),
    (["live", "snapshot", "SESSION", "--reach", str(10**16)], "Reach"),
    (["live", "end", "SESSION", "--gmv", str(10**16)], "GMV"),
    (["labels", "out.pdf", "--workers", "0", "--copies", "0"], "copies"),
    (["labels", "out.pdf", "--workers", "0", "--start", "0"], "position"),
    (["export", "out.xlsx", "--day", "1899-01-01"], "1899"),
    (["export", "out.xlsx", "--day", "\r"], "--day"),  # white space was an internal error (exit 4)
    (["checkin", "A01", "--day", " "], "--day"),
])
def test_named_cli_refusals(cli, demo_store: Store, demo_db_path: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                            monkeypatch: pytest.MonkeyPatch, argv: list[str], named: str) -> None:
    monkeypatch.chdir(tmp_path)
    session_id, _ = live_session(demo_store)
    event_id, booth, product = booth_and_product(demo_store)
    if argv[0] == "labels":
        lots.add_lot(demo_store, ACTOR, event_id, booth, product, 5, day=DEMO_DAY, produced="2026-10-01",
                     expires="2027-10-01")  # something to label
    argv = [str(session_id) if a == "SESSION" else product if a == "PRODUCT" else a for a in argv]
    if "--day" not in argv and argv[0] in ("checkin", "--operator", "lot"):
        argv += ["--day", "2026-10-14"]
    before = fingerprint(demo_store)
    code, _, err = cli("--db", str(demo_db_path), *argv)
    assert code in (1, 2), err
    assert named.lower() in err.lower(), err
    assert fingerprint(demo_store) == before
    assert not (tmp_path / "out.pdf").exists() and not (tmp_path / "out.xlsx").exists()


# -- the import: bad values in a registration file ----------------------------------------------------------

IMPORT_TEXT = st.one_of(NASTY_TEXT.filter(lambda t: "\x00" not in t and "\r" not in t and "\n" not in t),
                        st.sampled_from(["x" * 10_000, "Mật ong\x1b", "=1+1", "Cơ sở Hoa Sen"]))
IMPORT_PRICE = st.one_of(HUGE_INTS.map(str), st.sampled_from(["-50000", "10000000000000000", "120.000 đ", "", "abc",
                                                               "1e20", "0"]))
IMPORT_DATE = st.one_of(DATE_TEXT.filter(lambda t: "\x00" not in t and "\r" not in t and "\n" not in t),
                        st.sampled_from(["1899-12-31", "01/01/2101", "31/12/2027", ""]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(producer=IMPORT_TEXT, product=IMPORT_TEXT, price=IMPORT_PRICE, stars=st.sampled_from(["", "0", "3", "9", "-1",
                                                                                            "★★★★"]),
       expires=IMPORT_DATE)
def test_import_refuses_bad_values_with_the_row_and_column(demo_store: Store, tmp_path: Path, producer: str,
                                                           product: str, price: str, stars: str,
                                                           expires: str) -> None:
    import csv

    from ocop_desk.core.errors import ValidationFailed
    from ocop_desk.registration import importer

    path = tmp_path / "dang-ky.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter=";")
        out.writerow(["Gian hàng", "Tên chủ thể", "Tên sản phẩm", "Giá bán", "Hạng sao", "Hạn chứng nhận"])
        out.writerow(["C09", producer, product, price, stars, expires])
    made: list[Any] = []
    before = fingerprint(demo_store)
    try:
        made.append(importer.import_registration(demo_store, ACTOR, path, today=DEMO_DAY))
    except ValidationFailed as exc:
        assert fingerprint(demo_store) == before, exc.message
        assert exc.problems and all("row" in p.lower() for p in exc.problems), exc.problems
        return
    except DomainError as exc:
        assert fingerprint(demo_store) == before, exc.message
        assert exc.message.strip()
        return
    assert made[0].written
    with demo_store.reading() as s:
        rows = list(s.scalars(select(Product).where(Product.name == " ".join(product.split()))))
    for row in rows:
        assert len(row.name) <= 300 and not any(ord(c) < 32 or 127 <= ord(c) <= 159 for c in row.name)
        assert row.price is None or 0 <= row.price <= MAX_DONG
        assert row.star_rating is None or 1 <= row.star_rating <= 5
        assert row.certificate_expires is None or EARLIEST <= row.certificate_expires <= LATEST


@pytest.mark.parametrize(("cells", "column"), [
    ({}, None),
    ({"price": "-50000"}, "Giá bán"), ({"price": str(10**16)}, "Giá bán"),
    ({"product": "x" * 10_000}, "Tên sản phẩm"), ({"producer": "Cơ sở\x1bHoa"}, "Tên chủ thể"),
    ({"expires": "01/01/2101"}, "Hạn chứng nhận"), ({"expires": "1899-12-31"}, "Hạn chứng nhận"),
    ({"stars": "9"}, "Hạng sao"),
])
def test_named_import_refusals(demo_store: Store, tmp_path: Path, cells: dict[str, str], column: str | None) -> None:
    import csv

    from ocop_desk.core.errors import ValidationFailed
    from ocop_desk.registration import importer

    row = {"booth": "C09", "producer": "Cơ sở Hoa Sen", "product": "Trà sen Tây Hồ", "price": "120.000 đ",
           "stars": "4", "expires": "31/12/2027", **cells}
    path = tmp_path / "dang-ky.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter=";")
        out.writerow(["Gian hàng", "Tên chủ thể", "Tên sản phẩm", "Giá bán", "Hạng sao", "Hạn chứng nhận"])
        out.writerow(list(row.values()))
    before = fingerprint(demo_store)
    if column is None:
        assert importer.import_registration(demo_store, ACTOR, path, today=DEMO_DAY).written
        return
    with pytest.raises(ValidationFailed) as info:
        importer.import_registration(demo_store, ACTOR, path, today=DEMO_DAY)
    assert fingerprint(demo_store) == before
    assert any(column in p and "row 2" in p for p in info.value.problems), info.value.problems
