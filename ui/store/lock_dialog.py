"""Told at start-up when another OCOP Desk window has the database open: open read-only, or quit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ocop_desk.core.formatting import fmt_datetime
from ocop_desk.store.instance_lock import LockOwner
from ui.common.dialog_parts import KEPT_STYLE, fit_height, message_icon, title_label


class LockDialog(QDialog):
    """`exec()` returns Accepted for "Open read-only" and Rejected for "Quit"."""

    def __init__(self, db_path: Path, owner: LockOwner | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr("Already open"))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.setContentsMargins(20, 18, 20, 14)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(message_icon(self, critical=False))
        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(title_label(self.tr("This database is already open in another OCOP Desk")))
        self.who = QLabel(self._who(db_path, owner))
        self.who.setObjectName("lockOwner")
        self.who.setWordWrap(True)
        self.who.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.who)
        why = QLabel(self.tr("Only one window may change a database at a time, so two coordinators never record "
                             "the same booth or count twice. Nothing stored is at risk."))
        why.setWordWrap(True)
        why.setStyleSheet(KEPT_STYLE)
        column.addWidget(why)
        todo = QLabel(self.tr("Open it read-only to look things up, or quit and work in the window that has "
                              "it open. If that window no longer responds, close it there and start again."))
        todo.setWordWrap(True)
        todo.setObjectName("errorTodo")
        column.addWidget(todo)
        top.addLayout(column, 1)
        layout.addLayout(top)
        buttons = QDialogButtonBox()
        self.read_only_button = buttons.addButton(self.tr("Open read-only"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.read_only_button.setObjectName("openReadOnlyButton")
        self.quit_button = buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.setObjectName("quitButton")
        self.read_only_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        fit_height(self)

    def _who(self, db_path: Path, owner: LockOwner | None) -> str:
        from html import escape

        if owner is None:
            return self.tr("<b>%1</b> is in use by another OCOP Desk.").replace("%1", escape(str(db_path)))
        rows = [
            (self.tr("Database"), str(db_path)),
            (self.tr("Computer"), owner.host),
            (self.tr("Process"), str(owner.pid)),
            (self.tr("Open since"), fmt_datetime(owner.since)),
        ]
        if owner.operator:
            rows.append((self.tr("Operator"), owner.operator))
        cells = "".join(f"<tr><td style='padding-right:12px;color:#5c6b62'>{escape(k)}</td>"
                        f"<td><b>{escape(v)}</b></td></tr>" for k, v in rows)
        return f"<table cellspacing='2'>{cells}</table>"


def takeover_message(owner: LockOwner) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "LockDialog", "The last OCOP Desk on this database (process %1 on %2) did not close properly; this window "
                      "took over. Nothing stored was lost.").replace("%1", str(owner.pid)).replace("%2", owner.host)
