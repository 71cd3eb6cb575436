<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>LivePage</name>
    <message>
        <source>Views</source>
        <translation>Lượt xem</translation>
    </message>
    <message>
        <source>Unique viewers</source>
        <translation>Người xem riêng</translation>
    </message>
    <message>
        <source>Peak viewers</source>
        <translation>Xem cao nhất</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Lượt tiếp cận</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>Đơn (SKU)</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>SP đã bán</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>Doanh thu</translation>
    </message>
    <message>
        <source>Direct GMV</source>
        <translation>GMV trực tiếp</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <source>On-site tally</source>
        <translation>Đếm tại chỗ</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <source>The platform and the on-site tally differ here.</source>
        <translation>Số liệu nền tảng và số đếm tại chỗ khác nhau ở đây.</translation>
    </message>
</context>
</TS>
