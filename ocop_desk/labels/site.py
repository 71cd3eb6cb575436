"""The static traceability website: one page per lot at exactly the path its QR encodes.

Copied to any static host at the event's resolver address, every printed label resolves:
`/01/{GTIN-14}/10/{lot}/` (or `/p/{code}/10/{lot}/`), plus a page per product (`/01/{GTIN-14}/` or
`/p/{code}/`), per producer (`/nsx/{code}/`) and an index. The pages are in Vietnamese (they are for buyers at
the fair) and show what Circular 02/2024/TT-BKHCN asks for.

Web servers decode a path before they look for its file, so a page lives at its QR path decoded: lot
`L01/2026` (QR `10/L01%2F2026`) at `10/L01/2026/index.html`, lot `A%2FB` (QR `10/A%252FB`) at
`10/A%2FB/index.html`. `core.codes` refuses the codes for which that is not one page per code. Links are
encoded as the QR is; a page whose own address holds `%2F` links from the site's root instead of relatively,
because hosts redirect it with or without the slash decoded. Apache httpd refuses `%2F` unless
`AllowEncodedSlashes On` (README, and `hosting_notes`). The site is built in a new folder (the user's usual
permissions, so a web server running as another user can read it) and moved into place only when complete.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import posixpath
import re
import shutil
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from sqlalchemy import select

from ocop_desk.core import payloads
from ocop_desk.core.codes import path_message, path_problem
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
APACHE_LINE = "AllowEncodedSlashes On"
ENCODED_SLASH = "%2F"


@dataclass(frozen=True)
class SiteResult:
    root: Path
    pages: int
    lots: int
    products: int
    producers: int
    encoded_slashes: int = 0  # lot pages whose QR path holds %2F (Apache needs APACHE_LINE for them)
    skipped: list[str] = field(default_factory=list)  # lots left out: their codes cannot be a web path


def _vn_date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else "—"


def lot_url(row: LotRow) -> str:
    """The site path of a lot's page, percent-encoded as its QR holds it, with a final slash."""
    return payloads.lot_page_path(lot=row.lot_code, gtin=row.gtin, product_code=row.product_code) + "/"


def product_url(code: str, gtin: str | None) -> str:
    return f"/01/{payloads.gtin14(gtin)}/" if gtin else f"/p/{quote(code, safe='-._~')}/"


_PLAIN = re.compile(r"[A-Za-z0-9_-]")


def producer_url(code: str) -> str:
    """Producer pages are linked, never printed: any code gets a plain segment (`~XX` for every other byte)."""
    segment = "".join(ch if _PLAIN.match(ch) else "".join(f"~{b:02X}" for b in ch.encode()) for ch in code)
    return f"/nsx/{segment}/"


def page_file(url: str) -> str:
    """The file a static host serves for a site path: every segment decoded, as hosts do before the lookup."""
    decoded = "/".join(unquote(segment) for segment in url.strip("/").split("/") if segment)
    return f"{decoded}/index.html" if decoded else "index.html"


def lot_problem(row: LotRow) -> str | None:
    """Why a lot stored before codes were checked cannot have a page (translated), or None."""
    if problem := path_problem(row.lot_code):
        return path_message(row.lot_code, translate("Labels", "Lot code"), problem)
    if not row.gtin and (problem := path_problem(row.product_code, product=True)):
        return path_message(row.product_code, translate("Labels", "Product code"), problem)
    return None


class _Writer:
    def __init__(self, root: Path, event: EventInfo) -> None:
        self.root = root
        self.event = event
        self.template = (SITE_DIR / "page.html").read_text(encoding="utf-8")
        self.prefix = _site_prefix(event.resolver_base)
        self.pages = 0
        self.owners: dict[str, str] = {}  # page file -> what it shows

    def href(self, source: str, target: str) -> str:
        """A link from page `source` to page `target` (both site paths as `lot_url` gives them)."""
        if ENCODED_SLASH in source.upper():
            return self.prefix + target + "index.html"
        relative = posixpath.relpath(target, source)
        return ("" if relative == "." else relative + "/") + "index.html"

    def link(self, source: str, target: str, text: str, extra: str = "") -> str:
        small = f"<small>{html.escape(extra)}</small>" if extra else ""
        return f'<a href="{html.escape(self.href(source, target))}">{html.escape(text)}{small}</a>'

    def write(self, url: str, title: str, body: str, what: str) -> None:
        root = self.href(url, "/").removesuffix("index.html")
        page = self.template.format(
            title=html.escape(title), root=html.escape(root), body=body,
            footer=html.escape(f"{self.event.name} · Trang do OCOP Desk tạo ngày {_vn_date(dt.date.today())}"))
        file = page_file(url)
        if file in self.owners:
            raise self._clash(file, what)
        target = self.root / file
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "x", encoding="utf-8") as out:
                out.write(page)
        except FileExistsError:
            raise self._clash(file, what) from None
        except OSError as exc:
            raise DomainError(
                translate("Labels", "The page of {what} cannot be written as {file}: {reason}").format(
                    what=what, file=file, reason=exc.strerror or exc),
                hint=translate("Labels", "This computer's disk does not accept that name (Windows refuses "
                                         "\" * : < > ? | in file names): write the site on Linux or macOS, "
                                         "or change the code.")) from exc
        self.owners[file] = what
        self.pages += 1

    def _clash(self, file: str, what: str) -> DomainError:
        """Two pages for one file: the same GTIN twice, or (on a disk that ignores case, as on Windows and
        macOS) two codes differing only in case; the first page would be overwritten."""
        other = self.owners.get(file) or next((w for f, w in self.owners.items() if f.casefold() == file.casefold()),
                                              "?")
        return DomainError(
            translate("Labels", "{first} and {second} would share one page ({file}).").format(
                first=other, second=what, file=file),
            hint=translate("Labels", "Give one of them another code (codes differing only in upper and lower "
                                     "case, or products sharing a GTIN, cannot both be published)."))


def _site_prefix(resolver: str | None) -> str:
    """The path of the site's root on its host ('' at the host's root): links from the root start with it."""
    try:
        base = payloads.clean_resolver(resolver)
    except DomainError:  # an address stored before it was checked: the labels refuse it too
        base = None
    return urlsplit(base or "").path.rstrip("/")


def hosting_notes(result: SiteResult) -> list[str]:
    """What the coordinator must know before copying the site to a web host (translated lines)."""
    notes = []
    if result.encoded_slashes:
        notes.append(translate(
            "Labels", "{n} QR code(s) hold a '/' written %2F. On Apache httpd add the line '{line}' to the "
                      "server or VirtualHost configuration (.htaccess cannot set it), else they answer 404; "
                      "nginx and other static hosts need nothing.").format(n=result.encoded_slashes,
                                                                          line=APACHE_LINE))
    if result.skipped:
        notes.append(translate("Labels", "{n} lot(s) have no page, so their QR codes lead nowhere:").format(
            n=len(result.skipped)))
        notes.extend(f"  - {reason}" for reason in result.skipped)
    return notes


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
    skipped = [f"{row.product_name}: {problem}" for row in lots if (problem := lot_problem(row))]
    lots = [row for row in lots if lot_problem(row) is None]
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
        _move_into_place(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    slashes = sum(ENCODED_SLASH in lot_url(row).upper() for row in lots)
    return SiteResult(target, writer.pages, len(lots), len(products), len(producers), slashes, skipped)


def _move_into_place(tmp: Path, target: Path) -> None:
    if target.exists():
        old = target.with_name(f".{target.name}-old-{os.getpid()}")
        target.rename(old)
        tmp.rename(target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        tmp.rename(target)


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
        url = lot_url(row)
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
                f"<li>{w.link(url, product_url(product.code, product.gtin), 'Các lô khác của sản phẩm này')}</li>"
                f"<li>{w.link(url, producer_url(producer.code), 'Sản phẩm khác của ' + producer.name)}</li></ul>"
                "<p class='note'>Thông tin do ban tổ chức chợ phiên ghi nhận từ chủ thể OCOP.</p>")
        w.write(url, f"{product.name} – lô {row.lot_code}", body,
                translate("Labels", "lot {lot} of {product}").format(lot=row.lot_code, product=product.code))
    for code, rows in by_product.items():
        product = products[code]
        producer = producers[rows[0].producer_code]
        url = product_url(product.code, product.gtin)
        items = "".join(
            f"<li>{w.link(url, lot_url(r), 'Lô ' + r.lot_code, f'NSX {_vn_date(r.produced_on)} · HSD {_vn_date(r.expires_on)}')}</li>"
            for r in rows)
        body = (f"<h1>{html.escape(product.name)}</h1>{_stars(product.star_rating)}<div class='card'>"
                + _rows([("Chủ thể OCOP", producer.name), ("Địa chỉ", producer.address), ("Mã GTIN", product.gtin),
                         ("Quy cách", product.unit)])
                + f"</div><h2>Các lô hàng</h2><ul class='list'>{items}</ul><ul class='list'>"
                f"<li>{w.link(url, producer_url(producer.code), 'Về ' + producer.name)}</li></ul>")
        w.write(url, product.name, body, translate("Labels", "product {code}").format(code=product.code))
    for code, producer in producers.items():
        url = producer_url(code)
        mine = [products[c] for c in by_product if products[c].producer_id == producer.id]
        items = "".join(f"<li>{w.link(url, product_url(p.code, p.gtin), p.name, _star_text(p.star_rating))}</li>"
                        for p in sorted(mine, key=lambda p: p.name))
        body = (f"<h1>{html.escape(producer.name)}</h1><div class='card'>" + _rows([
            ("Loại hình", KINDS.get(producer.kind or "", producer.kind)), ("Địa chỉ", producer.address),
            ("Tỉnh/thành", producer.province), ("Điện thoại", producer.phone)])
            + f"</div><h2>Sản phẩm OCOP</h2><ul class='list'>{items}</ul>")
        w.write(url, producer.name, body, translate("Labels", "producer {code}").format(code=code))
    items = "".join(f"<li>{w.link('/', producer_url(c), p.name, p.address or '')}</li>"
                    for c, p in sorted(producers.items(), key=lambda kv: kv[1].name))
    body = (f"<h1>{html.escape(event.name)}</h1><p>{html.escape(fair)}</p>"
            f"<h2>Chủ thể OCOP tham gia</h2><ul class='list'>{items}</ul>")
    w.write("/", event.name, body, translate("Labels", "the index"))


def _star_text(n: int | None) -> str:
    return f"{n} sao OCOP" if n else ""
