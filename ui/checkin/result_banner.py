"""The large, colour-coded answer to each scan, readable from a step away in a bright, noisy hall."""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ocop_desk.checkin.desk import CheckInOutcome
from ocop_desk.core.formatting import fmt_date, fmt_time
from ui.common.fit_text import FittedLabel

# state -> (background, text colour)
COLOURS = {
    "checked_in": ("#1e7d3a", "#ffffff"),
    "already": ("#f2b134", "#2b2100"),
    "unknown": ("#c62828", "#ffffff"),
    "not_registered": ("#5b3a8e", "#ffffff"),
    "undone": ("#455a64", "#ffffff"),
    "idle": ("#ffffff", "#1f3b2d"),
    "hint": ("#e8f1ea", "#1f3b2d"),
}


# label -> its size in points when the card has room
LINE_SIZES = {"headline": 21.0, "booth": 17.0, "detail": 12.5}


def _text_height(label: QLabel, points: float, width: int) -> int:
    """The wrapped text's height, lines of a fallback font (the ● and ✔ signs) included."""
    font = QFont(label.font())
    font.setPointSizeF(points)
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(font)
    document.setPlainText(label.text())
    document.setTextWidth(width)
    return math.ceil(document.size().height())


class ResultBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultBanner")
        self.state = "idle"
        self.column = layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(4)
        # Big from a step away; smaller rather than cut when the card is small (a 1366×768 laptop at 125%).
        self.headline = FittedLabel("", largest=21, lines=4)
        self.headline.setObjectName("resultHeadline")
        self.booth = FittedLabel("", largest=17, lines=4)
        self.booth.setObjectName("resultBooth")
        self.detail = FittedLabel("", largest=12.5, lines=4)
        self.detail.setObjectName("resultDetail")
        for label in (self.headline, self.booth, self.detail):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            layout.addWidget(label)
        layout.addStretch(1)
        self.setMinimumHeight(110)
        self.show_idle()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_text()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        """What the card asks for: its text at full size. Given less, the type shrinks to fit (`_fit_text`)."""
        return max(self.minimumHeight(), self._needed_height(width, 1.0) + self._chrome_height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = max(self.width(), 300)
        return QSize(width, self.heightForWidth(width))

    def _parts(self) -> list[tuple[str, float]]:
        return [(label, size) for label, size in LINE_SIZES.items() if getattr(self, label).text()]

    def _text_width(self, width: int) -> int:
        margins = self.column.contentsMargins()
        border = self.width() - self.contentsRect().width()  # the style sheet's border
        return width - border - margins.left() - margins.right() - 4  # a little slack for QLabel's own wrapping

    def _chrome_height(self) -> int:
        margins = self.column.contentsMargins()
        spacing = self.column.spacing() * max(len(self._parts()) - 1, 0)
        border = self.height() - self.contentsRect().height()
        return margins.top() + margins.bottom() + border + spacing

    def _needed_height(self, width: int, scale: float) -> int:
        text_width = self._text_width(width)
        return sum(_text_height(getattr(self, label), max(size * scale, 9.5), text_width)
                   for label, size in self._parts())

    def _fit_text(self) -> None:
        """The largest type (in steps down to half) at which the three lines fit the card as it is now."""
        if self._text_width(self.width()) <= 0:
            return
        room = self.height() - self._chrome_height()
        for scale in (1.0, 0.9, 0.8, 0.72, 0.66, 0.6, 0.55, 0.5):
            if self._needed_height(self.width(), scale) <= room:
                break
        sizes = {label: max(size * scale, 9.5) for label, size in self._parts()}
        for label, size in sizes.items():
            fitted: FittedLabel = getattr(self, label)
            fitted.largest = fitted.smallest = size
            fitted.setText(fitted.text())

    def _paint(self, state: str, headline: str, booth: str = "", detail: str = "") -> None:
        self.state = state
        bg, fg = COLOURS[state]
        border = "#cfd8d2" if state in ("idle", "hint") else bg
        self.setStyleSheet(
            f"#resultBanner {{ background: {bg}; border: 2px solid {border}; border-radius: 10px; }}"
            f"#resultBanner QLabel {{ color: {fg}; background: transparent; }}"
            "#resultHeadline { font-weight: 700; }"
            "#resultBooth { font-weight: 600; }"
        )
        self.headline.setText(headline)
        self.booth.setText(booth)
        self.booth.setVisible(bool(booth))
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self._fit_text()

    def show_idle(self) -> None:
        self._paint("idle", self.tr("Ready"), "", self.tr(
            "Scan a booth card, or type a booth code, producer, product or phone number and press Enter."))

    def show_hint(self, text: str, headline: str = "") -> None:
        self._paint("hint", headline or self.tr("Choose a booth"), "", text)

    def show_back(self, code: str, producer: str) -> None:
        self._paint("checked_in", "✔ " + self.tr("Present again"), f"{code} · {producer}",
                    self.tr("The booth is back at its place; it no longer counts as left."))

    def show_undone(self, code: str, producer: str) -> None:
        self._paint("undone", self.tr("Check-in undone"), f"{code} · {producer}",
                    self.tr("The booth is expected again. Ctrl+Shift+Z checks it in again."))

    def show_outcome(self, outcome: CheckInOutcome) -> None:
        booth = outcome.booth
        line = f"{booth.code} · {booth.producer}" if booth else ""
        zone = (booth.zone or "") if booth else ""
        if outcome.state == "checked_in":
            detail = self.tr("recorded by %1").replace("%1", outcome.by or "?")
            self._paint("checked_in", "✔ " + self.tr("Checked in at %1").replace("%1", fmt_time(outcome.at)),
                        line, f"{zone} · {detail}" if zone else detail)
        elif outcome.state == "already" and outcome.left_at is not None:
            headline = self.tr("Left at %1").replace("%1", fmt_time(outcome.left_at))
            detail = self.tr("Checked in at %1, then left. Enter: present again.").replace("%1", fmt_time(outcome.at))
            self._paint("already", "● " + headline, line, detail)
        elif outcome.state == "already":
            headline = self.tr("Already checked in today at %1").replace("%1", fmt_time(outcome.at))
            detail = self.tr("by %1 · no second record was made").replace("%1", outcome.by or "?")
            if outcome.station:
                detail += " · " + self.tr("station %1").replace("%1", outcome.station)
            self._paint("already", "● " + headline, line, detail)
        elif outcome.state == "not_registered":
            day = fmt_date(outcome.day) if outcome.day else ""
            self._paint("not_registered", "✖ " + self.tr("Not registered for %1").replace("%1", day), line,
                        self.tr("Nothing was recorded. Check the booth's registered days with the organisers."))
        else:
            detail = outcome.reason or self.tr("No booth of this fair has this code. Check the card, or search by "
                                               "producer or product name.")
            self._paint("unknown", "✖ " + self.tr("Unknown code"), f"“{outcome.scan[:60]}”", detail)
