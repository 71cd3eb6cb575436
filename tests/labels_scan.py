"""Reading printed labels back like a phone would: PDF → 300 dpi image (pdftoppm) → QR codes (zbar)."""

from __future__ import annotations

import subprocess
from pathlib import Path


def render_pages(pdf: Path, dpi: int = 300, first: int = 1, last: int | None = None) -> list[tuple[bytes, int, int]]:
    """Grey pixels (bytes, width, height) of each page, rendered by poppler."""
    out = pdf.with_suffix("")
    args = ["pdftoppm", "-r", str(dpi), "-gray", "-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    subprocess.run([*args, str(pdf), str(out)], check=True, capture_output=True)
    pages = []
    for path in sorted(pdf.parent.glob(out.name + "-*.pgm")):
        pages.append(_read_pgm(path))
        path.unlink()
    return pages


def _read_pgm(path: Path) -> tuple[bytes, int, int]:
    data = path.read_bytes()
    fields: list[bytes] = []
    pos = 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    assert fields[0] == b"P5" and fields[3] == b"255"
    width, height = int(fields[1]), int(fields[2])
    pixels = data[pos + 1:pos + 1 + width * height]
    assert len(pixels) == width * height
    return pixels, width, height


def decode(page: tuple[bytes, int, int]) -> list[str]:
    from pyzbar import pyzbar

    found = pyzbar.decode(page, symbols=[pyzbar.ZBarSymbol.QRCODE])
    return [symbol.data.decode("utf-8") for symbol in found]


def decode_pdf(pdf: Path, dpi: int = 300) -> list[list[str]]:
    return [decode(page) for page in render_pages(pdf, dpi)]


def crop(page: tuple[bytes, int, int], x_mm: float, y_mm: float, w_mm: float, h_mm: float,
         dpi: int = 300) -> tuple[bytes, int, int]:
    """One label's area of a rendered page (what a phone camera sees when pointed at it)."""
    pixels, width, height = page
    scale = dpi / 25.4
    left, top = max(0, round(x_mm * scale)), max(0, round(y_mm * scale))
    right, bottom = min(width, round((x_mm + w_mm) * scale)), min(height, round((y_mm + h_mm) * scale))
    rows = [pixels[r * width + left:r * width + right] for r in range(top, bottom)]
    return b"".join(rows), right - left, bottom - top


def decode_labels(pdf: Path, template, dpi: int = 300) -> list[list[list[str]]]:  # type: ignore[no-untyped-def]
    """For each page, for each slot of the template: the QR texts found inside that label."""
    result = []
    for page in render_pages(pdf, dpi):
        slots = []
        for slot in range(template.per_page):
            x, y = template.label_origin(slot)
            slots.append(decode(crop(page, x, y, template.label_width, template.label_height, dpi)))
        result.append(slots)
    return result
