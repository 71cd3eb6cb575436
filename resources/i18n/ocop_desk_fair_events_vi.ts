<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Events</name>
    <message>
        <source>Event name</source>
        <translation>Tên sự kiện</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>The event ends ({end}) before it starts ({start}).</source>
        <translation>Sự kiện kết thúc ({end}) trước khi bắt đầu ({start}).</translation>
    </message>
    <message>
        <source>Swap the dates.</source>
        <translation>Hãy đổi chỗ hai ngày.</translation>
    </message>
    <message>
        <source>An event can last at most {n} days.</source>
        <translation>Một sự kiện kéo dài tối đa {n} ngày.</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <source>There is no event with id {id}.</source>
        <translation>Không có sự kiện mã {id}.</translation>
    </message>
    <message>
        <source>List the events with &apos;ocop-desk event list&apos;.</source>
        <translation>Xem danh sách sự kiện bằng &apos;ocop-desk event list&apos;.</translation>
    </message>
    <message>
        <source>There is no current event.</source>
        <translation>Chưa chọn sự kiện hiện tại.</translation>
    </message>
    <message>
        <source>Create one with &apos;ocop-desk event create&apos;, or load the sample with &apos;ocop-desk demo&apos;.</source>
        <translation>Tạo sự kiện bằng &apos;ocop-desk event create&apos;, hoặc nạp dữ liệu mẫu bằng &apos;ocop-desk demo&apos;.</translation>
    </message>
    <message>
        <source>{day} is not a day of this event ({span}).</source>
        <translation>{day} không phải là ngày của sự kiện này ({span}).</translation>
    </message>
    <message>
        <source>Pick a day from {start} to {end}.</source>
        <translation>Hãy chọn một ngày từ {start} đến {end}.</translation>
    </message>
</context>
</TS>
