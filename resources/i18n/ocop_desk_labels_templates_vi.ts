<?xml version='1.0' encoding='utf-8'?>
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
        <source>Kind must be 'sheet' or 'roll', not '{kind}'.</source>
        <translation>Loại phải là 'sheet' (tờ) hoặc 'roll' (cuộn), không phải '{kind}'.</translation>
    </message>
    <message>
        <source>{field} must be a number of millimetres from 0 to {max}, not '{value}'.</source>
        <translation>{field} phải là số milimét từ 0 đến {max}, không phải '{value}'.</translation>
    </message>
    <message>
        <source>{field} must be a whole number from 1 to 50, not '{value}'.</source>
        <translation>{field} phải là số nguyên từ 1 đến 50, không phải '{value}'.</translation>
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
        <source>Template '{name}': the labels need {uw} × {uh} mm but the page is {pw} × {ph} mm.</source>
        <translation>Mẫu '{name}': các tem cần {uw} × {uh} mm nhưng trang chỉ có {pw} × {ph} mm.</translation>
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
        <source>There is no label template called '{name}'.</source>
        <translation>Không có mẫu tem nào tên '{name}'.</translation>
    </message>
    <message>
        <source>Choose one of: {names}.</source>
        <translation>Hãy chọn một trong: {names}.</translation>
    </message>
    <message>
        <source>'{name}' is the name of a built-in template.</source>
        <translation>'{name}' là tên của một mẫu tem có sẵn.</translation>
    </message>
    <message>
        <source>Give your template another name.</source>
        <translation>Hãy đặt tên khác cho mẫu tem của bạn.</translation>
    </message>
    <message>
        <source>There is no user template called '{name}'.</source>
        <translation>Không có mẫu tem tự tạo nào tên '{name}'.</translation>
    </message>
</context>
</TS>