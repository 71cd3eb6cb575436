"""Four stations in four processes on one database: the database's constraints and transactions decide,
so colliding check-ins give exactly one winner and no count is lost (on SQLite and on PostgreSQL)."""

from __future__ import annotations

from sqlalchemy import func, select

from ocop_desk.models import CheckIn, LiveSession, LiveSessionProduct, LiveTally, Product
from ocop_desk.store import Store
from tests.stations import raw_station_day, run_stations


def test_four_stations_collide_and_nothing_is_lost_or_doubled(demo_target: str, backend: str) -> None:
    s = Store.open(demo_target)
    try:
        with s.transaction() as session:
            product_id = session.scalars(select(Product.id).order_by(Product.id)).first()
            live = LiveSession(event_day_id=1, title="Phiên sáng")
            live.products = [LiveSessionProduct(product_id=product_id, position=0)]
            session.add(live)
        results = run_stations(demo_target, raw_station_day, 4, tallies=60)
        with s.reading() as session:
            rows = session.execute(select(CheckIn.booth_id, CheckIn.event_day_id, CheckIn.station)).all()
            total = session.scalar(select(func.sum(LiveTally.quantity)))
            per_station = dict(session.execute(
                select(LiveTally.station, func.count()).group_by(LiveTally.station)).all())
    finally:
        s.close()
    # check-ins: 10 booths × 3 days, each exactly once, whoever got there first
    assert len(rows) == 30 and len({(b, d) for b, d, _ in rows}) == 30
    assert sum(r["won"] for r in results) == 30
    assert sum(r["lost"] for r in results) == 90  # every other attempt was refused by the database
    assert {station for _, _, station in rows} <= {f"desk-{i}" for i in range(4)}
    # tallies: 4 × 60 single counts of one product, all there
    assert total == 240 and per_station == {f"desk-{i}": 60 for i in range(4)}
