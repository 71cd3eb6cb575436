<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Backup</name>
    <message>
        <source>The disk holding the backups ({where}) is full.</source>
        <translation>Ổ đĩa chứa bản sao lưu ({where}) đã đầy.</translation>
    </message>
    <message>
        <source>Nothing stored was lost. Free some space, then back up again.</source>
        <translation>Không mất dữ liệu nào đã lưu. Hãy giải phóng dung lượng rồi sao lưu lại.</translation>
    </message>
    <message>
        <source>The backup folder {where} cannot be written.</source>
        <translation>Không ghi được vào thư mục sao lưu {where}.</translation>
    </message>
    <message>
        <source>Nothing stored was lost. Give yourself write access to that folder, or set OCOP_DESK_DATA to a folder you can write to.</source>
        <translation>Không mất dữ liệu nào đã lưu. Hãy cấp quyền ghi cho thư mục đó, hoặc đặt OCOP_DESK_DATA trỏ tới một thư mục ghi được.</translation>
    </message>
    <message>
        <source>Could not write the backup into {where}: {reason}</source>
        <translation>Không ghi được bản sao lưu vào {where}: {reason}</translation>
    </message>
    <message>
        <source>Nothing stored was lost. Check the drive and try again.</source>
        <translation>Không mất dữ liệu nào đã lưu. Hãy kiểm tra ổ đĩa rồi thử lại.</translation>
    </message>
</context>
</TS>
