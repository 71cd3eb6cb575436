<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>BoothDetailDialog</name>
    <message>
        <source>Booth %1</source>
        <translation>Gian hàng %1</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Đánh dấu có mặt</translation>
    </message>
    <message>
        <source>Mark left</source>
        <translation>Đánh dấu đã về</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Đánh dấu vắng</translation>
    </message>
    <message>
        <source>Lots today</source>
        <translation>Lô hàng hôm nay</translation>
    </message>
    <message>
        <source>Products (%1)</source>
        <translation>Sản phẩm (%1)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Present since %1</source>
        <translation>Có mặt từ %1</translation>
    </message>
    <message>
        <source>Left at %1</source>
        <translation>Đã về lúc %1</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <source>Expected, not checked in yet</source>
        <translation>Chờ đến, chưa điểm danh</translation>
    </message>
    <message>
        <source>Not registered for this day</source>
        <translation>Không đăng ký ngày này</translation>
    </message>
    <message>
        <source>checked in by %1</source>
        <translation>điểm danh bởi %1</translation>
    </message>
    <message>
        <source>Mark booth %1 as %2</source>
        <translation>Đánh dấu gian hàng %1 là %2</translation>
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
        <source>OCOP</source>
        <translation>OCOP</translation>
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
        <translation>Chứng nhận hiệu lực đến</translation>
    </message>
    <message>
        <source>present</source>
        <translation>có mặt</translation>
    </message>
    <message>
        <source>left</source>
        <translation>đã về</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>vắng</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>chờ đến</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>không đăng ký</translation>
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
        <source>Checked in</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Về lúc</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người ghi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Người trực</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Máy</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>blank = numbered automatically</source>
        <translation>để trống = tự động đánh số</translation>
    </message>
    <message>
        <source>Lot code</source>
        <translation>Số lô</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Production date (NSX)</source>
        <translation>Ngày sản xuất (NSX)</translation>
    </message>
    <message>
        <source>Expiry date (HSD)</source>
        <translation>Hạn sử dụng (HSD)</translation>
    </message>
    <message>
        <source>Record lot</source>
        <translation>Ghi lô hàng</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Số lô</translation>
    </message>
    <message>
        <source>NSX</source>
        <translation>NSX</translation>
    </message>
    <message>
        <source>HSD</source>
        <translation>HSD</translation>
    </message>
    <message>
        <source>Production date</source>
        <translation>Ngày sản xuất</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Hạn sử dụng</translation>
    </message>
    <message>
        <source>Check the dates</source>
        <translation>Kiểm tra ngày</translation>
    </message>
    <message>
        <source>Record this lot with these dates anyway?</source>
        <translation>Vẫn ghi lô hàng với các ngày này?</translation>
    </message>
    <message>
        <source>Record anyway</source>
        <translation>Vẫn ghi</translation>
    </message>
    <message>
        <source>Correct the dates</source>
        <translation>Sửa ngày</translation>
    </message>
    <message>
        <source>New lot for booth %1</source>
        <translation>Lô mới cho gian hàng %1</translation>
    </message>
    <message>
        <source>Recorded lot %1 (%2 items).</source>
        <translation>Đã ghi lô %1 (%2 sản phẩm).</translation>
    </message>
</context>
</TS>
