<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside OCOP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a bug, not something you did. OCOP Desk carries on: nothing stored was lost, and an action that failed halfway was undone as a whole. You can go on working; if the same action fails again, use another way for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details were written to this file. Please send it to whoever supports you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
