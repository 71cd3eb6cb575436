<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>DbCopy</name>
    <message>
        <source>The source and the target are the same database ({where}).</source>
        <translation>Nguồn và đích là cùng một cơ sở dữ liệu ({where}).</translation>
    </message>
    <message>
        <source>Give another target.</source>
        <translation>Hãy chọn đích khác.</translation>
    </message>
    <message>
        <source>The target {where} already holds data ({what}); nothing was copied.</source>
        <translation>Đích {where} đã có dữ liệu ({what}); chưa chép gì.</translation>
    </message>
    <message>
        <source>Choose an empty database, or add --replace to overwrite what it holds.</source>
        <translation>Hãy chọn một cơ sở dữ liệu trống, hoặc thêm --replace để ghi đè dữ liệu đang có.</translation>
    </message>
    <message>
        <source>The copy to {where} does not match the source ({bad}).</source>
        <translation>Bản chép sang {where} không khớp với nguồn ({bad}).</translation>
    </message>
    <message>
        <source>Run the copy again with --replace; the source was not changed.</source>
        <translation>Hãy chép lại với --replace; nguồn không bị thay đổi.</translation>
    </message>
    <message>
        <source>Connected. It is an OCOP Desk database with {n} event(s).</source>
        <translation>Đã kết nối. Đây là cơ sở dữ liệu OCOP Desk có {n} sự kiện.</translation>
    </message>
    <message>
        <source>Connected. The database is empty: OCOP Desk will set it up on first use.</source>
        <translation>Đã kết nối. Cơ sở dữ liệu còn trống: OCOP Desk sẽ tự thiết lập khi dùng lần đầu.</translation>
    </message>
    <message>
        <source>The file does not exist yet: OCOP Desk will create it on first use.</source>
        <translation>Tệp chưa có: OCOP Desk sẽ tạo khi dùng lần đầu.</translation>
    </message>
    <message>
        <source>Connected. It is an OCOP Desk database from an older version: it will be upgraded on first use.</source>
        <translation>Đã kết nối. Đây là cơ sở dữ liệu OCOP Desk của phiên bản cũ: sẽ được nâng cấp khi dùng lần đầu.</translation>
    </message>
    <message>
        <source>Cannot create {where}: the folder is missing or read-only.</source>
        <translation>Không tạo được {where}: thư mục không có hoặc chỉ cho phép đọc.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Hãy chọn thư mục có quyền ghi.</translation>
    </message>
    <message>
        <source>{where} was made by a newer version of OCOP Desk.</source>
        <translation>{where} được tạo bởi phiên bản OCOP Desk mới hơn.</translation>
    </message>
    <message>
        <source>Install the newer version on this station first.</source>
        <translation>Hãy cài phiên bản mới hơn trên máy này trước.</translation>
    </message>
</context>
</TS>
