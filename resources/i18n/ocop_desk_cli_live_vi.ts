<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Cli</name>
    <message>
        <source>#{id} {kind}: {code} {qty:+d} items, {orders:+d} orders, {revenue}</source>
        <translation>#{id} {kind}: {code} {qty:+d} sản phẩm, {orders:+d} đơn, {revenue}</translation>
    </message>
    <message>
        <source>Nothing to undo: this station has no count left in session {id}.</source>
        <translation>Không có gì để hoàn tác: máy này không còn lượt đếm nào trong phiên {id}.</translation>
    </message>
    <message>
        <source>Snapshot at {time}: {viewers} viewers, {views} views.</source>
        <translation>Ghi nhận lúc {time}: {viewers} người xem, {views} lượt xem.</translation>
    </message>
    <message>
        <source>live</source>
        <translation>đang live</translation>
    </message>
    <message>
        <source>count</source>
        <translation>đếm</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>điều chỉnh</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>hoàn tác</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>đã kết thúc</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>dự kiến</translation>
    </message>
    <message>
        <source>Hosts: {hosts}</source>
        <translation>Người dẫn: {hosts}</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>Từ {start} đến {end}</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>đơn</translation>
    </message>
    <message>
        <source>Total: {items} items, {orders} orders, {revenue}</source>
        <translation>Tổng: {items} sản phẩm, {orders} đơn, {revenue}</translation>
    </message>
    <message>
        <source>{n} viewer snapshots</source>
        <translation>{n} lần ghi số người xem</translation>
    </message>
    <message>
        <source>Platform vs. on-site tally:</source>
        <translation>Số liệu nền tảng so với đếm tại chỗ:</translation>
    </message>
    <message>
        <source>No live sessions yet. Start one with &apos;ocop-desk live start&apos;.</source>
        <translation>Chưa có phiên live nào. Bắt đầu bằng &apos;ocop-desk live start&apos;.</translation>
    </message>
</context>
</TS>
