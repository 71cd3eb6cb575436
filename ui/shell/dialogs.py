"""Small dialogs of the shell: the operator on shift, a new event."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ocop_desk.core.formatting import qt_date_format


class OperatorDialog(QDialog):
    """Asked once per shift: the name written into the audit log and shown in the status bar."""

    def __init__(self, current: str = "", parent: QWidget | None = None, known: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operatorDialog")
        self.setWindowTitle(self.tr("Who is on shift?"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Your name is written beside every check-in, lot and count you record."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.combo = QComboBox()
        self.combo.setObjectName("operatorName")
        self.combo.setEditable(True)
        self.combo.addItems(known or [])
        self.combo.setCurrentText(current)
        name_edit = self.combo.lineEdit()
        assert name_edit is not None  # an editable combo box always has one
        name_edit.setPlaceholderText(self.tr("Operator's name"))
        name_edit.setMaxLength(120)  # the operator columns' size
        layout.addWidget(self.combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.combo.currentTextChanged.connect(self._validate)
        self._validate()
        self.setMinimumWidth(380)

    def _validate(self) -> None:
        ok = 0 < len(self.name()) <= 120
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def name(self) -> str:
        return " ".join(self.combo.currentText().split())


class EventDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventDialog")
        self.setWindowTitle(self.tr("New event"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setObjectName("eventName")
        self.name.setPlaceholderText(self.tr("e.g. Chợ phiên OCOP Hà Nội 2026"))
        form.addRow(self.tr("Name"), self.name)
        today = QDate.currentDate()
        self.starts = QDateEdit(today)
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat(qt_date_format())
        form.addRow(self.tr("First day"), self.starts)
        self.ends = QDateEdit(today)
        self.ends.setCalendarPopup(True)
        self.ends.setDisplayFormat(qt_date_format())
        form.addRow(self.tr("Last day"), self.ends)
        self.venue = QLineEdit()
        form.addRow(self.tr("Venue"), self.venue)
        self.province = QLineEdit()
        form.addRow(self.tr("Province"), self.province)
        self.resolver = QLineEdit()
        self.resolver.setPlaceholderText("https://truyxuat.example.vn")
        form.addRow(self.tr("Traceability site"), self.resolver)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.name.textChanged.connect(self._validate)
        self._validate()
        self.setMinimumWidth(460)

    def _validate(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name.text().strip()))

    def values(self) -> dict[str, Any]:
        def as_date(edit: QDateEdit) -> dt.date:
            q = edit.date()
            return dt.date(q.year(), q.month(), q.day())

        return {
            "name": self.name.text(),
            "starts_on": as_date(self.starts),
            "ends_on": as_date(self.ends),
            "venue": self.venue.text() or None,
            "province": self.province.text() or None,
            "resolver_base": self.resolver.text() or None,
        }
