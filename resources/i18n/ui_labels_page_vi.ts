<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>LabelsPage</name>
    <message>
        <source>QR traceability labels for the lots booths bring: pick lots, check the sheet, then print.</source>
        <translation>Tem truy xuất nguồn gốc có mã QR cho các lô hàng gian hàng mang tới: chọn lô, xem trước tờ tem rồi in.</translation>
    </message>
    <message>
        <source>Checked in, not printed yet</source>
        <translation>Đã điểm danh, chưa in tem</translation>
    </message>
    <message>
        <source>All lots of the fair</source>
        <translation>Mọi lô hàng của chợ phiên</translation>
    </message>
    <message>
        <source>By booth</source>
        <translation>Theo gian hàng</translation>
    </message>
    <message>
        <source>By product</source>
        <translation>Theo sản phẩm</translation>
    </message>
    <message>
        <source>Only the chosen day</source>
        <translation>Chỉ ngày đang chọn</translation>
    </message>
    <message>
        <source>Site address:</source>
        <translation>Địa chỉ trang:</translation>
    </message>
    <message>
        <source>The web address the QR codes point to; publish the site there (File → Write traceability site…).</source>
        <translation>Địa chỉ web mà mã QR trỏ tới; hãy đưa trang truy xuất lên đó (Tệp → Xuất trang truy xuất nguồn gốc…).</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>Gian hàng</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Số lô</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>NSX</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>HSD</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Đã in</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa in</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Bỏ chọn tất cả</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lô hàng</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Mẫu tem:</translation>
    </message>
    <message>
        <source>&amp;Copies per lot:</source>
        <translation>&amp;Số tem mỗi lô:</translation>
    </message>
    <message>
        <source>&amp;Start at position:</source>
        <translation>&amp;Bắt đầu từ vị trí:</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>In tem</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mẫu tem</translation>
    </message>
    <message>
        <source>&amp;Lots:</source>
        <translation>&amp;Lô hàng:</translation>
    </message>
    <message>
        <source>Labels printed</source>
        <translation>Số tem</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người in</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Nơi in</translation>
    </message>
    <message>
        <source>Reprint the selected print</source>
        <translation>In lại lần in đang chọn</translation>
    </message>
    <message>
        <source>Print log</source>
        <translation>Nhật ký in</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Mẫu tem…</translation>
    </message>
    <message>
        <source>On a partly used sheet: the first free label, counted left to right, top to bottom</source>
        <translation>Với tờ tem đã dùng một phần: vị trí tem trống đầu tiên, đếm từ trái sang phải, trên xuống dưới</translation>
    </message>
    <message>
        <source>Print the price</source>
        <translation>In giá bán</translation>
    </message>
    <message>
        <source>Offline QR (text)</source>
        <translation>QR ngoại tuyến (chữ)</translation>
    </message>
    <message>
        <source>For fairs without a website: the QR holds the product, producer, lot and dates as text</source>
        <translation>Cho chợ phiên không có trang web: mã QR chứa sản phẩm, chủ thể, số lô và các ngày dưới dạng chữ</translation>
    </message>
    <message>
        <source>Calibrate printer…</source>
        <translation>Hiệu chỉnh máy in…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s) ticked</source>
        <translation>
            <numerusform>Đã chọn %n lô</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n never printed</source>
        <translation>
            <numerusform>%n lô chưa in lần nào</numerusform>
        </translation>
    </message>
    <message>
        <source>Lot labels</source>
        <translation>Tem lô hàng</translation>
    </message>
    <message>
        <source>Booth cards</source>
        <translation>Thẻ gian hàng</translation>
    </message>
    <message>
        <source>Calibration page</source>
        <translation>Trang hiệu chỉnh</translation>
    </message>
    <message>
        <source>Tick the lots to label; the sheet appears here.</source>
        <translation>Hãy chọn các lô cần in tem; tờ tem sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Cannot print these labels yet</source>
        <translation>Chưa in được các tem này</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %n label(s)</source>
        <translation>
            <numerusform>Trang %1/%2 · %n tem</numerusform>
        </translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>Lưu tem thành PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n label(s) to %1.</source>
        <translation>
            <numerusform>Đã lưu %n tem vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>hết hạn</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… và %1 lô khác</translation>
    </message>
    <message>
        <source>%1 of the ticked lots are past their expiry date:</source>
        <translation>%1 lô đã chọn đã quá hạn sử dụng:</translation>
    </message>
    <message>
        <source>Print their labels anyway?</source>
        <translation>Vẫn in tem cho các lô này?</translation>
    </message>
    <message>
        <source>Expired lots</source>
        <translation>Lô hàng hết hạn</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Vẫn in</translation>
    </message>
    <message>
        <source>Do not print</source>
        <translation>Không in</translation>
    </message>
</context>
</TS>
