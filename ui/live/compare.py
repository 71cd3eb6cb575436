"""Platform vs. tally, the page's last tab: each figure the platform's dashboard gave beside the on-site
tally's, the rows that differ marked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from ocop_desk.core.formatting import fmt_int, fmt_money
from ocop_desk.live import service as live


def metric_names() -> dict[str, str]:
    return {"views": QCoreApplication.translate("LivePage", "Views"), "unique_viewers": QCoreApplication.translate("LivePage", "Unique viewers"),
            "peak_viewers": QCoreApplication.translate("LivePage", "Peak viewers"), "reach": QCoreApplication.translate("LivePage", "Reach"),
            "sku_orders": QCoreApplication.translate("LivePage", "SKU orders"), "items_sold": QCoreApplication.translate("LivePage", "Items sold"),
            "gmv": QCoreApplication.translate("LivePage", "GMV"), "direct_gmv": QCoreApplication.translate("LivePage", "Direct GMV")}


def make_compare_table() -> QTableWidget:
    table = QTableWidget(0, 4)
    table.setObjectName("compareTable")
    table.setHorizontalHeaderLabels([QCoreApplication.translate("LivePage", "Figure"),
                                     QCoreApplication.translate("LivePage", "Platform"),
                                     QCoreApplication.translate("LivePage", "On-site tally"),
                                     QCoreApplication.translate("LivePage", "Difference")])
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    header = table.horizontalHeader()
    # Every column as wide as its longest entry (a figure's name on one line), the last one filling the rest.
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    header.sectionResized.connect(lambda *_: table.resizeRowsToContents())  # long names wrap
    return table


def show_comparison(table: QTableWidget, rows: tuple[live.Difference, ...]) -> None:
    names = metric_names()
    table.setRowCount(len(rows))
    bold = QFont()
    bold.setBold(True)
    for r, d in enumerate(rows):
        fmt = fmt_money if d.money else fmt_int
        if d.difference is None:
            diff = ""
        elif d.difference == 0:
            diff = "✓"
        else:
            diff = ("+" if d.difference > 0 else "") + fmt(d.difference)
        cells = [names[d.metric], fmt(d.platform), fmt(d.tally) if d.tally is not None else "", diff]
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if d.differs:
                item.setBackground(QBrush(QColor("#fdebd0")))
                item.setFont(bold)
                item.setToolTip(QCoreApplication.translate("LivePage", "The platform and the on-site tally differ here."))
            table.setItem(r, c, item)
    table.resizeRowsToContents()
