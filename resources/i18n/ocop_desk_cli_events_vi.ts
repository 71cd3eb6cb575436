<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Cli</name>
    <message>
        <source>Loaded the sample fair: event {id}, {producers} producers, {products} products, {booths} booths. It is now the current event.</source>
        <translation>Đã nạp chợ phiên mẫu: sự kiện {id}, {producers} chủ thể, {products} sản phẩm, {booths} gian hàng. Đây là sự kiện hiện tại.</translation>
    </message>
    <message>
        <source>booths</source>
        <translation>gian hàng</translation>
    </message>
    <message>
        <source>Created event {id} and made it current:</source>
        <translation>Đã tạo sự kiện {id} và đặt làm sự kiện hiện tại:</translation>
    </message>
    <message>
        <source>No events yet. Create one with &apos;ocop-desk event create&apos; or run &apos;ocop-desk demo&apos;.</source>
        <translation>Chưa có sự kiện nào. Tạo bằng &apos;ocop-desk event create&apos; hoặc chạy &apos;ocop-desk demo&apos;.</translation>
    </message>
    <message>
        <source>Current event: {id} {name}</source>
        <translation>Sự kiện hiện tại: {id} {name}</translation>
    </message>
</context>
</TS>
