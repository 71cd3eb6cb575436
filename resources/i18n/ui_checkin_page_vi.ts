<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>CheckinPage</name>
    <message>
        <source>check-in of %1</source>
        <translation>điểm danh %1</translation>
    </message>
    <message>
        <source>Scan a booth card or type a code, producer, product or phone…</source>
        <translation>Quét thẻ gian hàng hoặc gõ mã, chủ thể, sản phẩm, số điện thoại…</translation>
    </message>
    <message>
        <source>Booth details…</source>
        <translation>Chi tiết gian hàng…</translation>
    </message>
    <message>
        <source>The booth typed in the box, or the last one answered (Ctrl+Enter): its products, history and the lots it brought</source>
        <translation>Gian hàng đang gõ trong ô, hoặc gian hàng vừa quét (Ctrl+Enter): sản phẩm, lịch sử và các lô hàng mang đến</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Chi tiết…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Âm thanh</translation>
    </message>
    <message>
        <source>Beep once for a check-in, twice for anything that needs a look</source>
        <translation>Kêu một tiếng khi điểm danh xong, hai tiếng khi cần xem lại</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Kết quả tìm</translation>
    </message>
    <message>
        <source>Recent scans</source>
        <translation>Lượt quét gần đây</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Hoàn tác %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>Hoàn tác điểm danh</translation>
    </message>
    <message>
        <source>Redo check-in</source>
        <translation>Điểm danh lại</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>chờ đến</translation>
    </message>
    <message>
        <source>present</source>
        <translation>có mặt</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>vắng</translation>
    </message>
    <message>
        <source>left</source>
        <translation>đã về</translation>
    </message>
    <message>
        <source>not today</source>
        <translation>không đăng ký</translation>
    </message>
    <message>
        <source>Booth board:</source>
        <translation>Sơ đồ gian hàng:</translation>
    </message>
    <message>
        <source>%1 / %2 present</source>
        <translation>%1 / %2 có mặt</translation>
    </message>
    <message>
        <source>waiting %1 · absent %2 · left %3</source>
        <translation>chờ %1 · vắng %2 · đã về %3</translation>
    </message>
    <message>
        <source>Matches (%1) — ↑/↓ to choose, Enter to check in</source>
        <translation>Kết quả (%1) — ↑/↓ để chọn, Enter để điểm danh</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Không tìm thấy</translation>
    </message>
    <message>
        <source>%1 booths match “%2”. Choose one with ↑/↓ and press Enter.</source>
        <translation>Có %1 gian hàng khớp với “%2”. Chọn bằng ↑/↓ rồi nhấn Enter.</translation>
    </message>
    <message>
        <source>Check in “%1”</source>
        <translation>Điểm danh “%1”</translation>
    </message>
    <message>
        <source>Type or scan a booth first, then press Ctrl+Enter for its details.</source>
        <translation>Gõ hoặc quét một gian hàng trước, rồi nhấn Ctrl+Enter để xem chi tiết.</translation>
    </message>
    <message>
        <source>%1 booths match “%2”. Choose one with ↑/↓, then press Ctrl+Enter.</source>
        <translation>Có %1 gian hàng khớp với “%2”. Chọn bằng ↑/↓ rồi nhấn Ctrl+Enter.</translation>
    </message>
    <message>
        <source>No booth of this fair matches “%1”.</source>
        <translation>Không có gian hàng nào của chợ phiên khớp với “%1”.</translation>
    </message>
</context>
</TS>
