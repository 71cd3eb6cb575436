"""What a registration file would cost to read, checked before any parser sees it.

calamine (the Rust reader) builds every sheet as one dense grid and copies a shared string into every
cell that uses it; handed a file that asks for more memory than the machine has, it aborts the whole
process. So each file is measured first, cheaply and with bounded memory, against Excel's own limits
and ceilings that a registration list never reaches; anything beyond them, damaged or built to hurt
(a zip bomb, a DTD with entities, a cell at row two billion, a looping sector chain) is refused with a
`FileRefused` that names the file and the problem.

- .xlsx / .ods (zip): member count, sizes and compression ratio from the directory; then every XML part
  is inflated (the zip's own size and CRC checks apply) and scanned: no DTD, no text run longer than a
  cell may hold, the sheets' extent (rows × columns) and the text their cells would hold.
- .xls (an OLE compound file): the header, every sector chain (no loops, nothing outside the file,
  declared sizes that fit), then the BIFF records: each sheet's extent and the shared strings' text.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from ocop_desk.core.errors import DomainError
from ocop_desk.core.i18n import translate

# Excel's own limits.
EXCEL_ROWS, EXCEL_COLUMNS, EXCEL_CELL_CHARS = 1_048_576, 16_384, 32_767
XLS_ROWS, XLS_COLUMNS = 65_536, 256
# Ceilings a registration list never reaches (20,000 products × 15 columns is 300,000 cells and ~10 MB of XML).
MAX_FILE_BYTES = 100_000_000
MAX_MEMBERS = 10_000
MAX_PART_BYTES = 64_000_000  # one inflated XML part
MAX_XML_BYTES = 160_000_000  # all inflated XML parts together
MAX_RATIO = 100  # inflated / compressed, for parts over RATIO_FLOOR
RATIO_FLOOR = 1_000_000
MAX_CELLS = 2_000_000  # rows × columns of every sheet's used area, summed
MAX_TEXT = 32_000_000  # bytes of text the cells would hold (a shared string counts once per cell using it)
MAX_RUN = EXCEL_CELL_CHARS * 6 + 200  # bytes of one shared string's XML: a full cell of escaped characters


class FileRefused(DomainError):
    """A registration file that is damaged, or would cost more to read than any registration list can."""


def refuse(path: Path, what: str) -> FileRefused:
    return FileRefused(
        translate("Import", "{file} was not read: {problem}").format(file=path.name, problem=what),
        hint=translate("Import", "Nothing was changed. Open the file in Excel or LibreOffice, check it, and save it "
                                 "again (as .xlsx); or ask the organisers for a new copy."))


def file_kind(path: Path, head: bytes) -> str:
    """"xlsx", "ods" or "xls" from the file's first bytes (not its name: .xls files are often .xlsx or HTML)."""
    if head.startswith(b"PK"):
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise refuse(path, translate("Import", "it is a damaged zip archive ({reason}).").format(
                reason=type(exc).__name__)) from exc
        if "content.xml" in names and "[Content_Types].xml" not in names:
            return "ods"
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "xls"
    raise refuse(path, translate("Import", "it is not an Excel or OpenDocument spreadsheet (perhaps a web page or "
                                           "text saved under a spreadsheet's name)."))


def check_spreadsheet(path: Path) -> str:
    """The file's kind ("xlsx", "ods" or "xls") once it is known to be safe to hand to calamine."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise refuse(path, translate("Import", "it is {size} MB; a registration list is far smaller (at most {max} MB)."
                                     ).format(size=size // 1_000_000, max=MAX_FILE_BYTES // 1_000_000))
    with path.open("rb") as fh:
        head = fh.read(8)
    try:
        kind = file_kind(path, head)
        if kind == "xls":
            XlsCheck(path, size).run()
        else:
            ZipCheck(path, kind).run()
    except FileRefused:
        raise
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - zipfile, zlib and struct on damaged data: each a refusal
        raise refuse(path, translate("Import", "it is damaged ({reason}).").format(
            reason=f"{type(exc).__name__}: {' '.join(str(exc).split())[:80]}")) from exc
    return kind


# -- zip: .xlsx and .ods ---------------------------------------------------------------------------------

_NAME = rb"(?:[A-Za-z_][\w.-]*:)?"
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)")
_ROW_REF = re.compile(rb"<" + _NAME + rb"row\b[^>]*?\sr\s*=\s*[\"'](\d+)")
_ROWS = re.compile(rb"<" + _NAME + rb"row\b")
_CELL_REF = re.compile(rb"<" + _NAME + rb"c\s[^>]*?\br\s*=\s*[\"']([A-Za-z]+)(\d+)")
_CELLS = re.compile(rb"<" + _NAME + rb"c[\s>/]")
_SHARED_CELL = re.compile(rb"<" + _NAME + rb"c\s[^>]*?\bt\s*=\s*[\"']s[\"'][^>]*>\s*<" + _NAME + rb"v>\s*(\d+)")
_DIMENSION = re.compile(rb"<" + _NAME + rb"dimension\s[^>]*?\bref\s*=\s*[\"']([^\"']*)")
_SI = re.compile(rb"<" + _NAME + rb"si[\s>]")
_SST_ROOT = re.compile(rb"<" + _NAME + rb"sst[\s>]")
_FAST_ROW_REF = re.compile(rb'<row r="(\d+)"')
_FAST_CELL_ROW = re.compile(rb'<c r="[A-Z]+(\d+)"')
_PREFIXED = re.compile(rb":(?:c|row|v)[\s>/]")
_FAST_SHARED_CELL = re.compile(rb'<c r="[A-Z]+\d+"(?: s="\d+")? t="s"(?: s="\d+")?><v>(\d+)</v>')
_T_SHARED = re.compile(rb"\st\s*=\s*[\"']s[\"']")
_ODS_SELF_CLOSED_ROW = re.compile(rb"<table:table-row(?:\s[^>]*)?/>")
_ODS_EMPTY_RUN = re.compile(rb'<table:(?:covered-)?table-cell table:number-columns-repeated="(\d{1,9})"/>')
_ODS_TRAILING_EMPTY = re.compile(rb"<table:table-cell(?:(?!value-type)[^>])*/>\s*$")
_ODS_TABLE = re.compile(rb"<table:table[\s>]")
_ODS_CELL = re.compile(rb"<table:(?:covered-)?table-cell\b([^>]*?)(/?)>")
_ROWS_REPEATED = re.compile(rb"number-rows-repeated\s*=\s*[\"'](\d+)")
_COLS_REPEATED = re.compile(rb"number-columns-repeated\s*=\s*[\"'](\d+)")


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ch - 64
    return n


@dataclass
class Extent:
    """What the sheets would cost: cells of their used areas and bytes of text, summed."""

    cells: int = 0
    text: int = 0
    sheets: list[str] = field(default_factory=list)


class ZipCheck:
    def __init__(self, path: Path, kind: str) -> None:
        self.path, self.kind = path, kind
        self.extent = Extent()
        self.shared: list[int] = []  # byte length of each shared string (xlsx)
        self.shared_seen, self.sheets_seen = False, 0

    def run(self) -> None:
        try:
            with zipfile.ZipFile(self.path) as archive:
                parts = self._directory(archive)
                order = sorted(parts, key=lambda i: "sharedstrings" not in i.filename.lower())
                for info in order:
                    self._part(info.filename, self._inflate(archive, info))
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError,
                RuntimeError) as exc:
            if isinstance(exc, FileRefused):
                raise
            raise refuse(self.path, translate("Import", "its compressed data is damaged ({reason}).").format(
                reason=f"{type(exc).__name__}: {str(exc)[:80]}")) from exc
        self._totals()

    def _directory(self, archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise refuse(self.path, translate("Import", "it holds {n} files; a workbook holds a few dozen.").format(
                n=len(infos)))
        names = [i.filename for i in infos]
        if len(set(names)) != len(names):
            raise refuse(self.path, translate("Import", "it holds two files under one name."))
        parts = [i for i in infos if i.filename.lower().endswith((".xml", ".rels")) or i.filename == "mimetype"]
        total = 0
        for info in parts:
            if info.file_size > MAX_PART_BYTES:
                raise refuse(self.path, translate("Import", "its part {part} would unpack to {size} MB (at most {max} "
                                                            "MB).").format(part=info.filename[:80],
                                                                           size=info.file_size // 1_000_000,
                                                                           max=MAX_PART_BYTES // 1_000_000))
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise refuse(self.path, translate("Import", "its part {part} is compressed {ratio} to 1, as only a zip "
                                                            "bomb is.").format(part=info.filename[:80],
                                                                               ratio=info.file_size // max(
                                                                                   info.compress_size, 1)))
            total += info.file_size
        if total > MAX_XML_BYTES:
            raise refuse(self.path, translate("Import", "it would unpack to {size} MB of XML (at most {max} MB).").format(
                size=total // 1_000_000, max=MAX_XML_BYTES // 1_000_000))
        return parts

    def _inflate(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
        # zipfile stops at the size the directory declares and checks the CRC: a part that lies about
        # its size is caught here, after at most MAX_PART_BYTES.
        with archive.open(info) as fh:
            data = fh.read(info.file_size + 1)
        if len(data) != info.file_size:
            raise refuse(self.path, translate("Import", "its part {part} is not the size the archive says.").format(
                part=info.filename[:80]))
        return data

    def _part(self, name: str, data: bytes) -> None:
        if b"<!DOCTYPE" in data or b"<!ENTITY" in data or _DTD.search(data[:4096]):
            raise refuse(self.path, translate("Import", "its part {part} declares a DTD or entities, which no "
                                                        "spreadsheet needs.").format(part=name[:80]))
        if self.kind == "xlsx" and _SST_ROOT.search(data[:4096]):
            # calamine finds the shared strings and the sheets through the workbook's relationships, so
            # every part is judged by what it holds, not by its name.
            if self.shared_seen or self.sheets_seen:
                raise refuse(self.path, translate("Import", "its part {part} is a second table of shared texts, or "
                                                            "comes after the sheets that use it.").format(
                    part=name[:80]))
            self.shared_seen = True
            starts = [m.start() for m in _SI.finditer(data)] + [len(data)]
            self.shared = [b - a for a, b in zip(starts, starts[1:], strict=False)]
            if self.shared and max(self.shared) > MAX_RUN:
                raise refuse(self.path, translate("Import", "one of its texts is {size} bytes long, beyond the {max} "
                                                            "characters a cell may hold.").format(
                    size=f"{max(self.shared):,}", max=f"{EXCEL_CELL_CHARS:,}"))
        elif self.kind == "xlsx" and b"sheetData" in data:
            self.sheets_seen += 1
            self._xlsx_sheet(name, data)
        elif self.kind == "ods" and name == "content.xml":
            self._ods_content(data)

    def _xlsx_sheet(self, name: str, data: bytes) -> None:
        """The sheet's extent from its row and cell references (and its <dimension>), and the shared text its
        cells would copy. Excel's own spelling (`<row r="5">`, `<c r="B5" s="1" t="s"><v>3</v>`) is counted
        with literal patterns; any other spelling takes the general patterns (slower, same bound)."""
        fast = not _PREFIXED.search(data) and data.count(b"<c ") == data.count(b'<c r="') \
            and data.count(b"<row ") == data.count(b'<row r="')
        if fast:
            row_numbers, cell_rows = _FAST_ROW_REF.findall(data), _FAST_CELL_ROW.findall(data)
            columns = _fast_columns(data)
            row_count, cell_count = data.count(b"<row ") + data.count(b"<row>"), len(cell_rows) + data.count(b"<c>")
        else:
            row_numbers, refs = _ROW_REF.findall(data), _CELL_REF.findall(data)
            cell_rows = [r for _, r in refs]
            columns = max((_column_number(c) for c in {letters for letters, _ in refs}), default=0)
            row_count, cell_count = len(_ROWS.findall(data)), len(_CELLS.findall(data))
        rows = max(max(map(int, row_numbers), default=0), max(map(int, cell_rows), default=0))
        rows += row_count - len(row_numbers)  # rows without a number follow the one before
        if cell_count > len(cell_rows):  # so do cells without a reference
            columns += max(len(_CELLS.findall(row)) for row in _ROWS.split(data))
        head = data[:data.find(b"sheetData") % 65536 or 65536]
        dimension = _DIMENSION.search(head)
        if dimension:
            rows, columns = self._dimension(dimension.group(1), rows, columns)
        self._sheet(name, rows, columns, EXCEL_ROWS, EXCEL_COLUMNS)
        self.extent.text += len(data) // 2 + self._shared_text(name, data, fast)  # inline text: at most the part

    def _shared_text(self, name: str, data: bytes, fast: bool) -> int:
        if not self.shared:
            return 0
        indexes = _FAST_SHARED_CELL.findall(data) if fast else _SHARED_CELL.findall(data)
        if len(indexes) != (data.count(b't="s"') if fast else len(_T_SHARED.findall(data))):  # spelt some other way: every cell, the longest text
            return (len(_CELLS.findall(data)) + 1) * max(self.shared)
        shared = self.shared
        try:
            return sum(shared[int(i)] for i in indexes)
        except IndexError:
            raise refuse(self.path, translate("Import", "a cell of {part} points to a shared text that does not "
                                                        "exist.").format(part=name[:80])) from None

    def _dimension(self, ref: bytes, rows: int, columns: int) -> tuple[int, int]:
        """The used area the sheet declares counts too (readers size their grid from it)."""
        corners = []
        for part in ref.split(b":")[:2]:
            match = re.fullmatch(rb"\$?([A-Za-z]{1,4})\$?(\d{1,12})", part.strip())
            if match is None:
                return rows, columns
            corners.append((int(match.group(2)), _column_number(match.group(1))))
        last_row, last_col = max(c[0] for c in corners), max(c[1] for c in corners)  # either corner, if reversed
        return max(rows, last_row), max(columns, last_col)

    def _ods_content(self, data: bytes) -> None:
        """Rows and cells repeat (number-rows/columns-repeated): an empty run costs nothing, a run with a
        value costs every cell it repeats into. The XML must be well formed: calamine, given a table that
        never closes, walks LibreOffice's billions of trailing empty cells one by one (found by the fuzzer)."""
        _balanced(self.path, "content.xml", data)
        tables = [m.start() for m in _ODS_TABLE.finditer(data)] + [len(data)]
        self.extent.text += len(data) // 2  # the text written once: at most the part itself
        for t, (start, end) in enumerate(zip(tables, tables[1:], strict=False)):
            rows = columns = row_at = 0
            for attrs, body in self._ods_rows(data, start, end):
                repeat = _repeat(_ROWS_REPEATED, attrs)
                width, text, repeats_cells = self._ods_row(body)
                if width:
                    rows = row_at + repeat
                    columns = max(columns, width)
                    if repeat > 1 or repeats_cells:  # copies beyond what the part holds
                        self.extent.text += text * repeat
                row_at += repeat
            self._sheet(f"table {t + 1}", rows, columns, EXCEL_ROWS, EXCEL_COLUMNS)

    @staticmethod
    def _ods_rows(data: bytes, start: int, end: int) -> list[tuple[bytes, bytes]]:
        """(attributes, body) of each <table:table-row> between start and end, in order (a body runs to the
        next row's start: a closing tag or a row group in it holds no cell)."""
        rows = []
        for piece in data[start:end].split(b"<table:table-row")[1:]:
            if piece[:1] not in (b" ", b">", b"/", b"\n", b"\r", b"\t"):
                continue  # <table:table-row-group>, <table:table-rows>: not a row
            close = piece.find(b">")
            if close < 0:
                continue
            attrs = piece[:close]
            end_of_row = piece.find(b"</table:table-row>", close)
            rows.append((attrs, b"" if attrs.endswith(b"/") else piece[close + 1:end_of_row if end_of_row >= 0 else None]))
        return rows

    @staticmethod
    def _ods_row(body: bytes) -> tuple[int, int, bool]:
        """(columns up to the last cell with content, bytes of text in the row with its cells' repeats, whether
        a cell with content repeats)."""
        trimmed = _ODS_TRAILING_EMPTY.sub(b"", body, count=1)  # LibreOffice's run of empty cells to the edge
        empty_runs = _ODS_EMPTY_RUN.findall(trimmed)  # LibreOffice's runs of empty cells (merged, left blank)
        if trimmed.count(b"repeated") == len(empty_runs):  # every other cell is one column: count (an upper bound)
            count = trimmed.count(b"<table:table-cell") + trimmed.count(b"<table:covered-table-cell")
            return count + sum(int(n) - 1 for n in empty_runs), len(trimmed), False
        col = width = text = 0
        repeats = False
        cells = list(_ODS_CELL.finditer(body))
        for i, cell in enumerate(cells):
            repeat = _repeat(_COLS_REPEATED, cell.group(1))
            content_end = cells[i + 1].start() if i + 1 < len(cells) else len(body)
            content = body[cell.end():content_end] if not cell.group(2) else b""
            if b"value-type" in cell.group(1) or b"<text:" in content:
                width = col + repeat
                text += len(content) * repeat
                repeats = repeats or repeat > 1
            col += repeat
        return width, text, repeats

    def _sheet(self, name: str, rows: int, columns: int, max_rows: int, max_columns: int) -> None:
        _check_extent(self.path, self.extent, name, rows, columns, max_rows, max_columns)

    def _totals(self) -> None:
        _check_totals(self.path, self.extent)


def _balanced(path: Path, part: str, data: bytes) -> None:
    """Every table and row that opens also closes, in order: the structure calamine walks. (A full XML
    check costs more than reading the file; calamine itself refuses other damage.)"""
    opens = sorted([m.start() for m in _ODS_TABLE.finditer(data)])
    closes = [m.start() for m in re.finditer(rb"</table:table>", data)]
    rows_open = data.count(b"<table:table-row ") + data.count(b"<table:table-row>") - len(_ODS_SELF_CLOSED_ROW.findall(data))
    ordered = len(opens) == len(closes) and all(o < c for o, c in zip(opens, closes, strict=True)) \
        and all(c < o for c, o in zip(closes, opens[1:], strict=False))
    if not ordered or rows_open != data.count(b"</table:table-row>"):
        raise refuse(path, translate("Import", "its part {part} is damaged XML (a table or row that does not close)."
                                     ).format(part=part))


def _fast_columns(data: bytes) -> int:
    """The last column of Excel-spelt cell references: with one letter, at most 26 (no need to read them)."""
    for width in (3, 2):
        if re.search(rb'<c r="[A-Z]{%d}\d' % width, data):
            return max(map(_column_number, set(re.findall(rb'<c r="([A-Z]{%d})\d' % width, data))))
    return 26 if b'<c r="' in data else 0


def _repeat(pattern: re.Pattern[bytes], attrs: bytes) -> int:
    match = pattern.search(attrs)
    return max(1, int(match.group(1))) if match else 1


def _check_extent(path: Path, extent: Extent, sheet: str, rows: int, columns: int, max_rows: int,
                  max_columns: int) -> None:
    if rows > max_rows:
        raise refuse(path, translate("Import", "{sheet} has a cell on row {row}, beyond the last row a sheet can "
                                               "have ({max}).").format(sheet=sheet, row=f"{rows:,}", max=f"{max_rows:,}"))
    if columns > max_columns:
        raise refuse(path, translate("Import", "{sheet} has a cell in column {col}, beyond the last column a sheet "
                                               "can have ({max}).").format(sheet=sheet, col=f"{columns:,}",
                                                                          max=f"{max_columns:,}"))
    extent.cells += rows * columns
    extent.sheets.append(sheet)
    if extent.cells > MAX_CELLS:
        raise refuse(path, translate("Import", "its sheets span {cells} cells ({sheet}: {rows} rows × {cols} columns); "
                                               "a registration list needs far fewer (at most {max}).").format(
            cells=f"{extent.cells:,}", sheet=sheet, rows=f"{rows:,}", cols=f"{columns:,}", max=f"{MAX_CELLS:,}"))


def _check_totals(path: Path, extent: Extent) -> None:
    if extent.text > MAX_TEXT:
        raise refuse(path, translate("Import", "its cells would hold {size} MB of text (at most {max} MB).").format(
            size=extent.text // 1_000_000, max=MAX_TEXT // 1_000_000))


# -- .xls: an OLE compound file holding a BIFF8 workbook stream ------------------------------------------

ENDOFCHAIN, FREESECT = 0xFFFFFFFE, 0xFFFFFFFF
MAX_REGULAR = 0xFFFFFFFA
_CELL_RECORDS = {0x0203, 0x00FD, 0x027E, 0x0204, 0x0205, 0x0006, 0x00D6}  # one value at (row, col)
MULRK, LABELSST, SST, CONTINUE, BOF, DIMENSIONS = 0x00BD, 0x00FD, 0x00FC, 0x003C, 0x0809, 0x0200


class XlsCheck:
    def __init__(self, path: Path, size: int) -> None:
        self.path, self.size = path, size
        self.extent = Extent()

    def bad(self, what: str) -> FileRefused:
        return refuse(self.path, translate("Import", "its Excel 97–2003 structure is damaged ({what}).").format(
            what=what))

    def run(self) -> None:
        data = self.path.read_bytes()
        if len(data) < 512:
            raise self.bad("shorter than its header")
        self.data = data
        self._header()
        self._fat()
        entries = self._directory()
        if any(name == "EncryptedPackage" for name, *_ in entries):
            raise refuse(self.path, translate("Import", "it is protected by a password. Open it in Excel, remove the "
                                                        "password (File ▸ Info ▸ Protect Workbook) and save it."))
        workbook = self._streams(entries)
        if workbook is None:
            raise refuse(self.path, translate("Import", "it holds no Excel workbook stream."))
        self._biff(workbook)
        _check_totals(self.path, self.extent)

    def _header(self) -> None:
        h = self.data
        shift, mini_shift = struct.unpack_from("<HH", h, 30)
        if shift not in (9, 12) or mini_shift != 6:
            raise self.bad("sector size")
        self.sector = 1 << shift
        if len(h) % self.sector:
            raise self.bad("the file ends inside a sector: it was cut short")
        self.sectors = max(0, (len(h) - self.sector + self.sector - 1) // self.sector)
        (self.dir_len, self.fat_len, self.dir_start, _, _, self.minifat_start, self.minifat_len, self.difat_start,
         self.difat_len) = struct.unpack_from("<IIIIIIIII", h, 40)
        if self.sector == 512:
            self.dir_len = 0
        for count in (self.dir_len, self.fat_len, self.minifat_len, self.difat_len):
            if count > self.sectors:
                raise self.bad("a table longer than the file")

    def _sector(self, sid: int) -> bytes:
        if sid >= self.sectors:
            raise self.bad(f"sector {sid} beyond the end")
        start = (sid + 1) * self.sector
        return self.data[start:start + self.sector].ljust(self.sector, b"\0")

    def _fat(self) -> None:
        difat = list(struct.unpack_from("<109I", self.data, 76))
        seen: set[int] = set()
        sid = self.difat_start
        while sid not in (ENDOFCHAIN, FREESECT):
            if sid in seen or len(seen) > self.sectors:
                raise self.bad("a loop in the sector table")
            seen.add(sid)
            words = struct.unpack(f"<{self.sector // 4}I", self._sector(sid))
            difat.extend(words[:-1])
            sid = words[-1]
        fat: list[int] = []
        for sid in difat:
            if sid in (FREESECT, ENDOFCHAIN):
                continue
            fat.extend(struct.unpack(f"<{self.sector // 4}I", self._sector(sid)))
            if len(fat) > self.sectors * 2 + 1024:
                raise self.bad("a sector table longer than the file")
        self.fat = fat

    def _chain(self, start: int, table: list[int], limit: int) -> list[int]:
        chain: list[int] = []
        seen: set[int] = set()
        sid = start
        while sid != ENDOFCHAIN:
            if sid > MAX_REGULAR or sid >= len(table) or sid >= limit:
                raise self.bad(f"a chain leads to sector {sid}")
            if sid in seen:
                raise self.bad("a loop in a sector chain")
            seen.add(sid)
            chain.append(sid)
            sid = table[sid]
        return chain

    def _read(self, start: int, length: int) -> bytes:
        chain = self._chain(start, self.fat, self.sectors)
        if length > len(chain) * self.sector:
            raise self.bad("a stream longer than its sectors")
        return b"".join(self._sector(s) for s in chain)[:length]

    def _directory(self) -> list[tuple[str, int, int, int]]:
        raw = b"".join(self._sector(s) for s in self._chain(self.dir_start, self.fat, self.sectors))
        entries = []
        for off in range(0, len(raw) - 127, 128):
            name_len = struct.unpack_from("<H", raw, off + 64)[0]
            name = raw[off:off + min(name_len, 64)].decode("utf-16-le", "replace").rstrip("\0")
            kind = raw[off + 66]
            start, size_lo, size_hi = struct.unpack_from("<III", raw, off + 116)
            size = size_lo if self.sector == 512 else size_lo | size_hi << 32
            entries.append((name, kind, start, size))
        if not entries or entries[0][1] != 5:
            raise self.bad("no root entry")
        return entries

    def _streams(self, entries: list[tuple[str, int, int, int]]) -> bytes | None:
        _, _, root_start, root_size = entries[0]
        if root_size > self.size:
            raise self.bad("a mini stream larger than the file")
        ministream = self._read(root_start, root_size) if root_start != ENDOFCHAIN else b""
        minifat_raw = b"".join(self._sector(s) for s in self._chain(self.minifat_start, self.fat, self.sectors)) \
            if self.minifat_start not in (ENDOFCHAIN, FREESECT) else b""
        minifat = list(struct.unpack(f"<{len(minifat_raw) // 4}I", minifat_raw[:len(minifat_raw) // 4 * 4]))
        workbook = None
        for name, kind, start, size in entries[1:]:
            if kind != 2:
                continue
            if size > self.size:
                raise self.bad(f"stream {name[:31]} declares {size:,} bytes")
            if size < 4096:
                chain = self._chain(start, minifat, len(ministream) // 64) if size else []
                if size > len(chain) * 64:
                    raise self.bad("a small stream longer than its sectors")
                data = b"".join(ministream[s * 64:s * 64 + 64] for s in chain)[:size]
            else:
                data = self._read(start, size)
            if name in ("Workbook", "Book") and workbook is None:
                workbook = data
        return workbook

    def _biff(self, stream: bytes) -> None:
        sheet, rows, columns = 0, 0, 0
        sst: list[bytes] = []
        in_sst = False
        text = 0
        lengths: list[int] = []
        pos, end = 0, len(stream)
        while pos + 4 <= end:
            rtype, size = struct.unpack_from("<HH", stream, pos)
            body = stream[pos + 4:pos + 4 + size]
            pos += 4 + size
            if rtype == CONTINUE and in_sst:
                sst.append(body)
                continue
            in_sst = rtype == SST
            if in_sst:
                sst = [body]
            elif rtype == BOF:
                if sheet:
                    self._close_sheet(sheet, rows, columns)
                sheet, rows, columns = sheet + 1, 0, 0
            elif rtype == DIMENSIONS and len(body) >= 12:
                first_row, last_row, first_col, last_col = struct.unpack_from("<IIHH", body)
                if first_row > last_row or first_col > last_col:  # a reader subtracting them would wrap
                    raise self.bad("a sheet's used area ends before it starts")
                rows, columns = max(rows, last_row), max(columns, last_col)
            elif rtype in _CELL_RECORDS and len(body) >= 4:
                row, col = struct.unpack_from("<HH", body)
                rows, columns = max(rows, row + 1), max(columns, col + 1)
                if rtype == LABELSST and len(body) >= 10:
                    if not lengths and sst:
                        lengths = sst_lengths(sst)
                    index = struct.unpack_from("<I", body, 6)[0]
                    text += lengths[index] if index < len(lengths) else 0
                else:
                    text += size
            elif rtype == MULRK and len(body) >= 6:
                row, first = struct.unpack_from("<HH", body)
                last = struct.unpack_from("<H", body, len(body) - 2)[0]
                rows, columns = max(rows, row + 1), max(columns, last + 1, first + 1)
        if sheet:
            self._close_sheet(sheet, rows, columns)
        self.extent.text += text

    def _close_sheet(self, sheet: int, rows: int, columns: int) -> None:
        if sheet > 1:  # the first substream is the workbook's globals
            _check_extent(self.path, self.extent, f"sheet {sheet - 1}", rows, columns, XLS_ROWS, XLS_COLUMNS)


def sst_lengths(segments: list[bytes]) -> list[int]:
    """Bytes of each shared string of a BIFF8 SST record and its CONTINUE records (an upper bound on the
    UTF-8 a reader makes of it: 3 bytes per character)."""
    lengths: list[int] = []
    seg, pos = 0, 8
    if not segments or len(segments[0]) < 8:
        return lengths
    unique = struct.unpack_from("<I", segments[0], 4)[0]

    def take(n: int) -> bytes | None:
        """n bytes (a small header field) across record boundaries; None past the end."""
        nonlocal seg, pos
        parts, got = [], 0
        while got < n:
            if seg >= len(segments):
                return None
            chunk = segments[seg][pos:pos + n - got]
            parts.append(chunk)
            got += len(chunk)
            pos += len(chunk)
            if got < n:
                seg, pos = seg + 1, 0
        return b"".join(parts)

    def skip(n: int) -> bool:
        nonlocal seg, pos
        while n > 0:
            if seg >= len(segments):
                return False
            step = min(n, len(segments[seg]) - pos)
            n -= step
            pos += step
            if n > 0:
                seg, pos = seg + 1, 0
        return True

    while len(lengths) < unique:
        head = take(3)
        if head is None:
            break
        cch, flags = struct.unpack("<HB", head)
        runs = take(2) if flags & 8 else b"\0\0"
        ext = take(4) if flags & 4 else b"\0\0\0\0"
        if runs is None or ext is None:
            break
        high, left = flags & 1, cch
        while left:
            if seg >= len(segments):
                break
            avail = len(segments[seg]) - pos
            if avail <= 0:
                seg, pos = seg + 1, 0
                if seg >= len(segments) or not segments[seg]:
                    break
                high, pos = segments[seg][0] & 1, 1
                continue
            step = min(left, avail // (2 if high else 1))
            if step == 0:
                break
            pos += step * (2 if high else 1)
            left -= step
        lengths.append(cch * 3)
        if not skip(struct.unpack("<H", runs)[0] * 4 + max(0, struct.unpack("<i", ext)[0])):
            break
    return lengths
