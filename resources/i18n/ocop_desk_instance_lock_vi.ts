<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Lock</name>
    <message>
        <source>OCOP Desk on {host} (process {pid}), open since {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, operator {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another OCOP Desk (owner unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} is already open in {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it read-only to look things up, or close the other OCOP Desk first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
