<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>SummaryPage</name>
    <message>
        <source>Whole event</source>
        <translation>Cả sự kiện</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <source>Booths present</source>
        <translation>Gian hàng có mặt</translation>
    </message>
    <message>
        <source>Booths absent</source>
        <translation>Gian hàng vắng</translation>
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
        <source>Labels printed</source>
        <translation>Tem đã in</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lô hàng</translation>
    </message>
    <message>
        <source>Quantity brought</source>
        <translation>Số lượng mang đến</translation>
    </message>
    <message>
        <source>Live sessions</source>
        <translation>Phiên livestream</translation>
    </message>
    <message>
        <source>Items sold on live</source>
        <translation>Số SP bán trên live</translation>
    </message>
    <message>
        <source>Live revenue (on site)</source>
        <translation>Doanh thu live (tại chỗ)</translation>
    </message>
    <message>
        <source>Livestream: on site and platform</source>
        <translation>Livestream: tại chỗ và nền tảng</translation>
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
        <translation>Số SP bán</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Doanh thu</translation>
    </message>
    <message>
        <source>by hour</source>
        <translation>theo giờ</translation>
    </message>
    <message>
        <source>by session</source>
        <translation>theo phiên</translation>
    </message>
    <message>
        <source>Booths present by day</source>
        <translation>Gian hàng có mặt theo ngày</translation>
    </message>
    <message>
        <source>Top products by revenue</source>
        <translation>Sản phẩm doanh thu cao nhất</translation>
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
        <source>Products sold</source>
        <translation>Sản phẩm đã bán</translation>
    </message>
    <message>
        <source>By producer</source>
        <translation>Theo chủ thể</translation>
    </message>
    <message>
        <source>By province</source>
        <translation>Theo tỉnh/thành</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <source>By star rating</source>
        <translation>Theo hạng sao</translation>
    </message>
    <message>
        <source>OCOP rating</source>
        <translation>Hạng OCOP</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Chưa xếp hạng</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Ngày %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>%1 — whole event, %2 – %3</source>
        <translation>%1 — cả sự kiện, %2 – %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>present / expected · %1 checked in</source>
        <translation>có mặt / dự kiến · %1 đã điểm danh</translation>
    </message>
    <message>
        <source>%1 left early</source>
        <translation>%1 gian về sớm</translation>
    </message>
    <message>
        <source>units in the lots</source>
        <translation>đơn vị trong các lô</translation>
    </message>
    <message>
        <source>Platform figures entered for %1 of %2 sessions.</source>
        <translation>Đã nhập số liệu nền tảng cho %1/%2 phiên.</translation>
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
        <source>booths</source>
        <translation>gian hàng</translation>
    </message>
    <message>
        <source>No days</source>
        <translation>Chưa có ngày nào</translation>
    </message>
    <message>
        <source>million ₫</source>
        <translation>triệu ₫</translation>
    </message>
    <message>
        <source>Nothing sold on live yet</source>
        <translation>Chưa bán được sản phẩm nào trên live</translation>
    </message>
    <message>
        <source>No live sales recorded</source>
        <translation>Chưa ghi nhận doanh thu live</translation>
    </message>
</context>
</TS>
