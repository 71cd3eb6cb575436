"""Producers and products: adding them with their search keys, listing and searching them."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocop_desk.core.textnorm import fold, search_blob
from ocop_desk.store.database import Store, bytewise
from ocop_desk.store.models import Booth, Lot, Producer, Product


@dataclass(frozen=True)
class ProductRow:
    id: int
    code: str
    name: str
    producer: str
    province: str | None
    category: str | None
    unit: str | None
    price: int | None
    stars: int | None
    gtin: str | None
    certificate_no: str | None
    certificate_expires: dt.date | None
    lot_count: int

    def as_json(self) -> dict[str, object]:
        data = asdict(self)
        data["certificate_expires"] = self.certificate_expires.isoformat() if self.certificate_expires else None
        return data


def producer_search_text(name: str, address: str | None, phone: str | None, code: str | None) -> str:
    return search_blob(name, address, phone, code)


def product_search_text(name: str, code: str, gtin: str | None, category: str | None) -> str:
    return search_blob(name, code, gtin, category)


def add_producer(session: Session, *, code: str, name: str, **fields: str | None) -> Producer:
    producer = Producer(code=code, name=name, **fields)
    producer.search_text = producer_search_text(name, fields.get("address"), fields.get("phone"), code)
    session.add(producer)
    return producer


def add_product(session: Session, *, code: str, name: str, producer: Producer, **fields: object) -> Product:
    product = Product(code=code, name=name, producer=producer, **fields)
    product.search_text = product_search_text(
        name, code, fields.get("gtin"), fields.get("category")  # type: ignore[arg-type]
    )
    session.add(product)
    return product


def list_products(
    store: Store, query: str = "", *, event_id: int | None = None, limit: int | None = None
) -> list[ProductRow]:
    """Products matching an accent-free query over name, code, GTIN, category and producer.

    With `event_id`, only products whose producer has a booth at that event.
    """
    lots = select(Lot.product_id, func.count(Lot.id).label("n")).group_by(Lot.product_id).subquery()
    stmt = (
        select(
            Product.id,
            Product.code,
            Product.name,
            Producer.name,
            Producer.province,
            Product.category,
            Product.unit,
            Product.price,
            Product.star_rating,
            Product.gtin,
            Product.certificate_no,
            Product.certificate_expires,
            func.coalesce(lots.c.n, 0),
        )
        .join(Producer, Product.producer_id == Producer.id)
        .outerjoin(lots, lots.c.product_id == Product.id)
        .order_by(bytewise(Product.search_text), Product.id)
    )
    for word in fold(query).split():
        pattern = f"%{word}%"
        stmt = stmt.where(Product.search_text.like(pattern) | Producer.search_text.like(pattern))
    if event_id is not None:
        stmt = stmt.where(
            Product.producer_id.in_(select(Booth.producer_id).where(Booth.event_id == event_id))
        )
    if limit is not None:
        stmt = stmt.limit(limit)
    with store.reading() as session:
        return [ProductRow(*row) for row in session.execute(stmt).all()]  # type: ignore[call-arg]
