<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Cli</name>
    <message>
        <source>the whole event</source>
        <translation>cả sự kiện</translation>
    </message>
    <message>
        <source>Wrote {path} ({what}): {cells} cells on {sheets} sheets.</source>
        <translation>Đã ghi {path} ({what}): {cells} ô trên {sheets} trang tính.</translation>
    </message>
</context>
</TS>
