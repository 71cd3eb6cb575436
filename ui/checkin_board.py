"""The booth board: a tile per booth, grouped by zone, coloured by the day's status. Click a tile for details."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from ocop_desk.checkin import BoothStatus
from ocop_desk.formatting import fmt_time

TILE_W, TILE_H, GAP = 132, 74, 8

# status -> (background, border, text)
TILE_COLOURS = {
    "expected": ("#ffffff", "#b8c4bc", "#2b3a31"),
    "present": ("#2e8b4e", "#1e6b38", "#ffffff"),
    "absent": ("#fde2e1", "#d9534f", "#8e1c1a"),
    "left": ("#e3e9f2", "#7c8fa8", "#34445a"),
    "off": ("#f1f1ee", "#dcdcd6", "#9a9a92"),
}

BOARD_STYLE = (
    "#zoneHeader { font-size: 12.5pt; font-weight: 600; color: #1f3b2d; padding: 8px 0 2px 2px; }"
    "#boardContent { background: transparent; }"
)


_PREFIXES = ("công ty tnhh", "công ty cổ phần", "công ty cp", "công ty", "hợp tác xã", "htx", "cơ sở sản xuất",
             "cơ sở", "hộ kinh doanh", "tổ hợp tác")


def short_producer(name: str) -> str:
    """The distinctive part of a producer's name for a small tile ("HTX Nuôi ong Tùng Hằng" → "Nuôi ong Tùng Hằng")."""
    lowered = name.lower()
    for prefix in _PREFIXES:
        if lowered.startswith(prefix + " ") and len(name) > len(prefix) + 3:
            return name[len(prefix):].strip()
    return name


class BoothTile(QToolButton):
    """Painted by hand: the booth code large, the producer, and the status with its time."""

    def __init__(self, status: BoothStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boothTile")
        self.code = status.booth.code
        self.setFixedSize(QSize(TILE_W, TILE_H))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.update_status(status)

    def update_status(self, status: BoothStatus) -> None:
        self.status = status
        words = {
            "expected": self.tr("expected"), "present": self.tr("present %1"), "absent": self.tr("absent"),
            "left": self.tr("left %1"), "off": self.tr("not today"),
        }
        when = status.left_at if status.status == "left" else status.checked_in_at
        self.status_line = words[status.status].replace("%1", fmt_time(when) if when else "").strip()
        producer = status.booth.producer
        self.setText(f"{status.booth.code} {producer} {self.status_line}")  # for accessibility and tests
        tip = f"{status.booth.code} · {producer}\n{self.status_line}"
        self.setToolTip(tip + (f" · {status.by}" if status.by else ""))
        self.setProperty("status", status.status)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        bg, border, fg = TILE_COLOURS[self.status.status]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor("#f2b134") if self.underMouse() else QColor(border))
        pen.setWidth(2)
        painter.setPen(pen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)
        painter.setPen(QColor(fg))
        inner = self.rect().adjusted(9, 5, -8, -5)
        font = QFont(self.font())
        font.setPointSizeF(12.5)
        font.setBold(True)
        painter.setFont(font)
        line = QFontMetrics(font).height()
        painter.drawText(inner.adjusted(0, 0, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         self.status.booth.code)
        small = QFont(self.font())
        small.setPointSizeF(9)
        small.setBold(False)
        painter.setFont(small)
        metrics = QFontMetrics(small)
        name = metrics.elidedText(short_producer(self.status.booth.producer), Qt.TextElideMode.ElideRight,
                                  inner.width())
        painter.drawText(inner.adjusted(0, line, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, name)
        small.setBold(self.status.status != "expected")
        painter.setFont(small)
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, self.status_line)
        painter.end()


class BoardWidget(QScrollArea):
    """Tiles by zone; `update_board` reuses tiles when the same booths come back (no flicker, fast)."""

    boothClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boothBoard")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setStyleSheet(BOARD_STYLE)
        self.tiles: dict[str, BoothTile] = {}
        self._zones: list[tuple[str, list[str]]] = []
        self._headers: dict[str, QLabel] = {}
        self._grids: dict[str, QGridLayout] = {}
        self._columns = 0
        self._content = QWidget()
        self._content.setObjectName("boardContent")
        self.setWidget(self._content)

    def update_board(self, rows: list[BoothStatus]) -> None:
        zones: dict[str, list[str]] = {}
        for row in rows:
            zones.setdefault(row.booth.zone or self.tr("No zone"), []).append(row.booth.code)
        layout_key = [(z, codes) for z, codes in zones.items()]
        if layout_key != self._zones:
            self._rebuild(rows, layout_key)
        else:
            for row in rows:
                self.tiles[row.booth.code].update_status(row)
        for zone, codes in self._zones:
            present = sum(1 for c in codes if self.tiles[c].status.status == "present")
            expected = sum(1 for c in codes if self.tiles[c].status.registered)
            self._headers[zone].setText(self.tr("%1 · %2 of %3 present").replace("%1", zone).replace(
                "%2", str(present)).replace("%3", str(expected)))

    def _rebuild(self, rows: list[BoothStatus], zones: list[tuple[str, list[str]]]) -> None:
        content = QWidget()
        content.setObjectName("boardContent")
        self.tiles, self._headers, self._grids, self._zones = {}, {}, {}, zones
        outer = QVBoxLayout(content)
        outer.setContentsMargins(2, 0, 2, 8)
        outer.setSpacing(2)
        for row in rows:
            tile = BoothTile(row, content)
            tile.clicked.connect(lambda _=False, c=row.booth.code: self.boothClicked.emit(c))
            self.tiles[row.booth.code] = tile
        for zone, _ in zones:
            header = QLabel(zone, content)
            header.setObjectName("zoneHeader")
            self._headers[zone] = header
            outer.addWidget(header)
            grid = QGridLayout()
            grid.setHorizontalSpacing(GAP)
            grid.setVerticalSpacing(GAP)
            outer.addLayout(grid)
            self._grids[zone] = grid
        outer.addStretch(1)
        self._columns = 0
        self._relayout()
        old = self.takeWidget()
        self.setWidget(content)
        self._content = content
        if old is not None:
            old.deleteLater()

    def _relayout(self) -> None:
        """Place the tiles in as many columns as fit (again after a resize)."""
        columns = max(1, (self.viewport().width() - GAP) // (TILE_W + GAP))
        if columns == self._columns:
            return
        old_columns, self._columns = self._columns, columns
        for zone, codes in self._zones:
            grid = self._grids[zone]
            for code in codes:
                grid.removeWidget(self.tiles[code])
            if old_columns:
                grid.setColumnStretch(old_columns, 0)
            for i, code in enumerate(codes):
                grid.addWidget(self.tiles[code], i // columns, i % columns)
            grid.setColumnStretch(columns, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._zones:
            self._relayout()
