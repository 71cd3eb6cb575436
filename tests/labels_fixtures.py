"""Lots for the label tests, made directly with the ORM (lot entry is another feature's service)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from ocop_desk.store.database import Store
from ocop_desk.store.models import Booth, CheckIn, Event, EventDay, Lot, Product

LONG_NAME = ("Nước mắm cốt nhĩ truyền thống Cát Hải thượng hạng 40 độ đạm ủ chượp chum sành "
             "ba năm phiên bản quà tặng Tết Nguyên Đán")


def add_lots(store: Store, *, per_product: int = 1, resolver: str | None = "https://truyxuat.example.vn",
             checkin_booths: tuple[str, ...] = ("A01", "A02"), long_name: bool = False) -> list[int]:
    """One lot per product per `per_product` at the product's producer's booth on the first day;
    booths in `checkin_booths` are checked in that day. Returns the lot ids."""
    ids = []
    with store.transaction() as session:
        event = session.scalars(select(Event)).one()
        event.resolver_base = resolver
        day = session.scalars(select(EventDay).where(EventDay.event_id == event.id).order_by(EventDay.day)).first()
        assert day is not None
        booths = {b.producer_id: b for b in session.scalars(select(Booth).where(Booth.event_id == event.id))}
        for product in session.scalars(select(Product).order_by(Product.id)):
            if long_name and product.code == "NM-CAT-HAI-40":
                product.name = LONG_NAME
            booth = booths.get(product.producer_id)
            for n in range(per_product):
                lot = Lot(product_id=product.id, booth_id=booth.id if booth else None, event_day_id=day.id,
                          lot_code=f"L{day.day:%y%m%d}-{product.id:02d}{n:02d}",
                          produced_on=day.day - dt.timedelta(days=10 + n),
                          expires_on=day.day + dt.timedelta(days=180 + n), quantity=20)
                session.add(lot)
                session.flush()
                ids.append(lot.id)
        for booth in booths.values():
            if booth.code in checkin_booths:
                session.add(CheckIn(booth_id=booth.id, event_day_id=day.id, status="present",
                                    checked_in_at=dt.datetime.now(dt.UTC)))
    return ids
