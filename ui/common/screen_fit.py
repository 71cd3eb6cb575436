"""Sizes that respect the screen: a dialog opens at its comfortable size, or smaller on a small laptop
screen (1366×768 at 125% leaves about 1093×580), never larger than the screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

TITLE_BAR = 40  # a window manager's title bar and borders, which the widget's own size leaves out


def available_size(widget: QWidget) -> QSize:
    """The room on the widget's screen (its parent's, before it is shown) less the title bar."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry().size()
    return QSize(area.width() - 16, area.height() - TITLE_BAR)


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to width × height, or to what the screen holds, whichever is smaller."""
    widget.resize(QSize(width, height).boundedTo(available_size(widget)).expandedTo(widget.minimumSize()))
