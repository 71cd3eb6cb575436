<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Labels</name>
    <message>
        <source>This event has no lots yet, so there is nothing to publish.</source>
        <translation>Chợ phiên này chưa có lô hàng nào nên chưa có gì để xuất bản.</translation>
    </message>
    <message>
        <source>Record the lots booths bring first.</source>
        <translation>Hãy ghi nhận các lô hàng gian hàng mang tới trước.</translation>
    </message>
    <message>
        <source>{path} already exists and is not a site made by OCOP Desk.</source>
        <translation>{path} đã tồn tại và không phải trang do OCOP Desk tạo.</translation>
    </message>
    <message>
        <source>Give an empty or new folder; nothing was changed.</source>
        <translation>Hãy chọn thư mục trống hoặc thư mục mới; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {reason}</source>
        <translation>Không ghi được vào {folder}: {reason}</translation>
    </message>
    <message>
        <source>A product has an invalid GTIN: {reason}</source>
        <translation>Có sản phẩm mang mã GTIN không hợp lệ: {reason}</translation>
    </message>
    <message>
        <source>Correct or clear the GTIN in the catalogue, then write the site again.</source>
        <translation>Hãy sửa hoặc xóa mã GTIN trong danh mục sản phẩm rồi xuất lại trang.</translation>
    </message>
</context>
</TS>
