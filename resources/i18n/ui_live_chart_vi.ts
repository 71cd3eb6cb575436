<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ViewersChart</name>
    <message>
        <source>Current viewers</source>
        <translation>Người xem hiện tại</translation>
    </message>
</context>
</TS>
