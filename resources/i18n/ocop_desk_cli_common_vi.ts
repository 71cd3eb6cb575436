<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Cli</name>
    <message>
        <source>the value</source>
        <translation>giá trị</translation>
    </message>
    <message>
        <source>the path</source>
        <translation>đường dẫn</translation>
    </message>
    <message>
        <source>Operator name (--operator)</source>
        <translation>Tên người trực (--operator)</translation>
    </message>
    <message>
        <source>{day} is not a day of &apos;{event}&apos; ({start} – {end}).</source>
        <translation>{day} không phải là ngày của &apos;{event}&apos; ({start} – {end}).</translation>
    </message>
    <message>
        <source>Give one with --day YYYY-MM-DD.</source>
        <translation>Hãy chỉ rõ ngày bằng --day YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The --day given is outside the event: use one of {days}.</source>
        <translation>Ngày --day đã cho nằm ngoài chợ phiên: hãy dùng một trong các ngày {days}.</translation>
    </message>
    <message>
        <source>It is open in {who}.</source>
        <translation>Tệp đang được mở trong {who}.</translation>
    </message>
    <message>
        <source>Unexpected error (a bug in OCOP Desk): {error}. Nothing stored was lost: the unfinished action was undone. The details are in {log}; please send that file to whoever supports you.</source>
        <translation>Lỗi ngoài dự kiến (lỗi của OCOP Desk): {error}. Không mất dữ liệu nào đã lưu: thao tác dở dang đã được hoàn tác. Chi tiết nằm trong {log}; hãy gửi tệp đó cho người hỗ trợ bạn.</translation>
    </message>
</context>
</TS>
