"""What differs between SQLite and PostgreSQL out of the box (collation, NULL order) gives the same
answers here: each run checks against one expected order, so both backends agree."""

from __future__ import annotations

from ocop_desk.checkin.desk import board
from ocop_desk.fair.catalog import add_producer, add_product, list_products
from ocop_desk.fair.events import create_event
from ocop_desk.store.database import Store
from ocop_desk.store.models import Booth


def test_booth_order_is_the_same_on_both_backends(store: Store, actor, backend: str) -> None:  # type: ignore[no-untyped-def]
    info = create_event(store, actor, "Chợ phiên", "2026-10-14", "2026-10-14")
    with store.transaction() as session:
        producer = add_producer(session, code="P1", name="Cơ sở Đông Anh")
        session.flush()
        for code, zone in [("b1", "Khu B"), ("A10", "Khu A"), ("A2", "Khu A"), ("Z9", None), ("B-1", "Khu B"),
                           ("B_1", "Khu B"), ("C1", "khu c"), ("Đ1", "Khu Đ"), ("A1", None)]:
            session.add(Booth(event_id=info.id, code=code, zone=zone, producer_id=producer.id))
    codes = [row.booth.code for row in board(store, info.id, info.starts_on)]  # the desk's booth board
    # by zone bytewise (capitals before small letters, Đ after z), booths without a zone last
    assert codes == ["A10", "A2", "B-1", "B_1", "b1", "Đ1", "C1", "A1", "Z9"]


def test_product_search_order_is_the_same_on_both_backends(store: Store, backend: str) -> None:
    with store.transaction() as session:
        producer = add_producer(session, code="P1", name="HTX Tùng Hằng")
        for code, name in [("SP1", "Mật ong rừng"), ("SP2", "Mật-ong hoa nhãn"), ("SP3", "mật ong_bạc hà"),
                           ("SP4", "Mật ong 2 năm"), ("SP5", "Đậu phộng"), ("SP6", "Trà_sen"),
                           ("SP7", "Trà1 đặc biệt")]:
            add_product(session, code=code, name=name, producer=producer)
    names = [p.name for p in list_products(store)]
    # bytewise on the folded text: digits before "_" (a vi-VN collation puts punctuation before digits)
    assert names == ["Đậu phộng", "Mật ong 2 năm", "Mật ong rừng", "mật ong_bạc hà", "Mật-ong hoa nhãn",
                     "Trà1 đặc biệt", "Trà_sen"]


def test_money_sums_are_int_on_both_backends(demo_store: Store, backend: str) -> None:
    import json

    from sqlalchemy import func, select

    from ocop_desk.store.models import LiveSession, LiveTally, Product

    with demo_store.transaction() as session:
        product = session.scalars(select(Product).order_by(Product.id)).first()
        assert product is not None
        live = LiveSession(event_day_id=1)
        session.add(live)
        session.flush()
        for qty in (3, 2):
            session.add(LiveTally(session_id=live.id, product_id=product.id, quantity=qty, unit_price=125_000))
    with demo_store.reading() as session:
        gmv = session.scalar(select(func.sum(LiveTally.quantity * LiveTally.unit_price)))
        prices = session.scalar(select(func.sum(LiveTally.unit_price)))
        average = session.scalar(select(func.avg(LiveTally.quantity)))
    assert (gmv, prices, average) == (625_000, 250_000, 2.5)
    assert type(gmv) is int and type(prices) is int and type(average) is float  # not Decimal on PostgreSQL
    assert json.dumps({"gmv": gmv}) == '{"gmv": 625000}'
