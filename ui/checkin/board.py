"""The booth board: a tile per booth, grouped by zone, coloured by the day's status. Click a tile for details.

One widget paints every tile (and only the visible ones), so a fair of 500 booths builds and refreshes in
milliseconds instead of creating 500 buttons at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QScrollArea, QToolTip, QWidget

from ocop_desk.checkin.desk import BoothStatus
from ocop_desk.core.formatting import fmt_time

TILE_W, TILE_H, GAP, HEADER_H = 132, 74, 8, 34

# status -> (background, border, text)
TILE_COLOURS = {
    "expected": ("#ffffff", "#b8c4bc", "#2b3a31"),
    "present": ("#2e8b4e", "#1e6b38", "#ffffff"),
    "absent": ("#fde2e1", "#d9534f", "#8e1c1a"),
    "left": ("#e3e9f2", "#7c8fa8", "#34445a"),
    "off": ("#f1f1ee", "#dcdcd6", "#9a9a92"),
}

_PREFIXES = ("công ty tnhh", "công ty cổ phần", "công ty cp", "công ty", "hợp tác xã", "htx", "cơ sở sản xuất",
             "cơ sở", "hộ kinh doanh", "tổ hợp tác")


def short_producer(name: str) -> str:
    """The distinctive part of a producer's name for a small tile ("HTX Nuôi ong Tùng Hằng" → "Nuôi ong Tùng Hằng")."""
    lowered = name.lower()
    for prefix in _PREFIXES:
        if lowered.startswith(prefix + " ") and len(name) > len(prefix) + 3:
            return name[len(prefix):].strip()
    return name


class BoardCanvas(QWidget):
    """Paints the zones and tiles; hit-tests clicks and tooltips."""

    boothClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardCanvas")
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.rows: dict[str, BoothStatus] = {}
        self.zones: list[tuple[str, list[str]]] = []
        self.rects: dict[str, QRect] = {}
        self.headers: list[tuple[QRect, str]] = []
        self.hover: str | None = None
        self._columns = 1

    def set_rows(self, rows: list[BoothStatus], no_zone: str) -> None:
        self.rows = {r.booth.code: r for r in rows}
        zones: dict[str, list[str]] = {}
        for row in rows:
            zones.setdefault(row.booth.zone or no_zone, []).append(row.booth.code)
        self.zones = list(zones.items())

    def relayout(self, width: int) -> None:
        self._columns = max(1, (width - GAP) // (TILE_W + GAP))
        self.rects, self.headers = {}, []
        y = 0
        for zone, codes in self.zones:
            self.headers.append((QRect(2, y, max(width - 4, 100), HEADER_H), zone))
            y += HEADER_H
            for i, code in enumerate(codes):
                col, line = i % self._columns, i // self._columns
                self.rects[code] = QRect(2 + col * (TILE_W + GAP), y + line * (TILE_H + GAP), TILE_W, TILE_H)
            y += ((len(codes) + self._columns - 1) // self._columns) * (TILE_H + GAP) + 4
        self.setMinimumHeight(y + 8)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(4 * (TILE_W + GAP), self.minimumHeight())

    def code_at(self, pos: QPoint) -> str | None:
        return next((code for code, rect in self.rects.items() if rect.contains(pos)), None)

    def status_line(self, row: BoothStatus) -> str:
        words = {
            "expected": self.tr("expected"), "present": self.tr("present %1"), "absent": self.tr("absent"),
            "left": self.tr("left %1"), "off": self.tr("not today"),
        }
        when = row.left_at if row.status == "left" else row.checked_in_at
        return words[row.status].replace("%1", fmt_time(when) if when else "").strip()

    def zone_title(self, zone: str) -> str:
        codes = next(c for z, c in self.zones if z == zone)
        present = sum(1 for c in codes if self.rows[c].status == "present")
        expected = sum(1 for c in codes if self.rows[c].registered)
        return self.tr("%1 · %2 of %3 present").replace("%1", zone).replace("%2", str(present)).replace(
            "%3", str(expected))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        visible = event.rect()
        head = QFont(self.font())
        head.setPointSizeF(12.5)
        head.setBold(True)
        big = QFont(self.font())
        big.setPointSizeF(12.5)
        big.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(9)
        small_bold = QFont(small)
        small_bold.setBold(True)
        big_line = QFontMetrics(big).height()
        small_metrics = QFontMetrics(small)
        painter.setFont(head)
        painter.setPen(QColor("#1f3b2d"))
        for rect, zone in self.headers:
            if rect.intersects(visible):
                painter.drawText(rect.adjusted(0, 8, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                                 self.zone_title(zone))
        for code, rect in self.rects.items():
            if not rect.intersects(visible):
                continue
            row = self.rows[code]
            bg, border, fg = TILE_COLOURS[row.status]
            pen = QPen(QColor("#f2b134") if code == self.hover else QColor(border))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.setBrush(QColor(bg))
            painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 8, 8)
            inner = rect.adjusted(9, 5, -8, -5)
            painter.setPen(QColor(fg))
            painter.setFont(big)
            painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, code)
            painter.setFont(small)
            name = small_metrics.elidedText(short_producer(row.booth.producer), Qt.TextElideMode.ElideRight,
                                            inner.width())
            painter.drawText(inner.adjusted(0, big_line, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             name)
            painter.setFont(small_bold if row.status != "expected" else small)
            painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, self.status_line(row))
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        code = self.code_at(event.position().toPoint())
        if code != self.hover:
            old = self.rects.get(self.hover or "")
            self.hover = code
            for rect in (old, self.rects.get(code or "")):
                if rect is not None:
                    self.update(rect)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if self.hover is not None:
            rect = self.rects.get(self.hover)
            self.hover = None
            if rect is not None:
                self.update(rect)
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            code = self.code_at(event.position().toPoint())
            if code is not None:
                self.boothClicked.emit(code)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            code = self.code_at(event.pos())
            if code is None:
                QToolTip.hideText()
            else:
                row = self.rows[code]
                text = f"{code} · {row.booth.producer}\n{self.status_line(row)}" + (f" · {row.by}" if row.by else "")
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)


class BoardWidget(QScrollArea):
    """The canvas in a scroll area; `update_board` repaints with the day's statuses."""

    boothClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boothBoard")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.canvas = BoardCanvas()
        self.canvas.boothClicked.connect(self.boothClicked)
        self.setWidget(self.canvas)

    @property
    def tiles(self) -> dict[str, BoothStatus]:
        """Each booth's status as the board shows it, by code."""
        return self.canvas.rows

    def tile_center(self, code: str) -> QPoint:
        return self.canvas.rects[code].center()

    def update_board(self, rows: list[BoothStatus]) -> None:
        self.canvas.set_rows(rows, self.tr("No zone"))
        self.canvas.relayout(self.viewport().width())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.canvas.relayout(self.viewport().width())
