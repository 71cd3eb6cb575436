"""The sample fair: the Hải Phòng OCOP market day (14 Oct 2023) with its named producers and products.

Dates default to today so the check-in desk and the tally page have a live day to work on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from ocop_desk.core.errors import DomainError
from ocop_desk.core.i18n import translate
from ocop_desk.fair.catalog import add_producer, add_product
from ocop_desk.fair.events import add_event, choose_event
from ocop_desk.store import audit
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import Booth, Event, Producer

DEMO_EVENT_NAME = "Chợ phiên OCOP Hải Phòng"

# (code, name, kind, address, phone, contact, [products])
# product: (code, name, category, unit, price, stars, gtin or None)
PRODUCERS: list[tuple[str, str, str, str, str, str, list[tuple[str, str, str, str, int, int, str | None]]]] = [
    ("HP-BH", "Cơ sở Chả chìa Hạ Lũng Bác Hoạt", "household",
     "Số 12 ngõ 95 Hạ Lũng, phường Đằng Hải, quận Hải An, Hải Phòng", "0912345671", "Nguyễn Văn Hoạt", [
         ("CHA-CHIA-HL", "Chả chìa Hạ Lũng Bác Hoạt", "Thực phẩm", "kg", 280_000, 4, "8936012340013"),
         ("CHA-LA-LOT", "Chả lá lốt Bác Hoạt", "Thực phẩm", "hộp 500 g", 95_000, 3, None),
     ]),
    ("HP-CD", "Công ty TNHH Pate Cột Đèn Hải Phòng", "company",
     "Số 38 Lê Lợi, phường Máy Tơ, quận Ngô Quyền, Hải Phòng", "02253856789", "Trần Thị Lan", [
         ("PATE-COT-DEN", "Pate Cột Đèn", "Thực phẩm", "hộp 200 g", 65_000, 4, "8936012340020"),
         ("BANH-MI-CQ", "Bánh mì cay Cột Đèn", "Thực phẩm", "túi 20 chiếc", 60_000, 3, None),
     ]),
    ("HP-CH", "Công ty CP Chế biến Thủy sản Cát Hải", "company",
     "Tổ dân phố 3, thị trấn Cát Hải, huyện Cát Hải, Hải Phòng", "02253886123", "Phạm Văn Hải", [
         ("NM-CAT-HAI-40", "Nước mắm Cát Hải 40 độ đạm", "Đồ uống & gia vị", "chai 500 ml", 120_000, 5, "8936012340037"),
         ("NM-CAT-HAI-30", "Nước mắm Cát Hải truyền thống 30 độ đạm", "Đồ uống & gia vị", "chai 500 ml", 75_000, 4, "8936012340044"),
         ("MAM-TOM-CH", "Mắm tôm Cát Hải", "Đồ uống & gia vị", "hũ 250 g", 45_000, 3, None),
     ]),
    ("HP-PK", "Công ty TNHH Đông trùng hạ thảo Phúc Khang", "company",
     "Thôn Hòa Liễu, xã Thuận Thiên, huyện Kiến Thụy, Hải Phòng", "0904567892", "Lê Minh Khang", [
         ("DTHT-PK-KHO", "Đông trùng hạ thảo Phúc Khang sấy khô", "Thảo dược", "hộp 10 g", 450_000, 4, "8936012340051"),
         ("DTHT-PK-RUOU", "Rượu đông trùng hạ thảo Phúc Khang", "Đồ uống & gia vị", "chai 750 ml", 350_000, 3, None),
     ]),
    ("HP-TH", "HTX Nuôi ong Tùng Hằng", "cooperative",
     "Thôn Trà Phương, xã Thụy Hương, huyện Kiến Thụy, Hải Phòng", "0983456783", "Vũ Văn Tùng", [
         ("MAT-ONG-TH", "Mật ong Tùng Hằng", "Thực phẩm", "chai 500 ml", 180_000, 4, "8936012340068"),
         ("SAP-ONG-TH", "Sáp ong Tùng Hằng", "Mỹ phẩm", "hộp 100 g", 70_000, 3, None),
     ]),
    ("HP-VD", "Cơ sở sản xuất Tinh bột củ sen Vũ Đoàn", "household",
     "Thôn Đông, xã Tiên Thắng, huyện Tiên Lãng, Hải Phòng", "0976543214", "Vũ Thị Đoàn", [
         ("TB-CU-SEN-VD", "Tinh bột củ sen Vũ Đoàn", "Thực phẩm", "hộp 500 g", 220_000, 4, "8936012340075"),
         ("TRA-SEN-VD", "Trà tâm sen Vũ Đoàn", "Đồ uống & gia vị", "hộp 100 g", 90_000, 3, None),
     ]),
    ("HP-KQ", "HTX Nông nghiệp Kiến Quốc", "cooperative",
     "Thôn Kim Đới, xã Kiến Quốc, huyện Kiến Thụy, Hải Phòng", "0961234565", "Đỗ Văn Quốc", [
         ("GAO-RUOI-KQ", "Gạo rươi Kiến Quốc", "Thực phẩm", "túi 5 kg", 150_000, 3, "8936012340082"),
         ("RUOI-KQ", "Rươi tươi Kiến Quốc", "Thực phẩm", "kg", 450_000, 3, None),
     ]),
    ("HP-TL", "HTX Dịch vụ Nông nghiệp Tiên Lãng", "cooperative",
     "Thôn Nam Tử, xã Quang Phục, huyện Tiên Lãng, Hải Phòng", "0936789016", "Nguyễn Thị Hoa", [
         ("THUOC-LAO-TL", "Thuốc lào Tiên Lãng", "Khác", "gói 200 g", 110_000, 4, None),
         ("DUA-GANG-TL", "Dưa gang Tiên Lãng", "Nông sản", "kg", 25_000, 3, None),
     ]),
    ("HP-AD", "Công ty CP Thực phẩm An Dương", "company",
     "Số 5 đường 208, xã An Đồng, huyện An Dương, Hải Phòng", "02253675432", "Hoàng Văn Dương", [
         ("BANH-DA-CUA", "Bánh đa cua An Dương", "Thực phẩm", "túi 500 g", 35_000, 3, None),
         ("MIEN-LUON-AD", "Miến lươn An Dương", "Thực phẩm", "túi 500 g", 55_000, 3, None),
     ]),
    ("HP-VB", "HTX Nông sản sạch Vĩnh Bảo", "cooperative",
     "Thôn Hạ Am, xã Trung Lập, huyện Vĩnh Bảo, Hải Phòng", "0358765437", "Bùi Thị Bảo", [
         ("CAM-VB", "Cam Vĩnh Bảo", "Nông sản", "kg", 40_000, 3, None),
         ("NAM-RUOM-VB", "Nấm rơm Vĩnh Bảo", "Nông sản", "kg", 80_000, 3, None),
         ("GAO-NEP-VB", "Gạo nếp cái hoa vàng Vĩnh Bảo", "Thực phẩm", "túi 2 kg", 70_000, 4, None),
     ]),
]

# Booth codes and zones: zone A for food, zone B for drinks and herbs, zone C for farm produce.
BOOTHS = [
    ("A01", "Khu A", "HP-BH"),
    ("A02", "Khu A", "HP-CD"),
    ("A03", "Khu A", "HP-AD"),
    ("A04", "Khu A", "HP-KQ"),
    ("B01", "Khu B", "HP-CH"),
    ("B02", "Khu B", "HP-PK"),
    ("B03", "Khu B", "HP-TH"),
    ("B04", "Khu B", "HP-VD"),
    ("C01", "Khu C", "HP-TL"),
    ("C02", "Khu C", "HP-VB"),
]


@dataclass(frozen=True)
class DemoResult:
    event_id: int
    producers: int
    products: int
    booths: int


def load_demo(store: Store, actor: Actor, *, first_day: dt.date | None = None, days: int = 1) -> DemoResult:
    """Add the sample fair (producers, products, booths) and make it current. Refuses to load it twice."""
    first_day = first_day or dt.date.today()
    with store.transaction() as session:
        if session.scalar(select(Event.id).where(Event.name == DEMO_EVENT_NAME)) is not None:
            raise DomainError(
                translate("Demo", "The sample fair is already in this database."),
                hint=translate("Demo", "Use another database file to load it again."),
            )
        event = add_event(
            session,
            actor,
            DEMO_EVENT_NAME,
            first_day,
            first_day + dt.timedelta(days=days - 1),
            venue="Quảng trường Nhà hát Thành phố, quận Hồng Bàng",
            province="Hải Phòng",
            resolver_base="https://truyxuat.ocop-haiphong.vn",
        )
        existing = {p.code: p for p in session.scalars(select(Producer))}
        by_code: dict[str, Producer] = {}
        n_products = 0
        for code, name, kind, address, phone, contact, products in PRODUCERS:
            if code in existing:  # shared with another event in this database
                by_code[code] = existing[code]
                continue
            producer = add_producer(
                session, code=code, name=name, kind=kind, address=address, province="Hải Phòng",
                phone=phone, contact_person=contact,
            )
            by_code[code] = producer
            for p_code, p_name, category, unit, price, stars, gtin in products:
                add_product(
                    session, code=p_code, name=p_name, producer=producer, category=category, unit=unit,
                    price=price, star_rating=stars, gtin=gtin,
                    certificate_no=f"OCOP-HP-{2022 + stars % 2}-{n_products + 101:04d}",
                    certificate_expires=dt.date(2027 + stars % 2, 10, 14),
                )
                n_products += 1
        for code, zone, producer_code in BOOTHS:
            session.add(Booth(event=event, code=code, zone=zone, producer=by_code[producer_code]))
        session.flush()
        choose_event(session, actor.station, event.id)
        audit.record(session, actor, "load_demo", "event", event.id, event_id=event.id)
        return DemoResult(event.id, len(by_code), n_products, len(BOOTHS))
