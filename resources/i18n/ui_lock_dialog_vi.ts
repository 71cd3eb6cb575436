<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>LockDialog</name>
    <message>
        <source>Already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is already open in another OCOP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one window may change a database at a time, so two coordinators never record the same booth or count twice. Nothing stored is at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it read-only to look things up, or quit and work in the window that has it open. If that OCOP Desk has crashed, close it there and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is in use by another OCOP Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last OCOP Desk on this database (process %1 on %2) did not close properly; this window took over. Nothing stored was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
