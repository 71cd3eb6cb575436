"""Sheets of labels onto any paged QPainter device: a PDF file here, a printer from the window.

A PDF is written to a temporary name beside the target and moved into place only when complete, so a
failure never leaves a half-written file where the user expects a good one.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ocop_desk.core.errors import DomainError
from ocop_desk.core.files import temp_file_beside
from ocop_desk.core.i18n import translate
from ocop_desk.core.validate import check_count
from ocop_desk.labels.content import LabelContent
from ocop_desk.labels.templates import Template

PDF_DPI = 1218  # 6 x 203: QR modules of whole thermal dots are whole PDF units (short numbers)
MAX_COPIES = 500
_APP: Any = None


def ensure_gui() -> None:
    """QtGui painting needs a QGuiApplication; headless commands get one on the offscreen platform."""
    global _APP
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        if "QT_QPA_PLATFORM" not in os.environ and not (sys.platform in ("win32", "darwin")
                                                       or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _APP = QGuiApplication([sys.argv[0] if sys.argv else "ocop-desk"])


@dataclass(frozen=True)
class Calibration:
    """A printer's correction: shift in mm (right/down positive) and a scale (1.0 = none)."""

    dx: float = 0.0
    dy: float = 0.0
    scale: float = 1.0

    def check(self) -> Calibration:
        if not (-20 <= self.dx <= 20 and -20 <= self.dy <= 20):
            raise DomainError(translate("Labels", "A printer offset must be between -20 and 20 mm."))
        if not 0.9 <= self.scale <= 1.1:
            raise DomainError(translate("Labels", "A printer scale correction must be between 0.9 and 1.1 "
                                                  "(a 10% error means the wrong paper size is set)."))
        return self

    def to_json(self) -> str:
        return json.dumps({"dx": self.dx, "dy": self.dy, "scale": self.scale})

    @classmethod
    def from_json(cls, text: str | None) -> Calibration:
        try:
            data = json.loads(text or "{}")
            return cls(float(data.get("dx", 0)), float(data.get("dy", 0)), float(data.get("scale", 1))).check()
        except (ValueError, TypeError, AttributeError, DomainError):
            return cls()


@dataclass(frozen=True)
class SheetPlan:
    """Which label goes in which slot of which page."""

    template: Template
    slots: tuple[tuple[int, int, LabelContent], ...]  # (page, slot, content)

    @property
    def pages(self) -> int:
        return self.slots[-1][0] + 1 if self.slots else 0

    @property
    def labels(self) -> int:
        return len(self.slots)


def plan_sheets(template: Template, contents: Sequence[LabelContent], *, copies: int = 1, start: int = 1) -> SheetPlan:
    """Lay labels out in order, `copies` of each, from slot `start` (1-based) of the first page."""
    check_count(copies, translate("Labels", "Copies"), minimum=1, maximum=MAX_COPIES)
    if not contents:
        raise DomainError(translate("Labels", "There are no lots to label."),
                          hint=translate("Labels", "Pick other booths, products or a day, or record lots first."))
    if not 1 <= start <= template.per_page:
        raise DomainError(
            translate("Labels", "Start position {start} is not on a {n}-label page.").format(
                start=start, n=template.per_page),
            hint=translate("Labels", "Give a position from 1 to {n} (left to right, top to bottom).").format(
                n=template.per_page))
    slots = []
    index = start - 1
    for content in contents:
        for _ in range(copies):
            page, slot = divmod(index, template.per_page)
            slots.append((page, slot, content))
            index += 1
    return SheetPlan(template, tuple(slots))


def paint_plan(painter: Any, dpi: float, plan: SheetPlan, new_page: Callable[[], bool],
               calibration: Calibration | None = None, page_filter: int | None = None) -> None:
    """Paint every page of `plan` (or only page `page_filter`) with `painter`."""
    from ocop_desk.labels.layout import LabelPainter

    labeller = LabelPainter(plan.template, dpi)
    cal = calibration or Calibration()
    current = -1
    for page, slot, content in plan.slots:
        if page_filter is not None and page != page_filter:
            continue
        if page != current:
            if current >= 0 and not new_page():
                raise DomainError(translate("Labels", "The printer or file refused a new page."))
            current = page
            painter.resetTransform()
            painter.translate(labeller.mm(cal.dx), labeller.mm(cal.dy))
            painter.scale(cal.scale, cal.scale)
        x, y = plan.template.label_origin(slot)
        labeller.paint(painter, round(labeller.mm(x)), round(labeller.mm(y)), labeller.layout(content))


def page_size(template: Template) -> Any:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QPageSize

    return QPageSize(QSizeF(template.page_width, template.page_height), QPageSize.Unit.Millimeter,
                     template.display_name(), QPageSize.SizeMatchPolicy.ExactMatch)


def load_pdf_types() -> None:
    """Have PySide6 build its Python types for the PDF path now, on the calling (GUI) thread.

    Shiboken creates a Qt class's or enum's Python type the first time Python touches it, and that lazy
    creation is not safe while another thread does the same: the window writes its PDF on a worker thread
    while the GUI thread runs, and the app died there in about one run in ten of the Xvfb market day
    (SIGSEGV creating a QPageLayout enum). The painting path's own types are built by the live preview.
    """
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    for _ in (QPdfWriter, QMarginsF, QSizeF, QPageLayout.Orientation.Portrait, QPageLayout.Unit.Millimeter,
              QPageSize.Unit.Millimeter, QPageSize.SizeMatchPolicy.ExactMatch):
        pass


def write_pdf(path: str | Path, template: Template, paint: Callable[[Any, float, Callable[[], bool]], None],
              *, title: str) -> Path:
    """Open a PDF of `template`'s page size at a temporary name, let `paint(painter, dpi, new_page)`
    fill it, and move it to `path` only when it is complete."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPainter, QPdfWriter

    ensure_gui()
    target = Path(path).expanduser().resolve()
    if target.is_dir():
        raise DomainError(translate("Labels", "{path} is a folder; give a file name ending in .pdf.").format(
            path=target))
    if not target.parent.is_dir():
        raise DomainError(translate("Labels", "The folder {folder} does not exist.").format(folder=target.parent),
                          hint=translate("Labels", "Create it or choose another place for the PDF."))
    try:
        tmp = temp_file_beside(target.parent, f".{target.stem}-", ".pdf.part")
    except OSError as exc:
        raise DomainError(translate("Labels", "Cannot write in {folder}: {reason}").format(
            folder=target.parent, reason=exc.strerror),
            hint=translate("Labels", "Choose a folder you can write to.")) from exc
    try:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(PDF_DPI)
        writer.setTitle(title)
        writer.setCreator("OCOP Desk")
        writer.setPageLayout(QPageLayout(page_size(template), QPageLayout.Orientation.Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
        painter = QPainter()
        if not painter.begin(writer):
            raise DomainError(translate("Labels", "Cannot write the PDF {path}.").format(path=target))
        try:
            paint(painter, float(writer.resolution()), writer.newPage)
        finally:
            painter.end()
        if tmp.stat().st_size == 0:
            raise DomainError(translate("Labels", "Cannot write the PDF {path} (is the disk full?).").format(
                path=target))
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def write_labels_pdf(path: str | Path, plan: SheetPlan, *, title: str = "Tem truy xuất nguồn gốc OCOP",
                     workers: int = 0) -> Path:
    """The labels of `plan` as a PDF (QR codes encoded by `workers` processes while pages are painted)."""
    from ocop_desk.labels import qr

    with qr.prefetch([content.payload for _, _, content in plan.slots], workers):
        return write_pdf(path, plan.template,
                         lambda painter, dpi, new_page: paint_plan(painter, dpi, plan, new_page), title=title)


def page_image(plan: SheetPlan, page: int, dpi: float = 96) -> Any:
    """One page of `plan` as a QImage (the window's live preview): white paper, grey label outlines."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPen

    t = plan.template
    px = dpi / 25.4
    image = QImage(max(1, round(t.page_width * px)), max(1, round(t.page_height * px)), QImage.Format.Format_RGB32)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setPen(QPen(QColor(200, 206, 201), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for slot in range(t.per_page):
            x, y = t.label_origin(slot)
            painter.drawRoundedRect(QRectF(x * px, y * px, t.label_width * px, t.label_height * px), 4, 4)
        paint_plan(painter, dpi, plan, lambda: True, page_filter=page)
    finally:
        painter.end()
    return image
