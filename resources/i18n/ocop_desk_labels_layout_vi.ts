<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Labels</name>
    <message>
        <source>A {w} × {h} mm label is too small for this QR code ({n} modules): it would not scan.</source>
        <translation>Tem {w} × {h} mm quá nhỏ cho mã QR này ({n} ô): sẽ không quét được.</translation>
    </message>
    <message>
        <source>Choose a larger label template (offline text needs a bigger QR code than a web link), or shorten the site address.</source>
        <translation>Hãy chọn mẫu tem lớn hơn (QR chứa chữ ngoại tuyến cần lớn hơn QR chứa liên kết web), hoặc rút ngắn địa chỉ trang.</translation>
    </message>
</context>
</TS>
