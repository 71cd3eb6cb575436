<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Cli</name>
    <message>
        <source>{day} is not a day of &apos;{event}&apos; ({start} – {end}).</source>
        <translation>{day} không phải là ngày của &apos;{event}&apos; ({start} – {end}).</translation>
    </message>
    <message>
        <source>Give one with --day YYYY-MM-DD.</source>
        <translation>Hãy chỉ rõ ngày bằng --day YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>It is open in {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error (a bug in OCOP Desk): {error}. Nothing stored was lost: the unfinished action was undone. The details are in {log}; please send that file to whoever supports you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
