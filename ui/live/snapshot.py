"""The viewer-snapshot form: what the platform shows now (or at a time typed in, for a late entry)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ocop_desk.core.errors import DomainError
from ui.common.fit_text import ElidedLabel
from ui.live.dialogs import AmountEdit

_TIME = re.compile(r"^(\d{1,2})[:hH.](\d{2})$")


class SnapshotForm(QFrame):
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snapshotForm")
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 8, 8, 8)
        title = QLabel(self.tr("What the platform shows now"))
        title.setObjectName("snapshotTitle")
        grid.addWidget(title, 0, 0, 1, 4)
        self.time = QLineEdit()
        self.time.setObjectName("snap_time")
        self.time.setPlaceholderText(self.tr("now"))
        self.time.setToolTip(self.tr("Leave empty for now, or type the time shown (HH:MM) for a late entry"))
        self.time.setMaxLength(5)
        self.time.setMinimumWidth(self.time.fontMetrics().horizontalAdvance(self.time.placeholderText() + "00") + 16)
        self.time.returnPressed.connect(self.submitted)
        grid.addWidget(QLabel(self.tr("At")), 0, 4)
        grid.addWidget(self.time, 0, 5)
        names = [("viewers", self.tr("Viewers")), ("views", self.tr("Views")), ("likes", self.tr("Likes")),
                 ("comments", self.tr("Comments")), ("shares", self.tr("Shares")), ("reach", self.tr("Reach"))]
        self.fields: dict[str, AmountEdit] = {}
        for i, (key, label) in enumerate(names):
            edit = AmountEdit(label)
            edit.setObjectName(f"snap_{key}")
            edit.returnPressed.connect(self.submitted)
            self.fields[key] = edit
            grid.addWidget(QLabel(label), 1 + (i // 3) * 2, i % 3 * 2, 1, 2)
            grid.addWidget(edit, 2 + (i // 3) * 2, i % 3 * 2, 1, 2)
        self.last = ElidedLabel()  # a longer figure must not widen the panel (the tiles would reflow)
        self.last.setObjectName("tileCaption")
        grid.addWidget(self.last, 5, 0, 1, 3)
        self.button = QPushButton(self.tr("Record snapshot"))
        self.button.setObjectName("recordSnapshot")
        self.button.clicked.connect(self.submitted)
        grid.addWidget(self.button, 5, 3, 1, 3)

    def taken_at(self, day: dt.date) -> dt.datetime | None:
        """The typed time on the session's day in the laptop's zone, or None for now."""
        text = self.time.text().strip()
        if not text:
            return None
        match = _TIME.match(text)
        if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
            raise DomainError(self.tr("At: '%1' is not a time of day.").replace("%1", text),
                              hint=self.tr("Type it as HH:MM, e.g. 09:45, or leave it empty for now."))
        return dt.datetime.combine(day, dt.time(int(match.group(1)), int(match.group(2)))).astimezone()

    def values(self) -> dict[str, int | None]:
        return {key: edit.value() for key, edit in self.fields.items()}

    def clear(self) -> None:
        self.time.clear()
        for edit in self.fields.values():
            edit.clear()


class ViewersPanel(QWidget):
    """The snapshot form with the viewers chart below it. The form always keeps its room; on a low screen the
    chart gives way (hidden until there is height for it again), so the fields and "Record snapshot" stay whole."""

    CHART_MIN_HEIGHT = 130

    def __init__(self, form: SnapshotForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.chart: QWidget | None = None
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(6, 6, 6, 6)
        self.column.addWidget(form)
        self.column.addStretch(1)

    def set_chart(self, chart: QWidget) -> None:
        self.chart = chart
        chart.setMinimumHeight(0)
        chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.column.insertWidget(1, chart, 1)
        self._fit_chart()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_chart()

    def _fit_chart(self) -> None:
        if self.chart is None:
            return
        margins = self.column.contentsMargins()
        room = self.height() - self.form.sizeHint().height() - margins.top() - margins.bottom() - self.column.spacing()
        self.chart.setVisible(room >= self.CHART_MIN_HEIGHT)
