<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>Bắt đầu sử dụng</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Check-in: the scan box</source>
        <translation>Điểm danh: ô quét mã</translation>
    </message>
    <message>
        <source>Livestream: the tally tiles</source>
        <translation>Livestream: các ô đếm</translation>
    </message>
    <message>
        <source>Check in the typed or scanned code</source>
        <translation>Điểm danh mã vừa gõ hoặc quét</translation>
    </message>
    <message>
        <source>Move through the search results</source>
        <translation>Di chuyển trong kết quả tìm kiếm</translation>
    </message>
    <message>
        <source>Clear the box</source>
        <translation>Xóa ô nhập</translation>
    </message>
    <message>
        <source>Choose a tile by its number, then count with + or −</source>
        <translation>Chọn ô theo số thứ tự, rồi đếm bằng + hoặc −</translation>
    </message>
    <message>
        <source>Record the count typed</source>
        <translation>Ghi số vừa gõ</translation>
    </message>
    <message>
        <source>Forget the number typed</source>
        <translation>Bỏ số vừa gõ</translation>
    </message>
    <message>
        <source>Take back the last digit</source>
        <translation>Xóa chữ số cuối</translation>
    </message>
    <message>
        <source>1. Import the registration list</source>
        <translation>1. Nhập danh sách đăng ký</translation>
    </message>
    <message>
        <source>File ▸ Import registration… reads the organisers&apos; list (an Excel .xlsx or a CSV file): producers, products and booths. It shows what it will add and any row it cannot read before it writes anything. File ▸ Save a blank registration template… gives a list to fill in.</source>
        <translation>Tệp ▸ Nhập danh sách đăng ký… đọc danh sách của ban tổ chức (tệp Excel .xlsx hoặc CSV): chủ thể, sản phẩm và gian hàng. Trước khi ghi, chương trình cho xem những gì sẽ thêm và mọi dòng không đọc được. Tệp ▸ Lưu file đăng ký mẫu… cho một danh sách trống để điền.</translation>
    </message>
    <message>
        <source>2. Check booths in</source>
        <translation>2. Điểm danh gian hàng</translation>
    </message>
    <message>
        <source>On Check-in, scan the booth card&apos;s QR code or type the booth code and press Enter. The board shows who is present; Ctrl+Z undoes the last check-in; Ctrl+Enter opens a booth&apos;s details (lots, left early, absent).</source>
        <translation>Ở trang Điểm danh, quét mã QR trên thẻ gian hàng hoặc gõ mã gian rồi nhấn Enter. Bảng gian hàng cho biết ai đã có mặt; Ctrl+Z hoàn tác lần điểm danh vừa rồi; Ctrl+Enter mở chi tiết gian hàng (lô hàng, về sớm, vắng).</translation>
    </message>
    <message>
        <source>3. Lots and labels</source>
        <translation>3. Lô hàng và tem</translation>
    </message>
    <message>
        <source>In a booth&apos;s details, record the lots it brought (product, quantity, production and expiry dates). On Labels, choose the lots and the label template, then Save PDF… (Ctrl+S) or Print… (Ctrl+P). File ▸ Write traceability site… makes the pages the QR codes open.</source>
        <translation>Trong chi tiết gian hàng, ghi các lô hàng gian mang đến (sản phẩm, số lượng, NSX, HSD). Ở trang In tem, chọn lô và mẫu tem rồi bấm Lưu PDF… (Ctrl+S) hoặc In… (Ctrl+P). Tệp ▸ Xuất trang truy xuất nguồn gốc… tạo các trang mà mã QR mở ra.</translation>
    </message>
    <message>
        <source>4. Live tally</source>
        <translation>4. Đếm khi livestream</translation>
    </message>
    <message>
        <source>On Livestream, start a session, then count sales as the hosts sell: click a tile or type its number, + or −, Enter. Record the platform&apos;s figures (viewers, orders, GMV) with Ctrl+Shift+V.</source>
        <translation>Ở trang Livestream, bắt đầu một phiên rồi đếm lượt bán khi người dẫn bán hàng: bấm vào ô hoặc gõ số thứ tự của ô, + hoặc −, Enter. Ghi số liệu của nền tảng (người xem, đơn hàng, GMV) bằng Ctrl+Shift+V.</translation>
    </message>
    <message>
        <source>5. Export</source>
        <translation>5. Xuất báo cáo</translation>
    </message>
    <message>
        <source>File ▸ Export to Excel… (Ctrl+E) writes the day&apos;s or the whole fair&apos;s workbook: the summary with charts, booths, products, check-ins, live sessions and the audit log, ready to print.</source>
        <translation>Tệp ▸ Xuất ra Excel… (Ctrl+E) ghi tệp Excel của một ngày hoặc cả chợ phiên: tổng hợp kèm biểu đồ, gian hàng, sản phẩm, điểm danh, phiên livestream và nhật ký thao tác, sẵn sàng để in.</translation>
    </message>
    <message>
        <source>Getting started with OCOP Desk</source>
        <translation>Bắt đầu với OCOP Desk</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Bắt đầu sử dụng</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
</context>
</TS>
