<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi ngoài dự kiến</translation>
    </message>
    <message>
        <source>Something went wrong inside OCOP Desk</source>
        <translation>Đã có lỗi bên trong OCOP Desk</translation>
    </message>
    <message>
        <source>This is a bug, not something you did. OCOP Desk carries on: nothing stored was lost, and an action that failed halfway was undone as a whole. You can go on working; if the same action fails again, use another way for now.</source>
        <translation>Đây là lỗi của phần mềm, không phải do bạn. OCOP Desk vẫn chạy tiếp: không mất dữ liệu nào đã lưu, và thao tác hỏng giữa chừng đã được hoàn tác toàn bộ. Bạn có thể làm việc tiếp; nếu thao tác đó lại lỗi, tạm thời hãy làm cách khác.</translation>
    </message>
    <message>
        <source>The details were written to this file. Please send it to whoever supports you:</source>
        <translation>Chi tiết đã được ghi vào tệp này. Hãy gửi tệp cho người hỗ trợ bạn:</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Chép đường dẫn</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Xem chi tiết</translation>
    </message>
    <message>
        <source>Continue working</source>
        <translation>Tiếp tục làm việc</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ẩn chi tiết</translation>
    </message>
</context>
</TS>
