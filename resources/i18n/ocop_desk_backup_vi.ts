<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Backup</name>
    <message>
        <source>This database is on a PostgreSQL server; OCOP Desk backs up SQLite files only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back it up on the server with pg_dump (for example: pg_dump --format=custom --file=ocop-desk.dump DATABASE) and restore it with pg_restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup interval (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the backups ({where}) is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stored was lost. Free some space, then back up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder {where} cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stored was lost. Give yourself write access to that folder, or set OCOP_DESK_DATA to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the backup into {where}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stored was lost. Check the drive and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup file at {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the listed backups, or another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {where} is damaged: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an older backup; this one was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {where} was made by a newer version of OCOP Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the newer version to restore it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {where} cannot be read: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not an OCOP Desk database or backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file from the backups folder; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data of {where} can no longer be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest backup (File ▸ Restore…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
