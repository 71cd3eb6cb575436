"""One product: its card (producer, stars, certificate, price) and the lots the booths brought of it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ocop_desk.checkin.lots import LotRecord, list_lots
from ocop_desk.core.formatting import fmt_date, fmt_int, fmt_money
from ocop_desk.fair.catalog import ProductRow
from ui.common.context import AppContext
from ui.common.dialog_parts import title_label
from ui.common.screen_fit import resize_within_screen
from ui.common.table_columns import ReadableColumns
from ui.common.table_model import Column, RecordTableModel
from ui.common.widgets import make_table, stars


class ProductDialog(QDialog):
    def __init__(self, ctx: AppContext, product: ProductRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productDialog")
        self.setWindowTitle(product.name)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(product.name))
        layout.addLayout(self._build_card(product))
        event = ctx.current_event
        self.lots: list[LotRecord] = list_lots(ctx.store, event.id, product_id=product.id) if event else []
        caption = QLabel(self.tr("Lots at this fair: %1").replace("%1", fmt_int(len(self.lots))))
        caption.setObjectName("sectionLabel")
        layout.addWidget(caption)
        self.model: RecordTableModel[LotRecord] = RecordTableModel(
            [
                Column(self.tr("Lot"), lambda r: r.lot_code),
                Column(self.tr("Booth"), lambda r: r.booth_code or ""),
                Column(self.tr("Day"), lambda r: fmt_date(r.day), sort=lambda r: r.day.toordinal() if r.day else 0),
                Column(self.tr("Quantity"), lambda r: fmt_int(r.quantity), sort=lambda r: r.quantity,
                       align_right=True),
                Column(self.tr("Produced"), lambda r: fmt_date(r.produced_on),
                       sort=lambda r: r.produced_on.toordinal() if r.produced_on else 0),
                Column(self.tr("Expires"), lambda r: fmt_date(r.expires_on),
                       sort=lambda r: r.expires_on.toordinal() if r.expires_on else 0),
                Column(self.tr("Recorded by"), lambda r: r.operator or ""),
            ],
            self,
        )
        self.table = make_table(self.model, self, stretch_column=6)
        self.table.setObjectName("productLots")
        self.columns = ReadableColumns(self.table, 6, stretch_minimum=120)
        self.model.set_records(self.lots)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        layout.addWidget(buttons)
        resize_within_screen(self, 760, 520)

    def _build_card(self, product: ProductRow) -> QFormLayout:
        form = QFormLayout()
        rows = [
            (self.tr("Code"), product.code),
            (self.tr("Producer"), product.producer + (f" · {product.province}" if product.province else "")),
            (self.tr("OCOP"), stars(product.stars) or "—"),
            (self.tr("Category"), product.category or "—"),
            (self.tr("Price"), (fmt_money(product.price) + (f" / {product.unit}" if product.unit else ""))
             if product.price is not None else "—"),
            (self.tr("GTIN"), product.gtin or "—"),
            (self.tr("Certificate"), " · ".join(p for p in (product.certificate_no or "",
                                                           fmt_date(product.certificate_expires)) if p) or "—"),
        ]
        for caption, value in rows:
            label = QLabel(value)
            label.setWordWrap(True)
            form.addRow(caption, label)
        return form
