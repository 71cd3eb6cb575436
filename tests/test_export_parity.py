"""The whole-event workbook lists rows in the same order on SQLite and PostgreSQL: a server's collation
(vi-VN or en-US) would sort Vietnamese names, case and punctuation differently from SQLite, and put empty
zones elsewhere; each backend's run checks against one expected order (bytewise, as SQLite)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from ocop_desk.fair.catalog import add_producer, add_product
from ocop_desk.fair.events import create_event
from ocop_desk.reports.export import export_workbook
from ocop_desk.store.database import Store
from ocop_desk.store.models import Booth


def test_export_rows_are_in_the_same_order_on_both_backends(store: Store, actor, backend: str,  # type: ignore[no-untyped-def]
                                                            tmp_path: Path) -> None:
    info = create_event(store, actor, "Chợ phiên", "2026-10-14", "2026-10-14")
    with store.transaction() as session:
        made = {}
        for code, name in [("P1", "Đông Anh"), ("P2", "cơ sở Hà Nam"), ("P3", "HTX Ánh Dương"), ("P4", "Hợp tác xã"),
                           ("P5", "HTX-Bắc Ninh"), ("P6", "HTX_Bắc Giang")]:
            made[code] = add_producer(session, code=code, name=name)
        session.flush()
        for i, (code, zone, producer) in enumerate([("b1", "Khu B", "P1"), ("A10", "Khu A", "P2"), ("A2", "Khu A", "P3"),
                                                    ("Z9", None, "P4"), ("B-1", "Khu B", "P5"), ("B_1", "Khu B", "P6"),
                                                    ("C1", "khu c", "P1"), ("Đ1", "Khu Đ", "P2"), ("A1", None, "P3")]):
            session.add(Booth(event_id=info.id, code=code, zone=zone, producer_id=made[producer].id))
            add_product(session, code=f"sp-{i}" if i % 2 else f"SP_{i}", name=f"Sản phẩm {i}", producer=made[producer])
        add_product(session, code="SP_9", name="Sản phẩm 9", producer=made["P2"])
    out = tmp_path / "event.xlsx"
    export_workbook(store, info.id, out)
    wb = openpyxl.load_workbook(out, read_only=True)
    booths = [row[0] for row in wb["Booths"].iter_rows(min_row=3, values_only=True)]
    products = [(row[2], row[0]) for row in wb["Products"].iter_rows(min_row=3, values_only=True)]
    wb.close()
    # by zone bytewise (capitals before small letters, Đ after z), booths without a zone last
    assert booths == ["A10", "A2", "B-1", "B_1", "b1", "Đ1", "C1", "A1", "Z9"]
    # by producer bytewise (capitals, then small letters, then accented capitals), then product code
    assert products == [
        ("HTX Ánh Dương", "SP_2"), ("HTX Ánh Dương", "SP_8"), ("HTX-Bắc Ninh", "SP_4"), ("HTX_Bắc Giang", "sp-5"),
        ("Hợp tác xã", "sp-3"), ("cơ sở Hà Nam", "SP_9"), ("cơ sở Hà Nam", "sp-1"), ("cơ sở Hà Nam", "sp-7"),
        ("Đông Anh", "SP_0"), ("Đông Anh", "SP_6")]
