<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>TallyLog</name>
    <message>
        <source>Count</source>
        <translation>Đếm</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Điều chỉnh</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>mouse</source>
        <translation>chuột</translation>
    </message>
    <message>
        <source>keyboard</source>
        <translation>bàn phím</translation>
    </message>
    <message>
        <source>scanner</source>
        <translation>máy quét</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>dòng lệnh</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Doanh thu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người ghi</translation>
    </message>
</context>
</TS>
