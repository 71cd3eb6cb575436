"""The tally board: one large tile per featured product, driven by mouse, keyboard and USB scanner.

Keyboard: a tile's number selects it (1–9, 0 = 10th); + and − build a count (each press one item, or
+12 for twelve), Enter records it, Esc cancels. A barcode scanner types like a keyboard: a fast burst
that is not a tally command is read as a scan, with or without a trailing Enter.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ocop_desk.core.formatting import fmt_int, fmt_money
from ocop_desk.live.service import MAX_COUNT, ProductTotals

_COMMAND = re.compile(r"^(\d{1,2})?([+\-−]*)(\d{0,5})$")
SCAN_GAP_S = 0.05  # scanners type a character every few ms; people take 80 ms or more
SCAN_IDLE_MS = 150  # a fast burst without Enter is complete after this pause
MAX_COLUMNS = 3  # tiles side by side on a wide screen


@dataclass(frozen=True)
class KeyAction:
    kind: str  # select, count, minus, scan, pending, invalid, cancel
    tile: int | None = None  # 1-based
    quantity: int = 1
    text: str = ""


class KeyInterpreter:
    """Turns typed characters into tally actions; pure logic so it is tested without a window."""

    def __init__(self) -> None:
        self.buffer = ""
        self._times: list[float] = []
        self._swallow_until = 0.0

    def reset(self) -> None:
        self.buffer = ""
        self._times = []

    def typed(self, text: str, now: float | None = None) -> KeyAction | None:
        now = time.monotonic() if now is None else now
        if now < self._swallow_until:  # the rest of a multi-line label text
            self._swallow_until = now + 0.3
            return None
        self.buffer += text
        self._times.append(now)
        match = _COMMAND.match(self.buffer)
        if match and not self._fast_burst():
            tile, ops, _ = match.groups()
            if tile and not ops:
                return KeyAction("select", tile=_tile(tile))
            return KeyAction("pending", text=self.buffer)
        return KeyAction("pending", text=self.buffer)

    def _fast_burst(self) -> bool:
        """Six or more characters arriving scanner-fast."""
        if len(self._times) < 6:
            return False
        gaps = [b - a for a, b in zip(self._times, self._times[1:], strict=False)]
        return max(gaps) < SCAN_GAP_S

    def looks_like_scan(self) -> bool:
        text = self.buffer.strip()
        if not text:
            return False
        match = _COMMAND.match(text)
        return match is None or (text.isdigit() and len(text) >= 8) or self._fast_burst()

    def enter(self, now: float | None = None) -> KeyAction | None:
        now = time.monotonic() if now is None else now
        if now < self._swallow_until:
            self._swallow_until = now + 0.3
            return None
        text, scan = self.buffer.strip(), self.looks_like_scan()
        self.reset()
        if not text:
            return None
        if scan:
            return self._scan(text, now)
        match = _COMMAND.match(text)
        assert match is not None
        tile_text, ops, digits = match.groups()
        tile = _tile(tile_text) if tile_text else None
        if not ops:
            return KeyAction("select", tile=tile) if tile else None
        if set(ops) - {"+"} and set(ops) - {"-", "−"}:
            return KeyAction("invalid", tile=tile, text=text)
        quantity = int(digits) if digits else len(ops)
        if quantity <= 0:
            return KeyAction("invalid", tile=tile, text=text)
        return KeyAction("count" if ops[0] == "+" else "minus", tile=tile, quantity=quantity)

    def idle(self, now: float | None = None) -> KeyAction | None:
        """Called after a pause: a complete scan from a scanner that sends no Enter."""
        now = time.monotonic() if now is None else now
        if self.buffer and self._fast_burst() and self.looks_like_scan():
            text = self.buffer.strip()
            self.reset()
            return KeyAction("scan", text=text)
        return None

    def _scan(self, text: str, now: float) -> KeyAction:
        """A scan ended by Enter: an offline label's further lines follow at once and are not commands."""
        if text.startswith("OCOP|"):
            self._swallow_until = now + 0.3
        return KeyAction("scan", text=text)


def _tile(text: str) -> int:
    return 10 if text == "0" else int(text)


class ProductTile(QFrame):
    """A product's items sold (large), orders and revenue, with +1, −1 and +N."""

    plusClicked = Signal(int, int)  # product id, quantity
    minusClicked = Signal(int)
    priceClicked = Signal(int)
    selected = Signal(int)  # position (1-based)

    def __init__(self, number: int, product_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productTile")
        self.number, self.product_id = number, product_id
        self.setProperty("selected", False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        top = QHBoxLayout()
        badge = QLabel(str(number % 10) if number <= 10 else "")
        badge.setObjectName("tileKey")
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        badge.setToolTip(self.tr("Press %1 to select this product").replace("%1", str(number % 10)))
        top.addWidget(badge)
        self.name = QLabel(name)
        self.name.setObjectName("tileName")
        self.name.setWordWrap(True)
        top.addWidget(self.name, 1)
        layout.addLayout(top)
        middle = QHBoxLayout()
        middle.setSpacing(6)
        self.items = QLabel("0")
        self.items.setObjectName("tileItems")
        middle.addWidget(self.items)
        caption = QVBoxLayout()
        caption.setSpacing(0)
        self.items_caption = QLabel()
        self.items_caption.setObjectName("tileCaption")
        caption.addStretch(1)
        caption.addWidget(self.items_caption)
        self.orders = QLabel()
        self.orders.setObjectName("tileCaption")
        caption.addWidget(self.orders)
        caption.addStretch(1)
        middle.addLayout(caption, 1)
        layout.addLayout(middle)
        money = QHBoxLayout()
        self.revenue = QLabel()
        self.revenue.setObjectName("tileRevenue")
        money.addWidget(self.revenue)
        money.addStretch(1)
        self.price = QPushButton()
        self.price.setObjectName("tilePrice")
        self.price.setFlat(True)
        self.price.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.price.setToolTip(self.tr("Change this product's live price for this session"))
        self.price.clicked.connect(lambda: self.priceClicked.emit(self.product_id))
        money.addWidget(self.price)
        layout.addLayout(money)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.minus = self._button("−1", "tileMinus")
        self.minus.clicked.connect(lambda: self.minusClicked.emit(self.product_id))
        self.plus = self._button("+1", "tilePlus")
        self.plus.clicked.connect(lambda: self.plusClicked.emit(self.product_id, 1))
        self.amount = QSpinBox()
        self.amount.setObjectName("tileAmount")
        self.amount.setRange(2, MAX_COUNT)
        self.amount.setValue(5)
        self.amount.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.amount.setMaximumWidth(76)
        self.plus_n = self._button(self.tr("+N"), "tilePlusN")
        self.plus_n.setToolTip(self.tr("Add the number beside it as one order"))
        self.plus_n.clicked.connect(lambda: self.plusClicked.emit(self.product_id, self.amount.value()))
        buttons.addWidget(self.minus)
        buttons.addWidget(self.plus, 2)
        buttons.addWidget(self.amount)
        buttons.addWidget(self.plus_n)
        layout.addLayout(buttons)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumHeight(36)
        return button

    def show_totals(self, totals: ProductTotals, live_price: bool) -> None:
        self.items.setText(fmt_int(totals.items))
        self.items_caption.setText(self.tr("items sold"))
        self.orders.setText(self.tr("%n order(s)", "", totals.orders))
        self.revenue.setText(fmt_money(totals.revenue))
        label = self.tr("live price %1") if live_price else self.tr("× %1")
        self.price.setText(label.replace("%1", fmt_money(totals.price)) + " ✎")

    def set_selected(self, on: bool) -> None:
        self.setProperty("selected", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.selected.emit(self.number)
        super().mousePressEvent(event)


class TallyBoard(QWidget):
    """The tiles and the keyboard; emits what the coordinator asked for, the page records it."""

    countRequested = Signal(int, int, str)  # product id, quantity, source
    minusRequested = Signal(int, int, str)  # product id, quantity, source
    scanned = Signal(str)
    priceRequested = Signal(int)
    message = Signal(str, bool)  # text, is_error

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tallyBoard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.keys = KeyInterpreter()
        self.tiles: list[ProductTile] = []
        self.columns = 0
        self.current = 0  # 1-based, 0 = none
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(SCAN_IDLE_MS)
        self._idle.timeout.connect(self._on_idle)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.tile_scroll = QScrollArea()
        self.tile_scroll.setObjectName("tileScroll")
        self.tile_scroll.setWidgetResizable(True)
        self.tile_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.tile_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tile_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.inner = QWidget()
        self.inner.setObjectName("tileArea")
        self.grid = QGridLayout(self.inner)
        self.grid.setContentsMargins(0, 0, 4, 0)
        self.grid.setSpacing(10)
        self.tile_scroll.setWidget(self.inner)
        outer.addWidget(self.tile_scroll, 1)

    def set_products(self, products: list[tuple[int, str]]) -> None:
        """(product id, name) in show order; rebuilds the tiles only when the list changed."""
        if [(t.product_id, t.name.text()) for t in self.tiles] == products:
            return
        for tile in self.tiles:
            tile.setParent(None)
            tile.deleteLater()
        self.tiles = []
        for i, (pid, name) in enumerate(products):
            tile = ProductTile(i + 1, pid, name)
            tile.plusClicked.connect(lambda p, q: self.countRequested.emit(p, q, "mouse"))
            tile.minusClicked.connect(lambda p: self.minusRequested.emit(p, 1, "mouse"))
            tile.priceClicked.connect(self.priceRequested)
            tile.selected.connect(self.select)
            self.tiles.append(tile)
        self.columns = 0
        self._arrange()
        self.current = 0
        if self.tiles:
            self.select(1)

    def fitting_columns(self) -> int:
        """As many columns of tiles as the width holds whole (at least one; the tiles scroll down)."""
        if not self.tiles:
            return 1
        tile = max(t.minimumSizeHint().width() for t in self.tiles)
        width = self.tile_scroll.viewport().width() - self.grid.contentsMargins().right()
        return max(1, min(MAX_COLUMNS, (width + self.grid.spacing()) // (tile + self.grid.spacing())))

    def _arrange(self) -> None:
        """Lay the tiles out again, only when the number of columns that fit has changed (a resize of the
        window or the splitter, never a count)."""
        columns = self.fitting_columns()
        if columns == self.columns:
            return
        self.columns = columns
        for tile in self.tiles:
            self.grid.removeWidget(tile)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        for i, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, i // columns, i % columns)
        for column in range(MAX_COLUMNS):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self.grid.setRowStretch(len(self.tiles) // columns + 1, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrange()

    def show_totals(self, totals: dict[int, ProductTotals], live_prices: set[int]) -> None:
        for tile in self.tiles:
            if tile.product_id in totals:
                tile.show_totals(totals[tile.product_id], tile.product_id in live_prices)

    def select(self, number: int) -> None:
        if not 1 <= number <= len(self.tiles):
            self.message.emit(self.tr("There is no product %1 on this board.").replace("%1", str(number)), True)
            return
        self.current = number
        for tile in self.tiles:
            tile.set_selected(tile.number == number)
        self.tile_scroll.ensureWidgetVisible(self.tiles[number - 1])

    def selected_tile(self) -> ProductTile | None:
        return self.tiles[self.current - 1] if self.current else None

    # -- keyboard and scanner ---------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        # When the key was typed (the event's timestamp): a scan stays a scan when the window is busy a moment.
        sent = event.timestamp() / 1000 if event.timestamp() else None
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._idle.stop()
            self._act(self.keys.enter(sent))
        elif key == Qt.Key.Key_Escape:
            self._idle.stop()
            self.keys.reset()
            self.message.emit("", False)
        elif key == Qt.Key.Key_Backspace:
            self.keys.buffer = self.keys.buffer[:-1]
            self._act(KeyAction("pending", text=self.keys.buffer))
        elif event.text() and event.text().isprintable() and not (
                event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)):
            self._act(self.keys.typed(event.text(), sent))
            self._idle.start()
        else:
            super().keyPressEvent(event)

    def _on_idle(self) -> None:
        self._act(self.keys.idle())

    def _act(self, action: KeyAction | None) -> None:
        if action is None:
            return
        if action.kind == "select" and action.tile:
            self.select(action.tile)
        elif action.kind == "pending":
            self._show_pending(action.text)
        elif action.kind == "scan":
            self.scanned.emit(action.text)
        elif action.kind == "invalid":
            self.message.emit(self.tr("'%1' is not a tally command. Type a product number, then + or −, "
                                      "then Enter.").replace("%1", action.text), True)
        elif action.kind in ("count", "minus"):
            if action.tile:
                self.select(action.tile)
                if self.current != action.tile:
                    return
            tile = self.selected_tile()
            if tile is None:
                self.message.emit(self.tr("Select a product first: type its number."), True)
                return
            signal = self.countRequested if action.kind == "count" else self.minusRequested
            signal.emit(tile.product_id, action.quantity, "key")

    def _show_pending(self, text: str) -> None:
        if not text:
            self.message.emit("", False)
            return
        match = _COMMAND.match(text)
        if match and match.group(2):
            self.message.emit(self.tr("%1 — Enter records it, Esc cancels").replace("%1", text), False)
        elif not match:
            self.message.emit(self.tr("Reading %1…").replace("%1", text[:40]), False)


# The tally page's own look (big, legible figures for a noisy hall); applied to the page only.
LIVE_QSS = """
#productTile { background: white; border: 2px solid #dfe5e0; border-radius: 10px; }
#productTile[selected="true"] { border: 3px solid #f2b134; background: #fffaf0; }
#tileKey { background: #1f3b2d; color: white; border-radius: 13px; min-width: 26px; max-width: 26px;
           min-height: 26px; max-height: 26px; font-weight: 700; font-size: 12pt; }
#tileName { font-size: 12pt; font-weight: 600; color: #1f3b2d; }
#tileItems { font-size: 30pt; font-weight: 700; color: #1f3b2d; padding-right: 4px; }
#tileCaption { color: #5c6b62; font-size: 10pt; }
#tileRevenue { font-size: 16pt; font-weight: 600; color: #2e7d4f; }
#tilePrice { color: #5c6b62; padding: 0; text-align: right; border: none; }
#tilePlus { background: #2e7d4f; color: white; font-size: 15pt; font-weight: 700; border-radius: 6px; }
#tilePlus:hover { background: #276b43; }
#tilePlus:disabled, #tileMinus:disabled, #tilePlusN:disabled { background: #e3e8e4; color: #9aa59e; }
#tileMinus { background: #f3e1dc; color: #8a2c12; font-size: 13pt; font-weight: 700; border-radius: 6px; }
#tilePlusN { background: #dcefe3; color: #1f3b2d; font-size: 12pt; font-weight: 700; border-radius: 6px; }
#tileAmount { font-size: 12pt; min-height: 30px; }
#tileArea { background: transparent; }
#liveFigure { background: #1f3b2d; border-radius: 8px; }
#liveFigureValue { color: white; font-weight: 700; }
#liveFigureCaption { color: #cfe6d6; font-size: 10pt; }
#tallyFeedback { color: #1f3b2d; padding: 4px 2px; }
#tallyFeedback[error="true"] { color: #b3261e; font-weight: 600; }
#liveStatus { font-weight: 700; color: white; background: #c62828; border-radius: 4px; padding: 3px 10px; }
#liveStatus[ended="true"] { background: #5c6b62; }
#snapshotForm { background: white; border: 1px solid #dfe5e0; border-radius: 8px; }
#snapshotTitle { font-weight: 600; color: #1f3b2d; }
#undoButton, #correctButton { padding: 4px 10px; }
#recordSnapshot { background: #1f3b2d; color: white; font-weight: 600; border-radius: 6px; padding: 6px 14px; }
"""
