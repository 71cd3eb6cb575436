"""Showing errors: the environment's and the user's as clear dialogs; bugs go to the crash handler.

The one entry point every page and dialog imports; the dialogs themselves (`ui.common.error_dialogs`)
load with the first error, so start-up stays light.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ocop_desk.core.errors import OcopError


def show_error(parent: QWidget | None, exc: OcopError, title: str | None = None) -> None:
    from ui.common.error_dialogs import show_error as show  # the dialogs load when first needed (start-up)

    show(parent, exc, title)
