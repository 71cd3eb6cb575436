<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <source>One workbook with the summary and charts, booths, products, check-ins, live sessions, live tallies and the audit log.</source>
        <translation>Một tệp Excel gồm bảng tổng hợp kèm biểu đồ, gian hàng, sản phẩm, điểm danh, phiên livestream, kiểm đếm live và nhật ký thao tác.</translation>
    </message>
    <message>
        <source>The day %1</source>
        <translation>Ngày %1</translation>
    </message>
    <message>
        <source>The whole event (%1 – %2)</source>
        <translation>Cả sự kiện (%1 – %2)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Lưu thành:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another folder or correct the path.</source>
        <translation>Thư mục %1 không tồn tại. Hãy chọn thư mục khác hoặc sửa lại đường dẫn.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>Tệp %1 đã có. Ghi đè lên tệp đó?</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Saved %1 (%2 cells).</source>
        <translation>Đã lưu %1 (%2 ô).</translation>
    </message>
    <message>
        <source>The workbook is saved.</source>
        <translation>Đã lưu tệp Excel.</translation>
    </message>
    <message>
        <source>Workbook saved</source>
        <translation>Đã lưu file Excel</translation>
    </message>
    <message>
        <source>Export cancelled; any existing file was left as it was.</source>
        <translation>Đã hủy xuất tệp; tệp cũ (nếu có) được giữ nguyên.</translation>
    </message>
    <message>
        <source>Choose or create a fair first.</source>
        <translation>Hãy chọn hoặc tạo một chợ phiên trước.</translation>
    </message>
</context>
</TS>
