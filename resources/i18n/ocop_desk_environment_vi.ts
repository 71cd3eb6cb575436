<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Environment</name>
    <message>
        <source>The database is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an OCOP Desk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by a newer OCOP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stored was lost: everything saved before is safe in the file, and the last action was not half-saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCOP Desk changed nothing in it, and your backups are untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was created or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stored was lost yet: OCOP Desk still holds all the data in memory until you close it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
