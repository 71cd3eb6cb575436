<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Live</name>
    <message>
        <source>Session {id} has ended; its tally is closed.</source>
        <translation>Phiên {id} đã kết thúc; không thể đếm thêm.</translation>
    </message>
    <message>
        <source>Reopen the session to add or correct counts.</source>
        <translation>Mở lại phiên để đếm thêm hoặc điều chỉnh.</translation>
    </message>
    <message>
        <source>Session {id} has not started yet.</source>
        <translation>Phiên {id} chưa bắt đầu.</translation>
    </message>
    <message>
        <source>{name} is not featured in this session.</source>
        <translation>{name} không có trong danh sách sản phẩm của phiên này.</translation>
    </message>
    <message>
        <source>Add it to the session&apos;s products (Edit session), then count again.</source>
        <translation>Thêm nó vào sản phẩm của phiên (Sửa phiên), rồi đếm lại.</translation>
    </message>
    <message>
        <source>The price of {name} is too large to count.</source>
        <translation>Giá của {name} quá lớn để tính.</translation>
    </message>
    <message>
        <source>Set a live price for it in this session.</source>
        <translation>Hãy đặt giá live cho sản phẩm này trong phiên.</translation>
    </message>
    <message>
        <source>Unknown count source &apos;{value}&apos;.</source>
        <translation>Không rõ nguồn đếm &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <source>That scan is too long to be a product label.</source>
        <translation>Nội dung quét quá dài, không phải tem sản phẩm.</translation>
    </message>
    <message>
        <source>That is a booth card, not a product label.</source>
        <translation>Đây là thẻ gian hàng, không phải tem sản phẩm.</translation>
    </message>
    <message>
        <source>Scan the QR on the product&apos;s traceability label.</source>
        <translation>Hãy quét mã QR trên tem truy xuất của sản phẩm.</translation>
    </message>
    <message>
        <source>The scanned label names a product this database does not know ({ref}).</source>
        <translation>Tem vừa quét ghi một sản phẩm không có trong dữ liệu ({ref}).</translation>
    </message>
    <message>
        <source>Check that the label belongs to this fair.</source>
        <translation>Kiểm tra xem tem có thuộc chợ phiên này không.</translation>
    </message>
    <message>
        <source>That would leave {items} items and {orders} orders; totals cannot be negative.</source>
        <translation>Thao tác này sẽ còn {items} sản phẩm và {orders} đơn; tổng không thể âm.</translation>
    </message>
    <message>
        <source>Nothing was recorded. The product now has {items} items in {orders} orders.</source>
        <translation>Chưa ghi gì. Sản phẩm hiện có {items} sản phẩm trong {orders} đơn.</translation>
    </message>
    <message>
        <source>Quantity change</source>
        <translation>Thay đổi số lượng</translation>
    </message>
    <message>
        <source>Orders change</source>
        <translation>Thay đổi số đơn</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>A correction must change the items or the orders.</source>
        <translation>Điều chỉnh phải thay đổi số sản phẩm hoặc số đơn.</translation>
    </message>
    <message>
        <source>−1 on the tile</source>
        <translation>−1 trên ô sản phẩm</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Người xem</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Lượt xem</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Lượt thích</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Bình luận</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Lượt chia sẻ</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Lượt tiếp cận</translation>
    </message>
    <message>
        <source>Type at least one figure for the snapshot.</source>
        <translation>Hãy nhập ít nhất một số liệu.</translation>
    </message>
    <message>
        <source>For example the current viewers the platform shows.</source>
        <translation>Ví dụ số người đang xem mà nền tảng hiển thị.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
</context>
</TS>
