<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Audit</name>
    <message>
        <source>Booth {booth} checked in</source>
        <translation>Gian {booth} đã điểm danh</translation>
    </message>
    <message>
        <source>Check-in of booth {booth} undone</source>
        <translation>Hoàn tác điểm danh gian {booth}</translation>
    </message>
    <message>
        <source>Booth {booth} marked {status}</source>
        <translation>Gian {booth} được ghi là {status}</translation>
    </message>
    <message>
        <source>Lot {lot} recorded for booth {booth}</source>
        <translation>Ghi lô {lot} cho gian {booth}</translation>
    </message>
    <message>
        <source>Registration list imported from {file}</source>
        <translation>Nhập danh sách đăng ký từ {file}</translation>
    </message>
    <message>
        <source>Sample fair loaded</source>
        <translation>Nạp chợ phiên mẫu</translation>
    </message>
    <message>
        <source>Fair created: {name}</source>
        <translation>Tạo chợ phiên: {name}</translation>
    </message>
    <message>
        <source>Fair chosen as the current one</source>
        <translation>Chọn làm chợ phiên hiện tại</translation>
    </message>
    <message>
        <source>Traceability site address set</source>
        <translation>Đặt địa chỉ trang truy xuất</translation>
    </message>
    <message>
        <source>{labels} label(s) printed</source>
        <translation>In {labels} tem</translation>
    </message>
    <message>
        <source>Printer {printer} calibrated</source>
        <translation>Căn chỉnh máy in {printer}</translation>
    </message>
    <message>
        <source>Label template {name} saved</source>
        <translation>Lưu mẫu tem {name}</translation>
    </message>
    <message>
        <source>Label template {name} deleted</source>
        <translation>Xóa mẫu tem {name}</translation>
    </message>
    <message>
        <source>Automatic backups changed</source>
        <translation>Đổi thiết lập sao lưu tự động</translation>
    </message>
    <message>
        <source>Live session started on {platform}</source>
        <translation>Bắt đầu phiên livestream trên {platform}</translation>
    </message>
    <message>
        <source>Live session details changed</source>
        <translation>Sửa thông tin phiên livestream</translation>
    </message>
    <message>
        <source>Live price changed</source>
        <translation>Đổi giá livestream</translation>
    </message>
    <message>
        <source>Live session ended</source>
        <translation>Kết thúc phiên livestream</translation>
    </message>
    <message>
        <source>Live session reopened</source>
        <translation>Mở lại phiên livestream</translation>
    </message>
    <message>
        <source>Platform figures recorded</source>
        <translation>Ghi số liệu nền tảng</translation>
    </message>
    <message>
        <source>Sale counted</source>
        <translation>Đếm một lượt bán</translation>
    </message>
    <message>
        <source>Tally corrected</source>
        <translation>Sửa số đếm</translation>
    </message>
    <message>
        <source>Count undone</source>
        <translation>Hoàn tác lượt đếm</translation>
    </message>
    <message>
        <source>day</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>status</source>
        <translation>trạng thái</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>số lượng</translation>
    </message>
    <message>
        <source>produced</source>
        <translation>NSX</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>HSD</translation>
    </message>
    <message>
        <source>product</source>
        <translation>sản phẩm</translation>
    </message>
    <message>
        <source>checked in at</source>
        <translation>điểm danh lúc</translation>
    </message>
    <message>
        <source>checked in by</source>
        <translation>người điểm danh</translation>
    </message>
    <message>
        <source>template</source>
        <translation>mẫu tem</translation>
    </message>
    <message>
        <source>saved to</source>
        <translation>lưu vào</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>loại</translation>
    </message>
    <message>
        <source>address</source>
        <translation>địa chỉ</translation>
    </message>
    <message>
        <source>every (minutes)</source>
        <translation>mỗi (phút)</translation>
    </message>
    <message>
        <source>copies kept</source>
        <translation>số bản giữ lại</translation>
    </message>
    <message>
        <source>hosts</source>
        <translation>người dẫn</translation>
    </message>
    <message>
        <source>products</source>
        <translation>sản phẩm</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>đơn hàng</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>lý do</translation>
    </message>
    <message>
        <source>ended at</source>
        <translation>kết thúc lúc</translation>
    </message>
    <message>
        <source>at</source>
        <translation>lúc</translation>
    </message>
    <message>
        <source>had ended at</source>
        <translation>đã kết thúc lúc</translation>
    </message>
    <message>
        <source>viewers</source>
        <translation>người xem</translation>
    </message>
    <message>
        <source>views</source>
        <translation>lượt xem</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>doanh thu</translation>
    </message>
    <message>
        <source>items sold</source>
        <translation>số sản phẩm bán</translation>
    </message>
    <message>
        <source>producers</source>
        <translation>chủ thể</translation>
    </message>
    <message>
        <source>booths</source>
        <translation>gian hàng</translation>
    </message>
    <message>
        <source>right (mm)</source>
        <translation>sang phải (mm)</translation>
    </message>
    <message>
        <source>down (mm)</source>
        <translation>xuống dưới (mm)</translation>
    </message>
    <message>
        <source>scale (%)</source>
        <translation>tỉ lệ (%)</translation>
    </message>
    <message>
        <source>started at</source>
        <translation>bắt đầu lúc</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tiêu đề</translation>
    </message>
    <message>
        <source>before</source>
        <translation>trước đó</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>nền tảng</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>present</source>
        <translation>có mặt</translation>
    </message>
    <message>
        <source>left</source>
        <translation>đã rời</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>vắng</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>chưa đến</translation>
    </message>
    <message>
        <source>added</source>
        <translation>thêm</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>cập nhật</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>giữ nguyên</translation>
    </message>
    <message>
        <source>count</source>
        <translation>đếm</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>sửa</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>tem</translation>
    </message>
    <message>
        <source>booth cards</source>
        <translation>thẻ gian hàng</translation>
    </message>
    <message>
        <source>other</source>
        <translation>khác</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>price</source>
        <translation>giá</translation>
    </message>
</context>
</TS>
