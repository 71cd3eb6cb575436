<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Labels</name>
    <message>
        <source>This event has no traceability site address, so its QR codes would lead nowhere.</source>
        <translation>Chợ phiên này chưa có địa chỉ trang truy xuất nguồn gốc, nên mã QR sẽ không dẫn tới đâu.</translation>
    </message>
    <message>
        <source>Set one (Labels page → Site address, or &apos;ocop-desk resolver URL&apos;), or print offline text QR codes.</source>
        <translation>Hãy đặt địa chỉ (trang In tem → Địa chỉ trang, hoặc lệnh &apos;ocop-desk resolver URL&apos;), hoặc in mã QR dạng chữ (ngoại tuyến).</translation>
    </message>
    <message>
        <source>Lot {lot} of {product}: {problem}.</source>
        <translation>Lô {lot} của {product}: {problem}.</translation>
    </message>
    <message>
        <source>Correct the lot&apos;s expiry date, or print offline text QR codes.</source>
        <translation>Sửa hạn sử dụng của lô, hoặc in mã QR dạng chữ (không cần mạng).</translation>
    </message>
    <message>
        <source>Product {code} has an invalid GTIN ({reason}).</source>
        <translation>Sản phẩm {code} có mã GTIN không hợp lệ ({reason}).</translation>
    </message>
    <message>
        <source>Correct or clear the GTIN in the catalogue, then print again.</source>
        <translation>Hãy sửa hoặc xóa mã GTIN trong danh mục sản phẩm rồi in lại.</translation>
    </message>
    <message>
        <source>production date</source>
        <translation>ngày sản xuất</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>hạn sử dụng</translation>
    </message>
    <message>
        <source>Lot {lot} of {product} (booth {booth}) has no {what}.</source>
        <translation>Lô {lot} của {product} (gian hàng {booth}) chưa có {what}.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message>
        <source>{n} lot(s) cannot be labelled yet; nothing was printed.</source>
        <translation>{n} lô hàng chưa in tem được; chưa in gì cả.</translation>
    </message>
    <message>
        <source>Untick these lots to print the others. A lot&apos;s dates are typed when it is recorded (the booth&apos;s details on the Check-in page).</source>
        <translation>Bỏ chọn các lô này để in những lô còn lại. Ngày của lô được nhập khi ghi nhận lô (chi tiết gian hàng ở trang Điểm danh).</translation>
    </message>
    <message>
        <source>There is no event with id {id}.</source>
        <translation>Không có chợ phiên nào mang mã {id}.</translation>
    </message>
</context>
</TS>
