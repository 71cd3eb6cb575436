"""Backups in the window: the rolling timer, File ▸ Back up now / Restore… / Save a copy…, the restore preview.

The menu entries themselves are in `ui.backup_menu` (light, built at start-up); this module loads on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ocop_desk.core.errors import OcopError
from ocop_desk.core.formatting import fmt_datetime, fmt_int
from ocop_desk.core.i18n import translate
from ocop_desk.store import backup
from ocop_desk.store.database import Store
from ui.context import AppContext
from ui.errors import show_error
from ui.file_dialogs import open_file_name, save_file_name
from ui.tasks import Task, run_in_background


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{max(1, n // 1000)} KB"


def reason_text(reason: str) -> str:
    texts = {
        "auto": translate("Backups", "automatic"),
        "close": translate("Backups", "on closing"),
        "manual": translate("Backups", "by hand"),
        "cli": translate("Backups", "from the command line"),
        "before-restore": translate("Backups", "before a restore"),
    }
    return texts.get(reason, reason)


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
        ctx.dataChanged.connect(lambda what: self.reload_settings() if what == "settings" else None)
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
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.ctx, window)
    dialog.open()
    window.settings_dialog = dialog


def refresh_window(window: Any) -> None:
    """After a restore the same store reads different data: reload what every page shows."""
    if hasattr(window, "reload_events"):
        window.reload_events()
    for page in getattr(window, "pages", {}).values():
        page.refresh_now()
    window.ctx.changed("restore")
    window.statusBar().showMessage(translate("Backups", "The backup was restored."), 8000)


# -- the restore preview -----------------------------------------------------------------------------

COUNT_ROWS = ("events", "booths", "checkins", "lots", "sessions", "tallies")


class RestoreDialog(QDialog):
    """Pick a backup, see what it holds beside what the database holds now, then restore it."""

    restoredFrom = Signal(str)
    previewReady = Signal()

    def __init__(self, db_path: Path, store: Store | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.db_path = db_path
        self.store = store
        self.preview: backup.BackupPreview | None = None
        self.task: Task | None = None
        self.current = backup.current_counts(db_path) if db_path.exists() else None
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = QLabel(self.tr("Choose a backup of %1. The database as it is now is backed up first, so a "
                               "restore can be undone.").replace("%1", str(db_path)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QHBoxLayout()
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("backupList")
        self.list.setMinimumWidth(300)
        left.addWidget(self.list, 1)
        other = QPushButton(self.tr("Other file…"))
        other.setObjectName("otherFileButton")
        other.clicked.connect(self.choose_file)
        left.addWidget(other)
        body.addLayout(left)
        body.addWidget(self._build_preview(), 1)
        layout.addLayout(body, 1)
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(self.tr("Restore this backup"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.do_restore)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.list.currentItemChanged.connect(self._chosen)
        for info in backup.list_backups(db_path):
            self._add(info.path, f"{fmt_datetime(info.taken_at)}  ·  {reason_text(info.reason)}  ·  {_size(info.size)}")
        self.seeking_good = self.list.count() > 1  # start on the newest backup that passes the checks
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.status.setText(self.tr("There are no backups of this database yet. Choose a file with "
                                        "“Other file…”."))
        self.resize(860, 480)

    def _build_preview(self) -> QWidget:
        box = QWidget()
        box.setObjectName("restorePreview")
        grid = QVBoxLayout(box)
        grid.setContentsMargins(8, 0, 0, 0)
        self.status = QLabel()
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)
        grid.addWidget(self.status)
        form = QFormLayout()
        self.taken = QLabel("—")
        self.taken.setObjectName("previewTaken")
        self.last_change = QLabel("—")
        self.file_label = QLabel("—")
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Backup taken:"), self.taken)
        form.addRow(self.tr("Last change in it:"), self.last_change)
        form.addRow(self.tr("File:"), self.file_label)
        grid.addLayout(form)
        self.table = QTableWidget(len(COUNT_ROWS), 2)
        self.table.setObjectName("previewCounts")
        self.table.setHorizontalHeaderLabels([self.tr("In the backup"), self.tr("Now")])
        labels = {
            "events": self.tr("Events"), "booths": self.tr("Booths"), "checkins": self.tr("Check-ins"),
            "lots": self.tr("Lots"), "sessions": self.tr("Live sessions"), "tallies": self.tr("Tally entries"),
        }
        self.table.setVerticalHeaderLabels([labels[k] for k in COUNT_ROWS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        grid.addWidget(self.table)
        grid.addStretch(1)
        return box

    def _add(self, path: Path, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        item.setToolTip(str(path))
        self.list.addItem(item)
        return item

    def choose_file(self) -> None:
        name, _ = open_file_name(self, self.tr("Choose a backup"), str(backup.backup_dir(self.db_path)),
                                 self.tr("OCOP Desk database (*.sqlite3 *.db);;All files (*)"))
        if name:
            self.select_file(Path(name))

    def select_file(self, path: Path) -> None:
        self.seeking_good = False
        item = self._add(path, path.name)
        self.list.setCurrentItem(item)

    def _chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        self.preview = None
        self.restore_button.setEnabled(False)
        if item is None:
            return
        path = Path(item.data(Qt.ItemDataRole.UserRole))
        self.status.setText(self.tr("Checking the backup…"))
        self.status.setStyleSheet("")
        self.file_label.setText(path.name)
        self.file_label.setToolTip(str(path))
        if self.task is not None:
            self.task.cancel()
        self.task = run_in_background(self, lambda _p: backup.inspect_backup(path),
                                      on_done=lambda p, path=path: self._show(path, p),
                                      on_error=lambda e, path=path: self._refused(path, e))

    def _current_path(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _show(self, path: Path, preview: backup.BackupPreview) -> None:
        if path != self._current_path():
            return
        self.preview = preview
        self.seeking_good = False
        self.status.setText("✔ " + self.tr("Checked: complete, undamaged, and readable by this version."))
        self.status.setStyleSheet("color: #1f6b3a;")
        self.taken.setText(fmt_datetime(preview.taken_at))
        self.last_change.setText(fmt_datetime(preview.last_change) if preview.last_change else "—")
        for row, key in enumerate(COUNT_ROWS):
            self._cell(row, 0, fmt_int(preview.counts[key]))
            self._cell(row, 1, fmt_int(self.current[key]) if self.current else "—")
        self.restore_button.setEnabled(True)
        self.previewReady.emit()

    def _refused(self, path: Path, exc: BaseException) -> None:
        if path != self._current_path():
            return
        if not isinstance(exc, OcopError):
            raise exc
        row = self.list.currentRow()
        if self.seeking_good and row + 1 < self.list.count():
            self.list.setCurrentRow(row + 1)  # a damaged backup: offer the next older one instead
            return
        self.seeking_good = False
        self.status.setText("✖ " + str(exc))
        self.status.setStyleSheet("color: #a33a2b;")
        self.taken.setText("—")
        self.last_change.setText("—")
        for row in range(len(COUNT_ROWS)):
            self._cell(row, 0, "—")
            self._cell(row, 1, fmt_int(self.current[COUNT_ROWS[row]]) if self.current else "—")
        self.previewReady.emit()

    def _cell(self, row: int, column: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, column, item)

    def do_restore(self) -> None:
        if self.preview is None:
            return
        try:
            result = backup.restore(self.db_path, self.preview.path, store=self.store)
        except OcopError as exc:
            show_error(self, exc)
            return
        self.result_info = result
        self.restoredFrom.emit(str(self.preview.path))
        self.accept()

