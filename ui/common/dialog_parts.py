"""Parts the app's own dialogs share: the platform's warning icon, a headline, the reassuring green,
and a height that fits wrapped text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget

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


def confirm_anyway(parent: QWidget, title: str, text: str, go: str, stop: str) -> bool:
    """A warning that needs a deliberate yes (an expired lot, say): "No" is the default, so a stray Enter or a
    scanner's Enter never waves it through. True when the user chose `go`."""
    from PySide6.QtWidgets import QMessageBox

    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, buttons, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(go)
    box.button(QMessageBox.StandardButton.No).setText(stop)
    return box.exec() == QMessageBox.StandardButton.Yes
