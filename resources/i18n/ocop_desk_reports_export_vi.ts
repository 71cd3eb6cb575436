<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Export</name>
    <message>
        <source>{path} does not end in .xlsx.</source>
        <translation>Tên tệp {path} không có đuôi .xlsx.</translation>
    </message>
    <message>
        <source>Give the workbook a name ending in .xlsx.</source>
        <translation>Hãy đặt tên tệp kết thúc bằng .xlsx.</translation>
    </message>
    <message>
        <source>{path} is a folder.</source>
        <translation>{path} là một thư mục.</translation>
    </message>
    <message>
        <source>Give the name of a file inside it instead.</source>
        <translation>Hãy nhập tên một tệp bên trong thư mục đó.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Thư mục {folder} không tồn tại.</translation>
    </message>
    <message>
        <source>Create it first or choose another folder.</source>
        <translation>Hãy tạo thư mục trước hoặc chọn thư mục khác.</translation>
    </message>
    <message>
        <source>The old file (if there was one) was left as it was.</source>
        <translation>Tệp cũ (nếu có) được giữ nguyên.</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written.</source>
        <translation>Ổ đĩa đã đầy: không ghi được {path}.</translation>
    </message>
    <message>
        <source>Free some space, then export again.</source>
        <translation>Hãy giải phóng dung lượng rồi xuất lại.</translation>
    </message>
    <message>
        <source>{path} could not be replaced: it is open in another program (Excel?) or read-only.</source>
        <translation>Không thay được {path}: tệp đang mở trong chương trình khác (Excel?) hoặc chỉ đọc.</translation>
    </message>
    <message>
        <source>Close it there, or choose another name, then export again.</source>
        <translation>Hãy đóng tệp đó hoặc chọn tên khác, rồi xuất lại.</translation>
    </message>
    <message>
        <source>No permission to write {path}.</source>
        <translation>Không có quyền ghi {path}.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Hãy chọn thư mục bạn có quyền ghi.</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>Không ghi được {path}: {reason}</translation>
    </message>
</context>
</TS>
