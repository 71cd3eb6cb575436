<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Backups</name>
    <message>
        <source>automatic</source>
        <translation>tự động</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>khi đóng ứng dụng</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>thủ công</translation>
    </message>
    <message>
        <source>from the command line</source>
        <translation>từ dòng lệnh</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>trước khi khôi phục</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot continue</source>
        <translation>Không thể tiếp tục</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Choose a backup of %1. The database as it is now is backed up first, so a restore can be undone.</source>
        <translation>Chọn một bản sao lưu của %1. Cơ sở dữ liệu hiện tại sẽ được sao lưu trước, nên có thể hoàn tác việc khôi phục.</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Tệp khác…</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Khôi phục bản này</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>There are no backups of this database yet. Choose a file with “Other file…”.</source>
        <translation>Cơ sở dữ liệu này chưa có bản sao lưu nào. Hãy chọn tệp bằng “Tệp khác…”.</translation>
    </message>
    <message>
        <source>Backup taken:</source>
        <translation>Thời điểm sao lưu:</translation>
    </message>
    <message>
        <source>Last change in it:</source>
        <translation>Thay đổi cuối trong bản:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>In the backup</source>
        <translation>Trong bản sao lưu</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Booths</source>
        <translation>Gian hàng</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Lượt điểm danh</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lô hàng</translation>
    </message>
    <message>
        <source>Live sessions</source>
        <translation>Phiên livestream</translation>
    </message>
    <message>
        <source>Tally entries</source>
        <translation>Lượt đếm</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Chọn bản sao lưu</translation>
    </message>
    <message>
        <source>OCOP Desk database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu OCOP Desk (*.sqlite3 *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Đang kiểm tra bản sao lưu…</translation>
    </message>
    <message>
        <source>Checked: complete, undamaged, and readable by this version.</source>
        <translation>Đã kiểm tra: đầy đủ, không hỏng, phiên bản này đọc được.</translation>
    </message>
</context>
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
