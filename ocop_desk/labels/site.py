"""The static traceability website: one page per lot at exactly the path its QR encodes.

Copied to any static host at the event's resolver address, every printed label resolves:
`/01/{GTIN-14}/10/{lot}/index.html` (or `/p/{code}/10/{lot}/index.html`), plus a page per product
(`/01/{GTIN-14}/` or `/p/{code}/`), per producer (`/nsx/{code}/`) and an index. The pages are in
Vietnamese (they are for buyers at the fair) and show what Circular 02/2024/TT-BKHCN asks for.
The site is built in a temporary folder and moved into place only when complete.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import posixpath
import shutil
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote

from sqlalchemy import select

from ocop_desk.core import payloads
from ocop_desk.core.errors import DomainError
from ocop_desk.core.files import temp_folder_beside
from ocop_desk.core.i18n import translate
from ocop_desk.core.paths import RESOURCES
from ocop_desk.fair.events import EventInfo, resolve_event
from ocop_desk.labels.selection import LotRow, select_lots
from ocop_desk.store.database import Store
from ocop_desk.store.models import Producer, Product

SITE_DIR = RESOURCES / "site"
MARKER = ".ocop-desk-site"
KINDS = {"household": "Hộ kinh doanh", "cooperative": "Hợp tác xã", "company": "Doanh nghiệp"}


@dataclass(frozen=True)
class SiteResult:
    root: Path
    pages: int
    lots: int
    products: int
    producers: int


def _vn_date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else "—"


def _disk_path(url_path: str) -> str:
    """A URL path → the file a static host serves for it (segments decoded, as hosts do)."""
    parts = []
    for segment in url_path.strip("/").split("/"):
        decoded = unquote(segment)
        parts.append(segment if "/" in decoded or decoded in ("", ".", "..") or "\\" in decoded else decoded)
    return "/".join(parts) + "/index.html"


def lot_page_file(row: LotRow) -> str:
    return _disk_path(payloads.lot_page_path(lot=row.lot_code, gtin=row.gtin, product_code=row.product_code))


def product_page_file(code: str, gtin: str | None) -> str:
    url = f"/01/{payloads.gtin14(gtin)}" if gtin else f"/p/{quote(code, safe='-._~')}"
    return _disk_path(url)


def producer_page_file(code: str) -> str:
    return _disk_path(f"/nsx/{quote(code, safe='-._~')}")


class _Writer:
    def __init__(self, root: Path, event: EventInfo) -> None:
        self.root = root
        self.event = event
        self.template = (SITE_DIR / "page.html").read_text(encoding="utf-8")
        self.pages = 0

    def link(self, source: str, target: str, text: str, extra: str = "") -> str:
        href = posixpath.relpath(target, posixpath.dirname(source) or ".")
        small = f"<small>{html.escape(extra)}</small>" if extra else ""
        return f'<a href="{html.escape(href)}">{html.escape(text)}{small}</a>'

    def write(self, file: str, title: str, body: str) -> None:
        depth = file.count("/")
        page = self.template.format(
            title=html.escape(title), root="../" * depth, body=body,
            footer=html.escape(f"{self.event.name} · Trang do OCOP Desk tạo ngày {_vn_date(dt.date.today())}"))
        target = self.root / file
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page, encoding="utf-8")
        self.pages += 1


def _rows(pairs: list[tuple[str, str | None]]) -> str:
    return "<dl>" + "".join(f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>" for k, v in pairs if v) + "</dl>"


def _stars(n: int | None) -> str:
    return f'<div class="stars" aria-label="OCOP {n} sao">{"★" * n}</div>' if n else ""


def build_site(store: Store, outdir: str | Path, event_id: int | None = None) -> SiteResult:
    event = resolve_event(store, event_id)
    lots = select_lots(store, event.id)
    if not lots:
        raise DomainError(translate("Labels", "This event has no lots yet, so there is nothing to publish."),
                          hint=translate("Labels", "Record the lots booths bring first."))
    with store.reading() as session:
        products = {p.code: p for p in session.scalars(
            select(Product).where(Product.code.in_({r.product_code for r in lots})))}
        producers = {p.code: p for p in session.scalars(
            select(Producer).where(Producer.code.in_({r.producer_code for r in lots})))}
    target = Path(outdir).expanduser().resolve()
    if target.exists() and (not target.is_dir() or (any(target.iterdir()) and not (target / MARKER).exists())):
        raise DomainError(
            translate("Labels", "{path} already exists and is not a site made by OCOP Desk.").format(path=target),
            hint=translate("Labels", "Give an empty or new folder; nothing was changed."))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = temp_folder_beside(target.parent, f".{target.name}-")
    except OSError as exc:
        raise DomainError(translate("Labels", "Cannot write in {folder}: {reason}").format(
            folder=target.parent, reason=exc.strerror)) from exc
    try:
        writer = _Writer(tmp, event)
        try:
            _write_all(writer, event, lots, products, producers)
        except ValueError as exc:  # a GTIN with a wrong check digit in the catalogue
            raise DomainError(translate("Labels", "A product has an invalid GTIN: {reason}").format(reason=exc),
                              hint=translate("Labels", "Correct or clear the GTIN in the catalogue, then "
                                                       "write the site again.")) from exc
        (tmp / "assets").mkdir(exist_ok=True)
        (tmp / "assets" / "site.css").write_bytes((SITE_DIR / "site.css").read_bytes())
        (tmp / MARKER).write_text(f"{event.id}\n", encoding="utf-8")
        if target.exists():
            old = target.with_name(f".{target.name}-old-{os.getpid()}")
            target.rename(old)
            tmp.rename(target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            tmp.rename(target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return SiteResult(target, writer.pages, len(lots), len(products), len(producers))


def _write_all(w: _Writer, event: EventInfo, lots: list[LotRow], products: dict[str, Product],
               producers: dict[str, Producer]) -> None:
    fair = f"{event.name} ({_vn_date(event.starts_on)} – {_vn_date(event.ends_on)})"
    if event.venue or event.province:
        fair += " · " + ", ".join(x for x in (event.venue, event.province) if x)
    by_product: dict[str, list[LotRow]] = defaultdict(list)
    for row in lots:
        by_product[row.product_code].append(row)
    for row in lots:
        product, producer = products[row.product_code], producers[row.producer_code]
        file = lot_page_file(row)
        product_file = product_page_file(product.code, product.gtin)
        producer_file = producer_page_file(producer.code)
        body = (f"<h1>{html.escape(product.name)}</h1>{_stars(product.star_rating)}"
                f"<h2>Lô hàng</h2><div class='card'>" + _rows([
                    ("Số lô", row.lot_code), ("Ngày sản xuất", _vn_date(row.produced_on)),
                    ("Hạn sử dụng", _vn_date(row.expires_on)), ("Mã GTIN", product.gtin),
                    ("Quy cách", product.unit)]) + "</div>"
                "<h2>Cơ sở sản xuất</h2><div class='card'>" + _rows([
                    ("Chủ thể OCOP", producer.name), ("Loại hình", KINDS.get(producer.kind or "", producer.kind)),
                    ("Địa chỉ", producer.address), ("Tỉnh/thành", producer.province),
                    ("Điện thoại", producer.phone)]) + "</div>"
                "<h2>Sản phẩm OCOP</h2><div class='card'>" + _rows([
                    ("Xếp hạng", f"{product.star_rating} sao OCOP" if product.star_rating else None),
                    ("Giấy chứng nhận", product.certificate_no),
                    ("Hiệu lực đến", _vn_date(product.certificate_expires) if product.certificate_expires else None),
                    ("Nhóm", product.category), ("Mô tả", product.description)]) + "</div>"
                "<h2>Nơi bán</h2><div class='card'>" + _rows([
                    ("Chợ phiên", fair), ("Gian hàng", row.booth_code)]) + "</div>"
                "<h2>Xem thêm</h2><ul class='list'>"
                f"<li>{w.link(file, product_file, 'Các lô khác của sản phẩm này')}</li>"
                f"<li>{w.link(file, producer_file, 'Sản phẩm khác của ' + producer.name)}</li></ul>"
                "<p class='note'>Thông tin do ban tổ chức chợ phiên ghi nhận từ chủ thể OCOP.</p>")
        w.write(file, f"{product.name} – lô {row.lot_code}", body)
    for code, rows in by_product.items():
        product = products[code]
        producer = producers[rows[0].producer_code]
        file = product_page_file(product.code, product.gtin)
        items = "".join(
            f"<li>{w.link(file, lot_page_file(r), 'Lô ' + r.lot_code, f'NSX {_vn_date(r.produced_on)} · HSD {_vn_date(r.expires_on)}')}</li>"
            for r in rows)
        body = (f"<h1>{html.escape(product.name)}</h1>{_stars(product.star_rating)}<div class='card'>"
                + _rows([("Chủ thể OCOP", producer.name), ("Địa chỉ", producer.address), ("Mã GTIN", product.gtin),
                         ("Quy cách", product.unit)])
                + f"</div><h2>Các lô hàng</h2><ul class='list'>{items}</ul><ul class='list'>"
                f"<li>{w.link(file, producer_page_file(producer.code), 'Về ' + producer.name)}</li></ul>")
        w.write(file, product.name, body)
    for code, producer in producers.items():
        file = producer_page_file(code)
        mine = [products[c] for c in by_product if products[c].producer_id == producer.id]
        items = "".join(f"<li>{w.link(file, product_page_file(p.code, p.gtin), p.name, _star_text(p.star_rating))}</li>"
                        for p in sorted(mine, key=lambda p: p.name))
        body = (f"<h1>{html.escape(producer.name)}</h1><div class='card'>" + _rows([
            ("Loại hình", KINDS.get(producer.kind or "", producer.kind)), ("Địa chỉ", producer.address),
            ("Tỉnh/thành", producer.province), ("Điện thoại", producer.phone)])
            + f"</div><h2>Sản phẩm OCOP</h2><ul class='list'>{items}</ul>")
        w.write(file, producer.name, body)
    items = "".join(f"<li>{w.link('index.html', producer_page_file(c), p.name, p.address or '')}</li>"
                    for c, p in sorted(producers.items(), key=lambda kv: kv[1].name))
    body = (f"<h1>{html.escape(event.name)}</h1><p>{html.escape(fair)}</p>"
            f"<h2>Chủ thể OCOP tham gia</h2><ul class='list'>{items}</ul>")
    w.write("index.html", event.name, body)


def _star_text(n: int | None) -> str:
    return f"{n} sao OCOP" if n else ""
