"""The count log: every tally row, newest first; corrections and undos stand out, nothing is hidden."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ocop_desk.core.formatting import fmt_money, fmt_time
from ocop_desk.live.service import TallyEvent
from ui.common.table_model import Column, Index, RecordTableModel

KIND_COLOURS = {"correction": QColor("#a85d00"), "undo": QColor("#7a7f7c")}


def _kind(event: TallyEvent) -> str:
    kinds = {"count": QCoreApplication.translate("TallyLog", "Count"),
             "correction": QCoreApplication.translate("TallyLog", "Correction"),
             "undo": QCoreApplication.translate("TallyLog", "Undo")}
    text = kinds.get(event.kind, event.kind)
    if event.kind == "undo" and event.reverses_id:
        text += f" (#{event.reverses_id})"
    if event.reason:
        text += f": {event.reason}"
    return text


def _source(event: TallyEvent) -> str:
    sources = {"mouse": QCoreApplication.translate("TallyLog", "mouse"),
               "key": QCoreApplication.translate("TallyLog", "keyboard"),
               "scan": QCoreApplication.translate("TallyLog", "scanner"),
               "cli": QCoreApplication.translate("TallyLog", "command line")}
    return sources.get(event.source or "", event.source or "")


class TallyLogModel(RecordTableModel[TallyEvent]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(QCoreApplication.translate("TallyLog", "#"), lambda e: e.id, align_right=True),
            Column(QCoreApplication.translate("TallyLog", "Time"),
                   lambda e: e.created_at.astimezone().strftime("%H:%M:%S"), tooltip=lambda e: fmt_time(e.created_at)),
            Column(QCoreApplication.translate("TallyLog", "Product"), lambda e: e.product_name),
            Column(QCoreApplication.translate("TallyLog", "Items"), lambda e: f"{e.quantity:+d}", align_right=True),
            Column(QCoreApplication.translate("TallyLog", "Orders"), lambda e: f"{e.orders:+d}", align_right=True),
            Column(QCoreApplication.translate("TallyLog", "Revenue"), lambda e: fmt_money(e.revenue),
                   align_right=True),
            Column(QCoreApplication.translate("TallyLog", "What"), _kind),
            Column(QCoreApplication.translate("TallyLog", "Who"), lambda e: f"{e.operator or '—'} · {_source(e)}",
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
