"""Labels that give way gracefully on a small screen: a big figure whose font shrinks to its width, and a
line cut with "…" that shows the whole text in its tooltip. Neither asks for more room when its text grows,
so a panel never widens (and the tiles beside it never reflow) because a longer value came in."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """One line of text, cut with "…" where the width runs out; the whole text is then its tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(parent)
        self._full = ""
        self._mode = mode
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.fontMetrics().horizontalAdvance("…") * 4, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right() + 2
        return QSize(width, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full, self._mode, width) if width > 0 else self._full
        QLabel.setText(self, shown)
        self.setToolTip(self._full if shown != self._full else "")


def fitting_point_size(font: QFont, text: str, width: int, largest: float, smallest: float,
                       lines: int = 1) -> float:
    """The largest size from `largest` down to `smallest` (half points) at which `text` fits `width` in
    at most `lines` lines."""
    size = largest
    probe = QFont(font)
    while size > smallest:
        probe.setPointSizeF(size)
        metrics = QFontMetrics(probe)
        if lines == 1:
            if metrics.horizontalAdvance(text) <= width:
                return size
        else:
            used = metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
            if used.height() <= lines * metrics.lineSpacing() and used.width() <= width:
                return size
        size -= 0.5
    return smallest


class FittedLabel(QLabel):
    """A headline or a figure at `largest` points when there is room, smaller (down to `smallest`) when not.

    The size goes in the label's own style sheet, which wins over the application's `QWidget { font-size }`.
    """

    def __init__(self, text: str = "", largest: float = 20.0, smallest: float = 11.0, lines: int = 1,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.largest, self.smallest, self.lines = largest, smallest, lines
        self._size = 0.0
        self.setWordWrap(lines > 1)
        self.setSizePolicy(QSizePolicy.Policy.Ignored,
                           QSizePolicy.Policy.Preferred if lines > 1 else QSizePolicy.Policy.Fixed)
        self._apply(largest)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        self._fit()

    def _apply(self, size: float) -> None:
        if size != self._size:
            self._size = size
            self.setStyleSheet(f"font-size: {size:g}pt;")

    def point_size(self) -> float:
        return self._size

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        font = QFont(self.font())
        font.setPointSizeF(self.smallest)
        metrics = QFontMetrics(font)
        margins = self.contentsMargins()
        extra = margins.left() + margins.right() + 2 * self.margin() + 2
        if self.lines > 1:
            return QSize(metrics.horizontalAdvance("M") * 6 + extra, super().minimumSizeHint().height())
        return QSize(metrics.horizontalAdvance(self.text()) + extra, self._height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self._height()) if self.lines == 1 else hint.height())

    def _height(self) -> int:
        font = QFont(self.font())
        font.setPointSizeF(self.largest)  # the same height at every size: nothing below moves
        margins = self.contentsMargins()
        return QFontMetrics(font).height() + margins.top() + margins.bottom() + 2 * self.margin()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = self.contentsRect().width() - 2 * self.margin()
        if width <= 0 or not self.text():
            return
        self._apply(fitting_point_size(self.font(), self.text(), width - 2, self.largest, self.smallest, self.lines))
