"""The File-menu entries for backups, kept light: the dialogs behind them load on first use (start-up)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from ocop_desk.core.i18n import translate


def _run(name: str, window: Any) -> None:
    import ui.store.backup_dialogs as dialogs

    getattr(dialogs, name)(window)


def install_file_actions(window: Any) -> None:
    """Back up now, Restore…, Save a copy… and Settings… in the File menu (before `file_menu_end`)."""
    menu = window.file_menu
    anchor = window.file_menu_end
    actions = [
        (translate("Backups", "Back &up now"), "backup_now", "backupNowAction"),
        (translate("Backups", "&Restore from a backup…"), "open_restore", "restoreAction"),
        (translate("Backups", "Save a &copy…"), "save_copy", "saveCopyAction"),
        (translate("Backups", "Se&ttings…"), "open_settings", "settingsAction"),
    ]
    for text, handler, name in actions:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(lambda _=False, h=handler: _run(h, window))
        menu.insertAction(anchor, action)
    window.backup_label = QLabel()
    window.backup_label.setObjectName("backupLabel")
    window.statusBar().addPermanentWidget(window.backup_label)
