"""Cell values of every visible sheet of an .xlsx, .xls or .ods file, read by calamine (Rust).

Chosen over the hand-written lxml reader and openpyxl's read-only mode by bench/bench_import.py: on the
20,000-product workbook it reads in about a fifth of the lxml reader's time and a seventh of openpyxl's,
and it reads .xls and .ods too. Only files that `guard.check_spreadsheet` passed come here.

Values come out as the CSV reader's do: None for an empty cell, whole numbers as int, text with Excel's
`_xHHHH_` escapes decoded (calamine does it: `_x000D_` is a carriage return, which the value parsers then
fold into a space like any other white space). Merged cells read as their top-left cell with blanks under
it, in all three formats (calamine does not report an .ods file's merges); the importer fills a
producer's blank cells down from its first row.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ocop_desk.registration.guard import refuse

_SUFFIXES = {"xlsx": (".xlsx", ".xlsm"), "xls": (".xls",), "ods": (".ods",)}
_EXACT = 2**53


def read_sheets(path: Path, kind: str) -> list[tuple[str, list[tuple[object, ...]]]]:
    """(sheet name, rows) for each visible sheet; FileRefused when calamine cannot read the file."""
    try:
        return _read(path, kind)
    except Exception as exc:  # noqa: BLE001 - calamine's errors (and pyo3's PanicException) mean a damaged file
        raise refuse(path, _reason(exc)) from exc
    except BaseException as exc:
        if type(exc).__name__ != "PanicException":
            raise
        raise refuse(path, _reason(exc)) from exc


def _reason(exc: BaseException) -> str:
    from ocop_desk.core.i18n import translate

    detail = " ".join(str(exc).split())[:120]
    return translate("Import", "it cannot be read as a spreadsheet ({reason}).").format(
        reason=f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__)


def _read(path: Path, kind: str) -> list[tuple[str, list[tuple[object, ...]]]]:
    from python_calamine import CalamineWorkbook, SheetVisibleEnum

    if path.suffix.lower() in _SUFFIXES[kind]:
        workbook = CalamineWorkbook.from_path(str(path))
    else:  # named .xls but an .xlsx inside (or the other way round): calamine looks at the content
        with path.open("rb") as fh:
            workbook = CalamineWorkbook.from_filelike(fh)
    try:
        sheets = []
        for meta in workbook.sheets_metadata:
            if meta.visible != SheetVisibleEnum.Visible:
                continue
            sheet = workbook.get_sheet_by_name(meta.name)
            sheets.append((meta.name, [_row(r) for r in sheet.to_python(skip_empty_area=False)]))
        return sheets
    finally:
        workbook.close()


def _row(values: list[Any]) -> tuple[object, ...]:
    out = [_value(v) for v in values]
    while out and out[-1] is None:
        out.pop()
    return tuple(out)


def _value(value: Any) -> object:
    if value == "" and isinstance(value, str):
        return None
    if isinstance(value, float) and value.is_integer() and -_EXACT < value < _EXACT:
        return int(value)
    return value
