<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Cli</name>
    <message>
        <source>Checked in: booth {code} – {producer} ({zone}) at {time}.</source>
        <translation>Đã điểm danh: gian hàng {code} – {producer} ({zone}) lúc {time}.</translation>
    </message>
    <message>
        <source>Booth {code} – {producer} checked in at {time}, then left at {left}. Nothing was recorded; to mark it present again, add --back.</source>
        <translation>Gian hàng {code} – {producer} đã điểm danh lúc {time}, rồi đã về lúc {left}. Chưa ghi gì cả; để ghi gian hàng có mặt lại, thêm --back.</translation>
    </message>
    <message>
        <source>Already checked in today at {time} by {name}: booth {code} – {producer}. No second record was made.</source>
        <translation>Đã điểm danh hôm nay lúc {time} bởi {name}: gian hàng {code} – {producer}. Không ghi thêm lượt thứ hai.</translation>
    </message>
    <message>
        <source>Booth {code} – {producer} is not registered for {day}. Nothing was recorded.</source>
        <translation>Gian hàng {code} – {producer} không đăng ký ngày {day}. Không ghi nhận gì.</translation>
    </message>
    <message>
        <source>Unknown code &apos;{scan}&apos;: no booth of this event has it.</source>
        <translation>Mã không xác định &apos;{scan}&apos;: không gian hàng nào của sự kiện có mã này.</translation>
    </message>
    <message>
        <source>Booth {code} – {producer} is present again.</source>
        <translation>Gian hàng {code} – {producer} đã có mặt lại.</translation>
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
        <source>not registered</source>
        <translation>không đăng ký</translation>
    </message>
    <message>
        <source>{present} present of {expected} expected; {checked_in} checked in, of whom {left} left; {absent} absent, {waiting} not yet in.</source>
        <translation>{present} có mặt trên {expected} dự kiến; {checked_in} đã điểm danh, trong đó {left} đã về; {absent} vắng, {waiting} chưa đến.</translation>
    </message>
    <message>
        <source>Recorded lot {lot}: {qty} × {product} at booth {booth}.</source>
        <translation>Đã ghi lô {lot}: {qty} × {product} tại gian hàng {booth}.</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Cảnh báo: {text}</translation>
    </message>
    <message>
        <source>{n} lot(s).</source>
        <translation>{n} lô hàng.</translation>
    </message>
    <message>
        <source>Created the event &apos;{name}&apos; (today) from the file&apos;s title.</source>
        <translation>Đã tạo sự kiện &apos;{name}&apos; (hôm nay) theo tiêu đề của file.</translation>
    </message>
    <message>
        <source>Would create the event &apos;{name}&apos; (today) from the file&apos;s title: there is no current event.</source>
        <translation>Sẽ tạo sự kiện &apos;{name}&apos; (hôm nay) theo tiêu đề của file vì chưa có sự kiện hiện tại.</translation>
    </message>
    <message>
        <source>Event: {name}</source>
        <translation>Sự kiện: {name}</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;: header on row {row}, {n} data row(s). Columns used: {used}.</source>
        <translation>Sheet &apos;{sheet}&apos;: tiêu đề cột ở dòng {row}, {n} dòng dữ liệu. Các cột được dùng: {used}.</translation>
    </message>
    <message>
        <source>Columns ignored: {ignored}.</source>
        <translation>Các cột bỏ qua: {ignored}.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; ignored: no registration header row.</source>
        <translation>Bỏ qua sheet &apos;{sheet}&apos;: không có dòng tiêu đề đăng ký.</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Chủ thể</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Booths</source>
        <translation>Gian hàng</translation>
    </message>
    <message>
        <source>{what}: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>{what}: thêm {added}, cập nhật {updated}, không đổi {unchanged}.</translation>
    </message>
    <message>
        <source>{n} problem(s): the file would not be imported.</source>
        <translation>{n} lỗi: file sẽ không được nhập.</translation>
    </message>
    <message>
        <source>Imported {file}.</source>
        <translation>Đã nhập {file}.</translation>
    </message>
    <message>
        <source>Wrote the blank registration workbook {file}.</source>
        <translation>Đã tạo file đăng ký mẫu {file}.</translation>
    </message>
</context>
</TS>
