"""The booths registered for an event, as plain rows (station sync checks and backend parity tests)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ocop_desk.models import Booth, Producer
from ocop_desk.store import Store, bytewise


@dataclass(frozen=True)
class BoothRow:
    id: int
    code: str
    zone: str | None
    producer: str
    phone: str | None
    province: str | None


def list_booths(store: Store, event_id: int) -> list[BoothRow]:
    stmt = (
        select(Booth.id, Booth.code, Booth.zone, Producer.name, Producer.phone, Producer.province)
        .join(Producer, Booth.producer_id == Producer.id)
        .where(Booth.event_id == event_id)
        .order_by(Booth.zone.is_(None), bytewise(Booth.zone), bytewise(Booth.code))  # same on both backends
    )
    with store.reading() as session:
        return [BoothRow(*row) for row in session.execute(stmt).all()]
