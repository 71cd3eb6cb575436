<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Codes</name>
    <message>
        <source>it contains a backslash &apos;\&apos;</source>
        <translation>mã có dấu gạch ngược &apos;\&apos;</translation>
    </message>
    <message>
        <source>it starts or ends with &apos;/&apos; or has &apos;//&apos;</source>
        <translation>mã bắt đầu hoặc kết thúc bằng &apos;/&apos; hoặc có &apos;//&apos;</translation>
    </message>
    <message>
        <source>a part between slashes starts with &apos;.&apos;</source>
        <translation>có một phần giữa hai dấu &apos;/&apos; bắt đầu bằng &apos;.&apos;</translation>
    </message>
    <message>
        <source>a part between slashes is &apos;index.html&apos;</source>
        <translation>có một phần giữa hai dấu &apos;/&apos; là &apos;index.html&apos;</translation>
    </message>
    <message>
        <source>a part after a slash is &apos;10&apos; (the site would read the rest as a lot)</source>
        <translation>có một phần sau dấu &apos;/&apos; là &apos;10&apos; (trang web sẽ hiểu phần còn lại là số lô)</translation>
    </message>
    <message>
        <source>{field} &apos;{code}&apos; cannot be the address of a web page: {problem}.</source>
        <translation>{field} &apos;{code}&apos; không thể làm địa chỉ trang web: {problem}.</translation>
    </message>
    <message>
        <source>Avoid &apos;\&apos;, a &apos;/&apos; at the start or end or twice in a row (&apos;//&apos;), a &apos;.&apos; at the start or right after a &apos;/&apos;, a part &apos;index.html&apos;, and &apos;/10/&apos; or a final &apos;/10&apos;.</source>
        <translation>Tránh &apos;\&apos;, dấu &apos;/&apos; ở đầu, ở cuối hoặc hai dấu liền nhau (&apos;//&apos;), dấu &apos;.&apos; ở đầu hoặc ngay sau &apos;/&apos;, phần &apos;index.html&apos;, và &apos;/10/&apos; hoặc &apos;/10&apos; ở cuối.</translation>
    </message>
    <message>
        <source>Avoid &apos;\&apos;, a &apos;/&apos; at the start or end or twice in a row (&apos;//&apos;), a &apos;.&apos; at the start or right after a &apos;/&apos;, and a part &apos;index.html&apos;.</source>
        <translation>Tránh &apos;\&apos;, dấu &apos;/&apos; ở đầu, ở cuối hoặc hai dấu liền nhau (&apos;//&apos;), dấu &apos;.&apos; ở đầu hoặc ngay sau &apos;/&apos;, và phần &apos;index.html&apos;.</translation>
    </message>
</context>
</TS>
