"""The count log: every tally row, newest first; corrections and undos stand out, nothing is hidden."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ocop_desk.formatting import fmt_money, fmt_time
from ocop_desk.live import TallyEvent
from ui.table_model import Column, Index, RecordTableModel

KIND_COLOURS = {"correction": QColor("#a85d00"), "undo": QColor("#7a7f7c")}


def _kind(event: TallyEvent) -> str:
    t = QCoreApplication.translate
    text = {"count": t("TallyLog", "Count"), "correction": t("TallyLog", "Correction"),
            "undo": t("TallyLog", "Undo")}.get(event.kind, event.kind)
    if event.kind == "undo" and event.reverses_id:
        text += f" (#{event.reverses_id})"
    if event.reason:
        text += f": {event.reason}"
    return text


def _source(event: TallyEvent) -> str:
    t = QCoreApplication.translate
    return {"mouse": t("TallyLog", "mouse"), "key": t("TallyLog", "keyboard"), "scan": t("TallyLog", "scanner"),
            "cli": t("TallyLog", "command line")}.get(event.source or "", event.source or "")


class TallyLogModel(RecordTableModel[TallyEvent]):
    def __init__(self, parent: Any = None) -> None:
        t = QCoreApplication.translate
        super().__init__([
            Column(t("TallyLog", "#"), lambda e: e.id, align_right=True),
            Column(t("TallyLog", "Time"), lambda e: e.created_at.astimezone().strftime("%H:%M:%S"),
                   tooltip=lambda e: fmt_time(e.created_at)),
            Column(t("TallyLog", "Product"), lambda e: e.product_name),
            Column(t("TallyLog", "Items"), lambda e: f"{e.quantity:+d}", align_right=True),
            Column(t("TallyLog", "Orders"), lambda e: f"{e.orders:+d}", align_right=True),
            Column(t("TallyLog", "Revenue"), lambda e: fmt_money(e.revenue), align_right=True),
            Column(t("TallyLog", "What"), _kind),
            Column(t("TallyLog", "Who"), lambda e: f"{e.operator or '—'} · {_source(e)}",
                   tooltip=lambda e: e.station or ""),
        ], parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            colour = KIND_COLOURS.get(self.records[index.row()].kind)
            return QBrush(colour) if colour else None
        return super().data(index, role)


def make_log_table(model: TallyLogModel, parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    view.setObjectName("tallyLog")
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    header.setResizeContentsPrecision(40)
    return view
