<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Cli</name>
    <message>
        <source>No booth {codes} at this event.</source>
        <translation>Chợ phiên này không có gian hàng {codes}.</translation>
    </message>
    <message>
        <source>Booth codes look like A01; list them in the window&apos;s Check-in page.</source>
        <translation>Mã gian hàng có dạng A01; xem danh sách ở trang Điểm danh trong cửa sổ chương trình.</translation>
    </message>
    <message>
        <source>Wrote {labels} label(s) for {lots} lot(s) on {pages} page(s) to {path} (print {job}).</source>
        <translation>Đã ghi {labels} tem cho {lots} lô hàng trên {pages} trang vào {path} (lần in {job}).</translation>
    </message>
    <message>
        <source>Wrote {n} booth card(s) to {path}.</source>
        <translation>Đã ghi {n} thẻ gian hàng vào {path}.</translation>
    </message>
    <message>
        <source>Wrote {pages} pages ({lots} lots, {products} products, {producers} producers) to {path}.</source>
        <translation>Đã ghi {pages} trang ({lots} lô hàng, {products} sản phẩm, {producers} chủ thể) vào {path}.</translation>
    </message>
    <message>
        <source>Copy that folder to {url} so every label&apos;s QR code opens its page.</source>
        <translation>Hãy sao chép thư mục đó lên {url} để mã QR trên mọi tem đều mở được trang của lô hàng.</translation>
    </message>
    <message>
        <source>This event has no site address yet: set it with &apos;ocop-desk resolver URL&apos;.</source>
        <translation>Chợ phiên này chưa có địa chỉ trang truy xuất: đặt bằng lệnh &apos;ocop-desk resolver URL&apos;.</translation>
    </message>
    <message>
        <source>(no site address: lot QR codes cannot be printed as links)</source>
        <translation>(chưa có địa chỉ trang: chưa thể in mã QR dạng liên kết cho lô hàng)</translation>
    </message>
</context>
</TS>
