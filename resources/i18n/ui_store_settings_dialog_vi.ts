<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>BackupSettingsTab</name>
    <message>
        <source>OCOP Desk copies the database while you work (check-ins are not held up) and once more when you close it. The oldest automatic copies are deleted; copies made by hand are kept.</source>
        <translation>OCOP Desk sao lưu cơ sở dữ liệu trong lúc bạn làm việc (không làm chậm việc điểm danh) và thêm một lần khi đóng ứng dụng. Các bản tự động cũ nhất sẽ bị xóa; bản sao lưu thủ công được giữ lại.</translation>
    </message>
    <message>
        <source>min</source>
        <translation>phút</translation>
    </message>
    <message>
        <source>Back up every</source>
        <translation>Sao lưu mỗi</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>Số bản tự động giữ lại</translation>
    </message>
    <message>
        <source>PostgreSQL: back up on the server with pg_dump.</source>
        <translation>PostgreSQL: sao lưu trên máy chủ bằng pg_dump.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Backup settings</source>
        <translation>Cài đặt sao lưu</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
</TS>
