<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Labels</name>
    <message>
        <source>Lot code</source>
        <translation>Số lô</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Mã sản phẩm</translation>
    </message>
    <message>
        <source>The page of {what} cannot be written as {file}: {reason}</source>
        <translation>Không ghi được trang của {what} thành {file}: {reason}</translation>
    </message>
    <message>
        <source>This computer&apos;s disk does not accept that name (Windows refuses &quot; * : &lt; &gt; ? | in file names): write the site on Linux or macOS, or change the code.</source>
        <translation>Ổ đĩa máy này không nhận tên đó (Windows không cho &quot; * : &lt; &gt; ? | trong tên tệp): hãy tạo trang web trên Linux hoặc macOS, hoặc đổi mã.</translation>
    </message>
    <message>
        <source>{first} and {second} would share one page ({file}).</source>
        <translation>{first} và {second} sẽ dùng chung một trang ({file}).</translation>
    </message>
    <message>
        <source>Give one of them another code (codes differing only in upper and lower case, or products sharing a GTIN, cannot both be published).</source>
        <translation>Đổi mã của một trong hai (hai mã chỉ khác chữ hoa, chữ thường, hoặc hai sản phẩm trùng GTIN, không thể cùng đăng).</translation>
    </message>
    <message>
        <source>{n} QR code(s) hold a &apos;/&apos; written %2F. On Apache httpd add the line &apos;{line}&apos; to the server or VirtualHost configuration (.htaccess cannot set it), else they answer 404; nginx and other static hosts need nothing.</source>
        <translation>{n} mã QR có dấu &apos;/&apos; viết thành %2F. Trên Apache httpd, thêm dòng &apos;{line}&apos; vào cấu hình máy chủ hoặc VirtualHost (.htaccess không đặt được), nếu không các mã đó sẽ báo 404; nginx và các máy chủ tĩnh khác không cần gì thêm.</translation>
    </message>
    <message>
        <source>{n} lot(s) have no page, so their QR codes lead nowhere:</source>
        <translation>{n} lô không có trang, nên mã QR của chúng không mở được gì:</translation>
    </message>
    <message>
        <source>This event has no lots yet, so there is nothing to publish.</source>
        <translation>Chợ phiên này chưa có lô hàng nào nên chưa có gì để xuất bản.</translation>
    </message>
    <message>
        <source>Record the lots booths bring first.</source>
        <translation>Hãy ghi nhận các lô hàng gian hàng mang tới trước.</translation>
    </message>
    <message>
        <source>{path} already exists and is not a site made by OCOP Desk.</source>
        <translation>{path} đã tồn tại và không phải trang do OCOP Desk tạo.</translation>
    </message>
    <message>
        <source>Give an empty or new folder; nothing was changed.</source>
        <translation>Hãy chọn thư mục trống hoặc thư mục mới; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {reason}</source>
        <translation>Không ghi được vào {folder}: {reason}</translation>
    </message>
    <message>
        <source>A product has an invalid GTIN: {reason}</source>
        <translation>Có sản phẩm mang mã GTIN không hợp lệ: {reason}</translation>
    </message>
    <message>
        <source>Correct or clear the GTIN in the catalogue, then write the site again.</source>
        <translation>Hãy sửa hoặc xóa mã GTIN trong danh mục sản phẩm rồi xuất lại trang.</translation>
    </message>
    <message>
        <source>lot {lot} of {product}</source>
        <translation>lô {lot} của {product}</translation>
    </message>
    <message>
        <source>product {code}</source>
        <translation>sản phẩm {code}</translation>
    </message>
    <message>
        <source>producer {code}</source>
        <translation>chủ thể {code}</translation>
    </message>
    <message>
        <source>the index</source>
        <translation>trang chủ</translation>
    </message>
</context>
</TS>
