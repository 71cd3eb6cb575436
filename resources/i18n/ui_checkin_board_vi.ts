<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>BoardCanvas</name>
    <message>
        <source>expected</source>
        <translation>chờ đến</translation>
    </message>
    <message>
        <source>present %1</source>
        <translation>có mặt %1</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>vắng</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>đã về %1</translation>
    </message>
    <message>
        <source>not today</source>
        <translation>không đăng ký</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 present</source>
        <translation>%1 · %2/%3 có mặt</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <source>No zone</source>
        <translation>Chưa xếp khu</translation>
    </message>
</context>
</TS>
