"""What a label says and what its QR holds, from a lot and its event.

The QR contents always come from `ocop_desk.core.payloads` (the one contract shared with the check-in desk
and the tally): a GS1 Digital Link under the event's resolver base, or the offline text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from ocop_desk.core import payloads
from ocop_desk.core.errors import DomainError, NotFound, ValidationFailed
from ocop_desk.core.formatting import fmt_date, fmt_money
from ocop_desk.core.i18n import translate
from ocop_desk.labels.selection import LotRow
from ocop_desk.store import audit
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import Event

ONLINE, OFFLINE = "link", "text"


@dataclass(frozen=True)
class LabelContent:
    """Everything printed on one lot label (texts already in the label's language: Vietnamese)."""

    lot_id: int
    payload: str
    name: str
    producer: str  # "producer – province"
    stars: int | None
    lot_code: str
    produced: str  # dd/mm/yyyy
    expires: str
    price: str | None


def lot_payload(row: LotRow, resolver: str | None, mode: str = ONLINE) -> str:
    if mode == OFFLINE:
        return payloads.offline_payload(
            product_code=row.product_code, lot=row.lot_code, name=row.product_name, producer=row.producer_name,
            province=row.producer_province, stars=row.stars, produced=row.produced_on, expires=row.expires_on)
    if not resolver:
        raise DomainError(
            translate("Labels", "This event has no traceability site address, so its QR codes would lead nowhere."),
            hint=translate("Labels", "Set one (Labels page → Site address, or 'ocop-desk resolver URL'), "
                                     "or print offline text QR codes."))
    if problem := payloads.expiry_problem(row.expires_on):
        raise DomainError(
            translate("Labels", "Lot {lot} of {product}: {problem}.").format(lot=row.lot_code, product=row.product_name,
                                                                           problem=problem),
            hint=translate("Labels", "Correct the lot's expiry date, or print offline text QR codes."))
    try:
        return payloads.lot_uri(resolver, lot=row.lot_code, gtin=row.gtin, product_code=row.product_code,
                                expires=row.expires_on)
    except ValueError as exc:  # a GTIN with a wrong check digit slipped into the catalogue
        raise DomainError(
            translate("Labels", "Product {code} has an invalid GTIN ({reason}).").format(code=row.product_code,
                                                                                        reason=exc),
            hint=translate("Labels", "Correct or clear the GTIN in the catalogue, then print again.")) from exc


def check_printable(rows: Sequence[LotRow]) -> None:
    """A food label must show production and expiry dates (Decree 43/2017): refuse lots without them."""
    problems = []
    for row in rows:
        missing = [label for label, value in ((translate("Labels", "production date"), row.produced_on),
                                              (translate("Labels", "expiry date"), row.expires_on)) if value is None]
        if missing:
            problems.append(translate("Labels", "Lot {lot} of {product} (booth {booth}) has no {what}.").format(
                lot=row.lot_code, product=row.product_name, booth=row.booth_code or "—",
                what=translate("Labels", " or ").join(missing)))
    if problems:
        raise ValidationFailed(
            translate("Labels", "{n} lot(s) cannot be labelled yet; nothing was printed.").format(n=len(problems)),
            problems, hint=translate("Labels", "Untick these lots to print the others. A lot's dates are typed "
                                                "when it is recorded (the booth's details on the Check-in page)."))


def build_contents(rows: Sequence[LotRow], resolver: str | None, *, mode: str = ONLINE,
                   show_price: bool = False) -> list[LabelContent]:
    check_printable(rows)
    out = []
    for row in rows:
        producer = f"{row.producer_name} – {row.producer_province}" if row.producer_province else row.producer_name
        price = None
        if show_price and row.price:
            price = fmt_money(row.price, "vi") + (f" / {row.unit}" if row.unit else "")
        out.append(LabelContent(
            lot_id=row.lot_id, payload=lot_payload(row, resolver, mode), name=row.product_name, producer=producer,
            stars=row.stars, lot_code=row.lot_code, produced=fmt_date(row.produced_on, "vi"),
            expires=fmt_date(row.expires_on, "vi"), price=price))
    return out


def clean_resolver(value: str | None) -> str | None:
    """'https://truyxuat.example.vn/' → 'https://truyxuat.example.vn' (None or '' clears it); see payloads."""
    return payloads.clean_resolver(value)


def set_resolver(store: Store, actor: Actor, event_id: int, value: str | None) -> str | None:
    """Set the event's traceability site address (the base of every lot QR)."""
    resolver = clean_resolver(value)
    with store.transaction() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise NotFound(translate("Labels", "There is no event with id {id}.").format(id=event_id))
        event.resolver_base = resolver
        audit.record(session, actor, "set_resolver", "event", event_id, event_id=event_id, resolver=resolver)
    return resolver


def sample_content(payload: str = "https://truyxuat.example.vn/01/08936012340013/10/L2026-001?17=270331") -> LabelContent:
    """A realistic label for previews and calibration."""
    today = dt.date.today()
    return LabelContent(lot_id=0, payload=payload, name="Chả chìa Hạ Lũng Bác Hoạt",
                        producer="Cơ sở Chả chìa Hạ Lũng Bác Hoạt – Hải Phòng", stars=4, lot_code="L2026-001",
                        produced=fmt_date(today, "vi"), expires=fmt_date(today + dt.timedelta(days=90), "vi"),
                        price="280.000 ₫ / kg")
