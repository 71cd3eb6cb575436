<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Export</name>
    <message>
        <source>Summary</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>Exported {when}</source>
        <translation>Xuất lúc {when}</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Số liệu chính</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Tại chỗ</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <source>Booths expected</source>
        <translation>Gian hàng dự kiến</translation>
    </message>
    <message>
        <source>Booths present</source>
        <translation>Gian hàng có mặt</translation>
    </message>
    <message>
        <source>Booths checked in (present or left)</source>
        <translation>Gian hàng đã điểm danh (có mặt hoặc đã về)</translation>
    </message>
    <message>
        <source>Booths absent</source>
        <translation>Gian hàng vắng</translation>
    </message>
    <message>
        <source>Booths that left early</source>
        <translation>Gian hàng về sớm</translation>
    </message>
    <message>
        <source>Producers present</source>
        <translation>Chủ thể có mặt</translation>
    </message>
    <message>
        <source>Products checked in</source>
        <translation>Sản phẩm đã nhận</translation>
    </message>
    <message>
        <source>Lots checked in</source>
        <translation>Lô hàng đã nhận</translation>
    </message>
    <message>
        <source>Quantity brought</source>
        <translation>Số lượng mang đến</translation>
    </message>
    <message>
        <source>Labels printed</source>
        <translation>Tem đã in</translation>
    </message>
    <message>
        <source>Live sessions</source>
        <translation>Phiên livestream</translation>
    </message>
    <message>
        <source>Live sessions with platform figures</source>
        <translation>Phiên có số liệu nền tảng</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Lượt xem</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Lượt tiếp cận</translation>
    </message>
    <message>
        <source>Peak viewers</source>
        <translation>Người xem cao nhất</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>Số sản phẩm bán</translation>
    </message>
    <message>
        <source>Revenue (₫)</source>
        <translation>Doanh thu (₫)</translation>
    </message>
    <message>
        <source>Booths present by day</source>
        <translation>Gian hàng có mặt theo ngày</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Về sớm</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Vắng</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Đã điểm danh</translation>
    </message>
    <message>
        <source>Revenue by hour (on site)</source>
        <translation>Doanh thu theo giờ (tại chỗ)</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Revenue by day</source>
        <translation>Doanh thu theo ngày</translation>
    </message>
    <message>
        <source>Revenue on site (₫)</source>
        <translation>Doanh thu tại chỗ (₫)</translation>
    </message>
    <message>
        <source>GMV on platform (₫)</source>
        <translation>GMV trên nền tảng (₫)</translation>
    </message>
    <message>
        <source>Top products by revenue (on site)</source>
        <translation>Sản phẩm doanh thu cao nhất (tại chỗ)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Chủ thể OCOP</translation>
    </message>
    <message>
        <source>Revenue by star rating</source>
        <translation>Doanh thu theo hạng sao</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Hạng sao</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Chưa xếp hạng</translation>
    </message>
    <message>
        <source>Revenue by province</source>
        <translation>Doanh thu theo tỉnh/thành</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Revenue by producer</source>
        <translation>Doanh thu theo chủ thể</translation>
    </message>
    <message>
        <source>Revenue by hour (on site, ₫)</source>
        <translation>Doanh thu theo giờ (tại chỗ, ₫)</translation>
    </message>
    <message>
        <source>Top products by revenue (₫)</source>
        <translation>Sản phẩm doanh thu cao nhất (₫)</translation>
    </message>
    <message>
        <source>Revenue by day: on site and platform (₫)</source>
        <translation>Doanh thu theo ngày: tại chỗ và nền tảng (₫)</translation>
    </message>
</context>
</TS>
