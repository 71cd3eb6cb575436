<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Checkin</name>
    <message>
        <source>This booth card belongs to another event (no. {id}).</source>
        <translation>Thẻ gian hàng này thuộc sự kiện khác (mã {id}).</translation>
    </message>
    <message>
        <source>This is a product lot label, not a booth card.</source>
        <translation>Đây là tem lô hàng sản phẩm, không phải thẻ gian hàng.</translation>
    </message>
    <message>
        <source>That check-in no longer exists; nothing to undo.</source>
        <translation>Lượt điểm danh đó không còn nữa; không có gì để hoàn tác.</translation>
    </message>
    <message>
        <source>Unknown status &apos;{status}&apos;; use present, left or absent.</source>
        <translation>Trạng thái &apos;{status}&apos; không hợp lệ; dùng present (có mặt), left (đã về) hoặc absent (vắng).</translation>
    </message>
    <message>
        <source>There is no booth {code} at this event.</source>
        <translation>Sự kiện này không có gian hàng {code}.</translation>
    </message>
</context>
</TS>
