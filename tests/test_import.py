from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from ocop_desk.core.errors import DomainError, ValidationFailed
from ocop_desk.fair.events import current_event_id, get_event
from ocop_desk.registration import importer
from ocop_desk.registration.template import write_template
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import AuditEntry, Booth, BoothDay, Event, Producer, Product

TODAY = dt.date(2026, 10, 14)


def counts(store: Store) -> tuple[int, ...]:
    with store.reading() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) or 0
                     for m in (Event, Producer, Product, Booth, BoothDay))


def workbook(path: Path, sheets: dict[str, list[list[object]]], merges: dict[str, list[str]] | None = None) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    ws.cell(row=r, column=c, value=value)
        for rng in (merges or {}).get(name, []):
            ws.merge_cells(rng)
    wb.save(path)
    return path


def product(store: Store, code: str) -> Product:
    with store.reading() as s:
        found = s.scalar(select(Product).where(Product.code == code))
        assert found is not None
        s.expunge(found)
        return found


def producer_by_name(store: Store, name: str) -> Producer:
    with store.reading() as s:
        found = s.scalar(select(Producer).where(Producer.name == name))
        assert found is not None
        s.expunge(found)
        return found


# -- the template ---------------------------------------------------------------------------------------


def fill_template(path: Path) -> Path:
    target = write_template(path)
    wb = load_workbook(target)
    rows = {
        "Chủ thể": [[1, "HN-BV", "HTX Mật ong Ba Vì", "Hợp tác xã", "Xã Ba Trại, huyện Ba Vì", "Hà Nội",
                     "0987654321", "Đỗ Thị Lan"],
                    [2, "HN-UH", "Cơ sở Miến dong Minh Hồng", "Hộ kinh doanh", "Xã Minh Hồng", "Hà Nội",
                     "0912000111", None]],
        "Sản phẩm": [[1, "MO-BV", "Mật ong hoa nhãn Ba Vì", "HN-BV", "Thực phẩm", "chai 500 ml", 180000, 4,
                      "8936012340013", "OCOP-HN-1", "31/12/2027"],
                     [2, "MD-MH", "Miến dong Minh Hồng", "HN-UH", "Thực phẩm", "túi 500 g", "65.000", "3 sao",
                      None, None, None]],
        "Gian hàng": [[1, "A01", "Khu A", "HN-BV", None], [2, "a02", "Khu A", "HN-UH", "14/10/2026"]],
    }
    for sheet, data in rows.items():
        ws = wb[sheet]
        for r, row in enumerate(data, start=4):
            for c, value in enumerate(row, start=1):
                ws.cell(row=r, column=c, value=value)
    wb.save(target)
    return target


def test_template_has_bilingual_headers_lists_and_an_example(tmp_path: Path) -> None:
    path = write_template(tmp_path / "dang-ky")
    assert path.suffix == ".xlsx" and path.exists()
    wb = load_workbook(path)
    assert {"Chủ thể", "Sản phẩm", "Gian hàng", "Hướng dẫn"} <= set(wb.sheetnames)
    ws = wb["Sản phẩm"]
    assert ws["C1"].value == "Tên sản phẩm" and ws["C2"].value == "Product name"
    assert ws["A3"].value == "Ví dụ"
    formulas = {dv.formula1 for dv in ws.data_validations.dataValidation}
    assert '"1,2,3,4,5"' in formulas and any("Danh mục" in f for f in formulas)
    assert wb["Chủ thể"]["G3"].number_format == "@"  # phones keep their leading zero


def test_blank_template_imports_nothing_and_says_why(store: Store, tmp_path: Path) -> None:
    path = write_template(tmp_path / "blank.xlsx")
    before = counts(store)
    with pytest.raises(ValidationFailed) as info:
        importer.import_registration(store, Actor("x"), path, today=TODAY)
    assert "no data rows" in str(info.value)
    assert counts(store) == before


def test_filled_template_creates_the_event_and_imports_everything(store: Store, tmp_path: Path) -> None:
    path = fill_template(tmp_path / "Chợ phiên Ba Vì.xlsx")
    report = importer.import_registration(store, Actor("Hà"), path, today=TODAY)
    assert report.event_created and report.written and report.event_name == "Chợ phiên Ba Vì"
    assert (report.producers.added, report.products.added, report.booths.added) == (2, 2, 2)
    event = get_event(store, current_event_id(store) or 0)
    assert event.days == (TODAY,) and event.booth_count == 2
    honey = product(store, "MO-BV")
    assert (honey.price, honey.star_rating, honey.gtin) == (180000, 4, "8936012340013")
    assert honey.certificate_expires == dt.date(2027, 12, 31)
    assert "mat ong hoa nhan ba vi" in honey.search_text
    noodles = product(store, "MD-MH")
    assert (noodles.price, noodles.star_rating) == (65000, 3)
    coop = producer_by_name(store, "HTX Mật ong Ba Vì")
    assert (coop.phone, coop.kind, coop.code) == ("0987654321", "cooperative", "HN-BV")
    assert "0987654321" in coop.search_text
    with store.reading() as s:
        codes = sorted(s.scalars(select(Booth.code)))
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "import"))
    assert codes == ["A01", "A02"]
    assert entry is not None and entry.operator == "Hà" and "Chợ phiên Ba Vì.xlsx" in (entry.details or "")
    assert counts(store)[4] == 1  # A02 is registered for one listed day only


def test_reimport_updates_adds_and_never_duplicates(store: Store, tmp_path: Path) -> None:
    path = fill_template(tmp_path / "reg.xlsx")
    importer.import_registration(store, Actor("x"), path, today=TODAY)
    again = importer.import_registration(store, Actor("x"), path, today=TODAY)
    assert (again.products.unchanged, again.products.added, again.products.updated) == (2, 0, 0)
    assert (again.producers.unchanged, again.booths.unchanged) == (2, 2)
    assert not again.event_created
    wb = load_workbook(path)
    ws = wb["Sản phẩm"]
    ws["G4"] = 199000  # a new price
    for c, value in enumerate([3, "MO-BV-2", "Mật ong rừng Ba Vì", "HN-BV", None, "chai", 250000, 4], start=1):
        ws.cell(row=6, column=c, value=value)
    wb.save(path)
    before = counts(store)
    third = importer.import_registration(store, Actor("x"), path, today=TODAY)
    assert (third.products.added, third.products.updated, third.products.unchanged) == (1, 1, 1)
    assert product(store, "MO-BV").price == 199000
    assert counts(store)[2] == before[2] + 1


MESSY_TITLE = "DANH SÁCH ĐĂNG KÝ GIAN HÀNG CHỢ PHIÊN OCOP HẢI PHÒNG 2026"


def messy_rows() -> list[list[object]]:
    return [
        [MESSY_TITLE],
        ["(Kèm theo Kế hoạch số 123/KH-SCT)"],
        [],
        ["STT", "Gian hang", "Ten chu the", "So dien thoai", "Dia chi", "TÊN SẢN PHẨM", "Hạng sao",
         "Giá bán (VNĐ)", "Ngày hết hạn chứng nhận", "Ghi chú"],
        [1, "A01", "Cơ sở Chả chìa Bác Hoạt", 912345671, "Hạ Lũng, Hải An", "Chả chìa", "4 sao", "280.000 đ",
         dt.datetime(2027, 10, 14), "mang tủ đông"],
        [2, None, None, None, None, "Chả lá lốt", 3, 95000, "14/10/2027", None],
        [3, "B01", "Công ty CP Thủy sản Cát Hải", "02253886123", "Cát Hải", "Nước mắm 40 độ đạm", "★★★★★",
         "120.000", None, None],
        [4, None, None, None, None, "Mắm tôm", "3", "45000", None, None],
        ["Tổng cộng", None, None, None, None, "4 sản phẩm", None, None, None, None],
        [None, None, "Người lập biểu"],
    ]


def test_flat_sheet_with_title_merged_cells_and_total_row(store: Store, tmp_path: Path) -> None:
    path = workbook(tmp_path / "dang ky.xlsx", {"Danh sách": messy_rows()},
                    merges={"Danh sách": ["B5:B6", "C5:C6", "D5:D6", "E5:E6", "B7:B8", "C7:C8"]})
    preview = importer.preview(store, path, today=TODAY)
    assert preview.problems == [] and not preview.written
    sheet = preview.sheets[0]
    assert sheet.header_row == 4 and sheet.rows == 4
    assert ("TÊN SẢN PHẨM", "product_name") in sheet.used and "Ghi chú" in sheet.ignored
    assert counts(store) == (0, 0, 0, 0, 0)  # preview writes nothing
    report = importer.import_registration(store, Actor("x"), path, today=TODAY)
    assert report.event_created and report.event_name == MESSY_TITLE
    assert (report.producers.added, report.products.added, report.booths.added) == (2, 4, 2)
    hoat = producer_by_name(store, "Cơ sở Chả chìa Bác Hoạt")
    assert hoat.phone == "0912345671"
    assert producer_by_name(store, "Công ty CP Thủy sản Cát Hải").phone == "02253886123"
    with store.reading() as s:
        rows = {p.name: p for p in s.scalars(select(Product))}
        booths = {b.code: b.producer_id for b in s.scalars(select(Booth))}
    assert rows["Chả chìa"].price == 280000 and rows["Chả chìa"].star_rating == 4
    assert rows["Chả chìa"].certificate_expires == dt.date(2027, 10, 14)
    assert rows["Chả lá lốt"].producer_id == hoat.id and rows["Chả lá lốt"].certificate_expires == dt.date(2027, 10, 14)
    assert rows["Nước mắm 40 độ đạm"].star_rating == 5 and rows["Nước mắm 40 độ đạm"].price == 120000
    assert rows["Mắm tôm"].price == 45000
    assert booths["A01"] == hoat.id
    # no codes in the file: a second import matches by name and changes nothing
    again = importer.import_registration(store, Actor("x"), path, today=TODAY)
    assert (again.products.unchanged, again.producers.unchanged, again.booths.unchanged) == (4, 2, 2)
    assert counts(store)[2] == 4


@pytest.mark.parametrize("bom", [True, False])
@pytest.mark.parametrize("sep", [";", ","])
def test_csv_english_headers_bom_and_separators(store: Store, tmp_path: Path, bom: bool, sep: str) -> None:
    lines = [
        ["Booth", "Producer name", "Phone", "Product name", "Stars", "Price", "Certificate valid to"],
        ["C01", "HTX Dưa gang Tiên Lãng", "0936789016", "Dưa gang", "3", "25000", "2027-01-31"],
        ["", "", "", "Thuốc lào Tiên Lãng", "4 sao", "110.000 đ", "31/01/2027"],
    ]
    text = "\n".join(sep.join(f'"{v}"' if sep in v else v for v in row) for row in lines) + "\n"
    path = tmp_path / "reg.csv"
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    report = importer.import_registration(store, Actor("x"), path, today=TODAY)
    assert report.kind == "csv" and (report.products.added, report.booths.added) == (2, 1)
    assert producer_by_name(store, "HTX Dưa gang Tiên Lãng").phone == "0936789016"
    with store.reading() as s:
        prices = sorted(s.scalars(select(Product.price)))
    assert prices == [25000, 110000]


@pytest.mark.parametrize("title_rows", [False, True])
def test_csv_separator_is_found_past_quoted_commas(store: Store, tmp_path: Path, title_rows: bool) -> None:
    """Semicolon-separated, with addresses and names full of commas inside quotes: more commas than
    semicolons in the file, yet the semicolon is the separator (and still is under title rows)."""
    lines = [
        'Gian hàng;Tên chủ thể;Địa chỉ;Tên sản phẩm;Giá bán',
        'A01;"Công ty CP Chế biến, Thủy sản Cát Hải";"Số 5, ngõ 12, đường 1, thôn 2, xã Cát Hải, huyện Cát Hải, '
        'TP Hải Phòng";"Nước mắm, 40 độ đạm, chai 500 ml";"120,000"',
        ';;;"Chả mực, loại 1, hộp 500 g";"250,000"',
        'A02;"HTX Mật ong, Phù Liễn";"Thôn 1, ngõ 3, xã Phù Liễn, quận Kiến An, TP Hải Phòng";'
        '"Mật ong, hoa nhãn, lọ 1 lít";"180,000"',
    ]
    if title_rows:
        lines = ["DANH SÁCH ĐĂNG KÝ GIAN HÀNG, CHỢ PHIÊN OCOP, HẢI PHÒNG", "Ngày 14/10/2026", "", *lines]
    path = tmp_path / "reg.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert path.read_text(encoding="utf-8").count(",") > path.read_text(encoding="utf-8").count(";")
    report = importer.import_registration(store, Actor("x"), path, today=TODAY)
    assert (report.products.added, report.producers.added, report.booths.added) == (3, 2, 2)
    assert producer_by_name(store, "Công ty CP Chế biến, Thủy sản Cát Hải") is not None
    with store.reading() as s:
        assert sorted(s.scalars(select(Product.price))) == [120000, 180000, 250000]


def test_bad_file_reports_every_problem_and_writes_nothing(demo_store: Store, tmp_path: Path) -> None:
    sheets = {
        "Sản phẩm": [
            ["Mã sản phẩm", "Tên sản phẩm", "Mã chủ thể", "Hạng sao", "Giá bán", "Hạn chứng nhận"],
            ["X1", "Trà xanh", "HP-BH", 6, 1000, "01/01/2028"],
            ["X2", None, "HP-BH", 4, 1000, None],
            ["X3", "Bánh gai", "KHONG-CO", 4, 1000, None],
            ["X4", "Bánh cuốn", "HP-BH", 4, "mười nghìn", "31/02/2027"],
        ],
        "Gian hàng": [
            ["Gian hàng", "Mã chủ thể"],
            ["D01", "HP-BH"],
            ["D01", "HP-CD"],
        ],
    }
    path = workbook(tmp_path / "bad.xlsx", sheets)
    before = counts(demo_store)
    with pytest.raises(ValidationFailed) as info:
        importer.import_registration(demo_store, Actor("x"), path, today=TODAY)
    problems = "\n".join(info.value.problems)
    assert "Sheet 'Sản phẩm', row 2, column 'Hạng sao': star rating 6 is outside 1–5." in problems
    assert "Sheet 'Sản phẩm', row 3, column 'Tên sản phẩm': the product name is missing." in problems
    assert "Sheet 'Sản phẩm', row 4, column 'Mã chủ thể': unknown producer 'KHONG-CO'" in problems
    assert "row 5, column 'Giá bán': 'mười nghìn' is not a price" in problems
    assert "row 5, column 'Hạn chứng nhận': 31/02/2027: 02/2027 has no day 31 (it has 28 days)." in problems
    assert "Sheet 'Gian hàng', row 3, column 'Gian hàng': duplicate booth code D01" in problems
    assert len(info.value.problems) == 6
    assert "Nothing was changed" in str(info.value)
    assert counts(demo_store) == before
    preview = importer.preview(demo_store, path, today=TODAY)
    assert len(preview.problems) == 6 and not preview.ok


def test_imports_into_the_current_event_and_updates_the_sample(demo_store: Store, tmp_path: Path) -> None:
    sheets = {"Products": [
        ["Product code", "Product name", "Producer code", "Stars", "Price", "Booth", "Zone"],
        ["PATE-COT-DEN", "Pate Cột Đèn", "HP-CD", 4, 70000, "A02", "Khu A"],
        ["PATE-GAN", "Pate gan Cột Đèn", "HP-CD", 3, 55000, "A02", "Khu A"],
    ]}
    path = workbook(tmp_path / "update.xlsx", sheets)
    report = importer.import_registration(demo_store, Actor("x"), path, today=TODAY)
    assert not report.event_created and report.event_id == 1
    assert (report.products.updated, report.products.added, report.booths.unchanged) == (1, 1, 1)
    assert product(demo_store, "PATE-COT-DEN").price == 70000
    assert product(demo_store, "PATE-COT-DEN").gtin == "8936012340020"  # not in the file: kept


@pytest.mark.parametrize(("name", "content", "message"), [
    ("old.xls", b"\xd0\xcf\x11\xe0", "not an Excel or OpenDocument spreadsheet"),
    ("broken.xlsx", b"PK\x03\x04 not really", "damaged zip archive"),
    ("latin.csv", "Tên sản phẩm;Giá\n".encode("cp1258", errors="replace") + b"\xff\xfe", "not UTF-8"),
    ("notes.pdf", b"%PDF", "not a registration file"),
    ("empty.csv", b"", "no header row"),
    ("noheader.csv", b"a;b;c\n1;2;3\n", "no header row"),
])
def test_unreadable_files_are_refused_clearly(store: Store, tmp_path: Path, name: str, content: bytes,
                                             message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DomainError, match=message):
        importer.import_registration(store, Actor("x"), path, today=TODAY)
    assert counts(store) == (0, 0, 0, 0, 0)
