<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Labels</name>
    <message>
        <source>No booth {codes} at this event.</source>
        <translation>Chợ phiên này không có gian hàng {codes}.</translation>
    </message>
    <message>
        <source>This event has no booths yet.</source>
        <translation>Chợ phiên này chưa có gian hàng nào.</translation>
    </message>
    <message>
        <source>The printer or file refused a new page.</source>
        <translation>Máy in hoặc tệp không nhận thêm trang mới.</translation>
    </message>
</context>
</TS>
