<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>CliBackup</name>
    <message>
        <source>Backups of {db} in {folder}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now in {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet. Make one with &apos;ocop-desk backup&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up {db} to {path} ({size}, {seconds:.1f} s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every few minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tally entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no usable backup of {db}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List them with &apos;ocop-desk backup --list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last change recorded {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: confirm with --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database {db} with this backup? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore: {db} is open in {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close OCOP Desk there first (or use File ▸ Restore… in that window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {db} from the backup taken {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file as it was before is kept in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
