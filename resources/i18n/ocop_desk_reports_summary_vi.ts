<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Summary</name>
    <message>
        <source>There is no event with id {id}.</source>
        <translation>Không có sự kiện nào mã {id}.</translation>
    </message>
    <message>
        <source>{day} is not a day of &apos;{event}&apos; ({start} – {end}).</source>
        <translation>Ngày {day} không thuộc &apos;{event}&apos; ({start} – {end}).</translation>
    </message>
    <message>
        <source>Choose one of the event&apos;s days, or the whole event.</source>
        <translation>Hãy chọn một ngày của sự kiện, hoặc cả sự kiện.</translation>
    </message>
</context>
</TS>
