"""Backups in the window: the rolling timer, File ▸ Back up now / Restore… / Save a copy…, the restore preview.

The menu entries themselves are in `ui.store.backup_menu` (light, built at start-up); this module loads on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
)

from ocop_desk.core.errors import OcopError
from ocop_desk.core.formatting import fmt_datetime
from ocop_desk.core.i18n import translate
from ocop_desk.store import backup
from ocop_desk.store.database import Store
from ui.common.context import AppContext, Change
from ui.common.error_dialogs import RestoreDialog
from ui.common.errors import show_error
from ui.common.file_dialogs import save_file_name
from ui.common.tasks import Task, run_in_background


class BackupScheduler(QObject):
    """Backs the database up every N minutes (off the GUI thread) and once more when the app closes."""

    backedUp = Signal(object)  # BackupInfo

    def __init__(self, ctx: AppContext, window: Callable[[], QMainWindow | None], parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = window
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.run_now)
        self.task: Task | None = None
        self.last: backup.BackupInfo | None = None
        self.failed_before = False
        self.enabled = ctx.store.backend == "sqlite" and ctx.store.path is not None and not ctx.store.read_only
        ctx.dataChanged.connect(lambda what: self.reload_settings() if what == Change.SETTINGS else None)
        self.reload_settings()

    def reload_settings(self) -> None:
        if not self.enabled:
            return
        settings = backup.get_backup_settings(self.ctx.store)
        self.timer.start(settings.interval_minutes * 60_000)

    def run_now(self) -> None:
        if not self.enabled or self.task is not None:
            return
        store = self.ctx.store
        self.task = run_in_background(self, lambda _progress: backup.make_backup(store, "auto"),
                                      on_done=self._done, on_error=self._failed)

    def _done(self, info: backup.BackupInfo) -> None:
        self.task = None
        self.last = info
        self.failed_before = False
        self._show_status(self.tr("Last backup: %1").replace("%1", fmt_datetime(info.taken_at)))
        self.backedUp.emit(info)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        if not isinstance(exc, OcopError):
            raise exc
        self._show_status(self.tr("Backup failed — see File ▸ Back up now"))
        if not self.failed_before:  # say it once; the status bar keeps saying it until one succeeds
            self.failed_before = True
            show_error(self.window(), exc)

    def _show_status(self, text: str) -> None:
        window = self.window()
        label = getattr(window, "backup_label", None)
        if isinstance(label, QLabel):
            label.setText(text)

    def backup_on_close(self) -> None:
        if not self.enabled:
            return
        self.timer.stop()
        if self.task is not None:  # let a running backup finish before the last one (and before closing)
            from PySide6.QtCore import QThreadPool

            QThreadPool.globalInstance().waitForDone(30_000)
        try:
            backup.make_backup(self.ctx.store, "close")
        except OcopError as exc:
            show_error(None, exc)


# -- File menu ---------------------------------------------------------------------------------------


def backup_now(window: Any) -> Task | None:
    store: Store = window.ctx.store
    try:
        backup.sqlite_path(store)
    except OcopError as exc:
        show_error(window, exc)
        return None
    window.statusBar().showMessage(translate("Backups", "Backing up…"))

    def done(info: backup.BackupInfo) -> None:
        window.statusBar().clearMessage()
        label = getattr(window, "backup_label", None)
        if isinstance(label, QLabel):
            label.setText(translate("Backups", "Last backup: %1").replace("%1", fmt_datetime(info.taken_at)))
        box = QMessageBox(QMessageBox.Icon.Information, translate("Backups", "Backed up"),
                          translate("Backups", "The database was backed up to:\n%1").replace("%1", str(info.path)),
                          QMessageBox.StandardButton.Ok, window)
        folder = box.addButton(translate("Backups", "Open folder"), QMessageBox.ButtonRole.ActionRole)
        folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(info.path.parent))))
        box.setObjectName("backupDoneBox")
        box.open()
        window.backup_done_box = box

    def failed(exc: BaseException) -> None:
        window.statusBar().clearMessage()
        if not isinstance(exc, OcopError):
            raise exc
        show_error(window, exc)

    task = run_in_background(window, lambda _p: backup.make_backup(store, "manual"), on_done=done, on_error=failed)
    window.backup_task = task
    return task


def save_copy(window: Any) -> None:
    store: Store = window.ctx.store
    try:
        db = backup.sqlite_path(store)
    except OcopError as exc:
        show_error(window, exc)
        return
    name, _ = save_file_name(window, translate("Backups", "Save a copy of the data"),
                             str(db.with_name(db.stem + "-copy.sqlite3")),
                             translate("Backups", "OCOP Desk database (*.sqlite3 *.db);;All files (*)"))
    if not name:
        return
    try:
        backup.save_copy(store, Path(name))
    except OcopError as exc:
        show_error(window, exc)
        return
    window.statusBar().showMessage(translate("Backups", "Saved a copy to %1").replace("%1", name), 8000)


def open_restore(window: Any) -> RestoreDialog | None:
    store: Store = window.ctx.store
    try:
        db = backup.sqlite_path(store)
    except OcopError as exc:
        show_error(window, exc)
        return None
    if store.read_only:
        QMessageBox.information(window, translate("Backups", "Read-only"), translate("Backups",
            "This window opened the database read-only, so it cannot restore a backup. Restore it from the "
            "OCOP Desk window that has the database open."))
        return None
    dialog = RestoreDialog(db, store, window)
    dialog.restoredFrom.connect(lambda _path: refresh_window(window))
    dialog.open()
    window.restore_dialog = dialog
    return dialog


def open_settings(window: Any) -> None:
    from ui.store.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.ctx, window)
    dialog.open()
    window.settings_dialog = dialog


def refresh_window(window: Any) -> None:
    """After a restore the same store reads different data: reload what every page shows."""
    if hasattr(window, "reload_events"):
        window.reload_events()
    for page in getattr(window, "pages", {}).values():
        page.refresh_now()
    window.ctx.changed(Change.RESTORE)
    window.statusBar().showMessage(translate("Backups", "The backup was restored."), 8000)
