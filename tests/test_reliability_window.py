"""The window's side of reliability: backups and restore, the lock at start, error dialogs, the crash hook."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QPushButton

from ocop_desk.core.errors import StoreError
from ocop_desk.store import backup
from ocop_desk.store import database as store_module
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.instance_lock import InstanceLock

# The offscreen platform warns when a message box is shown; that is not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_file_menu_has_the_backup_actions_before_quit(window) -> None:  # type: ignore[no-untyped-def]
    names = [a.objectName() for a in window.file_menu.actions()]
    end = window.file_menu.actions().index(window.file_menu_end)
    for name in ("backupNowAction", "restoreAction", "saveCopyAction", "settingsAction"):
        assert 0 < names.index(name) < end


def test_back_up_now_then_restore_with_preview(window, qtbot, demo_store: Store, demo_db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.store.backup_dialogs import backup_now, open_restore

    task = backup_now(window)
    qtbot.waitUntil(lambda: getattr(window, "backup_done_box", None) is not None, timeout=10_000)
    assert task is not None
    window.backup_done_box.close()
    made = backup.list_backups(demo_db_path)
    assert len(made) == 1 and made[0].reason == "manual"
    assert "Last backup" in window.backup_label.text()
    with demo_store.transaction() as s:  # a change after the backup, undone by the restore
        s.execute(store_module.text("DELETE FROM booth WHERE code = 'A01'"))
    dialog = open_restore(window)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.restore_button.isEnabled() and "Checked" in dialog.status.text()
    counts = {dialog.table.verticalHeaderItem(r).text(): (dialog.table.item(r, 0).text(),
                                                          dialog.table.item(r, 1).text())
              for r in range(dialog.table.rowCount())}
    assert counts["Booths"] == ("10", "9") and counts["Events"] == ("1", "1")
    assert dialog.taken.text() != "—"
    dialog.restore_button.click()
    assert not dialog.isVisible()
    with demo_store.reading() as s:
        assert s.execute(store_module.text("SELECT count(*) FROM booth")).scalar() == 10
    reasons = sorted(b.reason for b in backup.list_backups(demo_db_path))
    assert reasons == ["before-restore", "manual"]


def test_restore_preview_refuses_a_bad_file(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.store.backup_dialogs import open_restore

    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"x" * 5000)
    dialog = open_restore(window)
    dialog.select_file(bad)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("✖"), timeout=10_000)
    assert "not an OCOP Desk database" in dialog.status.text() and not dialog.restore_button.isEnabled()
    dialog.close()


def test_scheduler_backs_up_keeps_k_and_backs_up_on_close(qtbot, demo_store: Store, demo_db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.common.context import AppContext
    from ui.store.backup_dialogs import BackupScheduler

    ctx = AppContext(demo_store, Actor("Hà"))
    backup.set_backup_settings(demo_store, ctx.actor, interval_minutes=7, keep=2)
    scheduler = BackupScheduler(ctx, lambda: None)
    assert scheduler.enabled and scheduler.timer.interval() == 7 * 60_000
    for _ in range(3):
        with qtbot.waitSignal(scheduler.backedUp, timeout=10_000):
            scheduler.run_now()
    scheduler.backup_on_close()
    reasons = [b.reason for b in backup.list_backups(demo_db_path)]
    assert reasons == ["close", "auto"]  # the newest two rolling backups
    backup.set_backup_settings(demo_store, ctx.actor, interval_minutes=3, keep=2)
    ctx.changed("settings")
    assert scheduler.timer.interval() == 3 * 60_000


def test_read_only_window_does_not_back_up(qtbot, demo_db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.common.context import AppContext
    from ui.store.backup_dialogs import BackupScheduler

    store = Store.open(demo_db_path, read_only=True)
    try:
        scheduler = BackupScheduler(AppContext(store, Actor("Hà")), lambda: None)
        assert not scheduler.enabled and not scheduler.timer.isActive()
    finally:
        store.close()


def test_settings_dialog_saves_backup_settings(window, qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    from ui.store.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.tabs.count() == 1 and dialog.tabs.tabText(0) == "Backups"
    dialog.backups.interval.setValue(15)
    dialog.backups.keep.setValue(48)
    dialog.accept()
    assert backup.get_backup_settings(demo_store) == backup.BackupSettings(15, 48)


def test_second_window_is_offered_read_only_or_quit(qtbot, demo_db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from ui.shell.app import open_with_lock
    from ui.store.lock_dialog import LockDialog

    shown: list[LockDialog] = []
    answer = [QDialog.DialogCode.Accepted]

    def fake_exec(self: LockDialog) -> int:
        shown.append(self)
        return answer[0]

    monkeypatch.setattr(LockDialog, "exec", fake_exec)
    with InstanceLock.acquire(demo_db_path, operator="Thu Hà") as first:
        lock, read_only, go_on = open_with_lock(str(demo_db_path), False, "Lan")
        assert (lock, read_only, go_on) == (None, True, True)
        text = shown[0].who.text()
        assert str(first.owner.pid) in text and first.owner.host in text and "Thu Hà" in text
        answer[0] = QDialog.DialogCode.Rejected
        assert open_with_lock(str(demo_db_path), False, "Lan")[2] is False
    lock, read_only, go_on = open_with_lock(str(demo_db_path), False, "Lan")  # free again: taken
    assert lock is not None and not read_only and go_on
    lock.release()


def test_store_error_dialog_says_what_kept_and_todo(qtbot, window, demo_db_path: Path,  # type: ignore[no-untyped-def]
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.common.error_dialogs import StoreErrorDialog

    seen: list[StoreErrorDialog] = []
    monkeypatch.setattr(StoreErrorDialog, "exec", lambda self: seen.append(self) or 0)
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 50)
    window.ctx.store.engine.dispose()
    holder = sqlite3.connect(demo_db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        window.load_sample()  # a real write meeting a real lock
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert len(seen) == 1
    dialog = seen[0]
    assert dialog.exc.kind == "locked" and dialog.windowTitle() == "The database is busy"
    assert "busy" in dialog.what.text() and "Nothing stored was lost" in dialog.kept.text()
    assert "What to do:" in dialog.todo.text()


def test_corrupt_file_dialog_restores_the_latest_backup(qtbot, demo_store: Store, demo_db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.common.error_dialogs import StoreErrorDialog

    good = backup.make_backup(demo_store, "auto")
    demo_store.close()
    data = bytearray(demo_db_path.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset:offset + 64] = b"\xa5" * 64
    demo_db_path.write_bytes(bytes(data))
    with pytest.raises(StoreError) as err:
        Store.open(demo_db_path)
    assert err.value.kind == "corrupt"
    dialog = StoreErrorDialog(err.value)
    qtbot.addWidget(dialog)
    assert dialog.action_button is not None and dialog.action_button.text() == "Restore a backup…"
    dialog.restore_backup()
    restore = dialog.findChild(QDialog, "restoreDialog")
    qtbot.waitUntil(lambda: restore.preview is not None, timeout=10_000)
    assert restore.preview.path == good.path
    restore.restore_button.click()
    assert dialog.restored
    Store.open(demo_db_path).close()  # opens again


def test_removed_file_dialog_saves_the_data_back(qtbot, demo_store: Store, demo_db_path: Path, actor,  # type: ignore[no-untyped-def]
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from ocop_desk.fair.events import create_event, list_events
    from ui.common.error_dialogs import StoreErrorDialog

    for suffix in ("", "-wal", "-shm"):
        Path(str(demo_db_path) + suffix).unlink(missing_ok=True)
    with pytest.raises(StoreError) as err:
        create_event(demo_store, actor, "Mới", "2026-05-01", "2026-05-01")
    dialog = StoreErrorDialog(err.value, None, demo_store)
    qtbot.addWidget(dialog)
    monkeypatch.setattr("ui.common.error_dialogs.save_file_name", lambda *a, **k: (str(demo_db_path), ""))
    assert dialog.action_button is not None and dialog.action_button.text() == "Save a copy…"
    dialog.save_copy()
    assert "Saved to" in dialog.kept.text() and "carries on" in dialog.todo.text()
    create_event(demo_store, actor, "Mới", "2026-05-01", "2026-05-01")
    assert {e.name for e in list_events(demo_store)} == {"Chợ phiên OCOP Hải Phòng", "Mới"}


def test_bugs_are_logged_and_shown_never_fatal(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from ocop_desk.core.crashlog import log_path
    from ui.shell.crash import CrashDialog, ExceptionHook

    hook = ExceptionHook(QApplication.instance())
    hook.install()
    try:
        def worker() -> None:
            raise KeyError("a bug in a worker thread")

        thread = threading.Thread(target=worker, name="tally-sync")
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: any(isinstance(d, CrashDialog) and d.isVisible() for d in hook.dialogs),
                        timeout=5000)
    finally:
        hook.uninstall()
    dialog = hook.dialogs[0]
    assert dialog.path_edit.text() == str(log_path()) and "KeyError" in dialog.summary.text()
    logged = log_path().read_text(encoding="utf-8")
    assert "a bug in a worker thread" in logged and "thread tally-sync" in logged
    dialog.findChild(QPushButton, "detailsButton").click()  # shows the traceback
    assert dialog.details.isVisible() and "Traceback" in dialog.details.toPlainText()
    dialog.accept()
    assert window.isVisible()  # the app carries on


def test_damaged_newest_backup_is_skipped_for_the_newest_good_one(qtbot, demo_store: Store,  # type: ignore[no-untyped-def]
                                                                    demo_db_path: Path) -> None:
    import time

    from ui.common.error_dialogs import RestoreDialog

    good = backup.make_backup(demo_store, "auto")
    time.sleep(0.002)
    bad = backup.make_backup(demo_store, "auto")
    data = bytearray(bad.path.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset:offset + 64] = b"\xa5" * 64
    bad.path.write_bytes(bytes(data))
    dialog = RestoreDialog(demo_db_path, demo_store)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.preview.path == good.path and dialog.list.currentRow() == 1


def test_uncaught_errors_in_slots_reach_the_hook(qtbot, window, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ocop_desk.core.crashlog import log_path
    from ui.common.error_dialogs import StoreErrorDialog
    from ui.shell.crash import CrashDialog, ExceptionHook

    shown: list[StoreErrorDialog] = []
    monkeypatch.setattr(StoreErrorDialog, "exec", lambda self: shown.append(self) or 0)
    hook = ExceptionHook(QApplication.instance())
    hook.install()
    try:
        def store_trouble() -> None:
            raise StoreError("disk_full", "The disk holding x is full.", hint="Free some space.")

        def bug() -> None:
            raise ZeroDivisionError("slot bug")

        QTimer.singleShot(0, store_trouble)  # an environment error nobody caught: its own clear dialog
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
        assert shown[0].exc.kind == "disk_full"
        QTimer.singleShot(0, bug)  # a bug in a slot: logged, and the bug dialog
        qtbot.waitUntil(lambda: any(isinstance(d, CrashDialog) for d in hook.dialogs), timeout=5000)
    finally:
        hook.uninstall()
    assert "ZeroDivisionError: slot bug" in log_path().read_text(encoding="utf-8")
    hook.dialogs[0].accept()


def test_a_bug_at_start_up_is_shown_not_silent(qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import argparse

    from ocop_desk.core.crashlog import log_path
    from ui.shell import app as app_module
    from ui.shell.crash import CrashDialog

    shown: list[CrashDialog] = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append(self) or 0)

    def broken_open(*_: object, **__: object) -> Store:
        raise AttributeError("a bug while opening")

    monkeypatch.setattr(app_module.Store, "open", broken_open)
    args = argparse.Namespace(db=str(tmp_path / "x.sqlite3"), lang="en", read_only=False, operator="Hà",
                              demo=False)
    hooks = (__import__("sys").excepthook, threading.excepthook)
    try:
        assert app_module.run_window(args) == 4
    finally:
        __import__("sys").excepthook, threading.excepthook = hooks
    assert shown and "a bug while opening" in shown[0].summary.text()
    assert "AttributeError: a bug while opening" in log_path().read_text(encoding="utf-8")
    assert not (tmp_path / "x.sqlite3.lock").exists()  # the lock was given back
