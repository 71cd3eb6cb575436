<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Live</name>
    <message>
        <source>There is no live session with id {id}.</source>
        <translation>Không có phiên live mã {id}.</translation>
    </message>
    <message>
        <source>List the day&apos;s sessions with &apos;ocop-desk live list&apos;.</source>
        <translation>Xem các phiên trong ngày bằng &apos;ocop-desk live list&apos;.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Unknown platform &apos;{value}&apos;.</source>
        <translation>Không rõ nền tảng &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>Chọn một trong: {choices}.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Người dẫn</translation>
    </message>
    <message>
        <source>A live session needs at least one host.</source>
        <translation>Phiên live cần ít nhất một người dẫn.</translation>
    </message>
    <message>
        <source>Type the streamer&apos;s name.</source>
        <translation>Nhập tên người dẫn (streamer).</translation>
    </message>
    <message>
        <source>A session can have at most {n} hosts.</source>
        <translation>Một phiên có tối đa {n} người dẫn.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>{field} contain control characters; remove them.</source>
        <translation>{field} chứa ký tự điều khiển; hãy xóa chúng.</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not a time; write it as YYYY-MM-DD HH:MM.</source>
        <translation>{field}: &apos;{value}&apos; không phải thời gian; hãy viết dạng YYYY-MM-DD HH:MM.</translation>
    </message>
    <message>
        <source>Live price</source>
        <translation>Giá live</translation>
    </message>
    <message>
        <source>The {what} end ({end}) is before its start ({start}).</source>
        <translation>Giờ kết thúc {what} ({end}) sớm hơn giờ bắt đầu ({start}).</translation>
    </message>
    <message>
        <source>A session cannot end before it starts; correct one of the two times.</source>
        <translation>Phiên không thể kết thúc trước khi bắt đầu; hãy sửa một trong hai mốc giờ.</translation>
    </message>
    <message>
        <source>Give a product code or GTIN.</source>
        <translation>Hãy nhập mã sản phẩm hoặc mã GTIN.</translation>
    </message>
    <message>
        <source>No product has the code or GTIN &apos;{ref}&apos;.</source>
        <translation>Không có sản phẩm nào có mã hoặc GTIN &apos;{ref}&apos;.</translation>
    </message>
    <message>
        <source>Check the code on the product list (Products &amp; lots).</source>
        <translation>Kiểm tra mã trong danh sách sản phẩm (Sản phẩm &amp; lô hàng).</translation>
    </message>
    <message>
        <source>A session can feature at most {n} products.</source>
        <translation>Một phiên giới thiệu tối đa {n} sản phẩm.</translation>
    </message>
    <message>
        <source>{name} is listed twice.</source>
        <translation>{name} bị liệt kê hai lần.</translation>
    </message>
    <message>
        <source>List each featured product once, in show order.</source>
        <translation>Mỗi sản phẩm chỉ liệt kê một lần, theo thứ tự giới thiệu.</translation>
    </message>
    <message>
        <source>{name} ({code}) is not a product of this fair.</source>
        <translation>{name} ({code}) không phải sản phẩm của chợ phiên này.</translation>
    </message>
    <message>
        <source>Feature products whose producer has a booth at the fair.</source>
        <translation>Chỉ chọn sản phẩm của chủ thể có gian hàng tại chợ phiên.</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Dự kiến bắt đầu</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Dự kiến kết thúc</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>dự kiến</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>A session&apos;s start time cannot be cleared.</source>
        <translation>Không thể xóa giờ bắt đầu của phiên.</translation>
    </message>
    <message>
        <source>Type the time it went live.</source>
        <translation>Nhập giờ phiên bắt đầu live.</translation>
    </message>
    <message>
        <source>session</source>
        <translation>của phiên</translation>
    </message>
    <message>
        <source>{name} already has counts in this session, so it stays featured.</source>
        <translation>{name} đã có lượt đếm trong phiên này nên vẫn phải giữ trong danh sách.</translation>
    </message>
    <message>
        <source>Correct its counts to zero if it was counted by mistake; the counts are kept.</source>
        <translation>Nếu đếm nhầm, hãy điều chỉnh về 0; các lượt đếm vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>That product is not featured in this session.</source>
        <translation>Sản phẩm này không có trong phiên.</translation>
    </message>
    <message>
        <source>Add it to the session&apos;s products first.</source>
        <translation>Hãy thêm nó vào danh sách sản phẩm của phiên trước.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Lượt xem</translation>
    </message>
    <message>
        <source>Unique viewers</source>
        <translation>Người xem duy nhất</translation>
    </message>
    <message>
        <source>Peak concurrent viewers</source>
        <translation>Người xem cùng lúc cao nhất</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Lượt tiếp cận</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>Đơn hàng (SKU)</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>Số sản phẩm bán</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>Doanh thu (GMV)</translation>
    </message>
    <message>
        <source>Direct GMV</source>
        <translation>GMV trực tiếp</translation>
    </message>
    <message>
        <source>This session has not ended; there is nothing to reopen.</source>
        <translation>Phiên này chưa kết thúc; không có gì để mở lại.</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>{field} is {length} characters long; the most allowed is {max}.</source>
        <translation>{field} dài {length} ký tự; tối đa cho phép là {max}.</translation>
    </message>
    <message>
        <source>{field}: {value} is out of range (1990–2100).</source>
        <translation>{field}: {value} nằm ngoài khoảng cho phép (1990–2100).</translation>
    </message>
</context>
</TS>
