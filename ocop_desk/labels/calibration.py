"""A one-page calibration print: label outlines, corner crosses and 100 mm rulers to measure.

The user measures where the crosses land and how long the 100 mm rulers print, then types the
offset and the scale (100 / measured) into the calibration dialog; it is remembered per printer.
"""

from __future__ import annotations

from typing import Any

from ocop_desk.labels.render import Calibration
from ocop_desk.labels.templates import Template


def paint_calibration(painter: Any, dpi: float, template: Template, calibration: Calibration | None = None) -> None:
    from PySide6.QtCore import QLineF, QRectF, Qt
    from PySide6.QtGui import QColor, QPen

    from ocop_desk.labels.layout import label_font

    cal = calibration or Calibration()
    px = dpi / 25.4
    painter.resetTransform()
    painter.translate(cal.dx * px, cal.dy * px)
    painter.scale(cal.scale, cal.scale)
    thin = QPen(QColor(0, 0, 0), 0.15 * px)
    painter.setPen(thin)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for slot in range(template.per_page):
        x, y = template.label_origin(slot)
        painter.drawRect(QRectF(x * px, y * px, template.label_width * px, template.label_height * px))
        for cx, cy in ((x, y), (x + template.label_width, y + template.label_height)):
            painter.drawLine(QLineF((cx - 2) * px, cy * px, (cx + 2) * px, cy * px))
            painter.drawLine(QLineF(cx * px, (cy - 2) * px, cx * px, (cy + 2) * px))
    # 100 mm rulers (or as long as the page allows) along the top and the left, with mm ticks.
    length_x = min(100.0, template.page_width - 10)
    length_y = min(100.0, template.page_height - 10)
    painter.setPen(QPen(QColor(0, 0, 0), 0.25 * px))
    ox, oy = 5.0, 5.0
    painter.drawLine(QLineF(ox * px, oy * px, (ox + length_x) * px, oy * px))
    painter.drawLine(QLineF(ox * px, oy * px, ox * px, (oy + length_y) * px))
    for mm in range(int(length_x) + 1):
        tick = 3 if mm % 10 == 0 else (2 if mm % 5 == 0 else 1)
        painter.drawLine(QLineF((ox + mm) * px, oy * px, (ox + mm) * px, (oy + tick) * px))
    for mm in range(int(length_y) + 1):
        tick = 3 if mm % 10 == 0 else (2 if mm % 5 == 0 else 1)
        painter.drawLine(QLineF(ox * px, (oy + mm) * px, (ox + tick) * px, (oy + mm) * px))
    painter.setPen(QColor(0, 0, 0))
    painter.setFont(label_font(2.6 * px))
    flags = int(Qt.TextFlag.TextWordWrap)
    text_w = max(30.0, min(template.page_width - 16, 120.0))
    painter.drawText(
        QRectF((ox + 4) * px, (oy + 5) * px, text_w * px, 40 * px), flags,
        f"Hiệu chỉnh máy in – {template.display_name()}\n"
        f"Thước ngang {length_x:g} mm, thước dọc {length_y:g} mm: đo độ dài thực tế để tính tỉ lệ.\n"
        f"Dấu + phải nằm đúng góc tem. Hiện tại: lệch X {cal.dx:+.1f} mm, Y {cal.dy:+.1f} mm, "
        f"tỉ lệ {cal.scale * 100:.1f}%.")
