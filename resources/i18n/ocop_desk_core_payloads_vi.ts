<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Payloads</name>
    <message>
        <source>Write it like https://truyxuat.example.vn (no ? or # part).</source>
        <translation>Viết theo dạng https://truyxuat.example.vn (không có phần ? hoặc #).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a web address a phone can open.</source>
        <translation>&apos;{value}&apos; không phải địa chỉ web mà điện thoại mở được.</translation>
    </message>
    <message>
        <source>The host name in &apos;{value}&apos; cannot be written in a web address.</source>
        <translation>Tên miền trong &apos;{value}&apos; không thể viết thành địa chỉ web.</translation>
    </message>
    <message>
        <source>The site address is {n} characters long as the QR code holds it; at most {max} keep the codes small enough to scan.</source>
        <translation>Địa chỉ trang web dài {n} ký tự khi ghi vào mã QR; tối đa {max} ký tự để mã đủ nhỏ mà vẫn quét được.</translation>
    </message>
    <message>
        <source>Use a shorter address, such as a subdomain of the organiser&apos;s site.</source>
        <translation>Dùng địa chỉ ngắn hơn, ví dụ một tên miền con của trang ban tổ chức.</translation>
    </message>
    <message>
        <source>an expiry date more than {n} years ahead ({date}) would be read from a GS1 QR code as {wrong}</source>
        <translation>hạn sử dụng xa hơn {n} năm ({date}) sẽ bị đọc từ mã QR GS1 thành {wrong}</translation>
    </message>
    <message>
        <source>Check the year of the expiry date.</source>
        <translation>Kiểm tra lại năm của hạn sử dụng.</translation>
    </message>
</context>
</TS>
