"""Settings… : a dialog of tabs, one per concern (backups first); other features add their own tab."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ocop_desk.store import backup
from ui.common.connection import Refused, Saved, run_action
from ui.common.context import AppContext, Change
from ui.common.dialog_parts import fit_height
from ui.common.errors import show_error


class BackupSettingsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupSettingsTab")
        self.ctx = ctx
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("OCOP Desk copies the database while you work (check-ins are not held up) and "
                               "once more when you close it. The oldest automatic copies are deleted; copies "
                               "made by hand are kept."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long caption goes above its field
        settings = backup.get_backup_settings(ctx.store)
        self.interval = QSpinBox()
        self.interval.setObjectName("backupInterval")
        self.interval.setRange(1, backup.MAX_INTERVAL_MINUTES)
        self.interval.setSuffix(" " + self.tr("min"))
        self.interval.setValue(settings.interval_minutes)
        form.addRow(self.tr("Back up every"), self.interval)
        self.keep = QSpinBox()
        self.keep.setObjectName("backupKeep")
        self.keep.setRange(1, backup.MAX_KEEP)
        self.keep.setValue(settings.keep)
        form.addRow(self.tr("Automatic backups to keep"), self.keep)
        folder_row = QHBoxLayout()
        self.available = ctx.store.path is not None and ctx.store.backend == "sqlite"
        folder = backup.backup_dir(ctx.store.path) if ctx.store.path is not None else None
        self.folder = QLineEdit(str(folder) if folder else self.tr("PostgreSQL: back up on the server with pg_dump."))
        self.folder.setObjectName("backupFolder")
        self.folder.setReadOnly(True)
        self.folder.setCursorPosition(0)
        self.folder.setToolTip(self.folder.text())
        folder_row.addWidget(self.folder, 1)
        if folder is not None:
            open_folder = QPushButton(self.tr("Open folder"))
            open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
            folder_row.addWidget(open_folder)
        form.addRow(self.tr("Folder"), folder_row)
        layout.addLayout(form)
        layout.addStretch(1)
        editable = self.available and not ctx.store.read_only
        self.interval.setEnabled(editable)
        self.keep.setEnabled(editable)

    def save(self) -> bool:
        if not self.interval.isEnabled():
            return True
        current = backup.get_backup_settings(self.ctx.store)
        if (current.interval_minutes, current.keep) == (self.interval.value(), self.keep.value()):
            return True
        store, actor, interval, keep = self.ctx.store, self.ctx.actor, self.interval.value(), self.keep.value()
        saved = run_action(self.ctx, self.tr("Backup settings"),
                           lambda: backup.set_backup_settings(store, actor, interval, keep), parent=self,
                           on_error=lambda exc: show_error(self, exc), notify=Change.SETTINGS)
        if isinstance(saved, Refused):
            return False
        if isinstance(saved, Saved):
            self.ctx.changed(Change.SETTINGS)
        return True  # saved, or kept for a retry from the banner


class SettingsDialog(QDialog):
    """Tabs with a `save() -> bool` method are saved on OK; add more with `add_tab`."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        layout.addWidget(self.tabs)
        self.backups = BackupSettingsTab(ctx)
        self.add_tab(self.backups, self.tr("Backups"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole).setDefault(True)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        fit_height(self)

    def add_tab(self, widget: QWidget, title: str) -> None:
        self.tabs.addTab(widget, title)

    def accept(self) -> None:
        for i in range(self.tabs.count()):
            save = getattr(self.tabs.widget(i), "save", None)
            if save is not None and not save():
                self.tabs.setCurrentIndex(i)
                return
        super().accept()
