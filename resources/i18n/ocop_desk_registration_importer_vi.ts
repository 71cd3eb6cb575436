<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Import</name>
    <message>
        <source>Sheet &apos;{sheet}&apos;: {message}</source>
        <translation>Sheet &apos;{sheet}&apos;: {message}</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;, row {row}, column &apos;{column}&apos;: {message}</source>
        <translation>Sheet &apos;{sheet}&apos;, dòng {row}, cột &apos;{column}&apos;: {message}</translation>
    </message>
    <message>
        <source>producer {code} is named &apos;{name}&apos; here but &apos;{other}&apos; on row {row}.</source>
        <translation>chủ thể {code} ở đây tên là &apos;{name}&apos; nhưng ở dòng {row} lại là &apos;{other}&apos;.</translation>
    </message>
    <message>
        <source>the producer is missing.</source>
        <translation>thiếu chủ thể.</translation>
    </message>
    <message>
        <source>unknown producer &apos;{code}&apos;: it is not in the producers sheet nor already stored.</source>
        <translation>chủ thể &apos;{code}&apos; không xác định: không có trong sheet chủ thể và chưa có trong dữ liệu.</translation>
    </message>
    <message>
        <source>the name is missing.</source>
        <translation>thiếu tên.</translation>
    </message>
    <message>
        <source>the product name is missing.</source>
        <translation>thiếu tên sản phẩm.</translation>
    </message>
    <message>
        <source>product code {code} is already used on row {row}.</source>
        <translation>mã sản phẩm {code} đã dùng ở dòng {row}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; of this producer is already listed on row {row}.</source>
        <translation>&apos;{name}&apos; của chủ thể này đã có ở dòng {row}.</translation>
    </message>
    <message>
        <source>GTIN {gtin} already belongs to {other}.</source>
        <translation>Mã vạch {gtin} đã thuộc về {other}.</translation>
    </message>
    <message>
        <source>duplicate booth code {code}: row {row} gives it to another producer.</source>
        <translation>trùng mã gian hàng {code}: dòng {row} đã giao gian này cho chủ thể khác.</translation>
    </message>
    <message>
        <source>{day} is not a day of the event &apos;{event}&apos;.</source>
        <translation>{day} không phải là ngày của sự kiện &apos;{event}&apos;.</translation>
    </message>
    <message>
        <source>no header row found. The file needs a row of column headers such as &apos;Tên sản phẩm&apos;, &apos;Tên chủ thể&apos;, &apos;Gian hàng&apos; (or the English names).</source>
        <translation>không tìm thấy dòng tiêu đề cột. File cần một dòng tiêu đề như &apos;Tên sản phẩm&apos;, &apos;Tên chủ thể&apos;, &apos;Gian hàng&apos; (hoặc tên tiếng Anh).</translation>
    </message>
    <message>
        <source>there are no data rows under the header row.</source>
        <translation>không có dòng dữ liệu nào dưới dòng tiêu đề.</translation>
    </message>
    <message>
        <source>{file} was not imported: {n} problem(s) found.</source>
        <translation>Chưa nhập {file}: phát hiện {n} lỗi.</translation>
    </message>
    <message>
        <source>Nothing was changed. Correct these rows in the file and import it again.</source>
        <translation>Không có gì bị thay đổi. Hãy sửa các dòng này trong file rồi nhập lại.</translation>
    </message>
</context>
</TS>
