"""Viewers over time, from the snapshots the coordinator types in (QtCharts, loaded only with this page)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QDateTime, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ocop_desk.core.formatting import local_time
from ocop_desk.live.service import Snapshot

LINE = QColor("#2e7d4f")


def _ms(snap: Snapshot) -> float:
    return local_time(snap.taken_at).timestamp() * 1000


class ViewersChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setObjectName("viewersChart")
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 8, 4))
        chart.setBackgroundRoundness(6)
        title = QFont()
        title.setPointSizeF(11)
        title.setBold(True)
        chart.setTitleFont(title)
        chart.setTitle(self.tr("Current viewers"))
        super().__init__(chart, parent)
        self.setObjectName("viewersChartView")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.line = QLineSeries()
        self.line.setPen(QPen(LINE, 3))
        self.dots = QScatterSeries()
        self.dots.setMarkerSize(8)
        self.dots.setColor(LINE)
        self.dots.setBorderColor(LINE)
        chart.addSeries(self.line)
        chart.addSeries(self.dots)
        self.time_axis = QDateTimeAxis()
        self.time_axis.setFormat("HH:mm")
        self.time_axis.setTickCount(6)
        self.count_axis = QValueAxis()
        self.count_axis.setLabelFormat("%d")
        self.count_axis.setMin(0)
        for axis, side in ((self.time_axis, Qt.AlignmentFlag.AlignBottom), (self.count_axis, Qt.AlignmentFlag.AlignLeft)):
            axis.setGridLineColor(QColor("#e3e8e4"))
            chart.addAxis(axis, side)
            self.line.attachAxis(axis)
            self.dots.attachAxis(axis)
        self._points: list[tuple[float, int]] = []

    def set_snapshots(self, snaps: Sequence[Snapshot]) -> None:
        self._points = [(_ms(s), s.viewers) for s in snaps if s.viewers is not None]
        self._redraw()

    def add_snapshot(self, snap: Snapshot) -> None:
        if snap.viewers is None:
            return
        self._points.append((_ms(snap), snap.viewers))
        self._points.sort()
        self._redraw()

    def _redraw(self) -> None:
        points = [QPointF(x, y) for x, y in self._points]
        self.line.replace(points)
        self.dots.replace(points)
        self._rescale()

    def point_count(self) -> int:
        return self.line.count()

    def _rescale(self) -> None:
        if not self._points:
            now = QDateTime.currentDateTime()
            self.time_axis.setRange(now.addSecs(-3600), now)
            self.count_axis.setRange(0, 100)
            return
        first, last = self._points[0][0], self._points[-1][0]
        if last - first < 10 * 60 * 1000:  # at least a ten-minute window so one point is not a wall
            last = first + 10 * 60 * 1000
        pad = (last - first) * 0.03
        self.time_axis.setRange(QDateTime.fromMSecsSinceEpoch(int(first - pad)), QDateTime.fromMSecsSinceEpoch(int(last + pad)))
        top = max(y for _, y in self._points)
        self.count_axis.setRange(0, max(10.0, top * 1.08))
        self.count_axis.applyNiceNumbers()

