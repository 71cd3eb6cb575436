<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Import</name>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>Không có file {file}.</translation>
    </message>
    <message>
        <source>{file} is not a registration file OCOP Desk can read.</source>
        <translation>{file} không phải file đăng ký mà OCOP Desk đọc được.</translation>
    </message>
    <message>
        <source>Use an Excel workbook (.xlsx or .xls), a LibreOffice sheet (.ods) or a CSV file (.csv).</source>
        <translation>Hãy dùng bảng tính Excel (.xlsx hoặc .xls), bảng tính LibreOffice (.ods) hoặc tệp CSV (.csv).</translation>
    </message>
    <message>
        <source>it is {size} MB; a registration list is far smaller (at most {max} MB).</source>
        <translation>tệp nặng {size} MB; một danh sách đăng ký nhỏ hơn nhiều (tối đa {max} MB).</translation>
    </message>
    <message>
        <source>Use an Excel workbook (.xlsx) or a CSV file (.csv).</source>
        <translation>Hãy dùng file Excel (.xlsx) hoặc file CSV (.csv).</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (byte {pos} cannot be read).</source>
        <translation>{file} không phải văn bản UTF-8 (không đọc được byte thứ {pos}).</translation>
    </message>
    <message>
        <source>In Excel choose File ▸ Save As ▸ &apos;CSV UTF-8 (comma delimited)&apos;.</source>
        <translation>Trong Excel chọn File ▸ Save As ▸ &apos;CSV UTF-8 (comma delimited)&apos;.</translation>
    </message>
    <message>
        <source>{file} is not a text CSV file.</source>
        <translation>{file} không phải file văn bản CSV.</translation>
    </message>
    <message>
        <source>it holds more than {max} cells; a registration list needs far fewer.</source>
        <translation>tệp có hơn {max} ô; một danh sách đăng ký cần ít hơn nhiều.</translation>
    </message>
    <message>
        <source>{file} is not a well-formed CSV file ({reason}).</source>
        <translation>{file} không phải file CSV hợp lệ ({reason}).</translation>
    </message>
    <message>
        <source>Save it again from Excel as CSV UTF-8.</source>
        <translation>Lưu lại từ Excel dạng CSV UTF-8.</translation>
    </message>
</context>
</TS>
