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
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo, QStandardPaths
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


def default_folder() -> str:
    """Documents (or home), never the program's own folder, which is where a dialog opens otherwise."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def _settings_key(kind: str) -> str:
    return f"last_folder/{kind}"


def last_folder(kind: str) -> str:
    """The folder a file of this kind (labels PDF, workbook, template, site…) was last saved in or opened from."""
    from ui.common.settings import app_settings

    folder = str(app_settings().value(_settings_key(kind), "") or "")
    return folder if folder and Path(folder).is_dir() else default_folder()


def remember_folder(kind: str, chosen: str, *, is_folder: bool = False) -> None:
    from ui.common.settings import app_settings

    if chosen:
        folder = Path(chosen) if is_folder else Path(chosen).parent
        app_settings().setValue(_settings_key(kind), str(folder))


def start_path(kind: str | None, path: str) -> str:
    """A bare file name starts in the kind's last folder; a path with a folder is kept as given."""
    if kind is None or (path and Path(path).parent != Path(".")):
        return path
    folder = last_folder(kind)
    return str(Path(folder) / path) if path else folder


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
                   confirm_overwrite: bool = True, kind: str | None = None) -> tuple[str, str]:
    """Like QFileDialog.getSaveFileName: (chosen path or "", the filter chosen). With a `kind` ("labels",
    "workbook", …) a bare file name starts in the folder last used for that kind, which is remembered."""
    dialog = make_dialog(parent, caption, start_path(kind, path), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, not confirm_overwrite)
    chosen = _run(dialog)
    if kind is not None:
        remember_folder(kind, chosen[0])
    return chosen


def open_file_name(parent: QWidget | None, caption: str, path: str = "", filters: str = "", *,
                   kind: str | None = None) -> tuple[str, str]:
    """Like QFileDialog.getOpenFileName."""
    dialog = make_dialog(parent, caption, start_path(kind, path), filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen = _run(dialog)
    if kind is not None:
        remember_folder(kind, chosen[0])
    return chosen


def existing_directory(parent: QWidget | None, caption: str, path: str = "", *, kind: str | None = None) -> str:
    """Like QFileDialog.getExistingDirectory."""
    dialog = make_dialog(parent, caption, start_path(kind, path))
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = _run(dialog)[0]
    if kind is not None:
        remember_folder(kind, chosen, is_folder=True)
    return chosen
