"""The one exception hook: a bug anywhere (GUI thread, slot, worker thread) is logged and shown, never fatal.

`install_exception_hook(app)` sets `sys.excepthook` and `threading.excepthook`. The traceback goes to the
rotating log (`ocop_desk.core.crashlog`), and a dialog names the log file. Errors from the environment that
reached the hook uncaught (a `StoreError`) get their own clear dialog instead of the bug dialog.
"""

from __future__ import annotations

import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ocop_desk.core.crashlog import log_bug
from ocop_desk.core.errors import OcopError


class CrashDialog(QDialog):
    """Says a bug happened, that the app carries on and nothing stored was lost, and where the log is."""

    def __init__(self, summary: str, details: str, log: Path, parent: QWidget | None = None) -> None:
        from ui.common.dialog_parts import message_icon, title_label  # dialogs load when first needed

        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Unexpected error"))
        self.log = log
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(message_icon(self, critical=True))
        text = QVBoxLayout()
        text.addWidget(title_label(self.tr("Something went wrong inside OCOP Desk")))
        body = QLabel(self.tr(
            "This is a bug, not something you did. OCOP Desk carries on: nothing stored was lost, and an action "
            "that failed halfway was undone as a whole. You can go on working; if the same action fails "
            "again, use another way for now."))
        body.setWordWrap(True)
        text.addWidget(body)
        top.addLayout(text, 1)
        layout.addLayout(top)
        where = QLabel(self.tr("The details were written to this file. Please send it to whoever supports you:"))
        where.setWordWrap(True)
        layout.addWidget(where)
        path_row = QHBoxLayout()
        self.path_edit = QLineEdit(str(log))
        self.path_edit.setObjectName("logPath")
        self.path_edit.setReadOnly(True)
        self.path_edit.setMinimumWidth(360)
        self.path_edit.setCursorPosition(0)
        path_row.addWidget(self.path_edit, 1)
        copy = QPushButton(self.tr("Copy path"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(str(log)))
        path_row.addWidget(copy)
        folder = QPushButton(self.tr("Open folder"))
        folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log.parent))))
        path_row.addWidget(folder)
        layout.addLayout(path_row)
        self.summary = QLabel(summary)
        self.summary.setObjectName("crashSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #5c6b62; font-family: monospace;")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("crashDetails")
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.details.setMinimumHeight(160)
        layout.addWidget(self.details)
        buttons = QHBoxLayout()
        self.toggle = QPushButton(self.tr("Show details"))
        self.toggle.setObjectName("detailsButton")
        self.toggle.clicked.connect(self._toggle_details)
        buttons.addWidget(self.toggle)
        buttons.addStretch(1)
        carry_on = QPushButton(self.tr("Continue working"))
        carry_on.setObjectName("continueButton")
        carry_on.setDefault(True)
        carry_on.clicked.connect(self.accept)
        buttons.addWidget(carry_on)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        from ui.common.dialog_parts import fit_height

        super().showEvent(event)
        fit_height(self)

    def _toggle_details(self) -> None:
        show = not self.details.isVisible()
        self.details.setVisible(show)
        self.toggle.setText(self.tr("Hide details") if show else self.tr("Show details"))
        self.adjustSize()


class ExceptionHook(QObject):
    """Receives uncaught exceptions from any thread and reports them on the GUI thread."""

    reported = Signal(object, object, object)  # exc_type, exc, tb (queued to the GUI thread)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.dialogs: list[QDialog] = []
        self.previous = (sys.excepthook, threading.excepthook)
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self.previous

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback,
                        where=f"thread {args.thread.name if args.thread else '?'}")

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
               where: str = "") -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        if not isinstance(exc, OcopError):
            log_bug(exc_type, exc, tb, where=where)
            if sys.stderr is not None:  # a terminal, if there is one, sees it too
                traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
        self.reported.emit(exc_type, exc, tb)

    @Slot(object, object, object)
    def _show(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        parent = QApplication.activeWindow()
        if isinstance(exc, OcopError):
            from ui.common.errors import show_error

            show_error(parent, exc)
            return
        if any(d.isVisible() for d in self.dialogs):
            return  # one dialog at a time; the log has every occurrence
        from ocop_desk.core.crashlog import log_path

        summary = f"{exc_type.__name__}: {exc}"
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        dialog = CrashDialog(summary, details, log_path(), parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _=0, d=dialog: self.dialogs.remove(d) if d in self.dialogs else None)
        self.dialogs.append(dialog)
        dialog.open()


def report_fatal(exc: BaseException) -> Path:
    """A bug before the window could open: log it and say so in a dialog, rather than vanish."""
    log = log_bug(type(exc), exc, exc.__traceback__, where="start-up")
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    CrashDialog(f"{type(exc).__name__}: {exc}", details, log).exec()
    return log


def install_exception_hook(app: QApplication) -> ExceptionHook:
    hook = ExceptionHook(app)
    hook.install()
    return hook
