<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>StoreErrorDialog</name>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCOP Desk database (*.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCOP Desk carries on with the saved file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit OCOP Desk and open the saved copy (or move it back to %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
