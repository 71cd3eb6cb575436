<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>MainWindow</name>
    <message>
        <source>OCOP Desk</source>
        <translation>OCOP Desk</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Fair:</source>
        <translation>Chợ phiên:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>Sự &amp;kiện mới…</translation>
    </message>
    <message>
        <source>Load the &amp;sample fair</source>
        <translation>Nạp chợ phiên &amp;mẫu</translation>
    </message>
    <message>
        <source>&amp;Import registration…</source>
        <translation>&amp;Nhập danh sách đăng ký…</translation>
    </message>
    <message>
        <source>Save a blank registration &amp;template…</source>
        <translation>Lưu file đăng ký &amp;mẫu…</translation>
    </message>
    <message>
        <source>&amp;Database settings…</source>
        <translation>Cài đặt &amp;cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Xuất ra Excel…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>Change &amp;operator…</source>
        <translation>Đổi &amp;người trực…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About OCOP Desk</source>
        <translation>&amp;Giới thiệu OCOP Desk</translation>
    </message>
    <message>
        <source>Click to change the operator on shift</source>
        <translation>Bấm để đổi người trực ca</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Tệp SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Máy chủ PostgreSQL</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(chỉ đọc)</translation>
    </message>
    <message>
        <source>Welcome to OCOP Desk</source>
        <translation>Chào mừng đến với OCOP Desk</translation>
    </message>
    <message>
        <source>There is no fair in this database yet. Import the organisers&apos; registration list, create a fair, or load the sample Hải Phòng fair to look around.</source>
        <translation>Cơ sở dữ liệu chưa có chợ phiên nào. Hãy nhập danh sách đăng ký của ban tổ chức, tạo chợ phiên mới, hoặc nạp chợ phiên mẫu Hải Phòng để xem thử.</translation>
    </message>
    <message>
        <source>Import the registration list…</source>
        <translation>Nhập danh sách đăng ký…</translation>
    </message>
    <message>
        <source>Load the sample fair</source>
        <translation>Nạp chợ phiên mẫu</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Sự kiện mới…</translation>
    </message>
    <message>
        <source>Scanned “%1”, but this page has no use for scans. Check booths in on Check-in (Ctrl+1); count sales on Livestream (Ctrl+4).</source>
        <translation>Đã quét “%1”, nhưng trang này không dùng mã quét. Điểm danh gian hàng ở trang Điểm danh (Ctrl+1); đếm hàng bán ở trang Livestream (Ctrl+4).</translation>
    </message>
    <message>
        <source>New event “{name}”</source>
        <translation>Sự kiện mới “{name}”</translation>
    </message>
    <message>
        <source>Loaded the sample Hải Phòng fair.</source>
        <translation>Đã nạp chợ phiên mẫu Hải Phòng.</translation>
    </message>
    <message>
        <source>Saved. OCOP Desk uses that database from its next start.</source>
        <translation>Đã lưu. OCOP Desk sẽ dùng cơ sở dữ liệu đó từ lần mở sau.</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Người trực: %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(chưa đặt)</translation>
    </message>
    <message>
        <source>About OCOP Desk</source>
        <translation>Giới thiệu OCOP Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;OCOP Desk&lt;/b&gt; %1&lt;br&gt;Check-in, traceability labels, livestream tallies and Excel summaries for OCOP market days.&lt;br&gt;&lt;br&gt;Data folder: %2&lt;br&gt;Database: %3</source>
        <translation>&lt;b&gt;OCOP Desk&lt;/b&gt; %1&lt;br&gt;Điểm danh, tem truy xuất nguồn gốc, số liệu livestream và báo cáo Excel cho các chợ phiên OCOP.&lt;br&gt;&lt;br&gt;Thư mục dữ liệu: %2&lt;br&gt;Cơ sở dữ liệu: %3</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Check-in</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Products &amp; lots</source>
        <translation>Sản phẩm &amp; lô hàng</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>In tem</translation>
    </message>
    <message>
        <source>Livestream</source>
        <translation>Livestream</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tổng hợp</translation>
    </message>
</context>
</TS>
