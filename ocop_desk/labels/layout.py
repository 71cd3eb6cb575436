"""Where everything goes on one label, and painting it with a QPainter (PDF, printer or preview).

Layout is computed in device pixels at the device's resolution, with fonts sized in pixels, so the
boxes measured here are the boxes painted. The QR keeps its 4-module quiet zone, its module is a
whole number of 203 dpi printer dots (at least 3: what phones read from a thermal label), and the
text column starts after the quiet zone: text can wrap, shrink or be shortened, never overlap the QR
or leave the label.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from ocop_desk.core.errors import DomainError
from ocop_desk.core.i18n import translate
from ocop_desk.labels import qr
from ocop_desk.labels.content import LabelContent
from ocop_desk.labels.templates import Template

MM_PER_INCH = 25.4
THERMAL_DOT_MM = MM_PER_INCH / 203  # one dot of a 203 dpi thermal printer
MIN_MODULE_DOTS = 3  # 0.375 mm: the smallest module phones read reliably from a thermal label
MAX_MODULE_DOTS = 4  # 0.5 mm: larger QR codes scan no better and only steal room from the text
FONT_FAMILIES = ("Noto Sans", "DejaVu Sans", "Segoe UI", "Arial")  # all with full Vietnamese coverage
WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)
ONE_LINE = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)
SCALES = (1.0, 0.93, 0.86, 0.8, 0.74, 0.68, 0.62)
ELLIPSIS = "…"


@lru_cache(maxsize=1)
def font_family() -> str:
    families = set(QFontDatabase.families())
    return next((f for f in FONT_FAMILIES if f in families), QFont().defaultFamily())


@dataclass(frozen=True)
class TextBox:
    rect: QRectF  # device px, relative to the label's top-left corner
    text: str
    font: QFont
    flags: int


@dataclass(frozen=True)
class LabelLayout:
    width: float  # px
    height: float
    qr_rect: QRectF  # the QR with its quiet zone
    module: float  # px per module
    matrix: qr.QrMatrix
    texts: tuple[TextBox, ...]
    stars_rect: QRectF | None
    stars: int

    def boxes(self) -> list[tuple[str, QRectF]]:
        """Every box drawn, named, for geometry checks."""
        out = [("qr", self.qr_rect)] + [(t.text, t.rect) for t in self.texts]
        if self.stars_rect is not None:
            out.append(("stars", self.stars_rect))
        return out


def label_font(px: float, bold: bool = False) -> QFont:
    return _cached_font(max(1, round(px)), bold)


@lru_cache(maxsize=256)
def _cached_font(px: int, bold: bool) -> QFont:
    """Fonts are built once per size (the caller must not change them)."""
    font = QFont(font_family())
    font.setPixelSize(px)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(True)
    return font


@lru_cache(maxsize=20000)
def _measure(text: str, px: int, bold: bool, width: float) -> tuple[float, float]:
    """(wrapped height, line spacing) of `text` at a pixel size within `width`."""
    metrics = QFontMetricsF(label_font(px, bold))
    rect = metrics.boundingRect(QRectF(0, 0, width, 1e7), WRAP, text)
    return rect.height(), metrics.lineSpacing()


@lru_cache(maxsize=20000)
def _advance(text: str, px: int) -> float:
    return QFontMetricsF(label_font(px)).horizontalAdvance(text)


def _shorten(text: str, px: int, bold: bool, width: float, max_lines: int) -> str:
    """The longest word-prefix of `text` (with …) that wraps into `max_lines` lines."""
    height, line = _measure(text, px, bold, width)
    if height <= line * max_lines + 0.5:
        return text
    words = text.split()
    while len(words) > 1:
        words.pop()
        candidate = " ".join(words).rstrip(",;–-") + ELLIPSIS
        height, line = _measure(candidate, px, bold, width)
        if height <= line * max_lines + 0.5:
            return candidate
    return QFontMetricsF(label_font(px, bold)).elidedText(text, Qt.TextElideMode.ElideRight, width)


class LabelPainter:
    """Lays out and paints lot labels of one template on a device of `dpi` dots per inch."""

    def __init__(self, template: Template, dpi: float) -> None:
        self.template = template
        self.dpi = dpi
        self.px = dpi / MM_PER_INCH
        self._qr_paths: dict[tuple[bytes, ...], QPainterPath] = {}

    def mm(self, value: float) -> float:
        return value * self.px

    # -- layout ----------------------------------------------------------------------------------

    def qr_geometry(self, matrix: qr.QrMatrix, max_width_mm: float | None = None) -> tuple[float, float]:
        """(module mm, whole QR with quiet zone mm): the largest whole-dot module that fits."""
        t = self.template
        modules = matrix.size + 2 * qr.QUIET_ZONE
        for share in (0.5, 0.62):
            room = min(t.label_height, max_width_mm or t.label_width * share)
            dots = min(MAX_MODULE_DOTS, math.floor(room / modules / THERMAL_DOT_MM + 1e-9))
            if dots >= MIN_MODULE_DOTS:
                module = dots * THERMAL_DOT_MM
                return module, module * modules
        raise DomainError(
            translate("Labels", "A {w} × {h} mm label is too small for this QR code ({n} modules): it would not "
                                "scan.").format(w=f"{t.label_width:g}", h=f"{t.label_height:g}", n=matrix.size),
            hint=translate("Labels", "Choose a larger label template (offline text needs a bigger QR code than a "
                                     "web link), or shorten the site address."))

    def layout(self, content: LabelContent) -> LabelLayout:
        t = self.template
        width, height = self.mm(t.label_width), self.mm(t.label_height)
        pad = self.mm(t.padding)
        matrix = qr.encode(content.payload)
        module_mm, side_mm = self.qr_geometry(matrix)
        module = round(module_mm / THERMAL_DOT_MM) * self.dpi / 203  # exact: whole dots in device px
        side = module * (matrix.size + 2 * qr.QUIET_ZONE)
        quiet = module * qr.QUIET_ZONE
        dot = self.dpi / 203
        qr_x = math.floor(max(0.0, min(pad - quiet, width - side)) / dot + 1e-9) * dot
        qr_y = math.floor(max(0.0, height - side) / 2 / dot + 1e-9) * dot
        # On the thermal printer's dot grid, so every module is whole dots; at the PDF's 1218 dpi (6 x 203)
        # every module edge is also a whole device pixel.
        qr_rect = QRectF(round(qr_x), round(qr_y), side, side)
        left = qr_rect.right() + self.mm(0.3)
        text_w = width - pad - left
        text_h = height - 2 * pad
        base = self.mm(min(1.3, max(0.75, t.label_height / 37))) * 0.3528  # pt → mm at this label's scale
        for scale in SCALES:
            boxes, stars_rect, used = self._arrange(content, left, pad, text_w, base * scale, text_h)
            if used <= text_h:
                break
        else:
            boxes, stars_rect, used = self._arrange(content, left, pad, text_w, base * SCALES[-1], text_h,
                                                    tight=True)
        shift = max(0.0, (text_h - used) / 2)  # centre the text block beside the QR
        boxes = [TextBox(b.rect.translated(0, shift), b.text, b.font, b.flags) for b in boxes]
        if stars_rect is not None:
            stars_rect = stars_rect.translated(0, shift)
        return LabelLayout(width, height, qr_rect, module, matrix, tuple(boxes), stars_rect,
                           content.stars or 0)

    def _arrange(self, c: LabelContent, left: float, top: float, width: float, unit: float, room: float,
                 *, tight: bool = False) -> tuple[list[TextBox], QRectF | None, float]:
        """Stack the text blocks from `top`; returns boxes, the stars box and the height used."""
        name_px, small_px = round(unit * 8.5), round(unit * 6.4)
        gap = unit * 1.2
        blocks: list[tuple[str, int, bool, int]] = [(c.name, name_px, True, 2 if tight else 3)]
        lines: list[tuple[str, int, bool, int]] = [
            (c.producer, small_px, False, 1 if tight else 2),
            (f"Lô: {c.lot_code}", small_px, False, 1),
        ]
        dates_one = f"NSX: {c.produced}  HSD: {c.expires}"
        if _advance(dates_one, small_px) <= width:
            lines.append((dates_one, small_px, False, 1))
        else:
            lines += [(f"NSX: {c.produced}", small_px, False, 1), (f"HSD: {c.expires}", small_px, False, 1)]
        if c.price:
            lines.append((c.price, small_px, True, 1))
        out: list[TextBox] = []
        y = top
        for text, px, bold, max_lines in blocks:
            y = self._add(out, text, px, bold, max_lines, left, y, width) + gap * 0.5
        stars_rect = None
        if c.stars:
            size = small_px * 1.05
            stars_rect = QRectF(left, y, min(width, size * c.stars * 1.15), size)
            y = stars_rect.bottom() + gap * 0.5
        for text, px, bold, max_lines in lines:
            y = self._add(out, text, px, bold, max_lines, left, y, width)
        return out, stars_rect, y - top

    def _add(self, out: list[TextBox], text: str, px: int, bold: bool, max_lines: int, left: float, y: float,
             width: float) -> float:
        text = _shorten(text, px, bold, width, max_lines)
        height, line = _measure(text, px, bold, width)
        height = min(height, line * max_lines)
        flags = WRAP if max_lines > 1 else ONE_LINE
        out.append(TextBox(QRectF(left, y, width, height), text, label_font(px, bold), flags))
        return y + height

    # -- painting --------------------------------------------------------------------------------

    def paint(self, painter: QPainter, x: float, y: float, layout: LabelLayout) -> None:
        """Paint a laid-out label with its top-left corner at device px (x, y)."""
        painter.save()
        painter.translate(x, y)
        painter.save()
        quiet = qr.QUIET_ZONE * layout.module
        painter.translate(layout.qr_rect.x() + quiet, layout.qr_rect.y() + quiet + layout.module / 2)
        painter.scale(layout.module, layout.module)
        painter.strokePath(self._qr_path(layout), self._qr_pen)
        painter.restore()
        painter.setPen(Qt.PenStyle.NoPen)
        if layout.stars_rect is not None:
            painter.setBrush(QColor(0, 0, 0))
            r = layout.stars_rect
            size = r.height()
            for i in range(layout.stars):
                painter.drawPolygon(_star(round(r.left() + size * (0.5 + i * 1.15), 1), round(r.center().y(), 1),
                                          round(size / 2, 1)))
        painter.setPen(QColor(0, 0, 0))
        for box in layout.texts:
            painter.setFont(box.font)
            painter.drawText(box.rect, box.flags, box.text)
        painter.restore()

    @property
    def _qr_pen(self) -> QPen:
        pen = QPen(QColor(0, 0, 0), 1.0)  # one module: the painter is scaled to module units
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        return pen

    def _qr_path(self, layout: LabelLayout) -> QPainterPath:
        """The dark modules in module units, as one path of horizontal runs: each a line one module
        wide with flat caps is exactly the run's rectangle, written with two points instead of five."""
        path = self._qr_paths.get(layout.matrix.rows)
        if path is None:
            path = QPainterPath()
            move, line = path.moveTo, path.lineTo
            for row, col, width in layout.matrix.lines:
                move(col, row)  # the painter is shifted half a module down: whole numbers in the PDF
                line(col + width, row)
            if len(self._qr_paths) > 256:
                self._qr_paths.clear()
            self._qr_paths[layout.matrix.rows] = path
        return path


@lru_cache(maxsize=512)
def _star(x: float, y: float, radius: float) -> QPolygonF:
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.45
        angle = -math.pi / 2 + i * math.pi / 5
        points.append(QPointF(x + r * math.cos(angle), y + r * math.sin(angle)))
    return QPolygonF(points)
