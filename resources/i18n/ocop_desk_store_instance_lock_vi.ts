<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Lock</name>
    <message>
        <source>OCOP Desk on {host} (process {pid}), open since {since}</source>
        <translation>OCOP Desk trên máy {host} (tiến trình {pid}), mở từ {since}</translation>
    </message>
    <message>
        <source>, operator {name}</source>
        <translation>, người trực {name}</translation>
    </message>
    <message>
        <source>another OCOP Desk (owner unknown)</source>
        <translation>một OCOP Desk khác (không rõ ai)</translation>
    </message>
    <message>
        <source>The database {where} is already open in {who}.</source>
        <translation>Cơ sở dữ liệu {where} đang được mở trong {who}.</translation>
    </message>
    <message>
        <source>Open it read-only to look things up, or close the other OCOP Desk first.</source>
        <translation>Hãy mở ở chế độ chỉ đọc để tra cứu, hoặc đóng OCOP Desk kia trước.</translation>
    </message>
</context>
</TS>
