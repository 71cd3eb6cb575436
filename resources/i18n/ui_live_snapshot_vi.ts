<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>SnapshotForm</name>
    <message>
        <source>What the platform shows now</source>
        <translation>Số liệu nền tảng đang hiển thị</translation>
    </message>
    <message>
        <source>now</source>
        <translation>bây giờ</translation>
    </message>
    <message>
        <source>Leave empty for now, or type the time shown (HH:MM) for a late entry</source>
        <translation>Để trống nếu là bây giờ, hoặc gõ giờ đã xem (HH:MM) khi nhập muộn</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Lúc</translation>
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
        <source>Record snapshot</source>
        <translation>Ghi số liệu</translation>
    </message>
    <message>
        <source>At: &apos;%1&apos; is not a time of day.</source>
        <translation>Lúc: &apos;%1&apos; không phải giờ hợp lệ.</translation>
    </message>
    <message>
        <source>Type it as HH:MM, e.g. 09:45, or leave it empty for now.</source>
        <translation>Gõ dạng HH:MM, ví dụ 09:45, hoặc để trống nếu là bây giờ.</translation>
    </message>
</context>
</TS>
