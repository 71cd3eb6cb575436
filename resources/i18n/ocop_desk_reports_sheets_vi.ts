<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Export</name>
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
        <source>Not registered</source>
        <translation>Không đăng ký</translation>
    </message>
    <message>
        <source>Day {day}</source>
        <translation>Ngày {day}</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>Gian hàng</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Khu</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Chủ thể OCOP</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Days present</source>
        <translation>Số ngày có mặt</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Số lô</translation>
    </message>
    <message>
        <source>Quantity brought</source>
        <translation>Số lượng mang đến</translation>
    </message>
    <message>
        <source>Booths</source>
        <translation>Gian hàng</translation>
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
        <source>Stars</source>
        <translation>Hạng sao</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Nhóm hàng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Price (₫)</source>
        <translation>Giá (₫)</translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <source>Orders (live)</source>
        <translation>Đơn hàng (live)</translation>
    </message>
    <message>
        <source>Items sold (live)</source>
        <translation>Số SP bán (live)</translation>
    </message>
    <message>
        <source>Revenue (live, ₫)</source>
        <translation>Doanh thu (live, ₫)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>Giờ điểm danh</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>Giờ về</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Điều phối viên</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Máy</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>tại chỗ</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>nền tảng</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Người dẫn</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Orders ({side})</source>
        <translation>Đơn hàng ({side})</translation>
    </message>
    <message>
        <source>Items sold ({side})</source>
        <translation>Số SP bán ({side})</translation>
    </message>
    <message>
        <source>Revenue ({side}, ₫)</source>
        <translation>Doanh thu ({side}, ₫)</translation>
    </message>
    <message>
        <source>Peak viewers ({side})</source>
        <translation>Người xem cao nhất ({side})</translation>
    </message>
    <message>
        <source>Views ({side})</source>
        <translation>Lượt xem ({side})</translation>
    </message>
    <message>
        <source>Reach ({side})</source>
        <translation>Lượt tiếp cận ({side})</translation>
    </message>
    <message>
        <source>Unique viewers ({side})</source>
        <translation>Người xem duy nhất ({side})</translation>
    </message>
    <message>
        <source>GMV ({side}, ₫)</source>
        <translation>GMV ({side}, ₫)</translation>
    </message>
    <message>
        <source>Direct GMV ({side}, ₫)</source>
        <translation>GMV trực tiếp ({side}, ₫)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Live sessions</source>
        <translation>Phiên livestream</translation>
    </message>
    <message>
        <source>Session #</source>
        <translation>Phiên số</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Phiên</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Mã sản phẩm</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Số lần ghi</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Lần sửa/hủy</translation>
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
        <source>Last count</source>
        <translation>Lần ghi cuối</translation>
    </message>
    <message>
        <source>Live tallies</source>
        <translation>Kiểm đếm live</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Việc đã làm</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký thao tác</translation>
    </message>
</context>
</TS>
