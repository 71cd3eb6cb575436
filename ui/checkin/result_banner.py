"""The large, colour-coded answer to each scan, readable from a step away in a bright, noisy hall."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ocop_desk.checkin.desk import CheckInOutcome
from ocop_desk.core.formatting import fmt_date, fmt_time

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


class ResultBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultBanner")
        self.state = "idle"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 18)
        layout.setSpacing(6)
        self.headline = QLabel()
        self.headline.setObjectName("resultHeadline")
        self.headline.setWordWrap(True)
        self.booth = QLabel()
        self.booth.setObjectName("resultBooth")
        self.booth.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("resultDetail")
        self.detail.setWordWrap(True)
        for label in (self.headline, self.booth, self.detail):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            layout.addWidget(label)
        self.setMinimumHeight(170)
        self.show_idle()

    def _paint(self, state: str, headline: str, booth: str = "", detail: str = "") -> None:
        self.state = state
        bg, fg = COLOURS[state]
        border = "#cfd8d2" if state in ("idle", "hint") else bg
        self.setStyleSheet(
            f"#resultBanner {{ background: {bg}; border: 2px solid {border}; border-radius: 10px; }}"
            f"#resultBanner QLabel {{ color: {fg}; background: transparent; }}"
            "#resultHeadline { font-size: 21pt; font-weight: 700; }"
            "#resultBooth { font-size: 17pt; font-weight: 600; }"
            "#resultDetail { font-size: 12.5pt; }"
        )
        self.headline.setText(headline)
        self.booth.setText(booth)
        self.booth.setVisible(bool(booth))
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))

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
