"""The workbook's first sheet: the key figures side by side, the breakdowns, and native Excel charts."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment
from openpyxl.worksheet.pagebreak import Break

from ocop_desk.core.formatting import fmt_datetime
from ocop_desk.core.i18n import translate
from ocop_desk.reports.summary import Summary
from ocop_desk.reports.writer import (
    BOLD,
    HEADER_FILL,
    HEADER_FONT,
    SECTION_FONT,
    SUBTITLE_FONT,
    THOUSANDS,
    TITLE_FONT,
    Progress,
    date_format,
    print_setup,
    safe_text,
    sheet_title,
)

MONEY = "money"
NUMBER = "number"
DAY = "day"
WIDTHS = {"A": 40, "B": 30, "C": 20, "D": 22, "E": 12}
GREEN, GOLD, GREY = "2E5A43", "F2B134", "B9C6BD"
LEFT = Alignment(horizontal="left")
CHART_COLUMN = "G"
MAX_NAME_WIDTH = 70
# Two charts to a printed page: each chart is ~17 rows tall; a page break before every other one keeps
# a chart from being cut in two (LibreOffice and Excel otherwise break wherever the rows run out).
CHART_ROWS = (4, 22, 40, 58)
PAGE_BREAKS = (39,)



class SummarySheet:
    """Writes the summary rows in order, remembering where each table is so charts can point at it."""

    def __init__(self, summary: Summary, heading: str) -> None:
        self.summary = summary
        self.heading = heading
        self.rows = 0
        self.cells = 0
        self.ws: Any = None
        self.tables: dict[str, tuple[int, int]] = {}  # name → (first data row, last data row)
        self.expected_rows = 60

    # -- cells -----------------------------------------------------------------------------------------

    def _cell(self, value: Any, kind: str | None = None, font: Any = None) -> Any:
        if isinstance(value, str):
            value = safe_text(self.ws, value)
            if font is None:
                return value
        if value is None:
            return None
        cell = value if isinstance(value, Cell) else WriteOnlyCell(self.ws, value)
        if kind in (MONEY, NUMBER):
            cell.number_format = THOUSANDS
        elif kind == DAY:
            cell.number_format = date_format()
            cell.alignment = LEFT
        if font is not None:
            cell.font = font
        return cell

    def _append(self, values: Sequence[Any], kinds: Sequence[str | None] = (), font: Any = None) -> int:
        kinds = (list(kinds) + [None] * len(values))[:len(values)]
        self.ws.append([self._cell(v, k, font) for v, k in zip(values, kinds, strict=True)])
        self.rows += 1
        self.cells += sum(v is not None for v in values)
        return self.rows

    def _section(self, title: str, headers: Sequence[str], text_columns: int = 1) -> None:
        self._append([])
        self._append([title], font=SECTION_FONT)
        row: list[Any] = []
        for h in headers:
            cell = WriteOnlyCell(self.ws, h)
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(horizontal="left" if len(row) < text_columns else "right")
            row.append(cell)
        self.ws.append(row)
        self.rows += 1

    def _table(self, name: str, rows: Sequence[Sequence[Any]], kinds: Sequence[str | None]) -> None:
        first = self.rows + 1
        for r in rows:
            self._append(r, kinds)
        self.tables[name] = (first, self.rows)

    def _widths(self) -> dict[str, float]:
        """Columns A and B hold product and producer names: as wide as the longest, within reason (a
        clipped name is what the organisers notice first on paper)."""
        s = self.summary
        names = [p.name for p in s.top_products] + [x.key or "" for x in (*s.by_producer, *s.by_province)]
        producers = [p.producer or "" for p in s.top_products]
        widths: dict[str, float] = dict(WIDTHS)
        widths["A"] = min(max([WIDTHS["A"], *(len(n) * 1.1 + 2 for n in names)]), MAX_NAME_WIDTH)
        widths["B"] = min(max([WIDTHS["B"], *(len(n) * 1.1 + 2 for n in producers)]), MAX_NAME_WIDTH)
        return widths

    # -- the sheet -------------------------------------------------------------------------------------

    def write(self, wb: Workbook, progress: Progress) -> SummarySheet:
        s = self.summary
        self.ws = ws = wb.create_sheet(title=sheet_title(translate("Export", "Summary")))
        for col, width in self._widths().items():
            ws.column_dimensions[col].width = width
        ws.sheet_view.showGridLines = False
        print_setup(ws, landscape=True)
        self._append([self.heading], font=TITLE_FONT)
        where = ", ".join(x for x in (s.scope.venue, s.scope.province) if x)
        made = translate("Export", "Exported {when}").format(when=fmt_datetime(dt.datetime.now(dt.UTC)))
        self._append([" · ".join(x for x in (where, made) if x)], font=SUBTITLE_FONT)

        self._section(translate("Export", "Key figures"), [translate("Export", "Figure"), translate("Export", "On site"), translate("Export", "Platform")])
        counts = [
            (translate("Export", "Booths expected"), s.booths_expected),
            (translate("Export", "Booths present"), s.booths_present),
            (translate("Export", "Booths checked in (present or left)"), s.booths_checked_in),
            (translate("Export", "Booths absent"), s.booths_absent),
            (translate("Export", "Booths that left early"), s.booths_left),
            (translate("Export", "Producers present"), s.producers_present),
            (translate("Export", "Products checked in"), s.products_checked_in),
            (translate("Export", "Lots checked in"), s.lots),
            (translate("Export", "Quantity brought"), s.quantity_brought),
            (translate("Export", "Labels printed"), s.labels_printed),
            (translate("Export", "Live sessions"), s.live_sessions),
        ]
        rows: list[Sequence[Any]] = [(label, value) for label, value in counts]
        rows.append((translate("Export", "Live sessions with platform figures"), None, s.sessions_with_platform_figures))
        live = [
            (translate("Export", "Views"), s.views), (translate("Export", "Reach"), s.reach), (translate("Export", "Peak viewers"), s.peak_viewers),
            (translate("Export", "Orders"), s.orders), (translate("Export", "Items sold"), s.items_sold),
        ]
        rows += [(label, f.on_site, f.platform) for label, f in live]
        self._table("figures", rows, [None, NUMBER, NUMBER])
        self._append([translate("Export", "Revenue (₫)"), s.revenue.on_site, s.revenue.platform], [None, MONEY, MONEY], font=BOLD)
        self.tables["revenue"] = (self.rows, self.rows)

        self._section(translate("Export", "Booths present by day"),
                      [translate("Export", "Day"), translate("Export", "Expected"), translate("Export", "Present"), translate("Export", "Left early"), translate("Export", "Absent"), translate("Export", "Checked in")])
        self._table("attendance", [(a.day, a.expected, a.present, a.left, a.absent, a.checked_in)
                                   for a in s.attendance_by_day], [DAY, NUMBER, NUMBER, NUMBER, NUMBER, NUMBER])

        hours = s.by_hour if not s.scope.whole_event else s.hour_of_day()
        self._section(translate("Export", "Revenue by hour (on site)"), [translate("Export", "Hour"), translate("Export", "Items sold"), translate("Export", "Revenue (₫)")])
        self._table("hours", [(h.start.strftime("%H:00"), h.items_sold, h.revenue) for h in hours],
                    [None, NUMBER, MONEY])

        if s.scope.whole_event:
            per_day: dict[dt.date, list[int]] = defaultdict(lambda: [0, 0, 0])
            for x in s.sessions:
                per_day[x.day][0] += 1
                per_day[x.day][1] += x.revenue
                per_day[x.day][2] += x.pf_gmv or 0
            self._section(translate("Export", "Revenue by day"),
                          [translate("Export", "Day"), translate("Export", "Live sessions"), translate("Export", "Revenue on site (₫)"), translate("Export", "GMV on platform (₫)")])
            self._table("days", [(d, *per_day[d]) for d in s.scope.days], [DAY, NUMBER, MONEY, MONEY])

        self._section(translate("Export", "Top products by revenue (on site)"),
                      [translate("Export", "Product"), translate("Export", "Producer"), translate("Export", "Items sold"),
                       translate("Export", "Revenue (₫)")], text_columns=2)
        self._table("top", [(p.name, p.producer, p.items_sold, p.revenue) for p in s.top_products],
                    [None, None, NUMBER, MONEY])

        self._section(translate("Export", "Revenue by star rating"), [translate("Export", "Stars"), translate("Export", "Items sold"), translate("Export", "Revenue (₫)")])
        self._table("stars", [(("★" * int(x.key)) if x.key else translate("Export", "Not rated"), x.items_sold, x.revenue)
                              for x in s.by_stars], [None, NUMBER, MONEY])
        self._section(translate("Export", "Revenue by province"), [translate("Export", "Province"), translate("Export", "Items sold"), translate("Export", "Revenue (₫)")])
        self._table("provinces", [(x.key or translate("Export", "Unknown"), x.items_sold, x.revenue) for x in s.by_province],
                    [None, NUMBER, MONEY])
        self._section(translate("Export", "Revenue by producer"), [translate("Export", "Producer"), translate("Export", "Items sold"), translate("Export", "Revenue (₫)")])
        self._table("producers", [(x.key, x.items_sold, x.revenue) for x in s.by_producer], [None, NUMBER, MONEY])

        self._charts()
        progress.add(self.expected_rows)
        return self

    def _bar(self, title: str, table: str, value_cols: Sequence[int], colors: Sequence[str], *,
             horizontal: bool = False, stacked: bool = False) -> BarChart | None:
        first, last = self.tables[table]
        if last < first:
            return None
        chart = BarChart()
        chart.type = "bar" if horizontal else "col"
        chart.title = title
        chart.width, chart.height = 17, 8.5
        for col in value_cols:
            data = Reference(self.ws, min_col=col, min_row=first - 1, max_row=last)
            chart.add_data(data, titles_from_data=True)
        chart.set_categories(Reference(self.ws, min_col=1, min_row=first, max_row=last))
        for series, color in zip(chart.series, colors, strict=False):
            series.graphicalProperties.solidFill = color
            series.graphicalProperties.line.solidFill = color
        chart.gapWidth = 60
        chart.y_axis.numFmt = THOUSANDS
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        if horizontal:
            chart.x_axis.scaling.orientation = "maxMin"  # biggest first, read top-down
        if len(value_cols) == 1:
            chart.legend = None
        else:
            chart.legend.position = "b"
        if stacked:
            chart.grouping = "stacked"
            chart.overlap = 100
        return chart

    def _charts(self) -> None:
        anchors = iter(f"{CHART_COLUMN}{row}" for row in CHART_ROWS)
        charts = [
            self._bar(translate("Export", "Revenue by hour (on site, ₫)"), "hours", [3], [GREEN]),
            self._bar(translate("Export", "Booths present by day"), "attendance", [2, 3], [GREY, GREEN]),
            self._bar(translate("Export", "Top products by revenue (₫)"), "top", [4], [GOLD], horizontal=True),
        ]
        if self.summary.scope.whole_event:
            charts.append(self._bar(translate("Export", "Revenue by day: on site and platform (₫)"), "days", [3, 4],
                                    [GREEN, GOLD]))
        placed = 0
        for chart in charts:
            if chart is not None:
                self.ws.add_chart(chart, next(anchors))
                placed += 1
        if placed > 2:
            for row in PAGE_BREAKS:
                self.ws.row_breaks.append(Break(id=row))
