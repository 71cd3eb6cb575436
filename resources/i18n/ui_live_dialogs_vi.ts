<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AmountEdit</name>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number.</source>
        <translation>%1: &apos;%2&apos; không phải số nguyên.</translation>
    </message>
    <message>
        <source>Type digits only, e.g. 750000000 or 750.000.000.</source>
        <translation>Chỉ nhập chữ số, ví dụ 750000000 hoặc 750.000.000.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct the tally</source>
        <translation>Điều chỉnh số đếm</translation>
    </message>
    <message>
        <source>A correction is recorded as its own row beside the counts; nothing is erased.</source>
        <translation>Điều chỉnh được ghi thành một dòng riêng bên cạnh các lượt đếm; không có gì bị xóa.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Change of items sold</source>
        <translation>Thay đổi số sản phẩm bán</translation>
    </message>
    <message>
        <source>Change of orders</source>
        <translation>Thay đổi số đơn</translation>
    </message>
    <message>
        <source>e.g. counted twice, order cancelled</source>
        <translation>ví dụ: đếm trùng, khách hủy đơn</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Record correction</source>
        <translation>Ghi điều chỉnh</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <source>End the session</source>
        <translation>Kết thúc phiên</translation>
    </message>
    <message>
        <source>Type the totals the platform&apos;s dashboard shows. Leave a field empty if the platform does not report it; you can complete them later.</source>
        <translation>Nhập các số tổng mà trang quản lý của nền tảng hiển thị. Để trống ô nào nền tảng không báo cáo; có thể bổ sung sau.</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>Kết thúc lúc</translation>
    </message>
    <message>
        <source>On-site tally</source>
        <translation>Đếm tại chỗ</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Lượt xem</translation>
    </message>
    <message>
        <source>Unique viewers</source>
        <translation>Người xem duy nhất</translation>
    </message>
    <message>
        <source>Peak concurrent viewers</source>
        <translation>Người xem cùng lúc cao nhất</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Lượt tiếp cận</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>Đơn hàng (SKU)</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>Số sản phẩm bán</translation>
    </message>
    <message>
        <source>GMV (đồng)</source>
        <translation>Doanh thu GMV (đồng)</translation>
    </message>
    <message>
        <source>Direct GMV (đồng)</source>
        <translation>GMV trực tiếp (đồng)</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Kết thúc phiên</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <source>Live price</source>
        <translation>Giá live</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Giá niêm yết</translation>
    </message>
    <message>
        <source>empty = list price</source>
        <translation>để trống = giá niêm yết</translation>
    </message>
    <message>
        <source>Live price (đồng)</source>
        <translation>Giá live (đồng)</translation>
    </message>
    <message>
        <source>Counts already recorded keep the price they were made at.</source>
        <translation>Các lượt đã đếm giữ nguyên giá tại thời điểm đếm.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Edit live session</source>
        <translation>Sửa phiên live</translation>
    </message>
    <message>
        <source>New live session</source>
        <translation>Phiên live mới</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <source>e.g. OCOP Hải Phòng official</source>
        <translation>ví dụ: OCOP Hải Phòng chính thức</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Các tên, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Người dẫn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Dự kiến bắt đầu</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Dự kiến kết thúc</translation>
    </message>
    <message>
        <source>Went live at</source>
        <translation>Bắt đầu live lúc</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>Kết thúc lúc</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>The fair&apos;s products</source>
        <translation>Sản phẩm của chợ phiên</translation>
    </message>
    <message>
        <source>Featured, in show order</source>
        <translation>Sản phẩm trong phiên, theo thứ tự</translation>
    </message>
    <message>
        <source>Filter (accents optional)…</source>
        <translation>Lọc (gõ có dấu hoặc không)…</translation>
    </message>
    <message>
        <source>Add →</source>
        <translation>Thêm →</translation>
    </message>
    <message>
        <source>← Remove</source>
        <translation>← Bỏ</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>Bắt đầu live</translation>
    </message>
</context>
</TS>
