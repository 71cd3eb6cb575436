<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Printer calibration</source>
        <translation>Hiệu chỉnh máy in</translation>
    </message>
    <message>
        <source>Print the calibration page on the label stock, measure where the + marks land and how long the 100 mm rulers print, then correct here. Each printer remembers its own correction.</source>
        <translation>In trang hiệu chỉnh lên đúng loại tem, đo xem các dấu + nằm ở đâu và thước 100 mm in ra dài bao nhiêu, rồi chỉnh ở đây. Mỗi máy in ghi nhớ phần hiệu chỉnh riêng.</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <source>Move right by</source>
        <translation>Dịch sang phải</translation>
    </message>
    <message>
        <source>Move down by</source>
        <translation>Dịch xuống dưới</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Tỉ lệ</translation>
    </message>
    <message>
        <source>Print calibration page…</source>
        <translation>In trang hiệu chỉnh…</translation>
    </message>
    <message>
        <source>Calibration of printer &apos;%1&apos;</source>
        <translation>Hiệu chỉnh máy in &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The printer &apos;%1&apos; could not start printing.</source>
        <translation>Máy in &apos;%1&apos; không bắt đầu in được.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Label templates</source>
        <translation>Mẫu tem</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Sheet of labels (A4…)</source>
        <translation>Tờ tem (A4…)</translation>
    </message>
    <message>
        <source>Roll (one label per page)</source>
        <translation>Cuộn (mỗi trang một tem)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Chiều rộng trang</translation>
    </message>
    <message>
        <source>Page height</source>
        <translation>Chiều cao trang</translation>
    </message>
    <message>
        <source>Label width</source>
        <translation>Chiều rộng tem</translation>
    </message>
    <message>
        <source>Label height</source>
        <translation>Chiều cao tem</translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation>Lề trái</translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation>Lề trên</translation>
    </message>
    <message>
        <source>Gap between columns</source>
        <translation>Khoảng cách giữa các cột</translation>
    </message>
    <message>
        <source>Gap between rows</source>
        <translation>Khoảng cách giữa các hàng</translation>
    </message>
    <message>
        <source>Inner margin</source>
        <translation>Lề trong tem</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Số cột</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Số hàng</translation>
    </message>
    <message>
        <source>Copy as new</source>
        <translation>Sao chép thành mẫu mới</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Built-in template: copy it to make your own.</source>
        <translation>Mẫu có sẵn: hãy sao chép để tạo mẫu của riêng bạn.</translation>
    </message>
    <message>
        <source>Your template, saved in this database for every station.</source>
        <translation>Mẫu của bạn, lưu trong cơ sở dữ liệu này cho mọi máy.</translation>
    </message>
    <message>
        <source>%1 (mine)</source>
        <translation>%1 (của tôi)</translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation>Không lưu được mẫu tem</translation>
    </message>
    <message>
        <source>Save the label template &apos;%1&apos;</source>
        <translation>Lưu mẫu tem &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Xóa mẫu tem</translation>
    </message>
    <message>
        <source>Delete the template &apos;%1&apos;?</source>
        <translation>Xóa mẫu tem &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Delete the label template &apos;%1&apos;</source>
        <translation>Xóa mẫu tem &apos;%1&apos;</translation>
    </message>
</context>
</TS>
