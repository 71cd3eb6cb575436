<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ProductsPage</name>
    <message>
        <source>Every certified product of the producers at this fair.</source>
        <translation>Mọi sản phẩm OCOP của các chủ thể tham gia chợ phiên này.</translation>
    </message>
    <message>
        <source>Search name, code, GTIN or producer (accents optional)…</source>
        <translation>Tìm theo tên, mã, GTIN hoặc chủ thể (gõ có dấu hoặc không)…</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Mọi sự kiện</translation>
    </message>
    <message>
        <source>Show products of every producer in the database</source>
        <translation>Hiện sản phẩm của mọi chủ thể trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
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
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <source>Certificate valid to</source>
        <translation>Chứng nhận đến</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lô hàng</translation>
    </message>
    <message>
        <source>Double-click a product to see its lots</source>
        <translation>Bấm đúp vào một sản phẩm để xem các lô hàng của nó</translation>
    </message>
    <message>
        <source>Open the product and its lots…</source>
        <translation>Mở sản phẩm và các lô hàng…</translation>
    </message>
    <message>
        <source>Products &amp; lots</source>
        <translation>Sản phẩm &amp; lô hàng</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n sản phẩm</numerusform>
        </translation>
    </message>
</context>
</TS>
