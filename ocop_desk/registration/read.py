"""Reading an organiser's .xlsx, .xls, .ods or .csv into tables: find each sheet's header row, its title rows, and
the data rows below (skipping blank, example, second-header and total rows).

A spreadsheet is measured by `guard` before `workbook` (calamine) reads it.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ocop_desk.core.errors import DomainError
from ocop_desk.core.i18n import translate
from ocop_desk.registration.headers import IGNORED_FIELDS, match_header, sheet_subject
from ocop_desk.registration.values import as_text, is_blank
from ocop_desk.registration.values import fold_fast as fold

HEADER_SCAN_ROWS = 30
DELIMITERS = ";,\t"  # Excel's CSV in Vietnamese settings, in English settings, and tab-separated text
MAX_COLUMNS = 200
IDENTITY_FIELDS = ("product_name", "product_code", "producer_name", "producer_code", "booth_code")
_TOTAL = re.compile(r"^(tong|total|cong|sum|grand total)\b")
_EXAMPLE = ("vi du", "example", "vd", "mau", "e g")


@dataclass
class Column:
    index: int
    header: str
    field: str | None


@dataclass
class Table:
    """One sheet's registration data: its columns and its data rows (1-based row numbers)."""

    sheet: str
    header_row: int
    columns: list[Column]
    subject: str
    titles: list[str] = field(default_factory=list)
    rows: list[tuple[int, list[object]]] = field(default_factory=list)
    skipped: int = 0  # example, second-header and total rows (blank rows are not counted)

    @property
    def fields(self) -> set[str]:
        return {c.field for c in self.columns if c.field}

    def used(self) -> list[Column]:
        return [c for c in self.columns if c.field and c.field not in IGNORED_FIELDS]

    def ignored(self) -> list[Column]:
        return [c for c in self.columns if c.header and (c.field is None or c.field in IGNORED_FIELDS)]


@dataclass
class ReadResult:
    kind: str  # "xlsx", "xls", "ods" or "csv"
    tables: list[Table]
    ignored_sheets: list[str]
    titles: list[str]


SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
MAX_CSV_BYTES = 32_000_000


def read_registration(path: Path) -> ReadResult:
    """Every sheet of the file that has a recognisable header row; DomainError when the file cannot be read
    (`guard.FileRefused` when it is damaged or would cost more than any registration list)."""
    suffix = path.suffix.lower()
    try:
        exists = path.is_file()
    except (OSError, ValueError):  # a name too long for the system, or with a NUL
        exists = False
    if not exists:
        raise DomainError(translate("Import", "The file {file} does not exist.").format(file=str(path)[:300]))
    if suffix in SPREADSHEET_SUFFIXES:
        from ocop_desk.registration.guard import check_spreadsheet
        from ocop_desk.registration.workbook import read_sheets

        kind = check_spreadsheet(path)
        return _tables(kind, read_sheets(path, kind))
    if suffix in (".csv", ".txt"):
        return _tables("csv", [(path.stem, _csv_rows(path))])
    raise DomainError(translate("Import", "{file} is not a registration file OCOP Desk can read.").format(
        file=path.name), hint=translate("Import", "Use an Excel workbook (.xlsx or .xls), a LibreOffice sheet (.ods) "
                                                  "or a CSV file (.csv)."))


def _csv_rows(path: Path) -> list[tuple[object, ...]]:
    from ocop_desk.registration.guard import MAX_CELLS, refuse

    if path.stat().st_size > MAX_CSV_BYTES:
        raise refuse(path, translate("Import", "it is {size} MB; a registration list is far smaller (at most {max} MB)."
                                     ).format(size=path.stat().st_size // 1_000_000, max=MAX_CSV_BYTES // 1_000_000))
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DomainError(translate("Import", "{file} is not UTF-8 text (byte {pos} cannot be read).").format(
            file=path.name, pos=exc.start),
            hint=translate("Import", "In Excel choose File ▸ Save As ▸ 'CSV UTF-8 (comma delimited)'.")) from exc
    if "\x00" in text:
        raise DomainError(translate("Import", "{file} is not a text CSV file.").format(file=path.name),
                          hint=translate("Import", "Use an Excel workbook (.xlsx) or a CSV file (.csv)."))
    delimiter = _delimiter("\n".join(text.splitlines()[:HEADER_SCAN_ROWS]))
    rows: list[tuple[object, ...]] = []
    cells = 0
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            cells += len(row)
            if cells > MAX_CELLS:
                raise refuse(path, translate("Import", "it holds more than {max} cells; a registration list needs "
                                                       "far fewer.").format(max=f"{MAX_CELLS:,}"))
            rows.append(tuple(None if not v.strip() else v for v in row))
        return rows
    except csv.Error as exc:
        raise DomainError(translate("Import", "{file} is not a well-formed CSV file ({reason}).").format(
            file=path.name, reason=str(exc)), hint=translate("Import", "Save it again from Excel as CSV UTF-8.")
        ) from exc


def _delimiter(sample: str) -> str:
    """The CSV separator, as csv.Sniffer finds it (it sees through quoted text such as "Số 5, xã Cát Hải");
    the most frequent separator when it cannot decide (title rows above the header, one column)."""
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        return max(DELIMITERS, key=sample.count)


def _tables(kind: str, sheets: Iterable[tuple[str, Iterable[tuple[object, ...]]]]) -> ReadResult:
    tables, ignored, titles = [], [], []
    for name, rows in sheets:
        table = _table(name, iter(rows))
        if table is None:
            ignored.append(name)
        else:
            tables.append(table)
            titles.extend(table.titles)
    return ReadResult(kind, tables, ignored, titles)


def _score(row: tuple[object, ...], subject: str) -> tuple[int, list[str | None]]:
    fields = [match_header(v, subject) for v in row[:MAX_COLUMNS]]
    known = {f for f in fields if f and f not in IGNORED_FIELDS}
    return (len(known) if known & set(IDENTITY_FIELDS) else 0), fields


def _table(name: str, rows: Iterator[tuple[object, ...]]) -> Table | None:
    subject = sheet_subject(name)
    head: list[tuple[object, ...]] = []
    for row in rows:
        head.append(row)
        if len(head) >= HEADER_SCAN_ROWS:
            break
    best, best_at, best_fields = 0, -1, []
    for i, row in enumerate(head):
        score, fields = _score(row, subject)
        if score >= 2 and score > best:
            best, best_at, best_fields = score, i, fields
    if best_at < 0:
        return None
    header = head[best_at]
    columns = [Column(i, as_text(v) if not is_blank(v) else "", best_fields[i]) for i, v in enumerate(header[:MAX_COLUMNS])]
    seen: set[str] = set()
    for col in columns:  # a field named twice: the first column wins, the other is reported as ignored
        if col.field in seen and col.field not in IGNORED_FIELDS:
            col.field = None
        elif col.field:
            seen.add(col.field)
    titles = [" ".join(as_text(v) for v in row if not is_blank(v)) for row in head[:best_at]]
    table = Table(name, best_at + 1, columns, subject, [t for t in titles if t])
    row_no = next((c.index for c in columns if c.field == "row_no"), None)
    identity = [c.index for c in columns if c.field in IDENTITY_FIELDS]

    def rest() -> Iterator[tuple[object, ...]]:
        yield from head[best_at + 1:]
        yield from rows

    for offset, row in enumerate(rest()):
        number = best_at + 2 + offset
        values = [row[c.index] if c.index < len(row) else None for c in columns]
        cells = [v for v in values if not is_blank(v)]
        if not cells:
            continue
        if offset == 0 and _is_second_header(values, columns, subject):
            table.skipped += 1
            continue
        first = fold(as_text(cells[0]))
        if row_no is not None and not is_blank(values[row_no]) and fold(as_text(values[row_no])).startswith(_EXAMPLE):
            table.skipped += 1
            continue
        first_at = next(i for i, v in enumerate(values) if not is_blank(v))
        if _TOTAL.match(first) and (first_at not in identity
                                    or all(is_blank(values[i]) for i in identity if i != first_at)):
            table.skipped += 1
            break  # what follows a total row is signatures and notes
        table.rows.append((number, values))
    return table


def _is_second_header(values: list[object], columns: list[Column], subject: str) -> bool:
    """The template's English header line under the Vietnamese one (or any repeated header)."""
    same = sum(1 for v, c in zip(values, columns, strict=True) if c.field and match_header(v, subject) == c.field)
    return same >= 2
