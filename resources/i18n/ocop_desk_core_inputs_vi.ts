<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Inputs</name>
    <message>
        <source>{field} must be a whole number between {min} and {max}; got {value}.</source>
        <translation>{field} phải là số nguyên từ {min} đến {max}; nhận được {value}.</translation>
    </message>
    <message>
        <source>{field} must be a whole number; got &apos;{value}&apos;.</source>
        <translation>{field} phải là số nguyên; nhận được &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>{field} contains a NUL character.</source>
        <translation>{field} chứa ký tự NUL.</translation>
    </message>
    <message>
        <source>{field} is {length} characters long; the most a path may have is {max}.</source>
        <translation>{field} dài {length} ký tự; một đường dẫn dài tối đa {max} ký tự.</translation>
    </message>
    <message>
        <source>{field} has a name (&apos;{name}&apos;) longer than the {max} bytes a file or folder name may have.</source>
        <translation>{field} có tên (&apos;{name}&apos;) dài hơn {max} byte cho phép của một tên tệp hoặc thư mục.</translation>
    </message>
    <message>
        <source>An argument is {length} characters long (&apos;{start}&apos;); the most accepted is {max}.</source>
        <translation>Một tham số dài {length} ký tự (&apos;{start}&apos;); tối đa được nhận là {max}.</translation>
    </message>
    <message>
        <source>{field} is {length} characters long; give a code, a GTIN or a few words of the name (at most {max} characters).</source>
        <translation>{field} dài {length} ký tự; hãy nhập mã, GTIN hoặc vài từ trong tên (tối đa {max} ký tự).</translation>
    </message>
</context>
</TS>
