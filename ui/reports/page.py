"""Summary: where the fair stands, for the chosen day or the whole event, with charts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ocop_desk.core.formatting import fmt_date, fmt_day_month, fmt_int, fmt_money
from ocop_desk.fair.events import EventInfo
from ocop_desk.reports.summary import ProductSales, Share, Summary, summarize
from ui.common.context import AppContext
from ui.common.page import Page, page_header
from ui.common.table_model import Column, RecordTableModel
from ui.common.tasks import LatestRead
from ui.common.widgets import make_table, stars

STYLE = """
#summaryCard { background: white; border: 1px solid #dfe5e0; border-radius: 8px; }
#tileValue { font-size: 20pt; font-weight: 600; color: #1f3b2d; }
#tileCaption { color: #5c6b62; }
#tileDetail { color: #8a968f; font-size: 9pt; }
#cardTitle { font-weight: 600; color: #1f3b2d; font-size: 11pt; }
#liveHead { color: #5c6b62; font-weight: 600; }
#liveValue { font-size: 12.5pt; font-weight: 600; }
#scopeButton { padding: 5px 16px; border: 1px solid #b9c6bd; background: white; }
#scopeButton:checked { background: #2e5a43; color: white; border-color: #2e5a43; }
"""

CHART_HEIGHT = 270


def card(title: str = "") -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("summaryCard")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 12)
    layout.setSpacing(6)
    if title:
        label = QLabel(title)
        label.setObjectName("cardTitle")
        layout.addWidget(label)
    return frame, layout


class Tile(QFrame):
    """One figure: the number, what it is, and an optional detail line."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setObjectName("summaryCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(0)
        self.value = QLabel("—")
        self.value.setObjectName("tileValue")
        self.caption = QLabel(caption)
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("tileDetail")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)

    def show_value(self, value: str, detail: str = "") -> None:
        self.value.setStyleSheet("font-size: 15pt;" if len(value) > 12 else "")
        self.value.setText(value)
        self.detail.setText(detail)


class SummaryPage(Page):
    object_name = "summaryPage"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setStyleSheet(STYLE)
        self.summary: Summary | None = None
        self._summary_reads: LatestRead[Summary] = self.new_reads()  # the figures may take a while on a server
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self._build_top())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("summaryBody")
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(12)
        layout.addLayout(self._build_tiles())
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self._build_live_card(), 0)
        row.addWidget(self._build_revenue_card(), 1)
        layout.addLayout(row)
        layout.addLayout(self._build_charts())
        layout.addWidget(self._build_tables())

    def _build_top(self) -> QHBoxLayout:
        """The title, the day / whole-event switch and the export button."""
        top = QHBoxLayout()
        self.header = page_header(self.title())
        top.addWidget(self.header, 1)
        self.scope_group = QButtonGroup(self)
        self.day_button = QPushButton()
        self.event_button = QPushButton(self.tr("Whole event"))
        for i, button in enumerate((self.day_button, self.event_button)):
            button.setObjectName("scopeButton")
            button.setCheckable(True)
            self.scope_group.addButton(button, i)
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.day_button.setChecked(True)
        self.scope_group.idClicked.connect(lambda _: self.refresh_now())
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export)
        top.addSpacing(12)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        return top


    def _build_tiles(self) -> QGridLayout:
        """The headline figures, two rows of five."""
        grid = QGridLayout()
        grid.setSpacing(10)
        self.tiles = {
            "booths": Tile(self.tr("Booths present")),
            "absent": Tile(self.tr("Booths absent")),
            "producers": Tile(self.tr("Producers present")),
            "products": Tile(self.tr("Products checked in")),
            "labels": Tile(self.tr("Labels printed")),
            "lots": Tile(self.tr("Lots")),
            "quantity": Tile(self.tr("Quantity brought")),
            "sessions": Tile(self.tr("Live sessions")),
            "items": Tile(self.tr("Items sold on live")),
            "revenue": Tile(self.tr("Live revenue (on site)")),
        }
        for i, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, i // 5, i % 5)
        return grid


    def _build_live_card(self) -> QFrame:
        """Livestream figures: counted on site beside the platform's own."""
        live_card, live_layout = card(self.tr("Livestream: on site and platform"))
        self.live_grid = QGridLayout()
        self.live_grid.setHorizontalSpacing(18)
        self.live_grid.setVerticalSpacing(6)
        for col, text in enumerate(("", self.tr("On site"), self.tr("Platform"))):
            column_head = QLabel(text)
            column_head.setObjectName("liveHead")
            column_head.setAlignment(Qt.AlignmentFlag.AlignRight if col else Qt.AlignmentFlag.AlignLeft)
            self.live_grid.addWidget(column_head, 0, col)
        self.live_rows: dict[str, tuple[QLabel, QLabel]] = {}
        for r, (key, text) in enumerate((("views", self.tr("Views")), ("reach", self.tr("Reach")),
                                         ("peak_viewers", self.tr("Peak viewers")), ("orders", self.tr("Orders")),
                                         ("items_sold", self.tr("Items sold")), ("revenue", self.tr("Revenue"))), 1):
            self.live_grid.addWidget(QLabel(text), r, 0)
            cells = (QLabel("—"), QLabel("—"))
            for c, cell in enumerate(cells, 1):
                cell.setObjectName("liveValue")
                cell.setAlignment(Qt.AlignmentFlag.AlignRight)
                self.live_grid.addWidget(cell, r, c)
            self.live_rows[key] = cells
        live_layout.addLayout(self.live_grid)
        self.live_note = QLabel()
        self.live_note.setObjectName("tileDetail")
        self.live_note.setWordWrap(True)
        live_layout.addWidget(self.live_note)
        live_layout.addStretch(1)
        live_card.setMinimumWidth(330)
        return live_card

    def _build_revenue_card(self) -> QFrame:
        """Live revenue by hour or by session."""
        revenue_card, revenue_layout = card()
        head = QHBoxLayout()
        title = QLabel(self.tr("Live revenue (on site)"))
        title.setObjectName("cardTitle")
        head.addWidget(title, 1)
        self.revenue_by = QComboBox()
        self.revenue_by.setObjectName("revenueBy")
        self.revenue_by.addItem(self.tr("by hour"), "hour")
        self.revenue_by.addItem(self.tr("by session"), "session")
        self.revenue_by.currentIndexChanged.connect(lambda _: self._draw_revenue())
        head.addWidget(self.revenue_by)
        revenue_layout.addLayout(head)
        self.revenue_chart = ChartBox()
        revenue_layout.addWidget(self.revenue_chart)
        return revenue_card

    def _build_charts(self) -> QHBoxLayout:
        """Booths present by day, top products by revenue."""
        row2 = QHBoxLayout()
        row2.setSpacing(12)
        booths_card, booths_layout = card(self.tr("Booths present by day"))
        self.booths_chart = ChartBox()
        booths_layout.addWidget(self.booths_chart)
        row2.addWidget(booths_card, 2)
        top_card, top_layout = card(self.tr("Top products by revenue"))
        self.top_chart = ChartBox()
        top_layout.addWidget(self.top_chart)
        row2.addWidget(top_card, 3)
        return row2


    def _build_tables(self) -> QTabWidget:
        """Products sold and the shares by producer, province and star rating."""
        self.tabs = QTabWidget()
        self.tabs.setObjectName("summaryTabs")
        self.products_model: RecordTableModel[ProductSales] = RecordTableModel([
            Column(self.tr("Product"), lambda p: p.name),
            Column(self.tr("Producer"), lambda p: p.producer),
            Column(self.tr("OCOP"), lambda p: stars(p.stars), sort=lambda p: p.stars or 0),
            Column(self.tr("Items sold"), lambda p: fmt_int(p.items_sold), sort=lambda p: p.items_sold,
                   align_right=True),
            Column(self.tr("Revenue"), lambda p: fmt_money(p.revenue), sort=lambda p: p.revenue, align_right=True),
        ], self)
        self.tabs.addTab(make_table(self.products_model, self, stretch_column=0), self.tr("Products sold"))
        self.share_models: dict[str, RecordTableModel[Share]] = {}
        for key, label, header in (("producer", self.tr("By producer"), self.tr("Producer")),
                                   ("province", self.tr("By province"), self.tr("Province")),
                                   ("stars", self.tr("By star rating"), self.tr("OCOP rating"))):
            model: RecordTableModel[Share] = RecordTableModel([
                Column(header, self._share_key(key)),
                Column(self.tr("Items sold"), lambda s: fmt_int(s.items_sold), sort=lambda s: s.items_sold,
                       align_right=True),
                Column(self.tr("Revenue"), lambda s: fmt_money(s.revenue), sort=lambda s: s.revenue,
                       align_right=True),
            ], self)
            self.share_models[key] = model
            self.tabs.addTab(make_table(model, self, stretch_column=0), label)
        self.tabs.setMinimumHeight(300)
        return self.tabs


    def _share_key(self, key: str) -> Any:
        if key == "stars":
            return lambda s: stars(int(s.key)) if s.key else self.tr("Not rated")
        if key == "province":
            return lambda s: s.key or self.tr("Unknown")
        return lambda s: s.key

    def title(self) -> str:
        return self.tr("Summary")

    @property
    def whole_event(self) -> bool:
        return self.event_button.isChecked()

    def show_whole_event(self, whole: bool) -> None:
        (self.event_button if whole else self.day_button).setChecked(True)
        self.refresh_now()

    # -- refresh -----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        event, day = self.ctx.current_event, self.ctx.day
        self.day_button.setText(self.tr("Day %1").replace("%1", fmt_date(day)) if day else self.tr("Day"))
        self.export_button.setEnabled(event is not None)
        if event is None:
            self._summary_reads.drop_pending()
            self.summary = None
            for tile in self.tiles.values():
                tile.show_value("—")
            for site, platform in self.live_rows.values():
                site.setText("—")
                platform.setText("—")
            return
        store, event_id, scope_day = self.ctx.store, event.id, None if self.whole_event else day
        self._summary_reads.run(lambda: summarize(store, event_id, scope_day),
                                lambda figures: self.show_summary(event, figures))

    def show_summary(self, event: EventInfo, s: Summary) -> None:
        """The figures read in the background, on screen (an answer overtaken by a newer read never arrives)."""
        self.summary = s
        sub = self.header.subtitle
        if s.scope.whole_event:
            sub.setText(self.tr("%1 — whole event, %2 – %3").replace("%1", event.name).replace(
                "%2", fmt_date(s.scope.days[0])).replace("%3", fmt_date(s.scope.days[-1])))
        else:
            sub.setText(self.tr("%1 — %2").replace("%1", event.name).replace("%2", fmt_date(s.scope.day)))
        sub.setVisible(True)
        t = self.tiles
        t["booths"].show_value(f"{fmt_int(s.booths_present)} / {fmt_int(s.booths_expected)}",
                               self.tr("present / expected · %1 checked in").replace(
                                   "%1", fmt_int(s.booths_checked_in)))
        t["absent"].show_value(fmt_int(s.booths_absent),
                               self.tr("%1 left early").replace("%1", fmt_int(s.booths_left)))
        t["producers"].show_value(fmt_int(s.producers_present))
        t["products"].show_value(fmt_int(s.products_checked_in))
        t["labels"].show_value(fmt_int(s.labels_printed))
        t["lots"].show_value(fmt_int(s.lots))
        t["quantity"].show_value(fmt_int(s.quantity_brought), self.tr("units in the lots"))
        t["sessions"].show_value(fmt_int(s.live_sessions))
        t["items"].show_value(fmt_int(s.items_sold.on_site or 0))
        t["revenue"].show_value(fmt_money(s.revenue.on_site or 0))
        for key, (site, platform) in self.live_rows.items():
            figure = getattr(s, key)
            show = fmt_money if key == "revenue" else fmt_int
            site.setText(show(figure.on_site))
            platform.setText(show(figure.platform))
        self.live_note.setText(self.tr("Platform figures entered for %1 of %2 sessions.").replace(
            "%1", fmt_int(s.sessions_with_platform_figures)).replace("%2", fmt_int(s.live_sessions)))
        self.products_model.set_records(s.products)
        self.share_models["producer"].set_records(s.by_producer)
        self.share_models["province"].set_records(s.by_province)
        self.share_models["stars"].set_records(s.by_stars)
        self._draw_revenue()
        days = s.attendance_by_day
        self.booths_chart.bars(
            [fmt_day_month(a.day) for a in days],
            [(self.tr("Expected"), [a.expected for a in days], "#b9c6bd"),
             (self.tr("Present"), [a.present for a in days], "#2e5a43")],
            axis_title=self.tr("booths"), empty=self.tr("No days"))
        top = s.top_products
        self.top_chart.bars(
            [_short(p.name) for p in top], [(self.tr("Revenue"), [p.revenue / 1e6 for p in top], "#f2b134")],
            horizontal=True, axis_title=self.tr("million ₫"), empty=self.tr("Nothing sold on live yet"))

    def _draw_revenue(self) -> None:
        s = self.summary
        if s is None:
            return
        empty = self.tr("No live sales recorded")
        if self.revenue_by.currentData() == "session":
            sessions = sorted((x for x in s.sessions if x.tally_events), key=lambda x: -x.revenue)[:20]
            sessions.sort(key=lambda x: (x.started_at is None, x.started_at, x.id))
            labels = [f"#{x.id}" for x in sessions]
            values = [x.revenue / 1e6 for x in sessions]
        else:
            hours = s.by_hour if not s.scope.whole_event else s.hour_of_day()
            labels = [h.start.strftime("%Hh") for h in hours]
            values = [h.revenue / 1e6 for h in hours]
        self.revenue_chart.bars(labels, [(self.tr("Revenue"), values, "#2e5a43")],
                                axis_title=self.tr("million ₫"), empty=empty)

    def export(self) -> None:
        from ui.reports.export_dialog import start_export

        start_export(self, self.ctx, whole_event=self.whole_event)


def _short(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ChartBox(QWidget):
    """A QtCharts bar chart, built on first use so the module stays cheap to import.

    Each update draws a new chart and deletes the old one at once.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumHeight(CHART_HEIGHT)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.view: Any = None
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self.empty)

    def _new_chart(self) -> Any:
        """A fresh chart per update: QtCharts lays category labels out well only on a new chart."""
        import shiboken6
        from PySide6.QtCharts import QChart, QChartView
        from PySide6.QtGui import QColor, QPainter

        chart = QChart()
        chart.setBackgroundBrush(QColor("white"))
        chart.setBackgroundRoundness(0)
        chart.setPlotAreaBackgroundVisible(False)
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        if self.view is None:
            self.view = QChartView(chart)
            self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._layout.addWidget(self.view)
        else:
            old = self.view.chart()
            self.view.setChart(chart)
            shiboken6.delete(old)  # now, not on a deferred delete: its items would stay painted
        return chart

    def bars(self, labels: list[str], series: list[tuple[str, list[float], str]], *, horizontal: bool = False,
             axis_title: str = "", empty: str = "") -> None:
        from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QHorizontalBarSeries, QValueAxis
        from PySide6.QtGui import QColor, QFont

        chart = self._new_chart()
        has_data = bool(labels) and any(v for _, values, _ in series for v in values)
        self.view.setVisible(has_data)
        self.empty.setVisible(not has_data)
        self.empty.setText(empty)
        if not has_data:
            return
        bar_series = QHorizontalBarSeries() if horizontal else QBarSeries()
        for name, values, color in series:
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in (reversed(values) if horizontal else values)])
            bar_set.setColor(QColor(color))
            bar_set.setBorderColor(QColor(color))
            bar_series.append(bar_set)
        chart.addSeries(bar_series)
        small = QFont(self.font())
        small.setPointSizeF(8.5)
        categories = QBarCategoryAxis()
        categories.append(list(reversed(labels)) if horizontal else labels)
        categories.setLabelsFont(small)
        categories.setTruncateLabels(False)
        values_axis = QValueAxis()
        values_axis.setLabelsFont(small)
        top = max(max(v) for _, v, _ in series)
        values_axis.setLabelFormat("%.0f" if top >= 10 else "%.1f")
        values_axis.setTitleText(axis_title)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
        bar_series.attachAxis(categories)
        bar_series.attachAxis(values_axis)
        values_axis.setRange(0, top)
        values_axis.applyNiceNumbers()
        chart.legend().setVisible(len(series) > 1)
