<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Export</name>
    <message>
        <source>{event} — day {day}</source>
        <translation>{event} — ngày {day}</translation>
    </message>
    <message>
        <source>{event} — whole event, {start} – {end}</source>
        <translation>{event} — cả sự kiện, {start} – {end}</translation>
    </message>
</context>
</TS>
