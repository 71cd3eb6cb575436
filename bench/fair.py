"""The large sample fair for benchmarks: 5 days, 500 booths, 20,000 products, 1,000 live sessions,
100,000 tally events. Built with bulk Core inserts and cached in bench/out/ (rebuilt when the schema
head or this file changes).

    python -m bench.fair [PATH]      # build it (default bench/out/large-fair.sqlite3)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import shutil
import sys
from pathlib import Path

from sqlalchemy import insert

from bench.harness import OUT
from ocop_desk.core.textnorm import search_blob
from ocop_desk.store.database import Store, script_revisions
from ocop_desk.store.models import (
    AuditEntry,
    Booth,
    CheckIn,
    Event,
    EventDay,
    LiveHost,
    LiveSession,
    LiveSessionProduct,
    LiveTally,
    Lot,
    Producer,
    Product,
    Setting,
    ViewerSnapshot,
)

DAYS, BOOTHS, PRODUCTS, SESSIONS, TALLIES, SNAPSHOTS_PER_SESSION = 5, 500, 20_000, 1_000, 100_000, 10
FIRST_DAY = dt.date(2026, 8, 31)

PROVINCES = ["Hà Nội", "Hải Phòng", "Hà Giang", "Yên Bái", "Lào Cai", "Sơn La", "Thái Bình", "Nam Định",
             "Ninh Bình", "Thanh Hóa", "Nghệ An", "Quảng Ninh", "Bắc Giang", "Hưng Yên", "Hòa Bình", "Phú Thọ"]
KINDS = ["Chè", "Mật ong", "Nước mắm", "Gạo", "Miến", "Bánh đa", "Rượu", "Tinh bột sen", "Đông trùng hạ thảo",
         "Mắm tôm", "Chả", "Nem", "Mứt", "Trà", "Cà phê", "Nấm", "Măng", "Thịt trâu gác bếp", "Hạt điều", "Tương"]
CATEGORIES = ["Thực phẩm", "Đồ uống & gia vị", "Thảo dược", "Nông sản", "Mỹ phẩm", "Thủ công mỹ nghệ"]
PLATFORMS = ["tiktok", "tiktok", "tiktok", "facebook", "shopee", "youtube"]
HOSTS = ["Quang Linh", "Hằng Du Mục", "Minh Anh", "Thu Trang", "Bà Tân", "Hoàng Yến", "Khánh Vy"]


def gtin13(n: int) -> str:
    body = f"893{n:09d}"
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


def fingerprint() -> str:
    return hashlib.sha256(Path(__file__).read_bytes() + script_revisions().head.encode()).hexdigest()[:12]


def build(path: Path, seed: int = 20261121) -> Path:
    rnd = random.Random(seed)
    path.unlink(missing_ok=True)
    store = Store.open(path)
    t0 = dt.datetime(2026, 8, 31, 1, 0, tzinfo=dt.UTC)
    with store.transaction() as s:
        s.execute(insert(Event), [{"id": 1, "name": "Chợ phiên OCOP Hà Nội (lớn)", "venue": "Cung Văn hóa Hữu nghị",
                                    "province": "Hà Nội", "starts_on": FIRST_DAY,
                                    "ends_on": FIRST_DAY + dt.timedelta(days=DAYS - 1),
                                    "resolver_base": "https://truyxuat.example.vn"}])
        s.execute(insert(EventDay), [{"id": d + 1, "event_id": 1, "day": FIRST_DAY + dt.timedelta(days=d)}
                                     for d in range(DAYS)])
        producers = []
        for i in range(BOOTHS):
            province = PROVINCES[i % len(PROVINCES)]
            name = f"HTX {KINDS[i % len(KINDS)]} {province} số {i + 1}"
            address = f"Thôn {i % 17 + 1}, xã Số {i % 23 + 1}, huyện {i % 9 + 1}, {province}"
            phone = f"09{rnd.randrange(10**8):08d}"
            producers.append({"id": i + 1, "code": f"P{i + 1:04d}", "name": name, "kind": "cooperative",
                              "address": address, "province": province, "phone": phone,
                              "search_text": search_blob(name, address, phone, f"P{i + 1:04d}")})
        s.execute(insert(Producer), producers)
        products = []
        for j in range(PRODUCTS):
            producer = j % BOOTHS + 1
            kind = KINDS[(j // BOOTHS + producer) % len(KINDS)]
            name = f"{kind} {PROVINCES[producer % len(PROVINCES)]} loại {j // BOOTHS + 1}"
            code = f"SP{j + 1:05d}"
            gtin = gtin13(j + 1) if j % 2 == 0 else None
            category = CATEGORIES[j % len(CATEGORIES)]
            products.append({"id": j + 1, "code": code, "name": name, "producer_id": producer,
                             "category": category, "unit": "hộp", "price": rnd.randrange(20, 900) * 1000,
                             "star_rating": rnd.choice([3, 3, 3, 4, 4, 5]), "gtin": gtin,
                             "certificate_no": f"OCOP-{j + 1:05d}", "certificate_expires": dt.date(2028, 1, 1),
                             "search_text": search_blob(name, code, gtin, category)})
        s.execute(insert(Product), products)
        s.execute(insert(Booth), [{"id": i + 1, "event_id": 1, "code": f"{'ABCDE'[i // 100]}{i % 100 + 1:03d}",
                                   "zone": f"Khu {'ABCDE'[i // 100]}", "producer_id": i + 1} for i in range(BOOTHS)])
        checkins = []
        for d in range(DAYS):
            for b in range(BOOTHS):
                if rnd.random() < 0.92:
                    at = t0 + dt.timedelta(days=d, minutes=rnd.randrange(90))
                    checkins.append({"booth_id": b + 1, "event_day_id": d + 1,
                                     "status": "left" if rnd.random() < 0.05 else "present",
                                     "checked_in_at": at, "operator": "bench", "station": "desk-1"})
        s.execute(insert(CheckIn), checkins)
        s.execute(insert(Lot), [{"product_id": j + 1, "booth_id": j % BOOTHS + 1, "event_day_id": 1 + j % DAYS,
                                 "lot_code": f"L{j + 1:06d}", "produced_on": dt.date(2026, 8, 1),
                                 "expires_on": dt.date(2027, 8, 1), "quantity": rnd.randrange(5, 200),
                                 "operator": "bench"} for j in range(PRODUCTS)])
        sessions, hosts, featured, snaps = [], [], [], []
        for k in range(SESSIONS):
            day = k % DAYS
            start = t0 + dt.timedelta(days=day, hours=1 + (k // DAYS) % 8, minutes=(k * 7) % 60)
            sessions.append({"id": k + 1, "event_day_id": day + 1, "platform": PLATFORMS[k % len(PLATFORMS)],
                             "channel": f"Kênh OCOP {k % 12 + 1}", "title": f"Phiên live {k + 1}",
                             "started_at": start, "ended_at": start + dt.timedelta(hours=2),
                             "pf_views": rnd.randrange(10_000, 600_000), "pf_peak_viewers": rnd.randrange(500, 20_000),
                             "pf_gmv": rnd.randrange(10, 750) * 1_000_000})
            hosts.append({"session_id": k + 1, "name": HOSTS[k % len(HOSTS)], "position": 0})
            for pos in range(5):
                featured.append({"session_id": k + 1, "product_id": (k * 5 + pos) % PRODUCTS + 1, "position": pos})
            for m in range(SNAPSHOTS_PER_SESSION):
                snaps.append({"session_id": k + 1, "taken_at": start + dt.timedelta(minutes=12 * m),
                              "viewers": rnd.randrange(100, 20_000), "views": 1000 * (m + 1), "operator": "bench"})
        s.execute(insert(LiveSession), sessions)
        s.execute(insert(LiveHost), hosts)
        s.execute(insert(LiveSessionProduct), featured)
        s.execute(insert(ViewerSnapshot), snaps)
        prices = {p["id"]: p["price"] for p in products}
        tallies = []
        for n in range(TALLIES):
            k = n % SESSIONS
            product = (k * 5 + n % 5) % PRODUCTS + 1
            tallies.append({"session_id": k + 1, "product_id": product, "quantity": 1 + n % 3, "orders": 1,
                            "unit_price": prices[product], "kind": "count", "source": "key", "operator": "bench",
                            "station": "live-1", "created_at": t0 + dt.timedelta(days=k % DAYS, seconds=n % 7200)})
        s.execute(insert(LiveTally), tallies)
        s.execute(insert(AuditEntry), [{"action": "check_in", "entity": "booth", "entity_id": c["booth_id"],
                                        "event_id": 1, "operator": "bench", "at": c["checked_in_at"]}
                                       for c in checkins])
        s.merge(Setting(key="current_event_id", value="1"))
    store.close()
    return path


def large_fair(copy_to: Path | None = None) -> Path:
    """The cached large fair (built on first use); with `copy_to`, a private copy to write into."""
    OUT.mkdir(parents=True, exist_ok=True)
    cached = OUT / f"large-fair-{fingerprint()}.sqlite3"
    if not cached.exists():
        for old in OUT.glob("large-fair-*.sqlite3*"):
            old.unlink()
        build(cached.with_suffix(".tmp"))
        cached.with_suffix(".tmp").rename(cached)
    if copy_to is None:
        return cached
    shutil.copy(cached, copy_to)
    return copy_to


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    print(build(target) if target else large_fair())
