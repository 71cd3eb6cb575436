"""A6 booth cards: the booth code, its producer and a QR the check-in desk scans
(`payloads.booth_payload`, the format `payloads.parse_scan` reads back as a booth)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ocop_desk.core import payloads
from ocop_desk.core.errors import DomainError
from ocop_desk.core.i18n import translate
from ocop_desk.fair.events import resolve_event
from ocop_desk.labels.render import write_pdf
from ocop_desk.labels.templates import Template
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import Booth, Producer

A6 = Template(name="a6-booth-card", title="A6", kind="sheet", page_width=105, page_height=148,
              label_width=105, label_height=148, padding=8)


@dataclass(frozen=True)
class BoothCard:
    booth_id: int
    code: str
    zone: str | None
    producer: str
    address: str | None
    payload: str


def booth_cards(store: Store, event_id: int, codes: Sequence[str] = ()) -> list[BoothCard]:
    wanted = {c.strip().upper() for c in codes if c.strip()}
    with store.reading() as session:
        rows = session.execute(
            select(Booth, Producer).join(Producer, Producer.id == Booth.producer_id)
            .where(Booth.event_id == event_id).order_by(Booth.code)).all()
    cards = [BoothCard(b.id, b.code, b.zone, p.name, p.address, payloads.booth_payload(event_id, b.code))
             for b, p in rows if not wanted or b.code.upper() in wanted]
    missing = wanted - {c.code.upper() for c in cards}
    if missing:
        raise DomainError(translate("Labels", "No booth {codes} at this event.").format(codes=", ".join(sorted(missing))))
    if not cards:
        raise DomainError(translate("Labels", "This event has no booths yet."))
    return cards


def write_booth_cards(store: Store, actor: Actor, out: str | Path, event_id: int | None = None,
                      codes: Sequence[str] = ()) -> tuple[Path, int, int]:
    """One A6 page per booth; returns (path, cards, print job id)."""
    from ocop_desk.labels.service import BOOTH_CARDS, record_job

    event = resolve_event(store, event_id)
    cards = booth_cards(store, event.id, codes)
    path = write_pdf(out, A6, lambda painter, dpi, new_page: _paint_cards(painter, dpi, new_page, cards, event.name),
                     title=f"Thẻ gian hàng – {event.name}")
    job = record_job(store, actor, event.id, BOOTH_CARDS, A6.name, str(path), [(None, c.booth_id, 1) for c in cards])
    return path, len(cards), job


def _paint_cards(painter: Any, dpi: float, new_page: Any, cards: list[BoothCard], event_name: str) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QPen

    from ocop_desk.labels import qr
    from ocop_desk.labels.layout import label_font

    px = dpi / 25.4
    width, height = A6.page_width * px, A6.page_height * px
    margin = 8 * px
    center = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap)
    for i, card in enumerate(cards):
        if i and not new_page():
            raise DomainError(translate("Labels", "The printer or file refused a new page."))
        painter.setPen(QPen(QColor(0, 0, 0), 0.4 * px))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(4 * px, 4 * px, width - 8 * px, height - 8 * px), 4 * px, 4 * px)
        painter.setPen(QColor(0, 0, 0))
        painter.setFont(label_font(3.2 * px))
        painter.drawText(QRectF(margin, margin, width - 2 * margin, 12 * px), center, event_name)
        painter.setFont(label_font(9 * px, bold=True))
        painter.drawText(QRectF(margin, 20 * px, width - 2 * margin, 14 * px), center, card.code)
        painter.setFont(label_font(3.0 * px))
        painter.drawText(QRectF(margin, 34 * px, width - 2 * margin, 6 * px), center,
                         ("Gian hàng" + (f" · {card.zone}" if card.zone else "")))
        matrix = qr.encode(card.payload)
        module = min(1.4, 50 / (matrix.size + 2 * qr.QUIET_ZONE)) * px
        side = module * (matrix.size + 2 * qr.QUIET_ZONE)
        left, top = (width - side) / 2, 42 * px
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0))
        origin = qr.QUIET_ZONE * module
        for col, row, w, h in matrix.runs():
            painter.drawRect(QRectF(left + origin + col * module, top + origin + row * module, w * module, h * module))
        painter.setPen(QColor(0, 0, 0))
        y = top + side + 2 * px
        painter.setFont(label_font(4.6 * px, bold=True))
        painter.drawText(QRectF(margin, y, width - 2 * margin, 20 * px), center, card.producer)
        painter.setFont(label_font(3.0 * px))
        painter.drawText(QRectF(margin, y + 20 * px, width - 2 * margin, 14 * px), center, card.address or "")
        painter.setFont(label_font(2.8 * px))
        painter.drawText(QRectF(margin, height - margin - 6 * px, width - 2 * margin, 6 * px), center,
                         "Quét mã này tại bàn điểm danh mỗi sáng")
