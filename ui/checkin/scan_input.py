"""The desk's one input: typed codes and searches, and USB keyboard-wedge scanners with or without Enter.

A scanner "types" a whole code in a few milliseconds per character. When the input was filled that fast
and then nothing more arrives for a short pause, the burst is taken as a finished scan, so scanners that
send no Enter still work. Hand typing is far slower and never triggers it; people press Enter.

The gaps are measured on the key events' own timestamps (when the keyboard sent them), not on when the
window got round to them: a laptop busy for a moment in the middle of a scan would otherwise take the
rest of it for hand typing, and a scan without Enter would never end.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.common.scan_capture import (  # one timing for the input and the window
    FAST_GAP,
    MIN_SCAN,
    SCAN_PAUSE_MS,
)


class ScanInput(QLineEdit):
    """Emits `submitted(text, from_scanner)` on Enter or at the end of a scanner burst."""

    submitted = Signal(str, bool)
    navigate = Signal(int)  # -1 up, +1 down in the results
    undoRequested = Signal()
    redoRequested = Signal()
    emptyEnter = Signal()  # Enter with nothing typed: the desk's answer to its own offer (a booth back again)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanInput")
        self._last_key = 0.0  # when the last key was handled (the pause is timed from it)
        self._last_sent = 0.0  # when the last key was typed (the event's timestamp, else as handled)
        self._fast = False
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SCAN_PAUSE_MS)
        self._pause.timeout.connect(self._end_of_burst)

    def is_scanner_burst(self) -> bool:
        return self._fast and len(self.text().strip()) >= MIN_SCAN

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._pause.stop()
            text = self.text().strip()
            scanner = self.is_scanner_burst()
            self._fast = False
            if text:
                self.submitted.emit(text, scanner)
            else:
                self.emptyEnter.emit()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.navigate.emit(-1 if key == Qt.Key.Key_Up else 1)
            return
        if key == Qt.Key.Key_Escape:
            self._pause.stop()
            self.clear()
            return
        if event.matches(QKeySequence.StandardKey.Undo) and not self.text():
            self.undoRequested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Redo) and not self.text():
            self.redoRequested.emit()
            return
        now = time.monotonic()
        sent = event.timestamp() / 1000 if event.timestamp() else now  # synthetic events may carry none
        printable = bool(event.text()) and event.text().isprintable()
        if printable:
            if not self.text() or self.selectedText() == self.text():
                self._fast = True  # a new burst starts
            elif abs(sent - self._last_sent) > FAST_GAP:
                self._fast = False
            self._last_key, self._last_sent = now, sent
        super().keyPressEvent(event)
        if printable and self.is_scanner_burst():
            self._pause.start()
        elif not printable:
            self._pause.stop()

    def _end_of_burst(self) -> None:
        if self.is_scanner_burst() and time.monotonic() - self._last_key >= SCAN_PAUSE_MS / 1000 * 0.9:
            self._fast = False
            self.submitted.emit(self.text().strip(), True)
