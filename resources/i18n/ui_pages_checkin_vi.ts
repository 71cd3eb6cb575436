<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>CheckinPage</name>
    <message>
        <source>Booth</source>
        <translation>Gian hàng</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Chủ thể</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Khu</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Điểm danh</translation>
    </message>
    <message numerus="yes">
        <source>%n booth(s) registered for this fair.</source>
        <translation>
            <numerusform>%n gian hàng đăng ký tham gia chợ phiên này.</numerusform>
        </translation>
    </message>
</context>
</TS>
