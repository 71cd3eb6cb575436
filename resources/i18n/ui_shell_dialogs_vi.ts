<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Sự kiện mới</translation>
    </message>
    <message>
        <source>e.g. Chợ phiên OCOP Hà Nội 2026</source>
        <translation>ví dụ: Chợ phiên OCOP Hà Nội 2026</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Ngày đầu</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ngày cuối</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <source>Traceability site</source>
        <translation>Trang truy xuất nguồn gốc</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Who is on shift?</source>
        <translation>Ai đang trực ca?</translation>
    </message>
    <message>
        <source>Your name is written beside every check-in, lot and count you record.</source>
        <translation>Tên bạn được ghi kèm mọi lượt điểm danh, lô hàng và lượt đếm bạn nhập.</translation>
    </message>
    <message>
        <source>Operator&apos;s name</source>
        <translation>Tên điều phối viên</translation>
    </message>
</context>
</TS>
