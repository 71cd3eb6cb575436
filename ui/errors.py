"""Showing errors: the environment's and the user's as clear dialogs; bugs go to the crash handler."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ocop_desk.core.errors import OcopError, StoreError, ValidationFailed


def show_error(parent: QWidget | None, exc: OcopError, title: str | None = None) -> None:
    if isinstance(exc, StoreError) and exc.kind == "unreachable" and parent is not None:
        # The main window's connection banner (ui/connection.py) turns on too, whichever page hit it.
        monitor = getattr(parent.window(), "connection", None)
        if monitor is not None and hasattr(monitor, "lost"):
            monitor.lost(exc)
    if isinstance(exc, StoreError):  # what happened, what was kept, what to do, and the way out
        from ui.store_error_dialog import show_store_error

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
