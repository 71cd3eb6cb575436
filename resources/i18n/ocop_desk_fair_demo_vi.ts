<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Demo</name>
    <message>
        <source>The sample fair is already in this database.</source>
        <translation>Chợ phiên mẫu đã có trong cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>Use another database file to load it again.</source>
        <translation>Hãy dùng một tệp cơ sở dữ liệu khác để nạp lại.</translation>
    </message>
</context>
</TS>
