<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>LabelMenu</name>
    <message>
        <source>Write traceability &amp;site…</source>
        <translation>Xuất &amp;trang truy xuất nguồn gốc…</translation>
    </message>
    <message>
        <source>Print &amp;booth cards (PDF)…</source>
        <translation>In &amp;thẻ gian hàng (PDF)…</translation>
    </message>
    <message>
        <source>Folder for the traceability site</source>
        <translation>Thư mục cho trang truy xuất nguồn gốc</translation>
    </message>
    <message>
        <source>(no site address set yet: Labels page)</source>
        <translation>(chưa đặt địa chỉ trang: xem trang In tem)</translation>
    </message>
    <message>
        <source>Traceability site written</source>
        <translation>Đã xuất trang truy xuất nguồn gốc</translation>
    </message>
    <message>
        <source>{pages} pages for {lots} lots are in {folder}.
Copy that folder to {address} so every label&apos;s QR code opens its page.</source>
        <translation>{pages} trang cho {lots} lô hàng đã có trong {folder}.
Hãy sao chép thư mục đó lên {address} để mã QR trên mọi tem đều mở được trang của lô hàng.</translation>
    </message>
    <message>
        <source>Save booth cards as PDF</source>
        <translation>Lưu thẻ gian hàng thành PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {n} booth card(s) to {path}.</source>
        <translation>Đã lưu {n} thẻ gian hàng vào {path}.</translation>
    </message>
</context>
</TS>
