<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>LabelPrinting</name>
    <message>
        <source>OCOP traceability labels</source>
        <translation>Tem truy xuất nguồn gốc OCOP</translation>
    </message>
    <message>
        <source>The printer &apos;{name}&apos; could not start printing.</source>
        <translation>Máy in &apos;{name}&apos; không bắt đầu in được.</translation>
    </message>
    <message>
        <source>Check that it is switched on, has paper and is not paused; nothing was marked as printed.</source>
        <translation>Hãy kiểm tra máy in đã bật, còn giấy và không bị tạm dừng; chưa lô nào được đánh dấu là đã in.</translation>
    </message>
    <message>
        <source>The printer &apos;{name}&apos; reported an error.</source>
        <translation>Máy in &apos;{name}&apos; báo lỗi.</translation>
    </message>
    <message>
        <source>Check the printer; nothing was marked as printed.</source>
        <translation>Hãy kiểm tra máy in; chưa lô nào được đánh dấu là đã in.</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>In không thành công</translation>
    </message>
    <message>
        <source>Sent {n} label(s) to {printer}.</source>
        <translation>Đã gửi {n} tem tới {printer}.</translation>
    </message>
    <message>
        <source>Labels printed on {printer}</source>
        <translation>Tem đã in trên {printer}</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>In tem</translation>
    </message>
</context>
</TS>
