<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AppContext</name>
    <message>
        <source>Operator&apos;s name</source>
        <translation>Tên điều phối viên</translation>
    </message>
</context>
</TS>
