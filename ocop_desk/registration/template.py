"""A blank registration workbook for organisers: producers, products and booths, ready to fill and import.

Headers are Vietnamese with the English name on a second line; star rating, category and producer kind
have drop-down lists; each sheet has one example row (marked "Ví dụ" in the No. column, skipped on import).
"""

from __future__ import annotations

from pathlib import Path

from ocop_desk.core.errors import DomainError
from ocop_desk.core.i18n import translate

CATEGORIES = ["Thực phẩm", "Đồ uống & gia vị", "Thảo dược", "Nông sản", "Mỹ phẩm", "Thủ công mỹ nghệ", "Khác"]
KINDS = ["Hộ kinh doanh", "Hợp tác xã", "Công ty", "Tổ hợp tác"]
EXAMPLE = "Ví dụ"

# sheet -> [(Vietnamese header, English header, width, example value, text column?)]
SHEETS: dict[str, list[tuple[str, str, int, object, bool]]] = {
    "Chủ thể": [
        ("STT", "No.", 7, EXAMPLE, False),
        ("Mã chủ thể", "Producer code", 14, "HP-BH", True),
        ("Tên chủ thể", "Producer name", 40, "Cơ sở Chả chìa Hạ Lũng Bác Hoạt", False),
        ("Loại hình", "Kind", 16, "Hộ kinh doanh", False),
        ("Địa chỉ", "Address", 44, "Số 12 ngõ 95 Hạ Lũng, phường Đằng Hải, quận Hải An", False),
        ("Tỉnh/Thành phố", "Province", 16, "Hải Phòng", False),
        ("Điện thoại", "Phone", 15, "0912345671", True),
        ("Người liên hệ", "Contact person", 22, "Nguyễn Văn Hoạt", False),
    ],
    "Sản phẩm": [
        ("STT", "No.", 7, EXAMPLE, False),
        ("Mã sản phẩm", "Product code", 16, "CHA-CHIA-HL", True),
        ("Tên sản phẩm", "Product name", 40, "Chả chìa Hạ Lũng Bác Hoạt", False),
        ("Mã chủ thể", "Producer code", 14, "HP-BH", True),
        ("Nhóm sản phẩm", "Category", 18, "Thực phẩm", False),
        ("Đơn vị tính", "Unit", 14, "kg", False),
        ("Giá bán (đồng)", "Price (đồng)", 14, 280000, False),
        ("Hạng sao", "Star rating", 10, 4, False),
        ("Mã vạch (GTIN)", "GTIN", 16, "8936012340013", True),
        ("Số giấy chứng nhận", "Certificate no.", 20, "OCOP-HP-2023-0101", True),
        ("Hạn chứng nhận", "Certificate valid to", 15, "14/10/2027", True),
    ],
    "Gian hàng": [
        ("STT", "No.", 7, EXAMPLE, False),
        ("Gian hàng", "Booth code", 12, "A01", True),
        ("Khu vực", "Zone", 12, "Khu A", False),
        ("Mã chủ thể", "Producer code", 14, "HP-BH", True),
        ("Ngày tham gia", "Days (blank = every day)", 28, "", True),
    ],
}

INSTRUCTIONS = [
    "DANH SÁCH ĐĂNG KÝ CHỢ PHIÊN OCOP – HƯỚNG DẪN",
    "",
    "1. Điền sheet 'Chủ thể' (mỗi chủ thể OCOP một dòng), 'Sản phẩm' (mỗi sản phẩm một dòng, ghi Mã chủ thể) "
    "và 'Gian hàng' (mỗi gian hàng một dòng).",
    "2. Dòng 'Ví dụ' được bỏ qua khi nhập; có thể xóa hoặc để nguyên.",
    "3. Hạng sao: 3, 4 hoặc 5 (có thể ghi '4 sao'). Giá bán tính bằng đồng (120000 hoặc 120.000).",
    "4. Ngày ghi theo dạng dd/mm/yyyy. Ngày tham gia: để trống nếu gian hàng có mặt tất cả các ngày, "
    "hoặc liệt kê các ngày, cách nhau bằng dấu chấm phẩy.",
    "5. Nhập lại file đã sửa: dữ liệu được cập nhật theo mã, không bị trùng.",
    "",
    "OCOP MARKET DAY REGISTRATION – HOW TO FILL IT IN",
    "",
    "Fill in 'Chủ thể' (producers), 'Sản phẩm' (products, each with its producer code) and 'Gian hàng' (booths).",
    "The 'Ví dụ' (example) rows are skipped on import. Stars: 3, 4 or 5. Prices in đồng. Dates dd/mm/yyyy.",
    "Days: leave blank for every day, or list the days separated by semicolons.",
    "Importing an updated file updates rows by their codes and adds new ones; nothing is duplicated.",
]


def write_template(path: str | Path) -> Path:
    """Write the blank registration workbook to `path` (.xlsx)."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        target = target.with_suffix(".xlsx")
    workbook = Workbook()
    guide = workbook.active
    assert guide is not None
    guide.title = "Hướng dẫn"
    for i, line in enumerate(INSTRUCTIONS, start=1):
        cell = guide.cell(row=i, column=1, value=line)
        if i in (1, 9):
            cell.font = Font(bold=True, size=13, color="1F3B2D")
    guide.column_dimensions["A"].width = 120

    lists = workbook.create_sheet("Danh mục")
    for i, value in enumerate(CATEGORIES, start=1):
        lists.cell(row=i, column=1, value=value)
    for i, value in enumerate(KINDS, start=1):
        lists.cell(row=i, column=2, value=value)
    lists.sheet_state = "hidden"

    head_fill = PatternFill("solid", fgColor="1F3B2D")
    sub_fill = PatternFill("solid", fgColor="E8F1EA")
    example_font = Font(italic=True, color="7A8A80")
    for name, columns in SHEETS.items():
        ws = workbook.create_sheet(name)
        for col, (vi, en, width, example, as_text) in enumerate(columns, start=1):
            head = ws.cell(row=1, column=col, value=vi)
            head.font = Font(bold=True, color="FFFFFF")
            head.fill = head_fill
            head.alignment = Alignment(vertical="center", wrap_text=True)
            sub = ws.cell(row=2, column=col, value=en)
            sub.font = Font(italic=True, color="3D5A48")
            sub.fill = sub_fill
            cell = ws.cell(row=3, column=col, value=example if example != "" else None)
            cell.font = example_font
            letter = head.column_letter
            ws.column_dimensions[letter].width = width
            if as_text:
                for row in range(3, 1003):
                    ws.cell(row=row, column=col).number_format = "@"
            if vi == "Hạng sao":
                dv = DataValidation(type="list", formula1='"1,2,3,4,5"', allow_blank=True,
                                    errorTitle="Hạng sao", error="Chọn 1 đến 5 sao / choose 1 to 5 stars")
                ws.add_data_validation(dv)
                dv.add(f"{letter}3:{letter}1002")
            elif vi == "Nhóm sản phẩm":
                dv = DataValidation(type="list", formula1=f"='Danh mục'!$A$1:$A${len(CATEGORIES)}",
                                    allow_blank=True, showErrorMessage=False)
                ws.add_data_validation(dv)
                dv.add(f"{letter}3:{letter}1002")
            elif vi == "Loại hình":
                dv = DataValidation(type="list", formula1=f"='Danh mục'!$B$1:$B${len(KINDS)}",
                                    allow_blank=True, showErrorMessage=False)
                ws.add_data_validation(dv)
                dv.add(f"{letter}3:{letter}1002")
            if vi in ("Giá bán (đồng)",):
                for row in range(3, 1003):
                    ws.cell(row=row, column=col).number_format = "#,##0"
        ws.cell(row=1, column=1).comment = Comment(
            "Dòng 1: tiêu đề tiếng Việt; dòng 2: tiếng Anh. Dòng 'Ví dụ' được bỏ qua khi nhập.\n"
            "Row 1: Vietnamese headers; row 2: English. The 'Ví dụ' row is skipped on import.", "OCOP Desk")
        ws.freeze_panes = "C3"
        ws.row_dimensions[1].height = 24
    workbook.active = workbook.sheetnames.index("Chủ thể")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        workbook.save(target)
    except OSError as exc:
        raise DomainError(translate("Import", "Cannot write {file}: {reason}").format(
            file=str(target), reason=exc.strerror or str(exc)),
            hint=translate("Import", "Choose a folder you can write to, and close the file if Excel has it open.")
        ) from exc
    return target
