<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ProductDialog</name>
    <message>
        <source>Lots at this fair: %1</source>
        <translation>Lô hàng tại chợ phiên này: %1</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Số lô</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>Gian hàng</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>NSX</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>HSD</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Người ghi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Chủ thể</translation>
    </message>
    <message>
        <source>OCOP</source>
        <translation>OCOP</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Giấy chứng nhận</translation>
    </message>
</context>
</TS>
