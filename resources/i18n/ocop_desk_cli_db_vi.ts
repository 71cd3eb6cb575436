<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Cli</name>
    <message>
        <source>Copied {source} to {target}:</source>
        <translation>Đã chép {source} sang {target}:</translation>
    </message>
    <message>
        <source>{rows} rows, every table&apos;s count matches.</source>
        <translation>{rows} dòng, số dòng của mọi bảng đều khớp.</translation>
    </message>
    <message>
        <source>What the target held before was replaced.</source>
        <translation>Dữ liệu cũ ở nơi nhận đã được thay thế.</translation>
    </message>
</context>
</TS>
