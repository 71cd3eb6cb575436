"""Products & lots: the fair's products with stars, producer and accent-free search."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QMenu, QVBoxLayout, QWidget

from ocop_desk.core.formatting import fmt_date, fmt_int, fmt_money
from ocop_desk.fair.catalog import ProductRow, list_products
from ui.common.context import AppContext
from ui.common.page import Page, page_header
from ui.common.settings import app_settings
from ui.common.table_columns import ReadableColumns
from ui.common.table_model import Column, RecordTableModel
from ui.common.widgets import make_table, stars
from ui.fair.product_dialog import ProductDialog


class ProductsPage(Page):
    object_name = "productsPage"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.header = page_header(self.title(), self.tr("Every certified product of the producers at this fair."))
        layout.addWidget(self.header)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("productSearch")
        self.search.setPlaceholderText(self.tr("Search name, code, GTIN or producer (accents optional)…"))
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 1)
        self.all_products = QCheckBox(self.tr("All events"))
        self.all_products.setToolTip(self.tr("Show products of every producer in the database"))
        bar.addWidget(self.all_products)
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        bar.addWidget(self.count)
        layout.addLayout(bar)

        self.model: RecordTableModel[ProductRow] = RecordTableModel(
            [
                Column(self.tr("Code"), lambda r: r.code),
                Column(self.tr("Product"), lambda r: r.name),
                Column(self.tr("Producer"), lambda r: r.producer, tooltip=lambda r: r.province or ""),
                Column(self.tr("OCOP"), lambda r: stars(r.stars), sort=lambda r: r.stars or 0),
                Column(self.tr("Lots"), lambda r: fmt_int(r.lot_count), sort=lambda r: r.lot_count,
                       align_right=True),
                Column(self.tr("Price"), lambda r: fmt_money(r.price) if r.price is not None else "",
                       sort=lambda r: r.price or 0, align_right=True),
                Column(self.tr("Unit"), lambda r: r.unit),
                Column(self.tr("Category"), lambda r: r.category),
                Column(self.tr("Certificate valid to"), lambda r: fmt_date(r.certificate_expires),
                       sort=lambda r: r.certificate_expires.toordinal() if r.certificate_expires else 0),
            ],
            self,
        )
        self.table = make_table(self.model, self, stretch_column=1)
        self.table.setObjectName("productsTable")
        self.columns = ReadableColumns(self.table, 1, stretch_minimum=240, widest=220, settings=app_settings(),
                                       settings_key="columns/products")
        self.table.setToolTip(self.tr("Double-click a product to see its lots"))
        self.table.doubleClicked.connect(lambda index: self.open_product(index.row()))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        layout.addWidget(self.table, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.refresh_now)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.all_products.toggled.connect(lambda _: self.refresh_now())

    def product_at(self, row: int) -> ProductRow | None:
        """The product on a row of the table as shown (sorted)."""
        proxy = self.table.model()
        if not 0 <= row < proxy.rowCount():
            return None
        source = proxy.mapToSource(proxy.index(row, 0))  # type: ignore[attr-defined]
        return self.model.record(source.row())

    def open_product(self, row: int) -> ProductDialog | None:
        product = self.product_at(row)
        if product is None:
            return None
        self.product_dialog = ProductDialog(self.ctx, product, self)
        self.product_dialog.open()
        return self.product_dialog

    def _menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open the product and its lots…"), lambda: self.open_product(index.row()))
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def title(self) -> str:
        return self.tr("Products & lots")

    def refresh(self) -> None:
        event_id = None if self.all_products.isChecked() or self.ctx.current_event is None else self.ctx.current_event.id
        rows = list_products(self.ctx.store, self.search.text(), event_id=event_id)
        self.model.set_records(rows)
        self.count.setText(self.tr("%n product(s)", "", len(rows)))
