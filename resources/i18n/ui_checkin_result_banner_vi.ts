<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ResultBanner</name>
    <message>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>Scan a booth card, or type a booth code, producer, product or phone number and press Enter.</source>
        <translation>Quét thẻ gian hàng, hoặc gõ mã gian hàng, tên chủ thể, sản phẩm hay số điện thoại rồi nhấn Enter.</translation>
    </message>
    <message>
        <source>Choose a booth</source>
        <translation>Chọn gian hàng</translation>
    </message>
    <message>
        <source>Present again</source>
        <translation>Có mặt lại</translation>
    </message>
    <message>
        <source>The booth is back at its place; it no longer counts as left.</source>
        <translation>Gian hàng đã quay lại chỗ; không còn tính là đã về.</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>Đã hoàn tác điểm danh</translation>
    </message>
    <message>
        <source>The booth is expected again. Ctrl+Shift+Z checks it in again.</source>
        <translation>Gian hàng trở lại trạng thái chờ đến. Nhấn Ctrl+Shift+Z để điểm danh lại.</translation>
    </message>
    <message>
        <source>recorded by %1</source>
        <translation>người ghi: %1</translation>
    </message>
    <message>
        <source>Checked in at %1</source>
        <translation>Đã điểm danh lúc %1</translation>
    </message>
    <message>
        <source>Left at %1</source>
        <translation>Đã về lúc %1</translation>
    </message>
    <message>
        <source>Checked in at %1, then left. Enter: present again.</source>
        <translation>Đã điểm danh lúc %1, rồi đã về. Enter: có mặt lại.</translation>
    </message>
    <message>
        <source>Already checked in today at %1</source>
        <translation>Đã điểm danh hôm nay lúc %1</translation>
    </message>
    <message>
        <source>by %1 · no second record was made</source>
        <translation>bởi %1 · không ghi thêm lượt thứ hai</translation>
    </message>
    <message>
        <source>station %1</source>
        <translation>máy %1</translation>
    </message>
    <message>
        <source>Not registered for %1</source>
        <translation>Không đăng ký ngày %1</translation>
    </message>
    <message>
        <source>Nothing was recorded. Check the booth&apos;s registered days with the organisers.</source>
        <translation>Không ghi nhận gì. Hãy kiểm tra ngày đăng ký của gian hàng với ban tổ chức.</translation>
    </message>
    <message>
        <source>No booth of this fair has this code. Check the card, or search by producer or product name.</source>
        <translation>Không gian hàng nào của chợ phiên có mã này. Kiểm tra lại thẻ, hoặc tìm theo tên chủ thể hay sản phẩm.</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Mã không xác định</translation>
    </message>
</context>
</TS>
