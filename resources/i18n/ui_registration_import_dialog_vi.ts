<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import registration</source>
        <translation>Nhập danh sách đăng ký</translation>
    </message>
    <message>
        <source>Registration file…</source>
        <translation>File đăng ký…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Chủ thể</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Booths</source>
        <translation>Gian hàng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Registration file</source>
        <translation>File đăng ký</translation>
    </message>
    <message>
        <source>Load the organisers&apos; registration list (.xlsx, .xls, .ods or .csv): producers, products and booths. You see what will change before anything is written.</source>
        <translation>Nạp danh sách đăng ký của ban tổ chức (.xlsx, .xls, .ods hoặc .csv): chủ thể, sản phẩm và gian hàng. Bạn xem trước những gì sẽ thay đổi trước khi ghi.</translation>
    </message>
    <message>
        <source>Registration files (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation>Tệp đăng ký (*.xlsx *.xlsm *.xls *.ods *.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation>Chọn một file để xem nội dung.</translation>
    </message>
    <message>
        <source>There is no current event: a new one, &lt;b&gt;%1&lt;/b&gt;, will be created for today.</source>
        <translation>Chưa có sự kiện hiện tại: sẽ tạo sự kiện mới &lt;b&gt;%1&lt;/b&gt; cho hôm nay.</translation>
    </message>
    <message>
        <source>Into the event &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Nhập vào sự kiện &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Sheet &lt;b&gt;%1&lt;/b&gt;: headers on row %2, %3 data rows. Columns used: %4.</source>
        <translation>Sheet &lt;b&gt;%1&lt;/b&gt;: tiêu đề cột ở dòng %2, %3 dòng dữ liệu. Các cột được dùng: %4.</translation>
    </message>
    <message>
        <source>Ignored: %1.</source>
        <translation>Bỏ qua: %1.</translation>
    </message>
    <message>
        <source>Sheet %1 ignored (no registration headers).</source>
        <translation>Bỏ qua sheet %1 (không có tiêu đề đăng ký).</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): correct them in the file and choose it again. Nothing will be written while any row is bad.</source>
        <translation>
            <numerusform>%n lỗi: hãy sửa trong file rồi chọn lại. Không ghi gì khi còn dòng bị lỗi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>Sẵn sàng nhập.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>Imported: %1 products added, %2 updated, %3 unchanged.</source>
        <translation>Đã nhập: thêm %1 sản phẩm, cập nhật %2, không đổi %3.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Save a blank registration template</source>
        <translation>Lưu file đăng ký mẫu</translation>
    </message>
    <message>
        <source>Saved the registration template %1.</source>
        <translation>Đã lưu file đăng ký mẫu %1.</translation>
    </message>
</context>
</TS>
