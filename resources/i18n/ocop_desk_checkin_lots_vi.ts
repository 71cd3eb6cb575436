<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Lots</name>
    <message>
        <source>Name the product: its code, GTIN or name.</source>
        <translation>Hãy nêu sản phẩm: mã, mã vạch GTIN hoặc tên.</translation>
    </message>
    <message>
        <source>The product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>No product matches &apos;{ref}&apos;.</source>
        <translation>Không có sản phẩm nào khớp với &apos;{ref}&apos;.</translation>
    </message>
    <message>
        <source>Give the product&apos;s code or GTIN, or part of its name.</source>
        <translation>Hãy nhập mã sản phẩm, mã vạch GTIN hoặc một phần tên.</translation>
    </message>
    <message>
        <source>(and {n} more)</source>
        <translation>(và {n} sản phẩm khác)</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; matches {n} products: {list}.</source>
        <translation>&apos;{ref}&apos; khớp với {n} sản phẩm: {list}.</translation>
    </message>
    <message>
        <source>Give the product&apos;s code instead.</source>
        <translation>Hãy nhập mã sản phẩm.</translation>
    </message>
    <message>
        <source>The OCOP certificate of {product} expired on {date}.</source>
        <translation>Giấy chứng nhận OCOP của {product} đã hết hạn ngày {date}.</translation>
    </message>
    <message>
        <source>The expiry date ({expires}) is before the production date ({produced}).</source>
        <translation>Hạn sử dụng ({expires}) trước ngày sản xuất ({produced}).</translation>
    </message>
    <message>
        <source>This lot is already past its expiry date ({expires}).</source>
        <translation>Lô hàng này đã quá hạn sử dụng ({expires}).</translation>
    </message>
    <message>
        <source>The production date ({produced}) is in the future.</source>
        <translation>Ngày sản xuất ({produced}) ở tương lai.</translation>
    </message>
    <message>
        <source>Lot code</source>
        <translation>Số lô</translation>
    </message>
    <message>
        <source>Lot code &apos;{code}&apos; may only use letters A–Z without accents, digits and - . / _ (no spaces), as GS1 labels require.</source>
        <translation>Số lô &apos;{code}&apos; chỉ được dùng chữ A–Z không dấu, chữ số và - . / _ (không có dấu cách), theo yêu cầu của tem GS1.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Production date</source>
        <translation>Ngày sản xuất</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Hạn sử dụng</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Chưa ghi gì cả.</translation>
    </message>
    <message>
        <source>Check the dates on the package; if they are right, confirm them (ocop-desk lot add … --accept-dates).</source>
        <translation>Hãy kiểm tra ngày trên bao bì; nếu đúng, hãy xác nhận (ocop-desk lot add … --accept-dates).</translation>
    </message>
    <message>
        <source>There is no booth {code} at this event.</source>
        <translation>Sự kiện này không có gian hàng {code}.</translation>
    </message>
    <message>
        <source>{product} is made by {producer}, not by the producer of booth {booth}.</source>
        <translation>{product} do {producer} sản xuất, không phải chủ thể của gian hàng {booth}.</translation>
    </message>
    <message>
        <source>Record the lot at that producer&apos;s booth.</source>
        <translation>Hãy ghi lô hàng tại gian hàng của chủ thể đó.</translation>
    </message>
    <message>
        <source>Lot code {code} is already recorded for {product}.</source>
        <translation>Số lô {code} đã được ghi cho {product}.</translation>
    </message>
    <message>
        <source>Use another lot code, or leave it blank to number it automatically.</source>
        <translation>Dùng số lô khác, hoặc để trống để tự động đánh số.</translation>
    </message>
    <message>
        <source>This event has no days.</source>
        <translation>Sự kiện này chưa có ngày nào.</translation>
    </message>
    <message>
        <source>{day} is not a day of this event.</source>
        <translation>{day} không phải là ngày của sự kiện này.</translation>
    </message>
</context>
</TS>
