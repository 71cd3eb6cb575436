"""How the workbook is written: column kinds, fonts and number formats, text cells that never become
formulas, and `SheetWriter`, which streams one sheet (title, frozen header with filters, typed rows).

Shared by the data sheets (`reports.sheets`) and the summary sheet (`reports.summary_sheet`); the file
itself is written by `reports.export`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet.worksheet import Worksheet

from ocop_desk.core.formatting import excel_date_format, excel_datetime_format, fmt_date
from ocop_desk.core.i18n import translate

# A value starting with one of these would be read as a formula by a spreadsheet.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
MAX_TEXT = 32767  # characters an Excel cell holds
PROGRESS_EVERY = 500

ProgressFn = Callable[[int, int], None]

# Column kinds: how a value is written and shown.
TEXT, INT, NUM, MONEY, DATE, DATETIME = "text", "int", "num", "money", "date", "datetime"
THOUSANDS = "#,##0"
HEADER_FILL = PatternFill("solid", fgColor="1F3B2D")
HEADER_FONT = Font(bold=True, color="FFFFFF")
TITLE_FONT = Font(bold=True, size=14, color="1F3B2D")
SUBTITLE_FONT = Font(italic=True, color="5C6B62")
SECTION_FONT = Font(bold=True, size=12, color="1F3B2D")
BOLD = Font(bold=True)
THIN_BOTTOM = Border(bottom=Side(style="thin", color="D5DDD7"))


def date_format() -> str:
    return excel_date_format()


def datetime_format() -> str:
    return excel_datetime_format()


def local_naive(value: dt.datetime) -> dt.datetime:
    """Stored UTC → the laptop's local time, as Excel wants it (Excel times carry no zone)."""
    return value.astimezone().replace(tzinfo=None)


@dataclass(frozen=True)
class Col:
    header: str
    kind: str = TEXT
    width: float | None = None  # None: from the header and the first rows


class Progress:
    """Counts rows written against the expected total; the callback may raise to cancel the export."""

    def __init__(self, callback: ProgressFn | None, total: int) -> None:
        self.callback, self.total, self.done = callback, max(total, 1), 0

    def add(self, rows: int) -> None:
        self.done += rows
        if self.callback is not None:
            self.callback(min(self.done, self.total), self.total)


def clean_text(value: str) -> str:
    """What Excel can hold: no XML-illegal control characters, at most 32,767 characters."""
    if ILLEGAL_CHARACTERS_RE.search(value):
        value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    return value[:MAX_TEXT]


def safe_text(ws: Any, value: str) -> Any:
    """A user's text as a text cell: never a formula, no characters XML cannot hold."""
    value = clean_text(value)
    if value.startswith(FORMULA_TRIGGERS):
        cell = WriteOnlyCell(ws, value)
        cell.data_type = "s"  # openpyxl would otherwise store '=...' as a formula
        cell.quotePrefix = True  # and Excel keeps it text if someone edits the cell
        return cell
    return value


def styled_text(ws: Any, value: str) -> Any:
    """A text cell that can take a style, written as text whatever it starts with."""
    cell = safe_text(ws, value)
    return cell if not isinstance(cell, str) else WriteOnlyCell(ws, cell)


class SheetWriter:
    """Streams one sheet: a title row, a frozen header row with filters, then typed rows."""

    def __init__(self, wb: Workbook, title: str, heading: str, cols: Sequence[Col], progress: Progress) -> None:
        self.ws = wb.create_sheet(title=sheet_title(title))
        self.cols = list(cols)
        self.heading = heading
        self.progress = progress
        self.rows = 0
        self.cells = 0
        self._converters = [self._converter(col.kind) for col in self.cols]

    def write(self, rows: Iterable[Sequence[Any]]) -> int:
        """Write every row (values in column order); returns the number of data rows."""
        rows = iter(rows)
        sample = [row for _, row in zip(range(200), rows, strict=False)]
        self._set_widths(sample)
        ws = self.ws
        ws.freeze_panes = "A3"
        ws.print_title_rows = "2:2"  # the header row on every printed page
        print_setup(ws, landscape=self.width() > PORTRAIT_WIDTH)
        title = styled_text(ws, self.heading)  # names the event: typed by a user
        title.font = TITLE_FONT
        ws.row_dimensions[1].height = 24
        ws.append([title])
        header = []
        for col in self.cols:
            cell = WriteOnlyCell(ws, col.header)
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            header.append(cell)
        ws.row_dimensions[2].height = 32
        ws.append(header)
        append = ws.append
        converters = self._converters

        def convert(row: Sequence[Any]) -> list[Any]:
            return [v if c is None or v is None else c(v) for c, v in zip(converters, row, strict=True)]

        n = 0
        for row in _chain(sample, rows):
            append(convert(row))
            n += 1
            if n % PROGRESS_EVERY == 0:
                self.progress.add(PROGRESS_EVERY)
        self.progress.add(n % PROGRESS_EVERY)
        self.rows = n
        ws.auto_filter.ref = f"A2:{get_column_letter(len(self.cols))}{max(n + 2, 3)}"
        self.cells = n * len(self.cols)
        return n

    def width(self) -> float:
        """The sheet's width in Excel's character units, once the widths are set."""
        return sum(self.ws.column_dimensions[get_column_letter(i + 1)].width or 8 for i in range(len(self.cols)))

    def _converter(self, kind: str) -> Callable[[Any], Any] | None:
        """How a column's values become cells: plain values where no style is needed, else one styled
        cell per column that takes each row's value (the write-only sheet writes it out on `append`).
        Dates go in as Excel serial numbers: the same cell, without openpyxl's date sniffing per cell."""
        ws = self.ws
        if kind == TEXT:
            return lambda value: safe_text(ws, value) if isinstance(value, str) else value
        if kind == INT:
            return None
        cell = WriteOnlyCell(ws)
        cell.number_format = {DATE: date_format(), DATETIME: datetime_format()}.get(kind, THOUSANDS)

        def styled(value: Any) -> Any:
            cell.value = value
            return cell

        if kind == DATE:
            return lambda value: styled(to_excel(value))
        if kind == DATETIME:
            return lambda value: styled(to_excel(local_naive(value)))
        return styled

    def _set_widths(self, sample: list[Sequence[Any]]) -> None:
        for i, col in enumerate(self.cols):
            if col.width is not None:
                width = col.width
            elif col.kind == DATETIME:
                width = 17
            elif col.kind == DATE:
                width = 12
            else:
                longest = max((len(_shown(row[i])) for row in sample), default=0)
                longest_word = max(len(w) for w in col.header.split()) if col.header else 4
                width = min(max(longest + 2, longest_word + 2, 8, min(len(col.header), 16) + 2), 48)
            self.ws.column_dimensions[get_column_letter(i + 1)].width = width


# Wider than this (in Excel's character units, ~0.19 cm each) prints landscape: A4 portrait holds about 90
# characters between its margins at 100%, and fit-to-width shrinks anything wider until it is hard to read.
PORTRAIT_WIDTH = 95


def print_setup(ws: Any, *, landscape: bool) -> None:
    """Print on A4 (openpyxl's default leaves the paper to the printer: US Letter in LibreOffice and many
    drivers), one page wide and as many tall as needed, with narrow margins."""
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.print_options.horizontalCentered = True


def _chain(first: list[Sequence[Any]], rest: Iterator[Sequence[Any]]) -> Iterator[Sequence[Any]]:
    yield from first
    yield from rest


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def sheet_title(text: str) -> str:
    for bad in "[]:*?/\\":
        text = text.replace(bad, " ")
    return text[:31]


def scope_heading(event_name: str, day: dt.date | None, days: Sequence[dt.date]) -> str:
    if day is not None:
        return translate("Export", "{event} — day {day}").format(event=event_name, day=fmt_date(day))
    return translate("Export", "{event} — whole event, {start} – {end}").format(
        event=event_name, start=fmt_date(days[0]), end=fmt_date(days[-1]))
