<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Import</name>
    <message>
        <source>The text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; cannot be the address of a web page: {problem}. {hint}</source>
        <translation>&apos;{code}&apos; không thể làm địa chỉ trang web: {problem}. {hint}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a star rating.</source>
        <translation>&apos;{value}&apos; không phải hạng sao.</translation>
    </message>
    <message>
        <source>star rating {value} is not a whole number.</source>
        <translation>hạng sao {value} không phải số nguyên.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a star rating; write 3, 4 or 5 (or &apos;4 sao&apos;).</source>
        <translation>&apos;{value}&apos; không phải hạng sao; hãy ghi 3, 4 hoặc 5 (hoặc &apos;4 sao&apos;).</translation>
    </message>
    <message>
        <source>star rating {value} is outside 1–5.</source>
        <translation>hạng sao {value} nằm ngoài khoảng 1–5.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a price.</source>
        <translation>&apos;{value}&apos; không phải giá tiền.</translation>
    </message>
    <message>
        <source>price {value} is not a whole number of đồng.</source>
        <translation>giá {value} không phải số đồng chẵn.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a price; write it in đồng, e.g. 120000 or 120.000</source>
        <translation>&apos;{value}&apos; không phải giá tiền; hãy ghi bằng đồng, ví dụ 120000 hoặc 120.000</translation>
    </message>
    <message>
        <source>price {value} is out of range.</source>
        <translation>giá {value} vượt quá giới hạn cho phép.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number.</source>
        <translation>&apos;{value}&apos; không phải số điện thoại.</translation>
    </message>
    <message>
        <source>{value} is not a date.</source>
        <translation>{value} không phải ngày tháng.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid GTIN (8, 12, 13 or 14 digits with a correct check digit).</source>
        <translation>&apos;{value}&apos; không phải mã vạch GTIN hợp lệ (8, 12, 13 hoặc 14 chữ số, đúng số kiểm tra).</translation>
    </message>
</context>
</TS>
