"""Quick figures about an event for the window's placeholders and the status bar."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from ocop_desk.models import Booth, EventDay, LiveSession, Lot, Producer, Product
from ocop_desk.store import Store, bytewise


@dataclass(frozen=True)
class BoothRow:
    id: int
    code: str
    zone: str | None
    producer: str
    phone: str | None
    province: str | None


@dataclass(frozen=True)
class EventCounts:
    booths: int
    producers: int
    products: int
    lots: int
    live_sessions: int


def list_booths(store: Store, event_id: int) -> list[BoothRow]:
    stmt = (
        select(Booth.id, Booth.code, Booth.zone, Producer.name, Producer.phone, Producer.province)
        .join(Producer, Booth.producer_id == Producer.id)
        .where(Booth.event_id == event_id)
        .order_by(Booth.zone.is_(None), bytewise(Booth.zone), bytewise(Booth.code))  # same on both backends
    )
    with store.reading() as session:
        return [BoothRow(*row) for row in session.execute(stmt).all()]


def event_counts(store: Store, event_id: int) -> EventCounts:
    producers = select(Booth.producer_id).where(Booth.event_id == event_id)
    with store.reading() as session:
        return EventCounts(
            booths=session.scalar(select(func.count(Booth.id)).where(Booth.event_id == event_id)) or 0,
            producers=session.scalar(select(func.count(func.distinct(Booth.producer_id))).where(
                Booth.event_id == event_id)) or 0,
            products=session.scalar(select(func.count(Product.id)).where(Product.producer_id.in_(producers))) or 0,
            lots=session.scalar(select(func.count(Lot.id)).join(Booth, Lot.booth_id == Booth.id).where(
                Booth.event_id == event_id)) or 0,
            live_sessions=session.scalar(select(func.count(LiveSession.id)).join(
                EventDay, LiveSession.event_day_id == EventDay.id).where(EventDay.event_id == event_id)) or 0,
        )
