<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi">
<context>
    <name>Codes</name>
    <message>
        <source>it contains a backslash '\'</source>
        <translation>mã có dấu gạch ngược '\'</translation>
    </message>
    <message>
        <source>it starts or ends with '/' or has '//'</source>
        <translation>mã bắt đầu hoặc kết thúc bằng '/' hoặc có '//'</translation>
    </message>
    <message>
        <source>a part between slashes starts with '.'</source>
        <translation>có một phần giữa hai dấu '/' bắt đầu bằng '.'</translation>
    </message>
    <message>
        <source>a part between slashes is 'index.html'</source>
        <translation>có một phần giữa hai dấu '/' là 'index.html'</translation>
    </message>
    <message>
        <source>a part after a slash is '10' (the site would read the rest as a lot)</source>
        <translation>có một phần sau dấu '/' là '10' (trang web sẽ hiểu phần còn lại là số lô)</translation>
    </message>
    <message>
        <source>{field} '{code}' cannot be the address of a web page: {problem}.</source>
        <translation>{field} '{code}' không thể làm địa chỉ trang web: {problem}.</translation>
    </message>
    <message>
        <source>Avoid '\', a '/' at the start or end or twice in a row ('//'), a '.' at the start or right after a '/', a part 'index.html', and '/10/' or a final '/10'.</source>
        <translation>Tránh '\', dấu '/' ở đầu, ở cuối hoặc hai dấu liền nhau ('//'), dấu '.' ở đầu hoặc ngay sau '/', phần 'index.html', và '/10/' hoặc '/10' ở cuối.</translation>
    </message>
    <message>
        <source>Avoid '\', a '/' at the start or end or twice in a row ('//'), a '.' at the start or right after a '/', and a part 'index.html'.</source>
        <translation>Tránh '\', dấu '/' ở đầu, ở cuối hoặc hai dấu liền nhau ('//'), dấu '.' ở đầu hoặc ngay sau '/', và phần 'index.html'.</translation>
    </message>
</context>
</TS>