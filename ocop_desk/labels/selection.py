"""Which lots to label: by booth, product, day, or every checked-in lot not printed yet.

Reads lots with their product, producer, booth and day in one query, plus how many labels were
already printed for each (from the print log), so the Labels page can show "never printed".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import aliased

from ocop_desk.store.database import Store
from ocop_desk.store.models import Booth, CheckIn, EventDay, Lot, PrintJob, PrintJobItem, Producer, Product

LOT_LABELS = "lot_labels"


@dataclass(frozen=True)
class LotFilter:
    """Empty filter = every lot of the event."""

    booth_codes: tuple[str, ...] = ()
    product_codes: tuple[str, ...] = ()
    day: dt.date | None = None
    unprinted: bool = False
    checked_in: bool = False  # only lots of booths checked in (on the lot's day, or `day`)
    lot_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class LotRow:
    lot_id: int
    lot_code: str
    produced_on: dt.date | None
    expires_on: dt.date | None
    quantity: int
    product_code: str
    product_name: str
    gtin: str | None
    price: int | None
    unit: str | None
    stars: int | None
    producer_code: str
    producer_name: str
    producer_address: str | None
    producer_province: str | None
    booth_code: str | None
    day: dt.date | None
    printed: int = 0  # labels printed so far (all jobs, all copies)
    last_printed: dt.datetime | None = field(default=None, compare=False)


def select_lots(store: Store, event_id: int, flt: LotFilter | None = None) -> list[LotRow]:
    """The event's lots that match `flt`, ordered by booth, product and lot code."""
    flt = flt or LotFilter()
    lot_day = aliased(EventDay)
    printed = (
        select(PrintJobItem.lot_id.label("lot_id"), func.sum(PrintJobItem.copies).label("copies"),
               func.max(PrintJob.printed_at).label("last"))
        .join(PrintJob, PrintJob.id == PrintJobItem.job_id)
        .where(PrintJob.kind == LOT_LABELS, PrintJobItem.lot_id.is_not(None))
        .group_by(PrintJobItem.lot_id)
        .subquery()
    )
    query = (
        select(Lot, Product, Producer, Booth.code, lot_day.day, printed.c.copies, printed.c.last)
        .join(Product, Product.id == Lot.product_id)
        .join(Producer, Producer.id == Product.producer_id)
        .outerjoin(Booth, Booth.id == Lot.booth_id)
        .outerjoin(lot_day, lot_day.id == Lot.event_day_id)
        .outerjoin(printed, printed.c.lot_id == Lot.id)
        .where(or_(Booth.event_id == event_id, lot_day.event_id == event_id))
    )
    if flt.lot_ids:
        query = query.where(Lot.id.in_(flt.lot_ids))
    if flt.booth_codes:
        query = query.where(func.upper(Booth.code).in_([c.strip().upper() for c in flt.booth_codes]))
    if flt.product_codes:
        query = query.where(Product.code.in_(list(flt.product_codes)))
    if flt.day is not None:
        query = query.where(lot_day.day == flt.day)
    if flt.unprinted:
        query = query.where(printed.c.copies.is_(None))
    if flt.checked_in:
        checkin_day = aliased(EventDay)
        day_match = (checkin_day.day == flt.day) if flt.day is not None else or_(
            Lot.event_day_id.is_(None), CheckIn.event_day_id == Lot.event_day_id)
        query = query.where(exists(
            select(CheckIn.id).join(checkin_day, checkin_day.id == CheckIn.event_day_id).where(and_(
                CheckIn.booth_id == Lot.booth_id, CheckIn.status != "absent", day_match))))
    query = query.order_by(Booth.code, Product.name, Lot.lot_code, Lot.id)
    with store.reading() as session:
        return [
            LotRow(
                lot_id=lot.id, lot_code=lot.lot_code, produced_on=lot.produced_on, expires_on=lot.expires_on,
                quantity=lot.quantity, product_code=product.code, product_name=product.name, gtin=product.gtin,
                price=product.price, unit=product.unit, stars=product.star_rating, producer_code=producer.code,
                producer_name=producer.name, producer_address=producer.address,
                producer_province=producer.province, booth_code=booth_code, day=day,
                printed=int(copies or 0), last_printed=last,
            )
            for lot, product, producer, booth_code, day, copies, last in session.execute(query)
        ]


def booth_codes(store: Store, event_id: int) -> list[tuple[str, str]]:
    """(code, producer name) of the event's booths, for pickers."""
    with store.reading() as session:
        rows = session.execute(
            select(Booth.code, Producer.name).join(Producer, Producer.id == Booth.producer_id)
            .where(Booth.event_id == event_id).order_by(Booth.code))
        return [(code, name) for code, name in rows]


def products_with_lots(store: Store, event_id: int) -> list[tuple[str, str]]:
    """(code, name) of products that have lots at the event."""
    return sorted({(r.product_code, r.product_name) for r in select_lots(store, event_id)}, key=lambda p: p[1])


def dedupe(codes: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(c.strip() for c in codes if c.strip()))
