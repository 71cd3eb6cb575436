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
        <source>That check-in no longer exists (undone or removed at another station); nothing to undo.</source>
        <translation>Lượt điểm danh đó không còn nữa (đã hoàn tác hoặc bị xóa ở máy khác); không có gì để hoàn tác.</translation>
    </message>
    <message>
        <source>That check-in belongs to another fair or day than the one on screen; nothing was undone.</source>
        <translation>Lượt điểm danh đó thuộc chợ phiên hoặc ngày khác với chợ phiên đang hiển thị; không hoàn tác gì cả.</translation>
    </message>
    <message>
        <source>Booth {code} has since been marked {status}; the check-in was not undone.</source>
        <translation>Gian hàng {code} sau đó đã được ghi là {status}; lượt điểm danh không bị hoàn tác.</translation>
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
        <source>Change its status from the booth&apos;s details if needed.</source>
        <translation>Nếu cần, hãy đổi trạng thái trong phần chi tiết của gian hàng.</translation>
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
