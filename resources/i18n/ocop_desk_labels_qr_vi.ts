<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Labels</name>
    <message>
        <source>This text is too long for a QR code ({n} characters).</source>
        <translation>Nội dung quá dài cho một mã QR ({n} ký tự).</translation>
    </message>
    <message>
        <source>Shorten the site address or the lot code.</source>
        <translation>Hãy rút ngắn địa chỉ trang hoặc số lô.</translation>
    </message>
</context>
</TS>
