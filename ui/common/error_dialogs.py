"""The dialogs for errors: `show_error` itself, the dialog for the environment's errors (what happened,
what was kept, what to do, and the way out), and the restore preview that way out opens.

A damaged file offers the backups (restore with preview: `RestoreDialog`, also File ▸ Restore…); a file
removed while open offers to save the data OCOP Desk still holds. `ui.common.errors.show_error` loads this
module on the first error, so start-up stays light.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
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
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ocop_desk.core.environment import explain
from ocop_desk.core.errors import OcopError, StoreError, ValidationFailed
from ocop_desk.core.formatting import fmt_datetime, fmt_int
from ocop_desk.core.i18n import translate
from ocop_desk.store import backup
from ocop_desk.store.database import Store
from ui.common.dialog_parts import KEPT_STYLE, fit_height, message_icon, title_label
from ui.common.file_dialogs import open_file_name, save_file_name
from ui.common.screen_fit import resize_within_screen
from ui.common.tasks import Task, run_in_background

WARNING_KINDS = ("locked", "read_only", "missing", "not_ocop", "too_new")


def show_error(parent: QWidget | None, exc: OcopError, title: str | None = None) -> None:
    """What `ui.common.errors.show_error` does: the environment's errors get their own dialog, the user's
    a message box."""
    if isinstance(exc, StoreError) and exc.kind == "unreachable" and parent is not None:
        # The main window's connection banner (ui/common/connection.py) turns on too, whichever page hit it.
        monitor = getattr(parent.window(), "connection", None)
        if monitor is not None and hasattr(monitor, "lost"):
            monitor.lost(exc)
    if isinstance(exc, StoreError):  # what happened, what was kept, what to do, and the way out
        show_store_error(parent, exc, title)
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical if isinstance(exc, StoreError) else QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Errors", "Cannot continue"))
    box.setText(exc.message)
    details = []
    if exc.hint:
        details.append(exc.hint)
    if isinstance(exc, ValidationFailed):
        box.setDetailedText("\n".join(exc.problems))
    box.setInformativeText("\n".join(details))
    box.exec()


class StoreErrorDialog(QDialog):
    def __init__(self, exc: StoreError, parent: QWidget | None = None, store: Store | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storeErrorDialog")
        self.exc = exc
        self.store = store
        self.restored = False
        text = explain(exc)
        self.setWindowTitle(text.title)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.setContentsMargins(20, 18, 20, 14)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(message_icon(self, critical=exc.kind not in WARNING_KINDS))
        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(title_label(text.title))
        self.what = self._label(text.what, "errorWhat")
        column.addWidget(self.what)
        self.kept = self._label("✔ " + text.kept, "errorKept")
        self.kept.setStyleSheet(KEPT_STYLE)
        column.addWidget(self.kept)
        self.todo = self._label("<b>" + self.tr("What to do:") + "</b> " + escape(text.todo), "errorTodo")
        self.todo.setTextFormat(Qt.TextFormat.RichText)
        self.todo.setVisible(bool(text.todo))
        column.addWidget(self.todo)
        self.latest = QLabel()
        self.latest.setObjectName("latestBackup")
        self.latest.setVisible(False)
        column.addWidget(self.latest)
        column.addStretch(1)
        top.addLayout(column, 1)
        layout.addLayout(top)
        self.buttons = QDialogButtonBox()
        self.action_button = None
        if exc.path and (exc.kind == "corrupt" or (exc.kind in ("not_ocop", "io") and _has_backups(exc.path))):
            self.action_button = self.buttons.addButton(self.tr("Restore a backup…"),
                                                        QDialogButtonBox.ButtonRole.ActionRole)
            self.action_button.clicked.connect(self.restore_backup)
            newest = _newest_backup(exc.path)
            if newest is not None:
                self.latest.setText(self.tr("Latest backup: %1 (the restore checks it first and offers the "
                                            "newest good one).").replace("%1", fmt_datetime(newest)))
                self.latest.setWordWrap(True)
                self.latest.setVisible(True)
        elif exc.kind == "removed" and store is not None:
            self.action_button = self.buttons.addButton(self.tr("Save a copy…"),
                                                        QDialogButtonBox.ButtonRole.ActionRole)
            self.action_button.clicked.connect(self.save_copy)
        close = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(self.action_button is None)
        if self.action_button is not None:
            self.action_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        fit_height(self)

    def _label(self, text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def restore_backup(self) -> None:
        assert self.exc.path
        dialog = RestoreDialog(Path(self.exc.path), self.store, self)
        dialog.restoredFrom.connect(lambda _path: self._restored())
        dialog.open()

    def _restored(self) -> None:
        self.restored = True
        self.accept()

    def save_copy(self) -> None:
        assert self.store is not None and self.store.path is not None
        name, _ = save_file_name(self, self.tr("Save a copy of the data"), str(self.store.path),
                                 self.tr("OCOP Desk database (*.sqlite3 *.db);;All files (*)"))
        if not name:
            return
        try:
            saved = backup.save_rescue_copy(self.store, Path(name))
        except OcopError as exc:
            show_error(self, exc)
            return
        self.kept.setText("✔ " + self.tr("Saved to %1.").replace("%1", str(saved)))
        if self.store.path.resolve() == saved.resolve():
            todo = self.tr("OCOP Desk carries on with the saved file.")
        else:
            todo = self.tr("Quit OCOP Desk and open the saved copy (or move it back to %1).").replace(
                "%1", str(self.store.path))
        self.todo.setText("<b>" + self.tr("What to do:") + "</b> " + escape(todo))
        self.todo.setVisible(True)
        if self.action_button is not None:
            self.action_button.setEnabled(False)


def _has_backups(path: str) -> bool:
    return _newest_backup(path) is not None


def _newest_backup(path: str) -> dt.datetime | None:
    found = backup.list_backups(Path(path))
    return found[0].taken_at if found else None


def show_store_error(parent: QWidget | None, exc: StoreError, title: str | None = None) -> StoreErrorDialog:
    ctx = getattr(parent.window(), "ctx", None) if parent is not None else None
    store = getattr(ctx, "store", None)
    dialog = StoreErrorDialog(exc, parent, store if isinstance(store, Store) else None)
    if title:
        dialog.setWindowTitle(title)
    dialog.exec()
    after_restore = getattr(parent.window(), "after_restore", None) if parent is not None else None
    if dialog.restored and callable(after_restore):
        after_restore()
    return dialog


# -- the restore preview -----------------------------------------------------------------------------


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
        # A long entry is cut in the middle (its file name in the tooltip) rather than scrolled sideways.
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        resize_within_screen(self, 860, 480)

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
                                      on_done=partial(self._show, path), on_error=partial(self._refused, path))

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

