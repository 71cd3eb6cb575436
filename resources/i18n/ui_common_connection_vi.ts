<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Show unsaved…</source>
        <translation>Xem mục chưa lưu…</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Thử lại ngay</translation>
    </message>
    <message>
        <source>No connection to the database {where} since {time}. You can look, but nothing can be saved until it is back.</source>
        <translation>Mất kết nối tới cơ sở dữ liệu {where} từ {time}. Vẫn xem được, nhưng chưa lưu được gì cho tới khi kết nối lại.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) not saved yet; nothing you typed is lost.</source>
        <translation>
            <numerusform>%n thao tác chưa được lưu; những gì bạn đã nhập không bị mất.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) could not be saved (the database was busy or out of reach). Nothing you typed is lost: retry them now.</source>
        <translation>
            <numerusform>%n thao tác chưa lưu được (cơ sở dữ liệu đang bận hoặc mất kết nối). Những gì bạn đã nhập không bị mất: hãy thử lại ngay.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: {label}</source>
        <translation>Chưa lưu: {label}</translation>
    </message>
</context>
<context>
    <name>PendingDialog</name>
    <message>
        <source>Not saved yet</source>
        <translation>Chưa được lưu</translation>
    </message>
    <message>
        <source>These actions could not be saved because the database could not be reached. Retry them once the connection is back, or discard the ones you no longer want.</source>
        <translation>Các thao tác này chưa lưu được vì không kết nối được cơ sở dữ liệu. Hãy thử lại khi có kết nối, hoặc bỏ những thao tác không cần nữa.</translation>
    </message>
    <message>
        <source>Retry selected</source>
        <translation>Thử lại mục đã chọn</translation>
    </message>
    <message>
        <source>Discard selected…</source>
        <translation>Bỏ mục đã chọn…</translation>
    </message>
    <message>
        <source>The connection dropped while saving: this may be saved already. Check before retrying it.</source>
        <translation>Mất kết nối đúng lúc đang lưu: có thể thao tác này đã được lưu. Hãy kiểm tra trước khi thử lại.</translation>
    </message>
    <message>
        <source>Discard?</source>
        <translation>Bỏ thao tác?</translation>
    </message>
    <message>
        <source>Discard “{label}”? It was never saved and will be gone.</source>
        <translation>Bỏ “{label}”? Thao tác này chưa từng được lưu và sẽ mất hẳn.</translation>
    </message>
</context>
</TS>
