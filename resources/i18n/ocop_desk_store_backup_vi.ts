<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Backup</name>
    <message>
        <source>This database is on a PostgreSQL server; OCOP Desk backs up SQLite files only.</source>
        <translation>Cơ sở dữ liệu này nằm trên máy chủ PostgreSQL; OCOP Desk chỉ sao lưu tệp SQLite.</translation>
    </message>
    <message>
        <source>Back it up on the server with pg_dump (for example: pg_dump --format=custom --file=ocop-desk.dump DATABASE) and restore it with pg_restore.</source>
        <translation>Hãy sao lưu trên máy chủ bằng pg_dump (ví dụ: pg_dump --format=custom --file=ocop-desk.dump DATABASE) và khôi phục bằng pg_restore.</translation>
    </message>
    <message>
        <source>{where} is the database itself.</source>
        <translation>{where} chính là tệp cơ sở dữ liệu đang dùng.</translation>
    </message>
    <message>
        <source>Choose another name or folder for the copy.</source>
        <translation>Hãy chọn tên hoặc thư mục khác cho bản sao.</translation>
    </message>
    <message>
        <source>Backup interval (minutes)</source>
        <translation>Chu kỳ sao lưu (phút)</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Số bản sao lưu giữ lại</translation>
    </message>
    <message>
        <source>There is no backup file at {where}.</source>
        <translation>Không có tệp sao lưu tại {where}.</translation>
    </message>
    <message>
        <source>Choose one of the listed backups, or another file.</source>
        <translation>Hãy chọn một bản sao lưu trong danh sách, hoặc một tệp khác.</translation>
    </message>
    <message>
        <source>The backup {where} is damaged: {problem}</source>
        <translation>Bản sao lưu {where} bị hỏng: {problem}</translation>
    </message>
    <message>
        <source>Choose an older backup; this one was not used.</source>
        <translation>Hãy chọn bản sao lưu cũ hơn; bản này không được dùng.</translation>
    </message>
    <message>
        <source>The backup {where} was made by a newer version of OCOP Desk.</source>
        <translation>Bản sao lưu {where} được tạo bởi phiên bản OCOP Desk mới hơn.</translation>
    </message>
    <message>
        <source>Install the newer version to restore it; nothing was changed.</source>
        <translation>Hãy cài phiên bản mới hơn để khôi phục; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The backup {where} cannot be read: {problem}</source>
        <translation>Không đọc được bản sao lưu {where}: {problem}</translation>
    </message>
    <message>
        <source>{where} is not an OCOP Desk database or backup.</source>
        <translation>{where} không phải cơ sở dữ liệu hay bản sao lưu của OCOP Desk.</translation>
    </message>
    <message>
        <source>Choose a file from the backups folder; nothing was changed.</source>
        <translation>Hãy chọn một tệp trong thư mục sao lưu; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The data of {where} can no longer be read.</source>
        <translation>Không còn đọc được dữ liệu của {where}.</translation>
    </message>
    <message>
        <source>Restore the latest backup (File ▸ Restore…).</source>
        <translation>Hãy khôi phục bản sao lưu mới nhất (Tệp ▸ Khôi phục…).</translation>
    </message>
</context>
</TS>
