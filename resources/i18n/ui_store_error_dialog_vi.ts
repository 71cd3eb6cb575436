<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>StoreErrorDialog</name>
    <message>
        <source>What to do:</source>
        <translation>Cần làm:</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Khôi phục bản sao lưu…</translation>
    </message>
    <message>
        <source>Latest backup: %1 (the restore checks it first and offers the newest good one).</source>
        <translation>Bản sao lưu gần nhất: %1 (khi khôi phục, bản sao lưu được kiểm tra trước và bản tốt mới nhất sẽ được đề xuất).</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Lưu bản sao…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Save a copy of the data</source>
        <translation>Lưu bản sao dữ liệu</translation>
    </message>
    <message>
        <source>OCOP Desk database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu OCOP Desk (*.sqlite3 *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
    <message>
        <source>OCOP Desk carries on with the saved file.</source>
        <translation>OCOP Desk tiếp tục làm việc với tệp vừa lưu.</translation>
    </message>
    <message>
        <source>Quit OCOP Desk and open the saved copy (or move it back to %1).</source>
        <translation>Hãy thoát OCOP Desk rồi mở bản vừa lưu (hoặc chuyển nó về %1).</translation>
    </message>
</context>
</TS>
