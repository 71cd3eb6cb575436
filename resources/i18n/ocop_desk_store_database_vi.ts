<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Store</name>
    <message>
        <source>The database {where} was made by a newer version of OCOP Desk.</source>
        <translation>Cơ sở dữ liệu {where} được tạo bởi phiên bản OCOP Desk mới hơn.</translation>
    </message>
    <message>
        <source>Install the newer version to open it; this file was not changed.</source>
        <translation>Hãy cài phiên bản mới hơn để mở; tệp này không bị thay đổi.</translation>
    </message>
    <message>
        <source>The database {where} needs an upgrade, but it is open read-only.</source>
        <translation>Cơ sở dữ liệu {where} cần nâng cấp nhưng đang mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>Open it with write access once so it can be upgraded.</source>
        <translation>Hãy mở một lần với quyền ghi để nâng cấp.</translation>
    </message>
    <message>
        <source>{where} is a database, but not an OCOP Desk one.</source>
        <translation>{where} là một cơ sở dữ liệu, nhưng không phải của OCOP Desk.</translation>
    </message>
    <message>
        <source>Choose another file or a new name; this one was not changed.</source>
        <translation>Hãy chọn tệp khác hoặc đặt tên mới; tệp này không bị thay đổi.</translation>
    </message>
    <message>
        <source>The database file {where} was deleted or moved while OCOP Desk had it open.</source>
        <translation>Tệp cơ sở dữ liệu {where} đã bị xóa hoặc di chuyển trong lúc OCOP Desk đang mở.</translation>
    </message>
    <message>
        <source>This database is open read-only; nothing can be saved.</source>
        <translation>Cơ sở dữ liệu đang mở chỉ đọc; không thể lưu gì.</translation>
    </message>
    <message>
        <source>Close the other OCOP Desk that has it open, then reopen it.</source>
        <translation>Hãy đóng OCOP Desk khác đang mở tệp này rồi mở lại.</translation>
    </message>
    <message>
        <source>{where} is a folder, not a database file.</source>
        <translation>{where} là một thư mục, không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Give the path of a file inside it instead.</source>
        <translation>Hãy chỉ đường dẫn tới một tệp bên trong thư mục đó.</translation>
    </message>
    <message>
        <source>The database {where} cannot be read (no permission).</source>
        <translation>Không đọc được cơ sở dữ liệu {where} (không có quyền).</translation>
    </message>
    <message>
        <source>Ask for read and write access to the file, or copy it somewhere you own.</source>
        <translation>Hãy xin quyền đọc và ghi tệp, hoặc chép tệp sang thư mục của bạn.</translation>
    </message>
    <message>
        <source>{where} is not an OCOP Desk database.</source>
        <translation>{where} không phải là cơ sở dữ liệu OCOP Desk.</translation>
    </message>
    <message>
        <source>The database {where} or its folder is read-only.</source>
        <translation>Cơ sở dữ liệu {where} hoặc thư mục chứa nó chỉ cho phép đọc.</translation>
    </message>
    <message>
        <source>Open it read-only, or copy it to a folder you can write to.</source>
        <translation>Hãy mở ở chế độ chỉ đọc, hoặc chép sang thư mục có quyền ghi.</translation>
    </message>
    <message>
        <source>There is no database at {where}.</source>
        <translation>Không có cơ sở dữ liệu tại {where}.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Hãy kiểm tra lại đường dẫn.</translation>
    </message>
    <message>
        <source>Cannot create the folder for {where}: {reason}</source>
        <translation>Không tạo được thư mục cho {where}: {reason}</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Hãy chọn thư mục có quyền ghi.</translation>
    </message>
    <message>
        <source>Cannot create {where}: the folder is read-only.</source>
        <translation>Không tạo được {where}: thư mục chỉ cho phép đọc.</translation>
    </message>
    <message>
        <source>Save a copy of the data now (File ▸ Save a copy…), best where the file was: OCOP Desk then carries on with it.</source>
        <translation>Hãy lưu một bản sao dữ liệu ngay (Tệp ▸ Lưu bản sao…), tốt nhất vào đúng chỗ tệp cũ: OCOP Desk sẽ tiếp tục làm việc với tệp đó.</translation>
    </message>
</context>
</TS>
