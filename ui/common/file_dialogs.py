"""File dialogs that never open the files they list.

Qt's file dialog reads the first bytes of each file whose extension it does not know to guess its type
for the icon (MIME sniffing), the database's -wal and -shm companions too. Closing a file drops every
POSIX lock this process holds on it, SQLite's on the -shm among them: the next process to open the
database (an `ocop-desk` command, a backup, a second station on the same file) then takes itself for
the first, rebuilds the shared memory under the window, and the window dies (SIGBUS) or worse. Saving
the labels' PDF beside the database was enough. So on Linux and the like the dialog is Qt's own, with
icons and types told from the name alone; Windows and macOS keep their native dialogs (Windows locks are
per handle, and those dialogs are not Qt's).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget

NATIVE = sys.platform in ("win32", "darwin")


class NameOnlyIconProvider(QFileIconProvider):
    """A folder or a file icon, and a type from the extension: no file is opened to tell."""

    def icon(self, which: QFileIconProvider.IconType | QFileInfo) -> QIcon:
        if isinstance(which, QFileInfo):
            kind = QFileIconProvider.IconType.Folder if which.isDir() else QFileIconProvider.IconType.File
            return super().icon(kind)
        return super().icon(which)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("FileDialogs", "Folder")
        return info.suffix().upper() or QCoreApplication.translate("FileDialogs", "File")


def make_dialog(parent: QWidget | None, caption: str, path: str = "", filters: str = "") -> QFileDialog:
    """The dialog the helpers below show (tests build it directly)."""
    dialog = QFileDialog(parent, caption, path, filters)
    if not NATIVE:
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        provider = NameOnlyIconProvider()
        dialog.setIconProvider(provider)
        dialog._name_only_icons = provider  # type: ignore[attr-defined]  # the dialog does not own it
    return dialog


def _run(dialog: QFileDialog) -> tuple[str, str]:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return "", ""
        return dialog.selectedFiles()[0], dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def save_file_name(parent: QWidget | None, caption: str, path: str = "", filters: str = "", *,
                   confirm_overwrite: bool = True) -> tuple[str, str]:
    """Like QFileDialog.getSaveFileName: (chosen path or "", the filter chosen)."""
    dialog = make_dialog(parent, caption, path, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, not confirm_overwrite)
    return _run(dialog)


def open_file_name(parent: QWidget | None, caption: str, path: str = "", filters: str = "") -> tuple[str, str]:
    """Like QFileDialog.getOpenFileName."""
    dialog = make_dialog(parent, caption, path, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _run(dialog)


def existing_directory(parent: QWidget | None, caption: str, path: str = "") -> str:
    """Like QFileDialog.getExistingDirectory."""
    dialog = make_dialog(parent, caption, path)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _run(dialog)[0]
