"""The dialog for the environment's errors: what happened, what was kept, what to do, and the way out.

A damaged file offers the backups (restore with preview); a file removed while open offers to save the
data OCOP Desk still holds. Used by `ui.errors.show_error` for every `StoreError`.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ocop_desk.core.environment import explain
from ocop_desk.core.errors import OcopError, StoreError
from ocop_desk.core.formatting import fmt_datetime
from ocop_desk.store.database import Store
from ui.file_dialogs import save_file_name

WARNING_KINDS = ("locked", "read_only", "missing", "not_ocop", "too_new")
KEPT_STYLE = "color: #1f6b3a;"  # the reassuring part, in the app's green


def message_icon(widget: QWidget, critical: bool) -> QLabel:
    """The platform's warning or error icon, top-aligned beside a dialog's text."""
    from PySide6.QtWidgets import QStyle  # imported late: making the QStyle type costs ~50 ms at start-up

    pixmap = (QStyle.StandardPixmap.SP_MessageBoxCritical if critical
              else QStyle.StandardPixmap.SP_MessageBoxWarning)
    icon = QLabel()
    icon.setPixmap(widget.style().standardIcon(pixmap).pixmap(48, 48))
    icon.setAlignment(Qt.AlignmentFlag.AlignTop)
    return icon


def fit_height(dialog: QDialog) -> None:
    """Wrapped labels make Qt guess a dialog's height too tall: size it for its actual width."""
    layout = dialog.layout()
    if layout is not None and layout.hasHeightForWidth():
        width = max(dialog.width(), dialog.minimumWidth())
        dialog.resize(width, layout.totalHeightForWidth(width))


def title_label(text: str) -> QLabel:
    """A dialog's headline: larger and bold, wrapping."""
    label = QLabel(text)
    label.setObjectName("dialogTitle")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


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

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)  # type: ignore[arg-type]
        fit_height(self)

    def _label(self, text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def restore_backup(self) -> None:
        from ui.backup_dialogs import RestoreDialog

        assert self.exc.path
        dialog = RestoreDialog(Path(self.exc.path), self.store, self)
        dialog.restoredFrom.connect(lambda _path: self._restored())
        dialog.open()

    def _restored(self) -> None:
        self.restored = True
        self.accept()

    def save_copy(self) -> None:
        from ocop_desk.store import backup
        from ui.errors import show_error

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
    from ocop_desk.store.backup import list_backups

    found = list_backups(Path(path))
    return found[0].taken_at if found else None


def show_store_error(parent: QWidget | None, exc: StoreError, title: str | None = None) -> StoreErrorDialog:
    ctx = getattr(parent.window(), "ctx", None) if parent is not None else None
    store = getattr(ctx, "store", None)
    dialog = StoreErrorDialog(exc, parent, store if isinstance(store, Store) else None)
    if title:
        dialog.setWindowTitle(title)
    dialog.exec()
    if dialog.restored and parent is not None and hasattr(parent.window(), "after_restore"):
        parent.window().after_restore()
    return dialog
