"""After a file is written: say where it went, and open it or its folder on request.

The message is window-modal but not blocking (`open()`), so the caller's code (and a test) runs on;
opening goes through `open_url`, which a test replaces to see what would have been opened without
starting a PDF viewer or a file manager.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

# What opens a file or a folder with the desktop's usual program; tests replace it.
open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl


def file_to_open(path: Path) -> Path:
    """A site is a folder: its front page is what "Open file" shows."""
    return path / "index.html" if path.is_dir() else path


def folder_of(path: Path) -> Path:
    return path if path.is_dir() else path.parent


class SavedMessage(QMessageBox):
    """"Saved …" with Open file, Open folder and Close; the buttons are named for tests."""

    def __init__(self, parent: QWidget | None, title: str, text: str, path: Path) -> None:
        super().__init__(parent)
        self.setObjectName("savedMessage")
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(title)
        self.setText(text)
        self.setInformativeText(str(path))
        self.saved_path = path
        self.open_file_button = self._button(QCoreApplication.translate("SavedMessage", "Open file"), "openFileButton", lambda: self.open_file())
        self.open_folder_button = self._button(QCoreApplication.translate("SavedMessage", "Open folder"), "openFolderButton", lambda: self.open_folder())
        close = self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(close)
        self.setEscapeButton(close)

    def _button(self, text: str, name: str, action: Callable[[], object]) -> QPushButton:
        button = self.addButton(text, QMessageBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.clicked.connect(action)
        return button

    def open_file(self) -> bool:
        return open_url(QUrl.fromLocalFile(str(file_to_open(self.saved_path))))

    def open_folder(self) -> bool:
        return open_url(QUrl.fromLocalFile(str(folder_of(self.saved_path))))


def show_saved(parent: QWidget | None, text: str, path: str | Path, title: str | None = None) -> SavedMessage:
    """Show the message and return at once (the box closes itself on any button)."""
    box = SavedMessage(parent, title or QCoreApplication.translate("SavedMessage", "Saved"), text, Path(path))
    box.open()
    return box
