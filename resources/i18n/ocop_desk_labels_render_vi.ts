<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Labels</name>
    <message>
        <source>A printer offset must be between -20 and 20 mm.</source>
        <translation>Độ lệch máy in phải trong khoảng -20 đến 20 mm.</translation>
    </message>
    <message>
        <source>A printer scale correction must be between 0.9 and 1.1 (a 10% error means the wrong paper size is set).</source>
        <translation>Hệ số tỉ lệ máy in phải trong khoảng 0,9 đến 1,1 (sai 10% nghĩa là đang đặt nhầm khổ giấy).</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <source>There are no lots to label.</source>
        <translation>Không có lô hàng nào để in tem.</translation>
    </message>
    <message>
        <source>Pick other booths, products or a day, or record lots first.</source>
        <translation>Hãy chọn gian hàng, sản phẩm hoặc ngày khác, hoặc ghi nhận lô hàng trước.</translation>
    </message>
    <message>
        <source>Start position {start} is not on a {n}-label page.</source>
        <translation>Vị trí bắt đầu {start} không có trên trang {n} tem.</translation>
    </message>
    <message>
        <source>Give a position from 1 to {n} (left to right, top to bottom).</source>
        <translation>Hãy nhập vị trí từ 1 đến {n} (trái sang phải, trên xuống dưới).</translation>
    </message>
    <message>
        <source>The printer or file refused a new page.</source>
        <translation>Máy in hoặc tệp không nhận thêm trang mới.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name ending in .pdf.</source>
        <translation>{path} là một thư mục; hãy nhập tên tệp có đuôi .pdf.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Thư mục {folder} không tồn tại.</translation>
    </message>
    <message>
        <source>Create it or choose another place for the PDF.</source>
        <translation>Hãy tạo thư mục đó hoặc chọn nơi khác để lưu PDF.</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {reason}</source>
        <translation>Không ghi được vào {folder}: {reason}</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Hãy chọn thư mục bạn có quyền ghi.</translation>
    </message>
    <message>
        <source>Cannot write the PDF {path}.</source>
        <translation>Không ghi được tệp PDF {path}.</translation>
    </message>
    <message>
        <source>Cannot write the PDF {path} (is the disk full?).</source>
        <translation>Không ghi được tệp PDF {path} (ổ đĩa đầy chăng?).</translation>
    </message>
</context>
</TS>
