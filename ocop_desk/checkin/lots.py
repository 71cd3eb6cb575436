"""Product lots (lô hàng) the booths bring: recording them with their dates, and the warnings a coordinator needs."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ocop_desk.core.codes import check_path_code
from ocop_desk.core.errors import DomainError, NotFound
from ocop_desk.core.formatting import fmt_date
from ocop_desk.core.i18n import translate
from ocop_desk.core.inputs import check_reference, sql_words
from ocop_desk.core.payloads import check_expiry
from ocop_desk.core.textnorm import fold
from ocop_desk.core.validate import check_count, clean_text, parse_date
from ocop_desk.store import audit
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import Booth, EventDay, Lot, Producer, Product

# GS1 AI (10) batch/lot: up to 20 characters from the GS1 "CSET 82" set (printable ASCII without space etc.).
LOT_CODE_MAX = 20
_CSET82 = re.compile(r"^[!\"%&'()*+,\-./0-9:;<=>?A-Z_a-z]+$")
MAX_CANDIDATES = 8


@dataclass(frozen=True)
class ProductRef:
    id: int
    code: str
    name: str
    producer_id: int
    producer: str
    gtin: str | None
    certificate_expires: dt.date | None


@dataclass(frozen=True)
class LotRecord:
    id: int
    lot_code: str
    product_id: int
    product_code: str
    product_name: str
    gtin: str | None
    booth_code: str | None
    day: dt.date | None
    quantity: int
    produced_on: dt.date | None
    expires_on: dt.date | None
    operator: str | None
    created_at: dt.datetime

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id, "lot_code": self.lot_code, "product_id": self.product_id,
            "product_code": self.product_code, "product_name": self.product_name, "gtin": self.gtin,
            "booth": self.booth_code, "day": self.day.isoformat() if self.day else None,
            "quantity": self.quantity,
            "produced_on": self.produced_on.isoformat() if self.produced_on else None,
            "expires_on": self.expires_on.isoformat() if self.expires_on else None,
            "operator": self.operator, "created_at": self.created_at.isoformat(),
        }


@dataclass(frozen=True)
class LotResult:
    record: LotRecord
    warnings: list[str] = field(default_factory=list)


def _product_refs(session: Session, *conditions: object) -> list[ProductRef]:
    stmt = (select(Product.id, Product.code, Product.name, Product.producer_id, Producer.name, Product.gtin,
                   Product.certificate_expires)
            .join(Producer, Product.producer_id == Producer.id).where(*conditions)  # type: ignore[arg-type]
            .order_by(Product.name, Product.code))
    return [ProductRef(*row) for row in session.execute(stmt).all()]


def resolve_product(store: Store, ref: str, *, producer_id: int | None = None) -> ProductRef:
    """A product from its code, its GTIN, or a name matching exactly one product (accents optional).

    With `producer_id`, a name is looked up among that producer's products first.
    """
    with store.reading() as session:
        return _resolve(session, ref, producer_id)


def _resolve(session: Session, ref: str, producer_id: int | None) -> ProductRef:
    text = (ref or "").strip()
    if not text:
        raise DomainError(translate("Lots", "Name the product: its code, GTIN or name."))
    check_reference(text, translate("Lots", "The product"))
    found = _product_refs(session, func.upper(Product.code) == text.upper())
    if not found and text.isdigit():
        found = _product_refs(session, or_(Product.gtin == text, Product.gtin == text.lstrip("0")))
    if found:
        return found[0]
    words = fold(text).split()
    name_match = [Product.search_text.like(f"%{w}%") for w in sql_words(text)]  # bounded SQL
    candidates = [c for c in _product_refs(session, *name_match) if all(w in fold(c.name) for w in words)]
    if producer_id is not None and any(c.producer_id == producer_id for c in candidates):
        candidates = [c for c in candidates if c.producer_id == producer_id]
    exact = [c for c in candidates if fold(c.name) == fold(text)]
    if len(exact) == 1:
        return exact[0]
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise NotFound(translate("Lots", "No product matches '{ref}'.").format(ref=text),
                       hint=translate("Lots", "Give the product's code or GTIN, or part of its name."))
    listed = "; ".join(f"{c.code} – {c.name}" for c in candidates[:MAX_CANDIDATES])
    more = len(candidates) - MAX_CANDIDATES
    if more > 0:
        listed += " " + translate("Lots", "(and {n} more)").format(n=more)
    raise DomainError(
        translate("Lots", "'{ref}' matches {n} products: {list}.").format(ref=text, n=len(candidates), list=listed),
        hint=translate("Lots", "Give the product's code instead."),
    )


def date_problems(produced: dt.date | None, expires: dt.date | None, today: dt.date | None = None) -> list[str]:
    """Dates that must be confirmed before a lot is recorded (labels would print them): an expiry already past,
    or before the production date. Empty when the dates can go through as they are."""
    today = today or dt.date.today()
    problems = []
    if produced and expires and expires < produced:
        problems.append(translate("Lots", "The expiry date ({expires}) is before the production date ({produced}).")
                        .format(expires=fmt_date(expires), produced=fmt_date(produced)))
    if expires and expires < today:
        problems.append(translate("Lots", "This lot is already past its expiry date ({expires}).").format(
            expires=fmt_date(expires)))
    return problems


def lot_warnings(product: ProductRef, produced: dt.date | None, expires: dt.date | None,
                 today: dt.date | None = None) -> list[str]:
    """What a coordinator should look at twice before labelling a lot (the lot is still recorded)."""
    today = today or dt.date.today()
    warnings = []
    if product.certificate_expires is not None and product.certificate_expires < today:
        warnings.append(translate("Lots", "The OCOP certificate of {product} expired on {date}.").format(
            product=product.name, date=fmt_date(product.certificate_expires)))
    warnings += date_problems(produced, expires, today)
    if produced and produced > today:
        warnings.append(translate("Lots", "The production date ({produced}) is in the future.").format(
            produced=fmt_date(produced)))
    return warnings


def check_lot_code(value: str | None) -> str | None:
    code = clean_text(value, translate("Lots", "Lot code"), max_len=LOT_CODE_MAX)
    if code is not None and not _CSET82.match(code):
        raise DomainError(
            translate("Lots", "Lot code '{code}' may only use letters A–Z without accents, digits and - . / _ "
                              "(no spaces), as GS1 labels require.").format(code=code))
    return check_path_code(code, translate("Lots", "Lot code")) if code is not None else None


def _next_lot_code(session: Session, product_id: int, day: dt.date, booth_code: str) -> str:
    stem = f"{day.strftime('%y%m%d')}{re.sub(r'[^0-9A-Za-z-]', '', booth_code)}"[: LOT_CODE_MAX - 3]
    taken = set(session.scalars(select(Lot.lot_code).where(Lot.product_id == product_id,
                                                            Lot.lot_code.like(f"{stem}-%"))))
    n = 1
    while f"{stem}-{n:02d}" in taken:
        n += 1
    return f"{stem}-{n:02d}"


def add_lot(
    store: Store,
    actor: Actor,
    event_id: int,
    booth_code: str,
    product_ref: str,
    quantity: int,
    *,
    lot_code: str | None = None,
    produced: str | dt.date | None = None,
    expires: str | dt.date | None = None,
    day: dt.date | None = None,
    accept_dates: bool = False,
) -> LotResult:
    """Record a lot a booth brought on `day` (default: today, else the event's nearest day).

    An expiry already past or before the production date is refused unless `accept_dates` says the
    coordinator confirmed it (the window asks; the CLI needs --accept-dates)."""
    check_count(quantity, translate("Lots", "Quantity"), minimum=1)
    code = check_lot_code(lot_code)
    produced_on = parse_date(produced, translate("Lots", "Production date"))
    expires_on = check_expiry(parse_date(expires, translate("Lots", "Expiry date")), translate("Lots", "Expiry date"))
    problems = date_problems(produced_on, expires_on)
    if problems and not accept_dates:
        raise DomainError(" ".join(problems) + " " + translate("Lots", "Nothing was recorded."),
                          hint=translate("Lots", "Check the dates on the package; if they are right, confirm them "
                                                 "(ocop-desk lot add … --accept-dates)."))
    try:
        with store.transaction() as session:
            booth = session.scalar(select(Booth).where(Booth.event_id == event_id,
                                                       func.upper(Booth.code) == booth_code.strip().upper()))
            if booth is None:
                raise NotFound(translate("Lots", "There is no booth {code} at this event.").format(
                    code=booth_code.strip().upper()))
            product = _resolve(session, product_ref, booth.producer_id)
            if product.producer_id != booth.producer_id:
                raise DomainError(translate("Lots", "{product} is made by {producer}, not by the producer of booth "
                                                    "{booth}.").format(product=product.name,
                                                                       producer=product.producer, booth=booth.code),
                                  hint=translate("Lots", "Record the lot at that producer's booth."))
            day_row = _pick_day(session, event_id, day)
            if code is None:
                code = _next_lot_code(session, product.id, day_row.day, booth.code)
            elif session.scalar(select(Lot.id).where(Lot.product_id == product.id, Lot.lot_code == code)):
                raise _duplicate(code, product)
            lot = Lot(product_id=product.id, booth_id=booth.id, event_day_id=day_row.id, lot_code=code,
                      produced_on=produced_on, expires_on=expires_on, quantity=quantity, operator=actor.operator)
            session.add(lot)
            session.flush()
            audit.record(session, actor, "add", "lot", lot.id, event_id=event_id, booth=booth.code,
                         product=product.code, lot=code, quantity=quantity,
                         produced=produced_on, expires=expires_on)
            record = LotRecord(lot.id, code, product.id, product.code, product.name, product.gtin, booth.code,
                               day_row.day, quantity, produced_on, expires_on, actor.operator, lot.created_at)
    except IntegrityError as exc:  # another station took the same code a moment ago
        raise _duplicate(code or "", product) from exc
    return LotResult(record, lot_warnings(product, produced_on, expires_on))


def _duplicate(code: str, product: ProductRef) -> DomainError:
    return DomainError(
        translate("Lots", "Lot code {code} is already recorded for {product}.").format(code=code, product=product.name),
        hint=translate("Lots", "Use another lot code, or leave it blank to number it automatically."))


def _pick_day(session: Session, event_id: int, day: dt.date | None) -> EventDay:
    days = list(session.scalars(select(EventDay).where(EventDay.event_id == event_id).order_by(EventDay.day)))
    if not days:
        raise NotFound(translate("Lots", "This event has no days."))
    wanted = day or dt.date.today()
    for d in days:
        if d.day == wanted:
            return d
    if day is not None:
        raise DomainError(translate("Lots", "{day} is not a day of this event.").format(day=fmt_date(day)))
    return days[0] if wanted < days[0].day else days[-1]


def list_lots(store: Store, event_id: int, *, booth_code: str | None = None, day: dt.date | None = None,
              product_id: int | None = None) -> list[LotRecord]:
    """Lots recorded at the event's booths, newest first."""
    stmt = (
        select(Lot.id, Lot.lot_code, Product.id, Product.code, Product.name, Product.gtin, Booth.code, EventDay.day,
               Lot.quantity, Lot.produced_on, Lot.expires_on, Lot.operator, Lot.created_at)
        .join(Product, Lot.product_id == Product.id)
        .join(Booth, Lot.booth_id == Booth.id)
        .outerjoin(EventDay, Lot.event_day_id == EventDay.id)
        .where(Booth.event_id == event_id)
        .order_by(Lot.created_at.desc(), Lot.id.desc())
    )
    if booth_code is not None:
        stmt = stmt.where(func.upper(Booth.code) == booth_code.strip().upper())
    if day is not None:
        stmt = stmt.where(EventDay.day == day)
    if product_id is not None:
        stmt = stmt.where(Product.id == product_id)
    with store.reading() as session:
        return [LotRecord(*row) for row in session.execute(stmt).all()]  # type: ignore[call-arg]
