<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>CliBackup</name>
    <message>
        <source>Backups of {db} in {folder}:</source>
        <translation>Các bản sao lưu của {db} trong {folder}:</translation>
    </message>
    <message>
        <source>Open now in {who}.</source>
        <translation>Đang được mở trong {who}.</translation>
    </message>
    <message>
        <source>No backups yet. Make one with &apos;ocop-desk backup&apos;.</source>
        <translation>Chưa có bản sao lưu nào. Tạo một bản bằng &apos;ocop-desk backup&apos;.</translation>
    </message>
    <message>
        <source>Backed up {db} to {path} ({size}, {seconds:.1f} s).</source>
        <translation>Đã sao lưu {db} vào {path} ({size}, {seconds:.1f} giây).</translation>
    </message>
    <message>
        <source>every few minutes</source>
        <translation>định kỳ</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>khi đóng ứng dụng</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>thủ công</translation>
    </message>
    <message>
        <source>from the CLI</source>
        <translation>từ dòng lệnh</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>trước khi khôi phục</translation>
    </message>
    <message>
        <source>events</source>
        <translation>sự kiện</translation>
    </message>
    <message>
        <source>booths</source>
        <translation>gian hàng</translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation>lượt điểm danh</translation>
    </message>
    <message>
        <source>lots</source>
        <translation>lô hàng</translation>
    </message>
    <message>
        <source>live sessions</source>
        <translation>phiên livestream</translation>
    </message>
    <message>
        <source>tally entries</source>
        <translation>lượt đếm</translation>
    </message>
    <message>
        <source>There is no usable backup of {db}.</source>
        <translation>Không có bản sao lưu dùng được của {db}.</translation>
    </message>
    <message>
        <source>List them with &apos;ocop-desk backup --list&apos;.</source>
        <translation>Xem danh sách bằng &apos;ocop-desk backup --list&apos;.</translation>
    </message>
    <message>
        <source>Backup {path}</source>
        <translation>Bản sao lưu {path}</translation>
    </message>
    <message>
        <source>taken {when}</source>
        <translation>tạo lúc {when}</translation>
    </message>
    <message>
        <source>last change recorded {when}</source>
        <translation>thay đổi cuối cùng lúc {when}</translation>
    </message>
    <message>
        <source>Nothing was restored: confirm with --yes.</source>
        <translation>Chưa khôi phục gì: hãy xác nhận bằng --yes.</translation>
    </message>
    <message>
        <source>Replace the database {db} with this backup? [y/N] </source>
        <translation>Thay cơ sở dữ liệu {db} bằng bản sao lưu này? [c/K] </translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Chưa khôi phục gì.</translation>
    </message>
    <message>
        <source>Cannot restore: {db} is open in {who}.</source>
        <translation>Không thể khôi phục: {db} đang được mở trong {who}.</translation>
    </message>
    <message>
        <source>Close OCOP Desk there first (or use File ▸ Restore… in that window).</source>
        <translation>Hãy đóng OCOP Desk ở đó trước (hoặc dùng Tệp ▸ Khôi phục… trong cửa sổ đó).</translation>
    </message>
    <message>
        <source>Restored {db} from the backup taken {when}.</source>
        <translation>Đã khôi phục {db} từ bản sao lưu tạo lúc {when}.</translation>
    </message>
    <message>
        <source>The file as it was before is kept in {path}.</source>
        <translation>Tệp như trước khi khôi phục được giữ tại {path}.</translation>
    </message>
</context>
</TS>
