<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Import</name>
    <message>
        <source>it cannot be read as a spreadsheet ({reason}).</source>
        <translation>không đọc được tệp như một bảng tính ({reason}).</translation>
    </message>
</context>
</TS>
