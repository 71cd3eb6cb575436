"""Live sessions and tallies at the service layer: counts are rows, totals are sums, bad input changes nothing."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ocop_desk.core.errors import DomainError, NotFound
from ocop_desk.core.payloads import lot_uri, offline_payload
from ocop_desk.fair.events import resolve_event
from ocop_desk.live import service as live
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import AuditEntry, LiveSession, LiveTally, ViewerSnapshot
from tests.conftest import DEMO_DAY

ROOT = Path(__file__).resolve().parent.parent
PRODUCTS = ["CHA-CHIA-HL", "8936012340037", "MAT-ONG-TH"]  # a code, a GTIN-13, a code


def start(store: Store, actor: Actor, **kw: object) -> live.SessionInfo:
    event = resolve_event(store)
    args: dict[str, object] = dict(platform="tiktok", hosts=["Quang Linh", "Hằng Du Mục"], title="Phiên sáng",
                                   channel="OCOP Hải Phòng", product_refs=PRODUCTS)
    args.update(kw)
    return live.start_session(store, actor, event.id, DEMO_DAY, **args)  # type: ignore[arg-type]


def snapshot_of_store(store: Store) -> tuple[int, ...]:
    """Row counts of everything a live action may write (to prove a refusal wrote nothing)."""
    with store.reading() as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) or 0
                     for t in (LiveSession, LiveTally, ViewerSnapshot, AuditEntry))


def test_start_session_with_hosts_products_in_show_order(demo_store: Store, actor: Actor) -> None:
    info = start(demo_store, actor)
    assert info.status == "live" and info.platform == "tiktok" and info.platform_name == "TikTok Shop"
    assert info.hosts == ("Quang Linh", "Hằng Du Mục")
    assert [p.code for p in info.products] == ["CHA-CHIA-HL", "NM-CAT-HAI-40", "MAT-ONG-TH"]
    assert [p.price for p in info.products] == [280_000, 120_000, 180_000]
    assert info.day == DEMO_DAY
    second = start(demo_store, actor, platform="facebook", hosts=["Minh Anh"], product_refs=["PATE-COT-DEN"])
    listed = live.list_sessions(demo_store, info.event_id, DEMO_DAY)
    assert [s.id for s in listed] == [info.id, second.id]  # parallel sessions on one day
    assert live.list_sessions(demo_store, info.event_id, DEMO_DAY + dt.timedelta(days=1)) == []
    labels = live.session_labels(demo_store, info.event_id, DEMO_DAY)
    assert [(s.id, s.hosts, s.status, s.platform_name) for s in labels] == [
        (info.id, ("Quang Linh", "Hằng Du Mục"), "live", "TikTok Shop"), (second.id, ("Minh Anh",), "live", "Facebook")]


def test_counts_corrections_and_undo_rebuild_the_totals(demo_store: Store, actor: Actor) -> None:
    info = start(demo_store, actor)
    cha, mam, mat = (p.product_id for p in info.products)
    live.add_count(demo_store, actor, info.id, cha)
    live.add_count(demo_store, actor, info.id, cha, quantity=3, orders=1, source="mouse")
    live.add_count(demo_store, actor, info.id, mam, quantity=2, orders=2)
    fix = live.correct(demo_store, actor, info.id, cha, -1, 0, "counted twice")
    assert fix.kind == "correction" and fix.quantity == -1
    live.add_count(demo_store, actor, info.id, mat, quantity=5)
    undo = live.undo_last(demo_store, actor, info.id)
    assert undo is not None and undo.kind == "undo" and undo.quantity == -5 and undo.orders == -1
    totals = live.session_totals(demo_store, info.id)
    assert (totals.product(cha).items, totals.product(cha).orders) == (3, 2)  # type: ignore[union-attr]
    assert totals.product(mat).items == 0  # type: ignore[union-attr]
    assert totals.items == 5 and totals.orders == 4
    assert totals.revenue == 3 * 280_000 + 2 * 120_000
    # the second undo reverses the correction, the third the count before it
    assert live.undo_last(demo_store, actor, info.id).reverses_id == fix.id  # type: ignore[union-attr]
    assert live.session_totals(demo_store, info.id).product(cha).items == 4  # type: ignore[union-attr]
    events = live.tally_events(demo_store, info.id)
    assert [e.kind for e in events] == ["undo", "undo", "count", "correction", "count", "count", "count"]
    assert events[3].reason == "counted twice" and events[3].operator == "Nguyễn Thu Hà"
    with demo_store.reading() as s:  # every count is also in the audit log
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "live_tally")) == 7


def test_undo_only_reverses_this_stations_counts(demo_store: Store, actor: Actor) -> None:
    info = start(demo_store, actor)
    other = Actor(operator="Lan", station="desk-2")
    pid = info.products[0].product_id
    live.add_count(demo_store, actor, info.id, pid)
    live.add_count(demo_store, other, info.id, pid, quantity=2)
    undo = live.undo_last(demo_store, actor, info.id)
    assert undo is not None and undo.quantity == -1
    assert live.undo_last(demo_store, actor, info.id) is None
    assert live.session_totals(demo_store, info.id).items == 2


def test_live_price_applies_to_later_counts(demo_store: Store, actor: Actor) -> None:
    info = start(demo_store, actor)
    pid = info.products[0].product_id
    live.add_count(demo_store, actor, info.id, pid)
    updated = live.set_live_price(demo_store, actor, info.id, pid, 199_000)
    assert updated.products[0].price == 199_000 and updated.products[0].list_price == 280_000
    live.add_count(demo_store, actor, info.id, pid, quantity=2)
    assert live.session_totals(demo_store, info.id).revenue == 280_000 + 2 * 199_000
    with pytest.raises(DomainError, match="Live price must be between 0 and"):
        live.set_live_price(demo_store, actor, info.id, pid, 10**16)
    with pytest.raises(DomainError, match="Live price must be between"):
        live.set_live_price(demo_store, actor, info.id, pid, -5)


def test_scans_of_digital_link_offline_text_and_barcodes(demo_store: Store, actor: Actor) -> None:
    info = start(demo_store, actor)
    uri = lot_uri("https://truyxuat.example.vn", lot="L-01", gtin="8936012340013", product_code="CHA-CHIA-HL",
                  expires=dt.date(2027, 1, 1))
    assert live.add_scan(demo_store, actor, info.id, uri).product_code == "CHA-CHIA-HL"
    text = offline_payload(product_code="MAT-ONG-TH", lot="MO-7", name="Mật ong Tùng Hằng", producer="HTX",
                           province=None, stars=4, produced=None, expires=None)
    assert live.add_scan(demo_store, actor, info.id, text).product_code == "MAT-ONG-TH"
    assert live.add_scan(demo_store, actor, info.id, "08936012340037\n").product_code == "NM-CAT-HAI-40"
    totals = live.session_totals(demo_store, info.id)
    assert totals.items == 3 and totals.orders == 3
    before = snapshot_of_store(demo_store)
    with pytest.raises(DomainError, match="booth card"):
        live.add_scan(demo_store, actor, info.id, "OCOP:B:1:A01")
    with pytest.raises(DomainError, match="not featured in this session"):
        live.add_scan(demo_store, actor, info.id, "PATE-COT-DEN")
    with pytest.raises(NotFound, match="No product has the code"):
        live.add_scan(demo_store, actor, info.id, "hello world")
    with pytest.raises(DomainError, match="does not know"):
        live.add_scan(demo_store, actor, info.id, "https://x.vn/01/00000000000000/10/L1")
    assert snapshot_of_store(demo_store) == before


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (dict(quantity=0), "Quantity must be between 1 and 10000"),
        (dict(quantity=-3), "Quantity must be between 1"),
        (dict(quantity=10**9), "Quantity must be between"),
        (dict(quantity=2, orders=3), "Orders must be between 0 and 2"),
        (dict(source="telepathy"), "Unknown count source"),
    ],
)
def test_bad_counts_are_refused_and_store_nothing(demo_store: Store, actor: Actor, kwargs: dict[str, object],
                                                  message: str) -> None:
    info = start(demo_store, actor)
    before = snapshot_of_store(demo_store)
    with pytest.raises(DomainError, match=message):
        live.add_count(demo_store, actor, info.id, info.products[0].product_id, **kwargs)  # type: ignore[arg-type]
    assert snapshot_of_store(demo_store) == before


def test_negative_totals_are_refused_with_the_current_figures(demo_store: Store, actor: Actor) -> None:
    info = start(demo_store, actor)
    pid = info.products[0].product_id
    live.add_count(demo_store, actor, info.id, pid, quantity=2, orders=1)
    before = snapshot_of_store(demo_store)
    with pytest.raises(DomainError, match="would leave -1 items") as err:
        live.correct(demo_store, actor, info.id, pid, -3, 0, "oops")
    assert "now has 2 items in 1 orders" in str(err.value)
    with pytest.raises(DomainError, match="must change"):
        live.correct(demo_store, actor, info.id, pid, 0, 0, "nothing")
    with pytest.raises(DomainError, match="control characters"):
        live.correct(demo_store, actor, info.id, pid, -1, 0, "bad\x07reason")
    assert snapshot_of_store(demo_store) == before
    # the tile's −1 takes an order off only when items would fall below orders
    assert live.minus_one(demo_store, actor, info.id, pid).orders == 0
    assert live.minus_one(demo_store, actor, info.id, pid).orders == -1
    with pytest.raises(DomainError, match="cannot be negative"):
        live.minus_one(demo_store, actor, info.id, pid)


def test_end_with_platform_totals_compare_and_reopen(demo_store: Store, actor: Actor) -> None:
    info = start(demo_store, actor, started_at=dt.datetime(2026, 10, 14, 8, 0, tzinfo=dt.UTC))
    pid = info.products[0].product_id
    live.add_count(demo_store, actor, info.id, pid, quantity=4, orders=3)
    live.add_snapshot(demo_store, actor, info.id, viewers=1200, views=5000, reach=90_000,
                      taken_at=dt.datetime(2026, 10, 14, 8, 30, tzinfo=dt.UTC))
    live.add_snapshot(demo_store, actor, info.id, viewers=3400, views=12_000,
                      taken_at=dt.datetime(2026, 10, 14, 9, 0, tzinfo=dt.UTC))
    before = snapshot_of_store(demo_store)
    with pytest.raises(DomainError, match="cannot end before it starts"):
        live.end_session(demo_store, actor, info.id, ended_at=dt.datetime(2026, 10, 14, 7, 0, tzinfo=dt.UTC))
    with pytest.raises(DomainError, match="GMV must be between 0 and"):
        live.end_session(demo_store, actor, info.id, gmv=10**16)
    with pytest.raises(DomainError, match="Views must be between 0"):
        live.end_session(demo_store, actor, info.id, views=-1)
    assert snapshot_of_store(demo_store) == before
    ended = live.end_session(demo_store, actor, info.id, ended_at=dt.datetime(2026, 10, 14, 12, 0, tzinfo=dt.UTC),
                             views=578_000, peak_viewers=3400, reach=20_700_000, sku_orders=5, items_sold=4,
                             gmv=1_120_000, direct_gmv=900_000, unique_viewers=300_000)
    assert ended.status == "ended" and ended.platform_totals.views == 578_000
    with pytest.raises(DomainError, match="has ended"):
        live.add_count(demo_store, actor, info.id, pid)
    detail = live.session_detail(demo_store, info.id)
    rows = {d.metric: d for d in detail.comparison}
    assert rows["items_sold"].differs is False and rows["gmv"].differs is False
    assert rows["sku_orders"].difference == 2 and rows["sku_orders"].differs
    assert rows["peak_viewers"].tally == 3400 and rows["views"].tally == 12_000
    assert rows["unique_viewers"].tally is None and not rows["unique_viewers"].differs
    assert [s.viewers for s in detail.snapshots] == [1200, 3400]
    reopened = live.reopen_session(demo_store, actor, info.id)
    assert reopened.status == "live" and reopened.platform_totals.gmv == 1_120_000
    live.add_count(demo_store, actor, info.id, pid)
    with pytest.raises(DomainError, match="has not ended"):
        live.reopen_session(demo_store, actor, info.id)
    # ending again keeps the figures typed before
    again = live.end_session(demo_store, actor, info.id, items_sold=5)
    assert again.platform_totals.items_sold == 5 and again.platform_totals.views == 578_000


def test_update_session_after_the_fact(demo_store: Store, actor: Actor) -> None:
    info = start(demo_store, actor, started_at=dt.datetime(2026, 10, 14, 8, 0, tzinfo=dt.UTC))
    cha = info.products[0].product_id
    live.add_count(demo_store, actor, info.id, cha)
    live.end_session(demo_store, actor, info.id, ended_at=dt.datetime(2026, 10, 14, 10, 0, tzinfo=dt.UTC))
    updated = live.update_session(demo_store, actor, info.id, title="Phiên chiều", hosts=["Bà Tân"],
                                  product_refs=["MAT-ONG-TH", "CHA-CHIA-HL", "PATE-COT-DEN"],
                                  notes="Hai dòng\nghi chú", platform="Shopee")
    assert updated.title == "Phiên chiều" and updated.hosts == ("Bà Tân",) and updated.platform == "shopee"
    assert [p.code for p in updated.products] == ["MAT-ONG-TH", "CHA-CHIA-HL", "PATE-COT-DEN"]
    assert updated.notes == "Hai dòng\nghi chú"
    before = snapshot_of_store(demo_store)
    with pytest.raises(DomainError, match="already has counts"):
        live.update_session(demo_store, actor, info.id, product_refs=["MAT-ONG-TH"])
    with pytest.raises(DomainError, match="before its start"):
        live.update_session(demo_store, actor, info.id, started_at=dt.datetime(2026, 10, 14, 11, 0, tzinfo=dt.UTC))
    with pytest.raises(DomainError, match="at least one host"):
        live.update_session(demo_store, actor, info.id, hosts=["  "])
    with pytest.raises(DomainError, match="most allowed is 200"):
        live.update_session(demo_store, actor, info.id, hosts=["x" * 10_000])
    with pytest.raises(DomainError, match="most allowed is 300"):
        live.update_session(demo_store, actor, info.id, title="t" * 10_000)
    with pytest.raises(DomainError, match="control characters"):
        live.update_session(demo_store, actor, info.id, channel="a\x00b")
    with pytest.raises(DomainError, match="Unknown platform"):
        live.update_session(demo_store, actor, info.id, platform="myspace")
    with pytest.raises(DomainError, match="listed twice"):
        live.update_session(demo_store, actor, info.id, product_refs=["CHA-CHIA-HL", "8936012340013"])
    assert snapshot_of_store(demo_store) == before
    assert live.get_session(demo_store, info.id).title == "Phiên chiều"


def test_start_refuses_bad_input_and_stores_nothing(demo_store: Store, store: Store, actor: Actor) -> None:
    event = resolve_event(demo_store)
    before = snapshot_of_store(demo_store)
    cases: list[tuple[dict[str, object], str]] = [
        (dict(hosts=[]), "at least one host"),
        (dict(hosts=["A"], product_refs=["NO-SUCH"]), "No product has the code"),
        (dict(hosts=["A"], platform="tivi"), "Unknown platform"),
        (dict(hosts=["A"], planned_start="2026-10-14 10:00", planned_end="2026-10-14 09:00"), "before its start"),
        (dict(hosts=["A"], planned_start="tomorrow"), "is not a time"),
        (dict(hosts=["A"], notes="n" * 10_001), "most allowed is 5000"),
    ]
    for kwargs, message in cases:
        with pytest.raises(DomainError, match=message):
            live.start_session(demo_store, actor, event.id, DEMO_DAY, **kwargs)  # type: ignore[arg-type]
    with pytest.raises(DomainError, match="is not a day of this event"):
        live.start_session(demo_store, actor, event.id, dt.date(2030, 1, 1), hosts=["A"])
    with pytest.raises(NotFound, match="no live session with id 999"):
        live.add_count(demo_store, actor, 999, 1)
    assert snapshot_of_store(demo_store) == before


def test_snapshot_needs_a_figure_and_sane_numbers(demo_store: Store, actor: Actor) -> None:
    info = start(demo_store, actor)
    before = snapshot_of_store(demo_store)
    with pytest.raises(DomainError, match="at least one figure"):
        live.add_snapshot(demo_store, actor, info.id)
    with pytest.raises(DomainError, match="Viewers must be between 0 and"):
        live.add_snapshot(demo_store, actor, info.id, viewers=10**13)
    with pytest.raises(DomainError, match="Likes must be a whole number"):
        live.add_snapshot(demo_store, actor, info.id, likes=1.5)  # type: ignore[arg-type]
    assert snapshot_of_store(demo_store) == before
    snap = live.add_snapshot(demo_store, actor, info.id, viewers=10, likes=3)
    assert live.snapshots(demo_store, info.id) == [snap]


_WORKER = """
import sys
from ocop_desk.live import service as live
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
store = Store.open(sys.argv[1])
actor = Actor(operator="w" + sys.argv[4], station="station-" + sys.argv[4])
for _ in range(int(sys.argv[3])):
    live.add_count(store, actor, int(sys.argv[2]), int(sys.argv[5]))
store.close()
"""


def test_concurrent_processes_lose_no_increment(demo_db_path: Path, actor: Actor) -> None:
    store = Store.open(demo_db_path)
    info = start(store, actor)
    pid = info.products[0].product_id
    procs = [subprocess.Popen([sys.executable, "-c", _WORKER, str(demo_db_path), str(info.id), "40", str(n),
                               str(pid)], cwd=ROOT) for n in range(3)]
    for _ in range(40):
        live.add_count(store, actor, info.id, pid)
    assert [p.wait(timeout=60) for p in procs] == [0, 0, 0]
    totals = live.session_totals(store, info.id)
    assert totals.items == 160 and totals.events == 160
    store.close()


@pytest.mark.postgres
@pytest.mark.skipif(not os.environ.get("OCOP_TEST_PG_URL"), reason="set OCOP_TEST_PG_URL to a throw-away database")
def test_a_session_on_postgresql(actor: Actor) -> None:
    """The same services on PostgreSQL (the schema of OCOP_TEST_PG_URL is wiped first)."""
    from sqlalchemy import create_engine

    from ocop_desk.fair.demo import load_demo

    url = os.environ["OCOP_TEST_PG_URL"]
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    engine.dispose()
    pg = Store.open(url)
    try:
        load_demo(pg, actor, first_day=DEMO_DAY)
        info = start(pg, actor)
        cha, mam, _ = (p.product_id for p in info.products)
        live.add_count(pg, actor, info.id, cha, quantity=3)
        live.add_scan(pg, actor, info.id, "https://x.vn/01/08936012340037/10/L1")
        fix = live.correct(pg, actor, info.id, cha, -1, 0, "double")
        with pytest.raises(DomainError, match="cannot be negative"):
            live.correct(pg, actor, info.id, cha, -10, 0, "x")
        assert live.undo_last(pg, actor, info.id).reverses_id == fix.id  # type: ignore[union-attr]
        live.set_live_price(pg, actor, info.id, mam, 99_000)
        live.add_count(pg, actor, info.id, mam, quantity=2)
        live.end_session(pg, actor, info.id, gmv=1_000_000)
        detail = live.session_detail(pg, info.id)
        assert (detail.totals.items, detail.totals.orders, detail.totals.revenue) == (6, 3, 1_158_000)
        assert [e.kind for e in detail.recent] == ["count", "undo", "correction", "count", "count"]
        assert detail.recent[2].reason == "double"
        assert live.reopen_session(pg, actor, info.id).status == "live"
    finally:
        pg.close()
