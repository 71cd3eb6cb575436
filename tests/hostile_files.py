"""Registration files built to hurt or damaged, made in a temporary folder: each test writes what it needs.

`zip_file` writes a zip by hand, so a member's declared size and CRC may lie and its compressed data may be
prepared in advance (a 3 GB bomb is 3,000 copies of one compressed megabyte, made in a fraction of a second).
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "data" / "registration"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships '
    'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    '<sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships '
    'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
    'Target="sharedStrings.xml"/></Relationships>')
HEADER = ["Tên chủ thể", "Tên sản phẩm", "Giá"]


@dataclass
class Member:
    name: str
    data: bytes  # compressed (deflate) unless stored
    crc: int
    size: int  # the size declared in the headers
    method: int = 8


def deflated(name: str, content: bytes) -> Member:
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    return Member(name, c.compress(content) + c.flush(), zlib.crc32(content), len(content))


def bomb(name: str, megabytes: int, *, declared: int | None = None) -> Member:
    """`megabytes` MB of spaces inside an XML start tag, compressed about 1,000 to 1."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(b" " * 1_000_000) + c.flush(zlib.Z_FULL_FLUSH)
    head = zlib.compressobj(9, zlib.DEFLATED, -15)
    start = head.compress(b"<worksheet") + head.flush(zlib.Z_FULL_FLUSH)
    data = start + block * megabytes + zlib.compressobj(9, zlib.DEFLATED, -15).flush()
    size = 10 + megabytes * 1_000_000
    return Member(name, data, 0, size if declared is None else declared)


def zip_file(path: Path, members: list[Member]) -> Path:
    """A zip written field by field (32-bit sizes: members up to 4 GB)."""
    out = bytearray()
    central = bytearray()
    for m in members:
        name = m.name.encode()
        offset = len(out)
        fields = (20, 0, m.method, 0, 0x21, m.crc, len(m.data), m.size, len(name), 0)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields) + name + m.data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fields, 0, 0, 0, 0, offset) + name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(out), 0)
    path.write_bytes(bytes(out + central + end))
    return path


def sheet_xml(rows: str, *, before: str = "", dimension: str = "") -> bytes:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?>{before}<worksheet '
            f'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{dim}<sheetData>{rows}</sheetData>'
            f'</worksheet>').encode()


def shared_xml(texts: list[str], *, before: str = "") -> bytes:
    items = "".join(f"<si><t>{t}</t></si>" for t in texts)
    return (f'<?xml version="1.0" encoding="UTF-8"?>{before}<sst '
            f'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{items}</sst>').encode()


def text_row(number: int, values: list[str], first: int = 0) -> str:
    """A row of inline strings, one per column from `first` (0 = A)."""
    cells = "".join(f'<c r="{_letters(first + i)}{number}" t="inlineStr"><is><t>{v}</t></is></c>'
                    for i, v in enumerate(values))
    return f'<row r="{number}">{cells}</row>'


def _letters(index: int) -> str:
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


def xlsx(path: Path, sheet: bytes | Member, shared: bytes | Member | None = None) -> Path:
    """A one-sheet workbook ('Danh sách') around the given sheet XML (and shared strings)."""
    parts = [deflated("[Content_Types].xml", CONTENT_TYPES.encode()), deflated("_rels/.rels", ROOT_RELS.encode()),
             deflated("xl/workbook.xml", WORKBOOK.encode()), deflated("xl/_rels/workbook.xml.rels",
                                                                      WORKBOOK_RELS.encode())]
    parts.append(sheet if isinstance(sheet, Member) else deflated("xl/worksheets/sheet1.xml", sheet))
    shared = shared if shared is not None else shared_xml(["x"])
    parts.append(shared if isinstance(shared, Member) else deflated("xl/sharedStrings.xml", shared))
    return zip_file(path, parts)


def good_rows() -> str:
    return text_row(1, HEADER) + text_row(2, ["HTX Chè Hà Giang", "Chè Shan tuyết", "120000"])


# -- the hostile and damaged files of issue 18 ------------------------------------------------------------

def far_cell(path: Path, row: int = 2_000_000_000) -> Path:
    return xlsx(path, sheet_xml(good_rows() + f'<row r="{row}"><c r="A{row}" t="s"><v>0</v></c></row>'))


def moved_far_cell(path: Path) -> Path:
    """The far cell in a sheet stored under another name (calamine follows the workbook's relationships)."""
    far = deflated("xl/elsewhere/data.xml", sheet_xml(good_rows() + '<row r="100000000"><c r="A100000000" '
                                                                  't="s"><v>0</v></c></row>'))
    parts = [deflated("[Content_Types].xml", CONTENT_TYPES.encode()), deflated("_rels/.rels", ROOT_RELS.encode()),
             deflated("xl/workbook.xml", WORKBOOK.encode()),
             deflated("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.replace("worksheets/sheet1.xml",
                                                                          "elsewhere/data.xml").encode()),
             far, deflated("xl/sharedStrings.xml", shared_xml(["x"]))]
    return zip_file(path, parts)


def huge_shared_string(path: Path, megabytes: int = 2000) -> Path:
    """One shared string of `megabytes` MB (the file itself is about 2 MB)."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>'
    block = c.compress(b"a" * 1_000_000) + c.flush(zlib.Z_FULL_FLUSH)
    start = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = start.compress(head) + start.flush(zlib.Z_FULL_FLUSH)
    tail = zlib.compressobj(9, zlib.DEFLATED, -15)
    last = tail.compress(b"</t></si></sst>") + tail.flush()
    member = Member("xl/sharedStrings.xml", first + block * megabytes + last, 0,
                    len(head) + megabytes * 1_000_000 + 15)
    return xlsx(path, sheet_xml(good_rows() + '<row r="3"><c r="A3" t="s"><v>0</v></c></row>'), member)


def zip_bomb(path: Path, megabytes: int = 3000, *, declared: int | None = None) -> Path:
    """A sheet that inflates to `megabytes` MB (the file is about 1/1000 of that); `declared` lies about it."""
    return xlsx(path, bomb("xl/worksheets/sheet1.xml", megabytes, declared=declared))


def crc_matched_bomb(path: Path) -> Path:
    """A 3 GB bomb declaring 50 KB, with the CRC of its first 50 KB: the zip's own checks pass on that much."""
    member = bomb("xl/worksheets/sheet1.xml", 3000, declared=50_000)
    member.crc = zlib.crc32(b"<worksheet" + b" " * (50_000 - 10))
    return xlsx(path, member)


def damaged_deflate(path: Path) -> Path:
    rows = "".join(text_row(n, ["HTX", f"Sản phẩm {n}", str(n * 1000)]) for n in range(2, 400))
    member = deflated("xl/worksheets/sheet1.xml", sheet_xml(text_row(1, HEADER) + rows))
    middle = len(member.data) // 2
    member.data = member.data[:middle] + bytes(b ^ 0xA5 for b in member.data[middle:middle + 64]) \
        + member.data[middle + 64:]
    return xlsx(path, member)


def truncated_xml(path: Path) -> Path:
    full = sheet_xml(good_rows() * 1)
    return xlsx(path, full[: len(full) // 2])


def entity_bomb(path: Path) -> Path:
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
    return xlsx(path, sheet_xml(text_row(1, HEADER) + text_row(2, ["&j;", "x", "1"]),
                                before=f"<!DOCTYPE worksheet [{entities}]>"))


def external_entity(path: Path) -> Path:
    return xlsx(path, sheet_xml(text_row(1, HEADER), before='<!DOCTYPE worksheet [<!ENTITY e SYSTEM '
                                                            '"file:///etc/passwd">]>'),
                shared_xml(["&e;"]))


def escapes(path: Path) -> Path:
    """Excel's `_xHHHH_` escapes: a line break inside a product name."""
    return xlsx(path, sheet_xml(text_row(1, HEADER) + '<row r="2"><c r="A2" t="inlineStr"><is><t>HTX Tùng Hằng</t>'
                                '</is></c><c r="B2" t="s"><v>0</v></c><c r="C2"><v>95000</v></c></row>'),
                shared_xml(["Mật ong hoa nhãn_x000D_ chai 500ml"]))


def wide_area(path: Path) -> Path:
    """Two cells far apart: a dense grid of 1,048,576 × 16,384 between them."""
    return xlsx(path, sheet_xml(good_rows() + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'))


def shared_amplified(path: Path, cells: int = 1_200) -> Path:
    """A 30,000-character shared string copied into 1,200 cells: 36 MB of text once every copy is made
    (scaled up, the copies are what would exhaust memory: calamine makes one per cell)."""
    rows = "".join(f'<row r="{n}"><c r="A{n}" t="s"><v>0</v></c></row>' for n in range(3, 3 + cells))
    return xlsx(path, sheet_xml(good_rows() + rows), shared_xml(["x" * 30_000]))


# -- .xls and .ods built from the committed fixtures --------------------------------------------------------

def xls_bytes() -> bytearray:
    return bytearray((FIXTURES / "dang-ky.xls").read_bytes())


def _xls_directory_entry(data: bytearray, name: str) -> int:
    """The offset of a directory entry by name (the fixture's directory is in one sector chain)."""
    target = name.encode("utf-16-le")
    at = data.find(target)
    assert at >= 0, name
    return at


def xls_declared_huge(path: Path) -> Path:
    data = xls_bytes()
    entry = _xls_directory_entry(data, "Workbook")
    struct.pack_into("<I", data, entry + 120, 0xFFFFFF00)  # the stream says it is 4 GB
    path.write_bytes(bytes(data))
    return path


def xls_sector_loop(path: Path) -> Path:
    """The directory's sector chain points back at itself."""
    data = xls_bytes()
    directory = struct.unpack_from("<I", data, 48)[0]
    fat_sector = struct.unpack_from("<I", data, 76)[0]
    sector = 1 << struct.unpack_from("<H", data, 30)[0]
    struct.pack_into("<I", data, (fat_sector + 1) * sector + directory * 4, directory)
    path.write_bytes(bytes(data))
    return path


def password_protected(path: Path) -> Path:
    """What Excel saves with a password: a compound file holding an EncryptedPackage stream, named .xlsx."""
    data = xls_bytes()
    at = _xls_directory_entry(data, "Workbook")
    name = "EncryptedPackage".encode("utf-16-le") + b"\0\0"
    data[at:at + 64] = name.ljust(64, b"\0")
    struct.pack_into("<H", data, at + 64, len(name))
    path.write_bytes(bytes(data))
    return path


def xls_far_cell(path: Path) -> Path:
    """A NUMBER record moved to row 65,535, column 255: a 16-million-cell grid."""
    data = xls_bytes()
    at = data.find(struct.pack("<HH", 0x0203, 14))
    assert at >= 0
    struct.pack_into("<HH", data, at + 4, 65535, 255)
    path.write_bytes(bytes(data))
    return path


def xls_reversed_dimensions(path: Path) -> Path:
    """A sheet's DIMENSIONS record whose first row (1,048,576) is past its last (found by the fuzzer: calamine
    subtracted them, wrapped, and asked for 1.7 TB)."""
    data = xls_bytes()
    at = data.find(struct.pack("<HH", 0x0200, 14), data.find(struct.pack("<HH", 0x0809, 16), 600))
    assert at >= 0
    struct.pack_into("<I", data, at + 4, 1_048_576)
    path.write_bytes(bytes(data))
    return path


def ods_with_content(path: Path, content: bytes) -> Path:
    import zipfile

    with zipfile.ZipFile(FIXTURES / "dang-ky.ods") as src, zipfile.ZipFile(path, "w") as out:
        for info in src.infolist():
            data = content if info.filename == "content.xml" else src.read(info)
            out.writestr(info, data, compress_type=zipfile.ZIP_STORED if info.filename == "mimetype"
                         else zipfile.ZIP_DEFLATED)
    return path


def ods_repeated(path: Path) -> Path:
    """A value repeated over 16,384 columns in a row repeated 1,000,000 times."""
    with __import__("zipfile").ZipFile(FIXTURES / "dang-ky.ods") as src:
        content = src.read("content.xml")
    row = (b'<table:table-row table:number-rows-repeated="1000000"><table:table-cell '
           b'table:number-columns-repeated="16384" office:value-type="string"><text:p>x</text:p>'
           b'</table:table-cell></table:table-row>')
    at = content.index(b"</table:table>")
    return ods_with_content(path, content[:at] + row + content[at:])


def ods_unclosed_table(path: Path) -> Path:
    """A table whose end tag is misspelt (found by the fuzzer: calamine then walked LibreOffice's trailing
    1,048,565 × 16,384 empty cells one by one, for minutes)."""
    with __import__("zipfile").ZipFile(FIXTURES / "dang-ky.ods") as src:
        content = src.read("content.xml")
    return ods_with_content(path, content.replace(b"</table:table>", b"</tarle:table>", 1))


def ods_entity(path: Path) -> Path:
    with __import__("zipfile").ZipFile(FIXTURES / "dang-ky.ods") as src:
        content = src.read("content.xml")
    at = content.index(b"?>") + 2
    return ods_with_content(path, content[:at] + b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
                            + content[at:])
