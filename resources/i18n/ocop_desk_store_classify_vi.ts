<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Store</name>
    <message>
        <source>The database {where} is busy: another program is writing to it.</source>
        <translation>Cơ sở dữ liệu {where} đang bận: một chương trình khác đang ghi.</translation>
    </message>
    <message>
        <source>Wait a moment and try again; if it keeps happening, close the other program.</source>
        <translation>Hãy đợi một lát rồi thử lại; nếu vẫn lặp lại, hãy đóng chương trình kia.</translation>
    </message>
    <message>
        <source>The database {where} cannot be written (read-only file or folder).</source>
        <translation>Không ghi được vào cơ sở dữ liệu {where} (tệp hoặc thư mục chỉ đọc).</translation>
    </message>
    <message>
        <source>Copy the file to a folder you can write to and open that copy.</source>
        <translation>Hãy chép tệp sang một thư mục ghi được rồi mở bản chép đó.</translation>
    </message>
    <message>
        <source>The disk holding {where} is full.</source>
        <translation>Ổ đĩa chứa {where} đã đầy.</translation>
    </message>
    <message>
        <source>Free some space on that disk, then repeat the last action.</source>
        <translation>Hãy giải phóng dung lượng trên ổ đĩa đó rồi làm lại thao tác vừa rồi.</translation>
    </message>
    <message>
        <source>The database {where} is damaged.</source>
        <translation>Cơ sở dữ liệu {where} bị hỏng.</translation>
    </message>
    <message>
        <source>Restore the latest backup (File ▸ Restore from a backup…); the damaged file is kept as it is.</source>
        <translation>Hãy khôi phục bản sao lưu mới nhất (Tệp ▸ Khôi phục từ bản sao lưu…); tệp hỏng được giữ nguyên.</translation>
    </message>
    <message>
        <source>The database {where} cannot be reached.</source>
        <translation>Không kết nối được tới cơ sở dữ liệu {where}.</translation>
    </message>
    <message>
        <source>Check that the file or server is there, then try again.</source>
        <translation>Hãy kiểm tra tệp hoặc máy chủ còn đó, rồi thử lại.</translation>
    </message>
    <message>
        <source>The disk holding {where} reported an error.</source>
        <translation>Ổ đĩa chứa {where} báo lỗi.</translation>
    </message>
    <message>
        <source>Check the drive (was it unplugged?), then try again.</source>
        <translation>Hãy kiểm tra ổ đĩa (có bị rút ra không?), rồi thử lại.</translation>
    </message>
    <message>
        <source>{where} is not an OCOP Desk database (or it was removed while open).</source>
        <translation>{where} không phải cơ sở dữ liệu OCOP Desk (hoặc đã bị xóa khi đang mở).</translation>
    </message>
    <message>
        <source>Reopen the app with the right database file.</source>
        <translation>Hãy mở lại ứng dụng với đúng tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The database server {where} cannot be reached.</source>
        <translation>Không kết nối được máy chủ cơ sở dữ liệu {where}.</translation>
    </message>
    <message>
        <source>Check the network (cable or Wi-Fi) and that the server is running, then try again. Nothing stored was lost; this action was not saved.</source>
        <translation>Hãy kiểm tra mạng (dây cáp hoặc Wi-Fi) và máy chủ có đang chạy không, rồi thử lại. Dữ liệu đã lưu không bị mất; thao tác này chưa được lưu.</translation>
    </message>
    <message>
        <source>The database server {where} refused the user name or password.</source>
        <translation>Máy chủ cơ sở dữ liệu {where} từ chối tên người dùng hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>Check the user and password in File ▸ Database settings… (or in --db), and that pg_hba.conf on the server lets this computer in.</source>
        <translation>Hãy kiểm tra tên người dùng và mật khẩu trong Tệp ▸ Cài đặt cơ sở dữ liệu… (hoặc trong --db), và tệp pg_hba.conf trên máy chủ có cho máy này kết nối không.</translation>
    </message>
    <message>
        <source>The database server {where} has too many stations connected.</source>
        <translation>Máy chủ cơ sở dữ liệu {where} đang có quá nhiều máy kết nối.</translation>
    </message>
    <message>
        <source>Close OCOP Desk on a station that is not in use, or raise max_connections on the server; then try again.</source>
        <translation>Hãy đóng OCOP Desk trên máy không dùng đến, hoặc tăng max_connections trên máy chủ, rồi thử lại.</translation>
    </message>
    <message>
        <source>The database server {where} has no such database.</source>
        <translation>Máy chủ {where} không có cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>Check the database name, or create it on the server (see the README, &apos;Several stations&apos;).</source>
        <translation>Hãy kiểm tra tên cơ sở dữ liệu, hoặc tạo nó trên máy chủ (xem README, mục &apos;Several stations&apos;).</translation>
    </message>
    <message>
        <source>The database {where} is busy: another station is changing the same records.</source>
        <translation>Cơ sở dữ liệu {where} đang bận: một máy khác đang sửa cùng các bản ghi này.</translation>
    </message>
    <message>
        <source>Nothing was saved from this action. Wait a moment and try again.</source>
        <translation>Thao tác này chưa được lưu. Hãy chờ một chút rồi thử lại.</translation>
    </message>
    <message>
        <source>The disk of the database server {where} is full.</source>
        <translation>Ổ đĩa của máy chủ cơ sở dữ liệu {where} đã đầy.</translation>
    </message>
    <message>
        <source>Nothing stored was lost. Free some space on the server, then repeat the last action.</source>
        <translation>Dữ liệu đã lưu không bị mất. Hãy giải phóng dung lượng trên máy chủ rồi làm lại thao tác vừa rồi.</translation>
    </message>
    <message>
        <source>The database {where} is open read-only; nothing can be saved.</source>
        <translation>Cơ sở dữ liệu {where} đang mở chỉ đọc; không thể lưu gì.</translation>
    </message>
    <message>
        <source>Nothing was saved from this action. Reopen it without --read-only.</source>
        <translation>Thao tác này chưa được lưu. Hãy mở lại mà không dùng --read-only.</translation>
    </message>
    <message>
        <source>The database user of {where} may not change this data.</source>
        <translation>Người dùng cơ sở dữ liệu của {where} không có quyền sửa dữ liệu này.</translation>
    </message>
    <message>
        <source>Nothing was saved from this action. Ask whoever runs the server to grant the user rights on the database.</source>
        <translation>Thao tác này chưa được lưu. Hãy nhờ người quản lý máy chủ cấp quyền trên cơ sở dữ liệu cho người dùng này.</translation>
    </message>
    <message>
        <source>{where} is not an OCOP Desk database (or its tables were removed).</source>
        <translation>{where} không phải là cơ sở dữ liệu OCOP Desk (hoặc các bảng đã bị xóa).</translation>
    </message>
    <message>
        <source>Point OCOP Desk at the right database.</source>
        <translation>Hãy chọn đúng cơ sở dữ liệu cho OCOP Desk.</translation>
    </message>
    <message>
        <source>The database server {where} reports damaged data.</source>
        <translation>Máy chủ cơ sở dữ liệu {where} báo dữ liệu bị hỏng.</translation>
    </message>
    <message>
        <source>Ask whoever runs the server to check it; restore the latest backup if needed.</source>
        <translation>Hãy nhờ người quản lý máy chủ kiểm tra; khôi phục bản sao lưu gần nhất nếu cần.</translation>
    </message>
</context>
</TS>
