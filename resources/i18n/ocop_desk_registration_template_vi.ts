<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Import</name>
    <message>
        <source>Cannot write {file}: {reason}</source>
        <translation>Không ghi được {file}: {reason}</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, and close the file if Excel has it open.</source>
        <translation>Chọn thư mục có quyền ghi, và đóng file nếu Excel đang mở nó.</translation>
    </message>
</context>
</TS>
