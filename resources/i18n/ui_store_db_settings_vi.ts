<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>OCOP Desk cannot open its database</source>
        <translation>OCOP Desk không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Database settings…</source>
        <translation>Cài đặt cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>This station now uses: {where}</source>
        <translation>Máy này đang dùng: {where}</translation>
    </message>
    <message>
        <source>Only this computer (a database file)</source>
        <translation>Chỉ máy này (một tệp cơ sở dữ liệu)</translation>
    </message>
    <message>
        <source>The fair&apos;s shared server (PostgreSQL), for several stations</source>
        <translation>Máy chủ dùng chung của chợ phiên (PostgreSQL), cho nhiều máy</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10</source>
        <translation>ví dụ 192.168.1.10</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Tên cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>leave empty if the server needs none</source>
        <translation>để trống nếu máy chủ không yêu cầu</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Remember the password on this computer</source>
        <translation>Ghi nhớ mật khẩu trên máy này</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>Note: ${env} is set and wins over this choice.</source>
        <translation>Lưu ý: biến ${env} đang được đặt và được ưu tiên hơn lựa chọn này.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>OCOP Desk database (*.sqlite3)</source>
        <translation>Cơ sở dữ liệu OCOP Desk (*.sqlite3)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>Could not save the password: {reason}</source>
        <translation>Không lưu được mật khẩu: {reason}</translation>
    </message>
</context>
</TS>
