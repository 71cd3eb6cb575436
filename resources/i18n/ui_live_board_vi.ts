<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ProductTile</name>
    <message>
        <source>Press %1 to select this product</source>
        <translation>Nhấn %1 để chọn sản phẩm này</translation>
    </message>
    <message>
        <source>Change this product&apos;s live price for this session</source>
        <translation>Đổi giá live của sản phẩm trong phiên này</translation>
    </message>
    <message>
        <source>+N</source>
        <translation>+N</translation>
    </message>
    <message>
        <source>Add the number beside it as one order</source>
        <translation>Cộng số bên cạnh như một đơn hàng</translation>
    </message>
    <message>
        <source>items sold</source>
        <translation>sản phẩm đã bán</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n đơn</numerusform>
        </translation>
    </message>
    <message>
        <source>live price %1</source>
        <translation>giá live %1</translation>
    </message>
    <message>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
</context>
<context>
    <name>TallyBoard</name>
    <message>
        <source>There is no product %1 on this board.</source>
        <translation>Không có sản phẩm số %1 trong phiên.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tally command. Type a product number, then + or −, then Enter.</source>
        <translation>&apos;%1&apos; không phải lệnh đếm. Gõ số thứ tự sản phẩm, rồi + hoặc −, rồi Enter.</translation>
    </message>
    <message>
        <source>Select a product first: type its number.</source>
        <translation>Hãy chọn sản phẩm trước: gõ số thứ tự của nó.</translation>
    </message>
    <message>
        <source>%1 — Enter records it, Esc cancels</source>
        <translation>%1 — Enter để ghi, Esc để hủy</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
</context>
</TS>
