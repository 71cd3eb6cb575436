<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Validate</name>
    <message>
        <source>{field} is required.</source>
        <translation>Cần nhập {field}.</translation>
    </message>
    <message>
        <source>{field} contains control characters or line breaks; type it on one line.</source>
        <translation>{field} chứa ký tự điều khiển hoặc xuống dòng; hãy nhập trên một dòng.</translation>
    </message>
    <message>
        <source>{field} is {length} characters long; the most allowed is {max}.</source>
        <translation>{field} dài {length} ký tự; tối đa cho phép là {max}.</translation>
    </message>
    <message>
        <source>{field}: {value}: there is no month {month} (dates are written dd/mm/yyyy or yyyy-mm-dd).</source>
        <translation>{field}: {value}: không có tháng {month} (ngày viết theo dạng dd/mm/yyyy hoặc yyyy-mm-dd).</translation>
    </message>
    <message>
        <source>{field}: {value}: {month}/{year} has no day {day} (it has {last} days).</source>
        <translation>{field}: {value}: tháng {month}/{year} không có ngày {day} (tháng này có {last} ngày).</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not a date; write it as dd/mm/yyyy or yyyy-mm-dd.</source>
        <translation>{field}: &apos;{value}&apos; không phải là ngày; hãy viết dạng dd/mm/yyyy hoặc yyyy-mm-dd.</translation>
    </message>
    <message>
        <source>{field}: {value} is out of range (1990–2100).</source>
        <translation>{field}: {value} nằm ngoài khoảng cho phép (1990–2100).</translation>
    </message>
    <message>
        <source>{field} must be a whole number.</source>
        <translation>{field} phải là số nguyên.</translation>
    </message>
    <message>
        <source>{field} must be between {min} and {max}; got {value}.</source>
        <translation>{field} phải từ {min} đến {max}; giá trị nhập là {value}.</translation>
    </message>
</context>
</TS>
