<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>LockDialog</name>
    <message>
        <source>Already open</source>
        <translation>Đang được mở</translation>
    </message>
    <message>
        <source>This database is already open in another OCOP Desk</source>
        <translation>Cơ sở dữ liệu này đang được mở trong một OCOP Desk khác</translation>
    </message>
    <message>
        <source>Only one window may change a database at a time, so two coordinators never record the same booth or count twice. Nothing stored is at risk.</source>
        <translation>Mỗi lúc chỉ một cửa sổ được sửa cơ sở dữ liệu, để hai điều phối viên không bao giờ ghi trùng một gian hàng hay một lượt đếm. Dữ liệu đã lưu không bị ảnh hưởng.</translation>
    </message>
    <message>
        <source>Open it read-only to look things up, or quit and work in the window that has it open. If that window no longer responds, close it there and start again.</source>
        <translation>Hãy mở ở chế độ chỉ đọc để tra cứu, hoặc thoát và làm việc trong cửa sổ đang mở. Nếu cửa sổ đó bị treo, hãy đóng nó rồi mở lại.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Mở chỉ đọc</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is in use by another OCOP Desk.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; đang được một OCOP Desk khác sử dụng.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Tiến trình</translation>
    </message>
    <message>
        <source>Open since</source>
        <translation>Mở từ</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Người trực</translation>
    </message>
    <message>
        <source>The last OCOP Desk on this database (process %1 on %2) did not close properly; this window took over. Nothing stored was lost.</source>
        <translation>Lần trước OCOP Desk trên cơ sở dữ liệu này (tiến trình %1 trên máy %2) không đóng đúng cách; cửa sổ này đã tiếp quản. Không mất dữ liệu nào đã lưu.</translation>
    </message>
</context>
</TS>
