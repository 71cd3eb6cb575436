<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Labels</name>
    <message>
        <source>There is no lot-label print with number {id}.</source>
        <translation>Không có lần in tem lô hàng nào số {id}.</translation>
    </message>
    <message>
        <source>The lots of print {id} no longer exist.</source>
        <translation>Các lô hàng của lần in {id} không còn nữa.</translation>
    </message>
</context>
</TS>
