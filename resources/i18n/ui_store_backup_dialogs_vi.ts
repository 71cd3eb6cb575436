<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Last backup: %1</source>
        <translation>Sao lưu gần nhất: %1</translation>
    </message>
    <message>
        <source>Backup failed — see File ▸ Back up now</source>
        <translation>Sao lưu không thành công — xem Tệp ▸ Sao lưu ngay</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Sao lưu gần nhất: %1</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Đã sao lưu</translation>
    </message>
    <message>
        <source>The database was backed up to:
%1</source>
        <translation>Cơ sở dữ liệu đã được sao lưu vào:
%1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
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
        <source>Saved a copy to %1</source>
        <translation>Đã lưu bản sao vào %1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Chỉ đọc</translation>
    </message>
    <message>
        <source>This window opened the database read-only, so it cannot restore a backup. Restore it from the OCOP Desk window that has the database open.</source>
        <translation>Cửa sổ này mở cơ sở dữ liệu ở chế độ chỉ đọc nên không thể khôi phục bản sao lưu. Hãy khôi phục từ cửa sổ OCOP Desk đang mở cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Đã khôi phục bản sao lưu.</translation>
    </message>
</context>
</TS>
