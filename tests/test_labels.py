"""Labels: QR codes, templates, layout geometry, and printed PDFs that scan."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from labels_fixtures import LONG_NAME, add_lots
from labels_scan import decode_labels, decode_pdf
from sqlalchemy import update

from ocop_desk.core.errors import DomainError, ValidationFailed
from ocop_desk.labels import qr
from ocop_desk.labels.content import build_contents, sample_content
from ocop_desk.labels.render import ensure_gui, plan_sheets, write_labels_pdf
from ocop_desk.labels.selection import LotFilter, select_lots
from ocop_desk.labels.templates import (
    builtin_templates,
    from_spec,
    get_template,
    list_templates,
    save_template,
)
from ocop_desk.store.database import Store
from ocop_desk.store.models import Lot

RESOLVER = "https://truyxuat.example.vn"


@pytest.fixture(autouse=True)
def _application(qapp):  # type: ignore[no-untyped-def]
    """Painting needs a Qt application; make it the QApplication pytest-qt expects, before any command
    would create a bare QGuiApplication."""
    return qapp


def expected_uri(row) -> str:  # type: ignore[no-untyped-def]
    """Written out by hand from the GS1 Digital Link rules, independently of ocop_desk.core.payloads."""
    expiry = f"?17={row.expires_on:%y%m%d}"
    if row.gtin:
        return f"{RESOLVER}/01/{row.gtin.rjust(14, '0')}/10/{row.lot_code}{expiry}"
    return f"{RESOLVER}/p/{row.product_code}/10/{row.lot_code}{expiry}"


# -- the QR codes -----------------------------------------------------------------------------------

QR_TEXTS = [
    "https://truyxuat.example.vn/01/08936012340013/10/L261014-0100?17=270412",
    "https://truyxuat.example.vn/p/CHA-LA-LOT/10/L%C3%94-1?17=270412",
    "OCOP:B:1:A01",
    "OCOP|NM-CAT-HAI-40|L1\nNước mắm Cát Hải 40 độ đạm\nOCOP 5 sao\nCông ty CP Chế biến Thủy sản Cát Hải",
    "x" * 400,  # version 14: version information blocks
    "1234567890" * 30,
]


def matrix_image(matrix: qr.QrMatrix, scale: int = 4) -> tuple[bytes, int, int]:
    """The symbol with its quiet zone as grey pixels, `scale` pixels a module (what zbar reads)."""
    side = (matrix.size + 2 * qr.QUIET_ZONE) * scale
    light = b"\xff" * side
    pixels = bytearray(light * qr.QUIET_ZONE * scale)
    for row in matrix.rows:
        line = b"\xff" * qr.QUIET_ZONE * scale + b"".join(b"\x00" * scale if dark else b"\xff" * scale
                                                          for dark in row) + b"\xff" * qr.QUIET_ZONE * scale
        pixels += line * scale
    pixels += light * qr.QUIET_ZONE * scale
    return bytes(pixels), side, side


def format_information(matrix: qr.QrMatrix) -> tuple[str, int]:
    """(error correction level, mask) read from the format bits beside the top-left finder (ISO 18004 7.9)."""
    n = matrix.size
    cells = [(i if i < 6 else i + 1 if i < 8 else n - 15 + i, 8) for i in range(15)]  # bit i, column 8
    bits = sum(matrix.dark(r, c) << i for i, (r, c) in enumerate(cells)) ^ 0b101010000010010
    return "MLHQ"[bits >> 13], bits >> 10 & 0b111


@pytest.mark.parametrize("text", QR_TEXTS)
def test_codes_decode_to_the_same_bytes_at_level_m(text: str) -> None:
    from pyzbar import pyzbar

    matrix = qr.encode(text)
    found = pyzbar.decode(matrix_image(matrix), symbols=[pyzbar.ZBarSymbol.QRCODE])
    assert [symbol.data for symbol in found] == [text.encode("utf-8")]
    assert format_information(matrix) == ("M", qr.MASK_PATTERN)
    assert matrix.size == 4 * matrix.version + 17 and len(matrix.rows) == matrix.size


def test_digits_get_their_compact_segment() -> None:
    """qrcode's mode segmentation is kept: 300 digits need a far smaller symbol than 300 letters."""
    assert qr.encode("1234567890" * 30).version < qr.encode("x" * 300).version - 2
    assert qr.encode("OCOP:B:1:A01").version == 1


def test_same_shaped_payloads_get_the_version_qrcode_fits() -> None:
    """The version is fitted once per segment shape and reused: it must stay the smallest that holds
    each payload, as qrcode's own fit would choose."""
    import qrcode

    texts = [f"https://truyxuat.example.vn/p/{code}/10/L{n}?17=270101"
             for code in ("A", "SP-0001", "NUOC-MAM-CAT-HAI-40") for n in (1, 12345, 1234567890123456789)]
    texts += ["9" * 19, "9" * 21, "x" * 100, "x" * 106, "x" * 107]  # around the 7-M and 20-digit limits
    for text in texts * 2:
        reference = qrcode.QRCode(error_correction=qr.ERROR_CORRECTION)
        reference.add_data(text)
        qr._CACHE.pop(text, None)
        assert qr.encode(text).version == reference.best_fit(), text


def test_too_long_text_is_refused() -> None:
    with pytest.raises(DomainError, match="too long for a QR code"):
        qr.encode("x" * 3000)


def test_longest_lot_link_fits_the_smallest_labels(qapp) -> None:  # type: ignore[no-untyped-def]
    """A GS1 link with a 20-character lot code that is all percent-escapes still prints at whole dots of
    3 or more on the smallest templates."""
    from ocop_desk.checkin.lots import LOT_CODE_MAX
    from ocop_desk.core.payloads import lot_uri
    from ocop_desk.labels.layout import MIN_MODULE_DOTS, THERMAL_DOT_MM, LabelPainter

    lot = "/" * LOT_CODE_MAX
    uri = lot_uri(RESOLVER, lot=lot, gtin="8936012340013", product_code="X", expires=dt.date(2027, 4, 12))
    assert len(uri) > 110
    smallest = sorted(builtin_templates(), key=lambda t: t.label_width * t.label_height)[:2]
    assert {t.name for t in smallest} == {"roll-40x30", "a4-4x10"}
    for template in smallest:
        layout = LabelPainter(template, 203).layout(sample_content(uri))
        assert layout.module >= MIN_MODULE_DOTS and layout.module == round(layout.module)
        module_mm, _ = LabelPainter(template, 203).qr_geometry(layout.matrix)
        assert module_mm == pytest.approx(layout.module * THERMAL_DOT_MM)
    with pytest.raises(DomainError, match="too small for this QR code"):
        LabelPainter(smallest[0], 203).layout(sample_content(uri + "&x=" + "y" * 120))


def test_runs_cover_exactly_the_dark_modules() -> None:
    matrix = qr.encode("https://truyxuat.example.vn/p/GAO-NEP-VB/10/L1?17=270101")
    covered: Counter[tuple[int, int]] = Counter()
    for col, row, w, h in matrix.runs():
        for r in range(row, row + h):
            for c in range(col, col + w):
                covered[(r, c)] += 1
    dark = {(r, c) for r in range(matrix.size) for c in range(matrix.size) if matrix.dark(r, c)}
    assert set(covered) == dark and max(covered.values()) == 1
    assert len(matrix.runs()) < len(dark) / 2  # merged: far fewer shapes than modules
    from_lines = Counter((row, c) for row, col, width in matrix.lines for c in range(col, col + width))
    assert set(from_lines) == dark and max(from_lines.values()) == 1
    assert all(not matrix.dark(row, col - 1) for row, col, _ in matrix.lines if col)  # each run is maximal


def test_parallel_prefetch_gives_the_same_codes(tmp_path: Path) -> None:
    """The forked encoder pool (headless commands) returns exactly what encoding in-process does."""
    script = (
        "from ocop_desk.labels import qr\n"
        "texts = [f'https://t.vn/p/SP{i:05d}/10/L{i}?17=270101' for i in range(250)]\n"
        "with qr.prefetch(texts, 1):\n"
        "    assert qr._PENDING is not None\n"
        "    got = [qr.encode(t) for t in texts]\n"
        "assert got == [qr._encode(t) for t in texts]\n"
        "print('ok')\n")
    import sys

    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "ok", done.stderr


# -- templates --------------------------------------------------------------------------------------


def test_builtin_templates_are_the_issue_sizes(store: Store) -> None:
    sizes = {(t.kind, t.columns, t.rows, t.label_width, t.label_height) for t in builtin_templates()}
    assert sizes == {("sheet", 3, 8, 70, 37), ("sheet", 3, 7, 70, 42.3), ("sheet", 2, 7, 99.1, 38.1),
                     ("sheet", 4, 10, 48.5, 25.4), ("roll", 1, 1, 50, 30), ("roll", 1, 1, 40, 30),
                     ("roll", 1, 1, 60, 40)}
    assert get_template(store, None).name == "a4-3x8"


def test_user_template_saved_and_listed(store: Store, actor) -> None:  # type: ignore[no-untyped-def]
    spec = {"name": "Tem 2x5", "kind": "sheet", "page_width": 210, "page_height": 297, "label_width": 100,
            "label_height": 55, "columns": 2, "rows": 5, "margin_left": 5, "margin_top": 10, "gap_x": 0, "gap_y": 2}
    save_template(store, actor, spec)
    save_template(store, actor, dict(spec, gap_y=1))  # replaced, not duplicated
    mine = [t for t in list_templates(store) if t.name == "Tem 2x5"]
    assert len(mine) == 1 and mine[0].gap_y == 1 and not mine[0].builtin
    with pytest.raises(DomainError, match="built-in"):
        save_template(store, actor, dict(spec, name="a4-3x8"))


def test_template_larger_than_page_is_refused() -> None:
    spec = {"name": "big", "kind": "sheet", "page_width": 210, "page_height": 297, "label_width": 70,
            "label_height": 40, "columns": 3, "rows": 8}
    with pytest.raises(DomainError, match=r"need 210 × 320 mm but the page is 210 × 297 mm"):
        from_spec(spec)
    with pytest.raises(ValidationFailed) as caught:
        from_spec(dict(spec, label_width="abc", rows=0))
    assert any("label_width" in p for p in caught.value.problems) and any("rows" in p for p in caught.value.problems)


def test_builtin_files_are_valid_json() -> None:
    from ocop_desk.core.paths import resource_files

    for path in resource_files("label_templates", ".json"):
        assert from_spec(json.loads(path.read_text(encoding="utf-8"))).name == path.name.removesuffix(".json")


# -- layout geometry --------------------------------------------------------------------------------


@pytest.mark.parametrize("template", builtin_templates(), ids=lambda t: t.name)
def test_text_stays_on_its_label_and_off_the_qr(template, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFontMetricsF

    from ocop_desk.labels.layout import LabelPainter

    painter = LabelPainter(template, 300)
    long_producer = "Hợp tác xã Sản xuất Kinh doanh Dịch vụ Nông nghiệp Tổng hợp Xã Thụy Hương Huyện Kiến Thụy"
    for content in (sample_content(), dataclasses.replace(sample_content(), name=LONG_NAME, producer=long_producer),
                    dataclasses.replace(sample_content(), name="Mật", stars=None, price=None)):
        layout = painter.layout(content)
        label = QRectF(0, 0, layout.width, layout.height)
        assert label.contains(layout.qr_rect)
        quiet = layout.module * qr.QUIET_ZONE
        assert layout.module >= 3 * 25.4 / 203 * painter.px - 1e-6  # at least 3 thermal dots
        assert layout.qr_rect.width() == pytest.approx(layout.module * layout.matrix.size + 2 * quiet)
        previous_bottom = 0.0
        for text in layout.texts:
            assert label.contains(text.rect), (template.name, text.text)
            assert not text.rect.intersects(layout.qr_rect), (template.name, text.text)
            assert text.rect.top() >= previous_bottom - 0.01  # stacked, never overlapping
            previous_bottom = text.rect.bottom()
            needed = QFontMetricsF(text.font).boundingRect(text.rect, text.flags, text.text)
            assert needed.width() <= text.rect.width() + 0.5 and needed.height() <= text.rect.height() + 0.5, text.text
        if layout.stars_rect is not None:
            assert label.contains(layout.stars_rect) and not layout.stars_rect.intersects(layout.qr_rect)
        names = "".join(t.text for t in layout.texts)
        assert "Lô: L2026-001" in names and "NSX" in names and "HSD" in names


# -- printed PDFs scan ------------------------------------------------------------------------------


@pytest.fixture
def lots_store(demo_store: Store) -> Store:
    add_lots(demo_store, per_product=2, long_name=True)
    return demo_store


@pytest.mark.parametrize("template", builtin_templates(), ids=lambda t: t.name)
def test_every_label_scans_on_every_template(template, lots_store: Store, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    rows = select_lots(lots_store, 1)
    # A full sheet (or five roll labels), starting part-way on a used sheet for sheets.
    count = template.per_page if template.kind == "sheet" else 5
    start = 3 if template.kind == "sheet" else 1
    rows = rows[:count]
    out = tmp_path / f"{template.name}.pdf"
    plan = plan_sheets(template, build_contents(rows, RESOLVER), start=start)
    write_labels_pdf(out, plan)
    # Each label, cut out of the 300 dpi page, holds exactly its own lot's URI.
    pages = decode_labels(out, template)
    expected = [expected_uri(r) for r in rows]
    found = [slots[slot] for page, slots in enumerate(pages) for slot in range(len(slots))
             if (page, slot) >= (0, start - 1)][:len(rows)]
    assert found == [[uri] for uri in expected]
    assert all(slots == [] for slots in pages[0][:start - 1])  # positions already used stay blank
    assert len(pages) == (2 if template.kind == "sheet" else count)
    fonts = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True, text=True).stdout
    embedded = [line.split()[-5] for line in fonts.splitlines()[2:]]
    assert embedded and set(embedded) == {"yes"}, fonts


@pytest.mark.parametrize("template", [t for t in builtin_templates() if t.kind == "roll"], ids=lambda t: t.name)
def test_thermal_labels_print_whole_dots_at_203_dpi(template, lots_store: Store, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    """What a 203 dpi thermal printer makes of the PDF: every module is whole dots on the printer's dot
    grid (no pixel of the code half covered), the 4-module quiet zone is blank, and every code decodes."""
    from labels_scan import decode, render_pages

    from ocop_desk.labels.layout import LabelPainter
    from ocop_desk.labels.render import PDF_DPI

    rows = select_lots(lots_store, 1)[:3]
    contents = build_contents(rows, RESOLVER)
    out = tmp_path / f"{template.name}.pdf"
    write_labels_pdf(out, plan_sheets(template, contents))
    pages = render_pages(out, dpi=203)
    assert len(pages) == len(contents)
    per_dot = PDF_DPI // 203
    for (pixels, width, height), content in zip(pages, contents, strict=True):
        assert decode((pixels, width, height)) == [content.payload]
        layout = LabelPainter(template, PDF_DPI).layout(content)
        dots = round(layout.module) // per_dot
        assert dots * per_dot == layout.module and dots >= 3
        left, top = layout.qr_rect.x() / per_dot, layout.qr_rect.y() / per_dot
        assert left == int(left) and top == int(top), "the QR is off the printer's dot grid"
        n, side = layout.matrix.size, (layout.matrix.size + 2 * qr.QUIET_ZONE) * dots
        for y in range(side):
            start = (int(top) + y) * width + int(left)
            line = pixels[start:start + side]
            assert all(p < 16 or p > 239 for p in line), f"pixel row {y} of the QR has half-covered dots"
            r = y // dots - qr.QUIET_ZONE
            want = [0 <= r < n and 0 <= x // dots - qr.QUIET_ZONE < n and layout.matrix.dark(r, x // dots - qr.QUIET_ZONE)
                    for x in range(side)]
            assert [p < 128 for p in line] == want, f"pixel row {y} of the QR differs"


def test_offline_payload_scans_as_text(lots_store: Store, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    rows = select_lots(lots_store, 1, LotFilter(booth_codes=("A03", "b01")))
    contents = build_contents(rows, None, mode="text")
    out = tmp_path / "offline.pdf"
    write_labels_pdf(out, plan_sheets(get_template(lots_store, "roll-60x40"), contents))
    decoded = [t for page in decode_pdf(out) for t in page]
    assert sorted(decoded) == sorted(c.payload for c in contents)
    assert any(t.startswith("OCOP|NM-CAT-HAI-40|") and "HSD" in t and "5 sao" in t for t in decoded)


def test_bad_input_is_refused_without_a_file(lots_store: Store, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    template = get_template(lots_store, "a4-3x8")
    rows = select_lots(lots_store, 1)
    contents = build_contents(rows, RESOLVER)
    with pytest.raises(DomainError, match="Copies must be between 1 and"):
        plan_sheets(template, contents, copies=0)
    with pytest.raises(DomainError, match="Start position 25 is not on a 24-label page"):
        plan_sheets(template, contents, start=25)
    with pytest.raises(DomainError, match="no traceability site address"):
        build_contents(rows, None)
    with lots_store.transaction() as session:
        session.execute(update(Lot).where(Lot.lot_code == rows[0].lot_code).values(expires_on=None))
    with pytest.raises(ValidationFailed) as caught:
        build_contents(select_lots(lots_store, 1), RESOLVER)
    assert caught.value.problems == [f"Lot {rows[0].lot_code} of {rows[0].product_name} (booth A01) has no expiry date."]

    # A failure while painting leaves neither the target nor a temporary file behind.
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "labels.pdf"
    broken = plan_sheets(template, [dataclasses.replace(contents[0], payload="x" * 1000)])
    with pytest.raises(DomainError, match="too small for this QR code"):
        write_labels_pdf(out, broken)
    assert list(folder.iterdir()) == []
    # An existing good file is kept when the new one fails.
    out.write_bytes(b"%PDF-old")
    with pytest.raises(DomainError):
        write_labels_pdf(out, broken)
    assert out.read_bytes() == b"%PDF-old" and list(folder.iterdir()) == [out]
    with pytest.raises(DomainError, match="too long for a QR code"):
        write_labels_pdf(out, plan_sheets(template, [dataclasses.replace(contents[0], payload="x" * 3000)]))
    assert out.read_bytes() == b"%PDF-old"
    with pytest.raises(DomainError, match="does not exist"):
        write_labels_pdf(tmp_path / "no" / "such.pdf", plan_sheets(template, contents[1:2]))


def test_selection_filters(lots_store: Store) -> None:
    every = select_lots(lots_store, 1)
    assert len(every) == 44
    a01 = select_lots(lots_store, 1, LotFilter(booth_codes=("a01",)))
    assert {r.booth_code for r in a01} == {"A01"} and len(a01) == 4
    assert select_lots(lots_store, 1, LotFilter(day=dt.date(2026, 10, 15))) == []
    checked_in = select_lots(lots_store, 1, LotFilter(checked_in=True, unprinted=True))
    assert {r.booth_code for r in checked_in} == {"A01", "A02"}
    product = select_lots(lots_store, 1, LotFilter(product_codes=("MAT-ONG-TH",)))
    assert {r.product_code for r in product} == {"MAT-ONG-TH"}


def ensure_gui_works_headless() -> None:
    ensure_gui()


@pytest.mark.parametrize("name", ["roll-50x30", "a4-3x8", "a4-2x7"])
def test_offline_text_fits_and_scans_on_small_labels(name: str, lots_store: Store, tmp_path: Path) -> None:
    """The offline payload is three times longer than a link: the QR grows, still whole 203 dpi dots."""
    template = get_template(lots_store, name)
    rows = select_lots(lots_store, 1, LotFilter(booth_codes=("B01",)))
    contents = build_contents(rows, None, mode="text")
    out = tmp_path / "offline.pdf"
    write_labels_pdf(out, plan_sheets(template, contents))
    found = [texts for page in decode_labels(out, template) for texts in page if texts]
    assert found == [[c.payload] for c in contents]


def test_invalid_gtin_is_named(lots_store: Store, tmp_path: Path) -> None:
    from ocop_desk.labels.site import build_site
    from ocop_desk.store.models import Product

    with lots_store.transaction() as session:
        session.execute(update(Product).where(Product.code == "MAT-ONG-TH").values(gtin="8936012340069"))
    with pytest.raises(DomainError, match="Product MAT-ONG-TH has an invalid GTIN"):
        build_contents(select_lots(lots_store, 1), RESOLVER)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(DomainError, match="invalid GTIN"):
        build_site(lots_store, folder / "site")
    assert list(folder.iterdir()) == []  # neither the site nor its temporary folder


def test_offline_text_too_big_for_the_smallest_labels_is_refused(lots_store: Store, tmp_path: Path) -> None:
    rows = select_lots(lots_store, 1, LotFilter(product_codes=("NM-CAT-HAI-40",)))  # the longest name
    contents = build_contents(rows, None, mode="text")
    folder = tmp_path / "out"
    folder.mkdir()
    for name in ("roll-40x30", "a4-4x10"):
        with pytest.raises(DomainError, match="too small for this QR code") as caught:
            write_labels_pdf(folder / "x.pdf", plan_sheets(get_template(lots_store, name), contents))
        assert "offline text needs a bigger QR code" in (caught.value.hint or "")
    assert list(folder.iterdir()) == []
