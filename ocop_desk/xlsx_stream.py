"""Fast typed rows for openpyxl's write-only sheets.

openpyxl turns every value into a full `Cell` (type sniffing, style lookups, and for a styled cell a
new object plus an exception); for the ~360,000 cells of the large fair's workbook that costs more
than writing the XML. Our columns are typed up front, so each column gets one reusable light cell
with its style id resolved once, and rows go straight to openpyxl's own XML cell writer.

This leans on openpyxl 3.1's write-only internals (`_values_to_row` and the attributes its cell writer
reads); `supported()` checks them and `SheetWriter` falls back to plain appends on any other version.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

import openpyxl
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
MAX_TEXT = 32767
_ILLEGAL_SEARCH = ILLEGAL_CHARACTERS_RE.search
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def supported(ws: Any) -> bool:
    return openpyxl.__version__.startswith("3.1.") and callable(getattr(ws, "_values_to_row", None))


def clean_text(value: str) -> str:
    """What Excel can hold: no XML-illegal control characters, at most 32,767 characters."""
    if ILLEGAL_CHARACTERS_RE.search(value):
        value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    return value[:MAX_TEXT]


class LightCell:
    """The attributes openpyxl's cell writer reads, and nothing else."""

    __slots__ = ("coordinate", "_value", "data_type", "has_style", "style_id", "_comment", "hyperlink")

    def __init__(self, style_id: int | None) -> None:
        self.coordinate = ""
        self._value: Any = None
        self.data_type = "n"
        self.has_style = style_id is not None
        self.style_id = style_id or 0
        self._comment = None
        self.hyperlink = None


def _local_serial(value: dt.datetime) -> float:
    return float(to_excel(value.astimezone().replace(tzinfo=None)))


class TypedRows:
    """Turns rows of plain values into cells, column by column, by the column's kind."""

    def __init__(self, kinds: Sequence[str], style_ids: Sequence[int | None], quoted_style_id: int) -> None:
        self.letters = [get_column_letter(i + 1) for i in range(len(kinds))]
        self.cells = [LightCell(s) for s in style_ids]
        self.quoted = [LightCell(quoted_style_id) for _ in kinds]
        self.kinds = list(kinds)

    def __call__(self, values: Sequence[Any], row_idx: int) -> Iterator[LightCell]:
        r = str(row_idx)
        for i, value in enumerate(values):
            if value is None:
                continue
            kind = self.kinds[i]
            cell = self.cells[i]
            if isinstance(value, str):
                if not value:
                    continue
                value = clean_text(value)
                if value.startswith(FORMULA_TRIGGERS):
                    cell = self.quoted[i]  # text, with Excel's quote prefix: never a formula
                cell.data_type = "s"
            elif kind == "datetime":
                value = _local_serial(value)
                cell.data_type = "n"
            elif kind == "date":
                value = to_excel(value)
                cell.data_type = "n"
            elif isinstance(value, bool):
                cell.data_type = "b"
            else:
                cell.data_type = "n"
            cell.coordinate = self.letters[i] + r
            cell._value = value
            yield cell


def install(ws: Any, typed: TypedRows) -> None:
    """From now on, rows appended to `ws` are written through `typed` (as whole lxml rows when possible)."""
    if openpyxl.LXML and getattr(ws, "_writer", None) is not None:
        ws._values_to_row = _pass_values
        ws._writer.write_row = LxmlRows(typed)
    else:
        ws._values_to_row = typed


def _pass_values(values: Sequence[Any], row_idx: int) -> Sequence[Any]:
    return values


class LxmlRows:
    """Builds each row as one lxml element (C calls per cell) and hands it to the sheet's XML stream.

    The same XML openpyxl writes cell by cell: `<c r= s= t=>` with `<v>` for numbers and an inline
    string for text (never `<f>`: a text cell cannot become a formula).
    """

    def __init__(self, typed: TypedRows) -> None:
        from lxml.etree import Element, SubElement

        self.element, self.sub = Element, SubElement
        self.letters = typed.letters
        self.kinds = typed.kinds
        self.styles = [str(c.style_id) if c.has_style else None for c in typed.cells]
        self.quoted_style = str(typed.quoted[0].style_id) if typed.quoted else "0"
        self.columns = list(zip(self.letters, self.kinds, self.styles, strict=True))

    def __call__(self, xf: Any, values: Sequence[Any], row_idx: int) -> None:
        sub = self.sub
        r = str(row_idx)
        row = self.element("row", r=r)
        for (letter, kind, style), value in zip(self.columns, values, strict=False):
            if value is None:
                continue
            kind_of = type(value)
            if kind_of is not str and kind_of is not int and isinstance(value, str):
                value, kind_of = str(value), str  # a str subclass: plain text like any other
            if kind_of is str:
                if not value:
                    continue
                if _ILLEGAL_SEARCH(value) or len(value) > MAX_TEXT:
                    value = clean_text(value)
                if value.startswith(FORMULA_TRIGGERS):
                    c = sub(row, "c", r=letter + r, s=self.quoted_style, t="inlineStr")
                elif style is None:
                    c = sub(row, "c", r=letter + r, t="inlineStr")
                else:
                    c = sub(row, "c", r=letter + r, s=style, t="inlineStr")
                t = sub(sub(c, "is"), "t")
                t.text = value
                if value[0].isspace() or value[-1].isspace():
                    t.set(_XML_SPACE, "preserve")
                continue
            if kind_of is int:
                text = str(value)
            elif isinstance(value, bool):
                text = "1" if value else "0"
            elif kind == "datetime":
                text = f"{_local_serial(value):.16g}"
            elif kind == "date":
                text = f"{to_excel(value):.16g}"
            else:
                text = f"{value:.16g}"
            if style is None:
                c = sub(row, "c", r=letter + r, t="b" if isinstance(value, bool) else "n")
            else:
                c = sub(row, "c", r=letter + r, s=style, t="b" if isinstance(value, bool) else "n")
            sub(c, "v").text = text
        xf.write(row)
