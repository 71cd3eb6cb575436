"""No scan lost: a keyboard-wedge burst is caught at the window, wherever the focus has wandered.

The person with the scanner is rarely the one who last touched the toolbar: the focus may sit on a fair or
day drop-down, the sidebar, a table or a button, where the characters of a booth card would do nothing (or
pick another fair by keyboard search). An application event filter holds printable keys aimed at such
widgets for a moment: keys arriving scanner-fast (the same gaps as the desk's own input, ui/checkin/scan_input.py, measured on the key
events' own timestamps) and ended by Enter or a short pause become one `scanned(text)`; anything slower is
handed on to the widget it was meant for, unchanged. Fields where people type on purpose (line edits, spin
boxes, text areas, editable combos), widgets that read scans themselves (`SCAN_OWNER` property), menus
(a letter there is a command) and modal dialogs keep their keys.

It also gives the focus back to the page's main input when a drop-down, menu or dialog of the window closes
(`focusReturnWanted`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

FAST_GAP = 0.045  # seconds between characters: faster than this is a scanner
SCAN_PAUSE_MS = 160  # quiet time that ends a scan without Enter
MIN_SCAN = 3  # characters
SCAN_OWNER = "scanOwner"  # a widget with this property set reads scanner bursts itself (the live tally board)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MODIFIER_KEYS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
                  Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock)  # a scanner presses Shift for "O" and ":"
_CHORD = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


@runtime_checkable
class ScanTaker(Protocol):
    """A page that has a use for a scan caught elsewhere in the window, and a main input to focus."""

    def take_scan(self, text: str) -> None: ...

    def focus_main_input(self) -> None: ...


@dataclass(frozen=True)
class HeldKey:
    target: QWidget
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


def is_typing_field(widget: QWidget | None) -> bool:
    """A field where people type on purpose: what is typed there stays there."""
    if widget is None:
        return False
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit))


def _owns_scans(widget: QWidget | None) -> bool:
    while widget is not None:
        if widget.property(SCAN_OWNER):
            return True
        widget = widget.parentWidget()
    return False


class ScanCapture(QObject):
    """Installed on the QApplication for one main window (its parent); see the module's docstring."""

    scanned = Signal(str)
    focusReturnWanted = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._held: list[HeldKey] = []
        self._fast = False
        self._last_sent = 0.0  # the last held key's own timestamp (seconds)
        self._last_key = 0.0  # when it was handled (monotonic): the pause is timed from it
        self._replaying = False
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SCAN_PAUSE_MS)
        self._pause.timeout.connect(self._on_pause)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    # -- the filter --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.KeyPress and not self._replaying and isinstance(event, QKeyEvent):
            target = self._key_target(watched)
            if target is not None:
                return self._key(target, event)
        elif kind == QEvent.Type.Hide and isinstance(watched, QWidget) and self._closes_over_window(watched):
            QTimer.singleShot(0, self.focusReturnWanted.emit)
        return False

    def _key_target(self, watched: QObject) -> QWidget | None:
        """The widget a key is first delivered to, when it is one the capture looks after; else None.

        (An application filter sees a key again at each parent it is passed on to: only the first counts.)
        """
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            return None  # in a menu a letter is a command (its mnemonic): never held back
        if popup is not None:
            first: QWidget | None = popup.focusWidget() or popup
            owner = popup.parentWidget()
            belongs = owner is not None and owner.window() is self.window
        else:
            if QApplication.activeModalWidget() is not None:
                return None
            first = QApplication.focusWidget() or QApplication.activeWindow()
            belongs = first is not None and first.window() is self.window
        if watched is not first or not belongs or first is None:
            return None
        if is_typing_field(first) or _owns_scans(first):
            return None
        return first

    def _key(self, target: QWidget, event: QKeyEvent) -> bool:
        """True when the key is held (part of a possible scan); False to let it go on to `target`."""
        key = event.key()
        if key in _MODIFIER_KEYS:
            return False  # neither part of a scan nor the end of one
        if key in _ENTER:
            if self._is_burst():
                self._finish()
                return True
            self._release()
            return False
        text = event.text()
        if not text or not text.isprintable() or event.modifiers() & _CHORD:
            if self._is_burst():
                self._finish()
            else:
                self._release()
            return False
        sent = event.timestamp() / 1000 if event.timestamp() else time.monotonic()
        gap = abs(sent - self._last_sent)
        # Slower than a scanner: not one scan. Once a burst is under way, only a pause ends it (a busy laptop or
        # USB hub may hold a key back a moment; nobody types three keys 45 ms apart and then stops for 100 ms).
        if self._held and gap > FAST_GAP and not (self._is_burst() and gap < SCAN_PAUSE_MS / 1000):
            if self._is_burst():
                self._finish()
            else:
                self._release()
        self._fast = self._fast or not self._held
        self._held.append(HeldKey(target, key, event.modifiers(), text))
        self._last_sent, self._last_key = sent, time.monotonic()
        self._pause.start()
        return True

    def _is_burst(self) -> bool:
        return self._fast and len("".join(k.text for k in self._held).strip()) >= MIN_SCAN

    def _on_pause(self) -> None:
        if time.monotonic() - self._last_key < SCAN_PAUSE_MS / 1000 * 0.9:  # keys still queued: wait on
            self._pause.start()
            return
        if self._is_burst():
            self._finish()
        else:
            self._release()

    def _finish(self) -> None:
        """A complete scan: close any drop-down or menu it landed in, then hand it to the window."""
        self._pause.stop()
        text = "".join(k.text for k in self._held).strip()
        self._held, self._fast = [], False
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        self.scanned.emit(text)

    def _release(self) -> None:
        """Not a scan: the held keys go to the widgets they were typed into, in order."""
        self._pause.stop()
        held, self._held, self._fast = self._held, [], False
        self._replaying = True
        try:
            for k in held:
                if isValid(k.target):
                    QApplication.sendEvent(k.target, QKeyEvent(QEvent.Type.KeyPress, k.key, k.modifiers, k.text))
        finally:
            self._replaying = False

    # -- the focus back after a drop-down, menu or dialog ------------------------------------------

    def _closes_over_window(self, widget: QWidget) -> bool:
        if not widget.isWindow() or widget is self.window:
            return False
        if widget.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.Dialog):
            return False
        owner = widget.parentWidget()
        return owner is not None and owner.window() is self.window
