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
        <source>{file} is an old Excel 97–2003 workbook.</source>
        <translation>{file} là file Excel 97–2003 cũ.</translation>
    </message>
    <message>
        <source>Open it in Excel or LibreOffice and save it as .xlsx, then import that file.</source>
        <translation>Mở bằng Excel hoặc LibreOffice, lưu lại dạng .xlsx rồi nhập file đó.</translation>
    </message>
    <message>
        <source>{file} is not a registration file OCOP Desk can read.</source>
        <translation>{file} không phải file đăng ký mà OCOP Desk đọc được.</translation>
    </message>
    <message>
        <source>Use an Excel workbook (.xlsx) or a CSV file (.csv).</source>
        <translation>Hãy dùng file Excel (.xlsx) hoặc file CSV (.csv).</translation>
    </message>
    <message>
        <source>{file} cannot be read as an Excel workbook ({reason}).</source>
        <translation>Không đọc được {file} như một file Excel ({reason}).</translation>
    </message>
    <message>
        <source>Check that the file is not damaged, or save it again from Excel as .xlsx.</source>
        <translation>Kiểm tra file có bị hỏng không, hoặc lưu lại từ Excel dạng .xlsx.</translation>
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
        <source>{file} is not a well-formed CSV file ({reason}).</source>
        <translation>{file} không phải file CSV hợp lệ ({reason}).</translation>
    </message>
    <message>
        <source>Save it again from Excel as CSV UTF-8.</source>
        <translation>Lưu lại từ Excel dạng CSV UTF-8.</translation>
    </message>
</context>
</TS>
