"""A fast streaming reader for the cell values of .xlsx sheets (lxml), used before openpyxl for big files.

openpyxl builds an object per cell and per shared string, which costs seconds for a 20,000-row
registration list. This reader walks the same XML with lxml's C parser and yields exactly what
openpyxl's read-only, values-only mode yields for the values we use (numbers, text, booleans, dates,
errors as text). Anything it does not expect raises `Unsupported`, and the caller falls back to openpyxl.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_REF = re.compile(r"^([A-Z]{1,3})(\d+)$")
C_TAG, V_TAG, IS_TAG, T_TAG = f"{NS}c", f"{NS}v", f"{NS}is", f"{NS}t"


class Unsupported(Exception):
    """The workbook uses something this reader does not handle; read it with openpyxl instead."""


def _column(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _xml(archive: zipfile.ZipFile, name: str) -> Any:
    from lxml import etree

    with archive.open(name) as fh:
        return etree.parse(fh, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False))


def _shared_strings(archive: zipfile.ZipFile) -> list[str]:
    from lxml import etree

    if "xl/sharedStrings.xml" not in archive.namelist():
        return []
    strings = []
    with archive.open("xl/sharedStrings.xml") as fh:
        for _, si in etree.iterparse(fh, tag=f"{NS}si", resolve_entities=False, no_network=True):
            parts = [t.text or "" for t in si.iter(f"{NS}t") if t.getparent().tag != f"{NS}rPh"]
            strings.append("".join(parts).replace("x005F_", ""))
            si.clear()
    return strings


def _date_styles(archive: zipfile.ZipFile) -> set[int]:
    from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format

    if "xl/styles.xml" not in archive.namelist():
        return set()
    root = _xml(archive, "xl/styles.xml").getroot()
    custom = {int(f.get("numFmtId")): f.get("formatCode") or "" for f in root.iter(f"{NS}numFmt")}
    dates = set()
    xfs = root.find(f"{NS}cellXfs")
    for i, xf in enumerate(xfs.iter(f"{NS}xf") if xfs is not None else []):
        fmt_id = int(xf.get("numFmtId", "0"))
        code = custom.get(fmt_id, BUILTIN_FORMATS.get(fmt_id, ""))
        if code and is_date_format(code):
            dates.add(i)
    return dates


def _sheets(archive: zipfile.ZipFile) -> tuple[list[tuple[str, str]], bool]:
    """(visible sheet name, part name) in workbook order, and whether dates count from 1904."""
    root = _xml(archive, "xl/workbook.xml").getroot()
    rels = _xml(archive, "xl/_rels/workbook.xml.rels").getroot()
    targets = {r.get("Id"): r.get("Target") for r in rels.iter(f"{PKG_REL_NS}Relationship")}
    pr = root.find(f"{NS}workbookPr")
    epoch_1904 = pr is not None and pr.get("date1904") in ("1", "true")
    out = []
    for sheet in root.iter(f"{NS}sheet"):
        if sheet.get("state", "visible") != "visible":
            continue
        target = targets.get(sheet.get(f"{REL_NS}id"))
        if not target:
            raise Unsupported("sheet without a part")
        part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        out.append((sheet.get("name") or "", part))
    return out, epoch_1904


def _number(text: str) -> int | float:
    if "." in text or "E" in text or "e" in text:
        return float(text)
    return int(text)


def _rows(archive: zipfile.ZipFile, part: str, strings: list[str], dates: set[int],
          epoch_1904: bool) -> Iterator[tuple[object, ...]]:
    from lxml import etree
    from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

    epoch = CALENDAR_MAC_1904 if epoch_1904 else CALENDAR_WINDOWS_1900
    expected = 1
    with archive.open(part) as fh:
        for _, row in etree.iterparse(fh, tag=f"{NS}row", resolve_entities=False, no_network=True):
            number = int(row.get("r") or expected)
            while expected < number:  # rows with nothing in them are not written
                yield ()
                expected += 1
            values: list[object] = []
            next_col = 1
            for cell in row:
                if cell.tag != C_TAG:
                    continue
                ref = cell.get("r")
                if ref:
                    match = _REF.match(ref)
                    if match is None:
                        raise Unsupported(ref)
                    col = _column(match.group(1))
                    if col < next_col:
                        raise Unsupported("cells out of order")
                    if col > next_col:
                        values.extend([None] * (col - next_col))
                    next_col = col + 1
                else:
                    next_col += 1
                kind = cell.get("t", "n")
                v = None
                inline = None
                for child in cell:
                    if child.tag == V_TAG:
                        v = child.text
                    elif child.tag == IS_TAG:
                        inline = child
                value: object
                if kind == "inlineStr":
                    value = "".join(t.text or "" for t in inline.iter(T_TAG)) if inline is not None else None
                elif v is None:
                    value = None
                elif kind == "s":
                    value = strings[int(v)]
                elif kind == "n":
                    value = _number(v)
                    if dates and int(cell.get("s", "0")) in dates:
                        value = from_excel(value, epoch)
                elif kind in ("str", "e"):
                    value = v
                elif kind == "b":
                    value = bool(int(v))
                elif kind == "d":
                    value = dt.datetime.fromisoformat(v)
                else:
                    raise Unsupported(kind)
                values.append(value)
            row.clear()
            while values and values[-1] is None:
                values.pop()
            yield tuple(values)
            expected = number + 1


def read_sheets(path: Path) -> list[tuple[str, list[tuple[object, ...]]]]:
    """Every visible sheet's rows (values only); raises Unsupported (or a parsing error) when unsure."""
    with zipfile.ZipFile(path) as archive:
        strings = _shared_strings(archive)
        dates = _date_styles(archive)
        sheets, epoch_1904 = _sheets(archive)
        return [(name, list(_rows(archive, part, strings, dates, epoch_1904))) for name, part in sheets]
