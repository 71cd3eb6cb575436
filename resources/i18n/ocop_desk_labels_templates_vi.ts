<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Labels</name>
    <message>
        <source>Thermal roll {size}</source>
        <translation>Cuộn tem nhiệt {size}</translation>
    </message>
    <message>
        <source>A4 sheet {cols} × {rows} — {size}</source>
        <translation>Tờ A4 {cols} × {rows} — {size}</translation>
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
        <source>Template name</source>
        <translation>Tên mẫu nhãn</translation>
    </message>
    <message>
        <source>Template title</source>
        <translation>Tiêu đề mẫu nhãn</translation>
    </message>
    <message>
        <source>The template has no name.</source>
        <translation>Mẫu tem chưa có tên.</translation>
    </message>
    <message>
        <source>Kind must be &apos;sheet&apos; or &apos;roll&apos;, not &apos;{kind}&apos;.</source>
        <translation>Loại phải là &apos;sheet&apos; (tờ) hoặc &apos;roll&apos; (cuộn), không phải &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <source>{field} must be a number of millimetres from 0 to {max}, not &apos;{value}&apos;.</source>
        <translation>{field} phải là số milimét từ 0 đến {max}, không phải &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>{field} must be a whole number from 1 to 50, not &apos;{value}&apos;.</source>
        <translation>{field} phải là số nguyên từ 1 đến 50, không phải &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>The label template {name} is not valid.</source>
        <translation>Mẫu tem {name} không hợp lệ.</translation>
    </message>
    <message>
        <source>Labels of {w} × {h} mm are too small for a QR and its text (at least 15 × 12 mm).</source>
        <translation>Tem {w} × {h} mm quá nhỏ cho mã QR và chữ (tối thiểu 15 × 12 mm).</translation>
    </message>
    <message>
        <source>Check the label size in the template.</source>
        <translation>Hãy kiểm tra kích thước tem trong mẫu.</translation>
    </message>
    <message>
        <source>Template &apos;{name}&apos;: the labels need {uw} × {uh} mm but the page is {pw} × {ph} mm.</source>
        <translation>Mẫu &apos;{name}&apos;: các tem cần {uw} × {uh} mm nhưng trang chỉ có {pw} × {ph} mm.</translation>
    </message>
    <message>
        <source>Make the labels, margins or gaps smaller, or use fewer columns or rows.</source>
        <translation>Hãy giảm kích thước tem, lề hoặc khoảng cách, hoặc bớt số cột, số hàng.</translation>
    </message>
    <message>
        <source>Cannot read the label template {path}: {reason}</source>
        <translation>Không đọc được mẫu tem {path}: {reason}</translation>
    </message>
    <message>
        <source>There is no label template called &apos;{name}&apos;.</source>
        <translation>Không có mẫu tem nào tên &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Choose one of: {names}.</source>
        <translation>Hãy chọn một trong: {names}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is the name of a built-in template.</source>
        <translation>&apos;{name}&apos; là tên của một mẫu tem có sẵn.</translation>
    </message>
    <message>
        <source>Give your template another name.</source>
        <translation>Hãy đặt tên khác cho mẫu tem của bạn.</translation>
    </message>
    <message>
        <source>There is no user template called &apos;{name}&apos;.</source>
        <translation>Không có mẫu tem tự tạo nào tên &apos;{name}&apos;.</translation>
    </message>
</context>
</TS>
