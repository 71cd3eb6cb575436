<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>OverviewPage</name>
    <message>
        <source>Booths</source>
        <translation>Gian hàng</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Chủ thể</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lô hàng</translation>
    </message>
    <message>
        <source>Live sessions</source>
        <translation>Phiên livestream</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Labels</source>
        <translation>In tem</translation>
    </message>
    <message>
        <source>QR traceability labels for the lots booths bring.</source>
        <translation>Tem QR truy xuất nguồn gốc cho các lô hàng gian hàng mang đến.</translation>
    </message>
    <message>
        <source>Livestream</source>
        <translation>Livestream</translation>
    </message>
    <message>
        <source>Live selling sessions and their tallies.</source>
        <translation>Các phiên bán hàng trực tiếp và số liệu của chúng.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>Where the fair stands.</source>
        <translation>Tình hình chợ phiên.</translation>
    </message>
</context>
</TS>
