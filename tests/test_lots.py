from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, update

from ocop_desk.checkin import lots
from ocop_desk.core.errors import DomainError, NotFound
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import AuditEntry, Lot, Product
from tests.conftest import DEMO_DAY

EVENT = 1


def lot_count(store: Store) -> int:
    with store.reading() as s:
        return s.scalar(select(func.count(Lot.id))) or 0


def test_resolve_product_by_code_gtin_and_name(demo_store: Store) -> None:
    assert lots.resolve_product(demo_store, "pate-cot-den").code == "PATE-COT-DEN"
    assert lots.resolve_product(demo_store, "8936012340037").code == "NM-CAT-HAI-40"
    assert lots.resolve_product(demo_store, "mat ong tung hang").code == "MAT-ONG-TH"
    with pytest.raises(DomainError, match="matches 2 products") as info:
        lots.resolve_product(demo_store, "nuoc mam")
    assert "NM-CAT-HAI-40" in str(info.value) and "NM-CAT-HAI-30" in str(info.value)
    with pytest.raises(NotFound):
        lots.resolve_product(demo_store, "pho bo")


def test_add_lot_with_auto_code_and_json_record(demo_store: Store, actor: Actor) -> None:
    result = lots.add_lot(demo_store, actor, EVENT, "b01", "nuoc mam 40", 24, produced="01/09/2026",
                          expires="2028-09-01", day=DEMO_DAY)
    rec = result.record
    assert rec.lot_code == "261014B01-01" and rec.product_code == "NM-CAT-HAI-40" and rec.quantity == 24
    assert rec.produced_on == dt.date(2026, 9, 1) and rec.day == DEMO_DAY and rec.operator == "Nguyễn Thu Hà"
    assert result.warnings == []
    again = lots.add_lot(demo_store, actor, EVENT, "B01", "NM-CAT-HAI-40", 5, day=DEMO_DAY)
    assert again.record.lot_code == "261014B01-02"
    data = rec.as_json()
    assert data["booth"] == "B01" and data["expires_on"] == "2028-09-01"
    listed = lots.list_lots(demo_store, EVENT, booth_code="b01", day=DEMO_DAY)
    assert [r.lot_code for r in listed] == ["261014B01-02", "261014B01-01"]
    with demo_store.reading() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "lot")).first()
    assert entry is not None and entry.operator == "Nguyễn Thu Hà" and entry.action == "add"


def test_duplicate_lot_code_is_a_clear_error(demo_store: Store, actor: Actor) -> None:
    lots.add_lot(demo_store, actor, EVENT, "A01", "CHA-CHIA-HL", 10, lot_code="L-2026-01", day=DEMO_DAY)
    with pytest.raises(DomainError, match="L-2026-01 is already recorded for Chả chìa"):
        lots.add_lot(demo_store, actor, EVENT, "A01", "CHA-CHIA-HL", 3, lot_code="L-2026-01", day=DEMO_DAY)
    # the same code is fine for another product
    lots.add_lot(demo_store, actor, EVENT, "A01", "CHA-LA-LOT", 3, lot_code="L-2026-01", day=DEMO_DAY)
    assert lot_count(demo_store) == 2


def test_warnings_for_dates_and_certificate(demo_store: Store, actor: Actor) -> None:
    with demo_store.transaction() as s:
        s.execute(update(Product).where(Product.code == "CAM-VB").values(certificate_expires=dt.date(2024, 1, 1)))
    with pytest.raises(DomainError, match="before the production date.*already past its expiry") as refused:
        lots.add_lot(demo_store, actor, EVENT, "C02", "cam vinh bao", 12, produced="2026-10-01",
                     expires="2024-09-01", day=DEMO_DAY)
    assert "--accept-dates" in (refused.value.hint or "") and lot_count(demo_store) == 0  # dates need a yes
    result = lots.add_lot(demo_store, actor, EVENT, "C02", "cam vinh bao", 12, produced="2026-10-01",
                          expires="2024-09-01", day=DEMO_DAY, accept_dates=True)
    text = " ".join(result.warnings)
    assert "certificate of Cam Vĩnh Bảo expired on 1 Jan 2024" in text
    assert "before the production date" in text and "already past its expiry date" in text
    assert lot_count(demo_store) == 1  # confirmed: recorded, the warnings kept
    certificate_only = lots.add_lot(demo_store, actor, EVENT, "C02", "cam vinh bao", 2, day=DEMO_DAY)
    assert len(certificate_only.warnings) == 1  # a warning alone never refuses the lot


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"booth_code": "Z9", "product_ref": "CAM-VB", "quantity": 1}, "no booth Z9"),
    ({"booth_code": "C02", "product_ref": "PATE-COT-DEN", "quantity": 1}, "not by the producer of booth C02"),
    ({"booth_code": "C02", "product_ref": "CAM-VB", "quantity": 0}, "Quantity must be between 1"),
    ({"booth_code": "C02", "product_ref": "CAM-VB", "quantity": 1, "lot_code": "lô 1"}, "may only use"),
    ({"booth_code": "C02", "product_ref": "CAM-VB", "quantity": 1, "lot_code": "X" * 21}, "most allowed is 20"),
    ({"booth_code": "C02", "product_ref": "CAM-VB", "quantity": 1, "expires": "31/02/2026"}, "02/2026 has no day 31"),
    ({"booth_code": "C02", "product_ref": "CAM-VB", "quantity": 1, "day": dt.date(2020, 1, 1)}, "not a day"),
])
def test_bad_lots_are_refused_and_nothing_is_written(demo_store: Store, actor: Actor, kwargs: dict,  # type: ignore[type-arg]
                                                       message: str) -> None:
    with pytest.raises(DomainError, match=message):
        lots.add_lot(demo_store, actor, EVENT, **kwargs)
    assert lot_count(demo_store) == 0


def test_name_is_resolved_within_the_booths_producer(demo_store: Store, actor: Actor) -> None:
    # "gao" matches three products of three producers; at booth A04 it means Kiến Quốc's rice
    result = lots.add_lot(demo_store, actor, EVENT, "A04", "gao", 2, day=DEMO_DAY)
    assert result.record.product_code == "GAO-RUOI-KQ"
