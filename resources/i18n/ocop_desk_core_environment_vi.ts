<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Environment</name>
    <message>
        <source>The database is busy</source>
        <translation>Cơ sở dữ liệu đang bận</translation>
    </message>
    <message>
        <source>The database cannot be written</source>
        <translation>Không ghi được vào cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Ổ đĩa đã đầy</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>The database file is missing</source>
        <translation>Không tìm thấy tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Not an OCOP Desk database</source>
        <translation>Không phải cơ sở dữ liệu OCOP Desk</translation>
    </message>
    <message>
        <source>Made by a newer OCOP Desk</source>
        <translation>Được tạo bởi OCOP Desk mới hơn</translation>
    </message>
    <message>
        <source>The database cannot be reached</source>
        <translation>Không kết nối được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The disk reported an error</source>
        <translation>Ổ đĩa báo lỗi</translation>
    </message>
    <message>
        <source>The database file was removed</source>
        <translation>Tệp cơ sở dữ liệu đã bị xóa</translation>
    </message>
    <message>
        <source>Nothing stored was lost: everything saved before is safe in the file, and the last action was not half-saved.</source>
        <translation>Không mất dữ liệu nào đã lưu: mọi thứ lưu trước đó vẫn an toàn trong tệp, và thao tác vừa rồi không bị lưu dở dang.</translation>
    </message>
    <message>
        <source>OCOP Desk changed nothing in it, and your backups are untouched.</source>
        <translation>OCOP Desk không thay đổi gì trong tệp, và các bản sao lưu vẫn nguyên vẹn.</translation>
    </message>
    <message>
        <source>Nothing was created or changed.</source>
        <translation>Chưa có gì được tạo hay thay đổi.</translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation>Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>Nothing stored is lost yet: OCOP Desk still has all the data open until you close it.</source>
        <translation>Chưa mất dữ liệu nào: OCOP Desk vẫn đang giữ toàn bộ dữ liệu cho tới khi bạn đóng ứng dụng.</translation>
    </message>
</context>
</TS>
