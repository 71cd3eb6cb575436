<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Import</name>
    <message>
        <source>{file} was not read: {problem}</source>
        <translation>Không đọc tệp {file}: {problem}</translation>
    </message>
    <message>
        <source>Nothing was changed. Open the file in Excel or LibreOffice, check it, and save it again (as .xlsx); or ask the organisers for a new copy.</source>
        <translation>Không có gì bị thay đổi. Hãy mở tệp trong Excel hoặc LibreOffice, kiểm tra rồi lưu lại (dạng .xlsx); hoặc xin ban tổ chức một bản mới.</translation>
    </message>
    <message>
        <source>it is a damaged zip archive ({reason}).</source>
        <translation>tệp nén zip bị hỏng ({reason}).</translation>
    </message>
    <message>
        <source>it is not an Excel or OpenDocument spreadsheet (perhaps a web page or text saved under a spreadsheet&apos;s name).</source>
        <translation>đây không phải bảng tính Excel hay OpenDocument (có thể là trang web hoặc văn bản được đặt tên như bảng tính).</translation>
    </message>
    <message>
        <source>it is {size} MB; a registration list is far smaller (at most {max} MB).</source>
        <translation>tệp nặng {size} MB; một danh sách đăng ký nhỏ hơn nhiều (tối đa {max} MB).</translation>
    </message>
    <message>
        <source>it is damaged ({reason}).</source>
        <translation>tệp bị hỏng ({reason}).</translation>
    </message>
    <message>
        <source>its compressed data is damaged ({reason}).</source>
        <translation>dữ liệu nén bên trong bị hỏng ({reason}).</translation>
    </message>
    <message>
        <source>it holds {n} files; a workbook holds a few dozen.</source>
        <translation>tệp chứa {n} tệp con; một bảng tính chỉ có vài chục.</translation>
    </message>
    <message>
        <source>it holds two files under one name.</source>
        <translation>tệp chứa hai tệp con trùng tên.</translation>
    </message>
    <message>
        <source>its part {part} would unpack to {size} MB (at most {max} MB).</source>
        <translation>phần {part} khi giải nén sẽ thành {size} MB (tối đa {max} MB).</translation>
    </message>
    <message>
        <source>its part {part} is compressed {ratio} to 1, as only a zip bomb is.</source>
        <translation>phần {part} được nén theo tỉ lệ {ratio} trên 1, chỉ có ở tệp &quot;bom nén&quot;.</translation>
    </message>
    <message>
        <source>it would unpack to {size} MB of XML (at most {max} MB).</source>
        <translation>tệp khi giải nén sẽ thành {size} MB XML (tối đa {max} MB).</translation>
    </message>
    <message>
        <source>its part {part} is not the size the archive says.</source>
        <translation>phần {part} không đúng kích thước ghi trong tệp nén.</translation>
    </message>
    <message>
        <source>its part {part} declares a DTD or entities, which no spreadsheet needs.</source>
        <translation>phần {part} khai báo DTD hoặc thực thể (entity), điều mà bảng tính không bao giờ cần.</translation>
    </message>
    <message>
        <source>its part {part} is a second table of shared texts, or comes after the sheets that use it.</source>
        <translation>phần {part} là bảng văn bản dùng chung thứ hai, hoặc nằm sau các trang tính dùng nó.</translation>
    </message>
    <message>
        <source>one of its texts is {size} bytes long, beyond the {max} characters a cell may hold.</source>
        <translation>một đoạn văn bản dài {size} byte, vượt quá {max} ký tự mà một ô có thể chứa.</translation>
    </message>
    <message>
        <source>a cell of {part} points to a shared text that does not exist.</source>
        <translation>một ô của {part} trỏ tới văn bản dùng chung không tồn tại.</translation>
    </message>
    <message>
        <source>its part {part} is damaged XML (a table or row that does not close).</source>
        <translation>phần {part} là XML bị hỏng (có bảng hoặc dòng không được đóng).</translation>
    </message>
    <message>
        <source>{sheet} has a cell on row {row}, beyond the last row a sheet can have ({max}).</source>
        <translation>{sheet} có ô ở dòng {row}, vượt quá dòng cuối cùng mà một trang tính có thể có ({max}).</translation>
    </message>
    <message>
        <source>{sheet} has a cell in column {col}, beyond the last column a sheet can have ({max}).</source>
        <translation>{sheet} có ô ở cột {col}, vượt quá cột cuối cùng mà một trang tính có thể có ({max}).</translation>
    </message>
    <message>
        <source>its sheets span {cells} cells ({sheet}: {rows} rows × {cols} columns); a registration list needs far fewer (at most {max}).</source>
        <translation>các trang tính trải trên {cells} ô ({sheet}: {rows} dòng × {cols} cột); một danh sách đăng ký cần ít hơn nhiều (tối đa {max}).</translation>
    </message>
    <message>
        <source>its cells would hold {size} MB of text (at most {max} MB).</source>
        <translation>các ô sẽ chứa {size} MB văn bản (tối đa {max} MB).</translation>
    </message>
    <message>
        <source>its Excel 97–2003 structure is damaged ({what}).</source>
        <translation>cấu trúc Excel 97–2003 của tệp bị hỏng ({what}).</translation>
    </message>
    <message>
        <source>it is protected by a password. Open it in Excel, remove the password (File ▸ Info ▸ Protect Workbook) and save it.</source>
        <translation>tệp được bảo vệ bằng mật khẩu. Hãy mở trong Excel, gỡ mật khẩu (Tệp ▸ Thông tin ▸ Bảo vệ sổ làm việc) rồi lưu lại.</translation>
    </message>
    <message>
        <source>it holds no Excel workbook stream.</source>
        <translation>tệp không chứa dữ liệu bảng tính Excel.</translation>
    </message>
</context>
</TS>
