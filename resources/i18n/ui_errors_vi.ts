<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Errors</name>
    <message>
        <source>Cannot continue</source>
        <translation>Không thể tiếp tục</translation>
    </message>
</context>
</TS>
