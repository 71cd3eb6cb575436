<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>LivePage</name>
    <message>
        <source>Count sales as the hosts sell: click a tile, type its number then + or − and Enter, or scan a label.</source>
        <translation>Đếm hàng bán ngay khi người dẫn chốt đơn: bấm vào ô, gõ số thứ tự rồi + hoặc − và Enter, hoặc quét tem.</translation>
    </message>
    <message>
        <source>No live session on this day yet. Press “New session…” to start one.</source>
        <translation>Ngày này chưa có phiên live nào. Bấm “Phiên mới…” để bắt đầu.</translation>
    </message>
    <message>
        <source>Undo the last count</source>
        <translation>Hoàn tác lượt đếm cuối</translation>
    </message>
    <message>
        <source>Livestream</source>
        <translation>Livestream</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Phiên:</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Phiên mới…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>End session…</source>
        <translation>Kết thúc phiên…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Doanh thu</translation>
    </message>
    <message>
        <source>Correction…</source>
        <translation>Điều chỉnh…</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Người xem</translation>
    </message>
    <message>
        <source>Count log</source>
        <translation>Nhật ký đếm</translation>
    </message>
    <message>
        <source>Platform vs. tally</source>
        <translation>Nền tảng so với đếm</translation>
    </message>
    <message>
        <source>Items sold on site</source>
        <translation>Số sản phẩm bán</translation>
    </message>
    <message>
        <source>Record the platform&apos;s figures</source>
        <translation>Ghi số liệu nền tảng</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>ĐANG LIVE</translation>
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
        <source>ENDED</source>
        <translation>ĐÃ KẾT THÚC</translation>
    </message>
    <message>
        <source>● LIVE</source>
        <translation>● ĐANG LIVE</translation>
    </message>
    <message>
        <source>Platform totals…</source>
        <translation>Số liệu nền tảng…</translation>
    </message>
    <message>
        <source>This session has ended. Reopen it to add or correct counts.</source>
        <translation>Phiên đã kết thúc. Mở lại để đếm thêm hoặc điều chỉnh.</translation>
    </message>
    <message>
        <source>Last at %1: %2 viewers</source>
        <translation>Lần cuối lúc %1: %2 người xem</translation>
    </message>
    <message>
        <source>No snapshot yet</source>
        <translation>Chưa ghi số liệu nào</translation>
    </message>
    <message>
        <source>Keys: product number, then + or − (or +12), then Enter · Esc cancels · Ctrl+Z undoes</source>
        <translation>Phím: số sản phẩm → + / − (hoặc +12) → Enter · Esc: hủy · Ctrl+Z: hoàn tác</translation>
    </message>
    <message>
        <source>Live tally change</source>
        <translation>Thay đổi số liệu livestream</translation>
    </message>
    <message>
        <source>Not saved yet: the database is out of reach. It is kept in the list at the top of the window and saved when you retry; nothing typed is lost.</source>
        <translation>Chưa lưu: không kết nối được cơ sở dữ liệu. Thao tác được giữ trong danh sách ở đầu cửa sổ và sẽ được lưu khi bạn thử lại; không mất gì đã nhập.</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Đã ghi</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Đã điều chỉnh</translation>
    </message>
    <message>
        <source>Undid</source>
        <translation>Đã hoàn tác</translation>
    </message>
    <message>
        <source>%1 %2 × %3 — now %4 items</source>
        <translation>%1 %2 × %3 — hiện có %4 sản phẩm</translation>
    </message>
    <message>
        <source>Count %1 × product %2 (session %3)</source>
        <translation>Đếm %1 × sản phẩm %2 (phiên %3)</translation>
    </message>
    <message>
        <source>−%1 typed on the keyboard</source>
        <translation>−%1 gõ bằng bàn phím</translation>
    </message>
    <message>
        <source>Scanned sale “%1” (session %2)</source>
        <translation>Quét bán “%1” (phiên %2)</translation>
    </message>
    <message>
        <source>That is a booth card: booths are checked in on the Check-in page (Ctrl+1). Nothing was counted.</source>
        <translation>Đây là thẻ gian hàng: gian hàng được điểm danh ở trang Điểm danh (Ctrl+1). Không đếm gì cả.</translation>
    </message>
    <message>
        <source>No live session is running: nothing was counted for “%1”.</source>
        <translation>Không có phiên livestream nào đang chạy: không đếm gì cho “%1”.</translation>
    </message>
    <message>
        <source>Nothing to undo: no count from this station is left.</source>
        <translation>Không có gì để hoàn tác: máy này không còn lượt đếm nào.</translation>
    </message>
    <message>
        <source>Viewer snapshot (session %1)</source>
        <translation>Số liệu người xem (phiên %1)</translation>
    </message>
    <message>
        <source>Snapshot recorded at %1.</source>
        <translation>Đã ghi số liệu lúc %1.</translation>
    </message>
    <message>
        <source>New live session “%1”</source>
        <translation>Phiên livestream mới “%1”</translation>
    </message>
    <message>
        <source>Change live session %1</source>
        <translation>Sửa phiên livestream %1</translation>
    </message>
    <message>
        <source>End live session %1</source>
        <translation>Kết thúc phiên livestream %1</translation>
    </message>
    <message>
        <source>Reopen live session %1</source>
        <translation>Mở lại phiên livestream %1</translation>
    </message>
    <message>
        <source>Session reopened: counts and corrections are possible again.</source>
        <translation>Đã mở lại phiên: có thể đếm và điều chỉnh tiếp.</translation>
    </message>
    <message>
        <source>Live price of product %1 (session %2)</source>
        <translation>Giá livestream của sản phẩm %1 (phiên %2)</translation>
    </message>
</context>
</TS>
