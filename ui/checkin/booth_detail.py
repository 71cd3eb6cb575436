"""A booth's detail from the board: producer, products, attendance and history; mark it left or absent;
record the product lots it brought today."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ocop_desk.checkin import desk, lots
from ocop_desk.checkin.desk import BoothDetail, DayRecord, HistoryEntry, ProductBrief
from ocop_desk.checkin.lots import LotRecord
from ocop_desk.core.errors import DomainError, OcopError
from ocop_desk.core.formatting import fmt_date, fmt_datetime, fmt_money, fmt_time
from ocop_desk.core.validate import parse_date
from ocop_desk.store.audit import describe
from ui.common.connection import Saved, run_action
from ui.common.context import AppContext, Change
from ui.common.errors import show_error
from ui.common.screen_fit import resize_within_screen
from ui.common.table_model import Column, RecordTableModel
from ui.common.widgets import make_table, stars

STYLE = """
#boothHeadline { font-size: 18pt; font-weight: 700; color: #1f3b2d; }
#boothStatus { font-size: 12pt; font-weight: 600; padding: 4px 10px; border-radius: 6px; }
#lotWarnings { background: #fff4d6; border: 1px solid #f2b134; border-radius: 6px; padding: 6px 10px;
               color: #5a3d00; }
#lotSaved { color: #1e7d3a; font-weight: 600; }
"""
STATUS_COLOURS = {"present": ("#2e8b4e", "white"), "left": ("#7c8fa8", "white"), "absent": ("#d9534f", "white"),
                  "expected": ("#e8ece9", "#2b3a31"), "off": ("#f1f1ee", "#7a7a72")}


class BoothDetailDialog(QDialog):
    def __init__(self, ctx: AppContext, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert ctx.current_event is not None and ctx.day is not None
        self.setObjectName("boothDetailDialog")
        self.setStyleSheet(STYLE)
        self.ctx, self.code = ctx, code
        self.event_id, self.day = ctx.current_event.id, ctx.day
        self.detail: BoothDetail = desk.booth_detail(ctx.store, self.event_id, code)
        booth = self.detail.booth
        self.setWindowTitle(self.tr("Booth %1").replace("%1", booth.code))
        resize_within_screen(self, 860, 620)

        layout = QVBoxLayout(self)
        # The minimum size is fixed below; letting the layout change it when the warnings appear makes some
        # window systems relayout the whole dialog.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(720, 520)
        headline = QLabel(f"{booth.code} · {booth.producer}")
        headline.setObjectName("boothHeadline")
        headline.setWordWrap(True)
        layout.addWidget(headline)
        facts = [booth.zone, self.detail.address, self.detail.province]
        contact = " · ".join(x for x in (self.detail.contact, booth.phone) if x)
        info = QLabel(" · ".join(x for x in facts if x) + (f"\n{contact}" if contact else ""))
        info.setWordWrap(True)
        layout.addWidget(info)

        status_row = QHBoxLayout()
        self.status_label = QLabel()
        self.status_label.setObjectName("boothStatus")
        self.status_label.setWordWrap(True)
        status_row.addWidget(self.status_label, 1)
        self.status_buttons: dict[str, QPushButton] = {}
        for status, text in (("present", self.tr("Mark present")), ("left", self.tr("Mark left")),
                             ("absent", self.tr("Mark absent"))):
            button = QPushButton(text)
            button.setObjectName(f"mark_{status}")
            button.clicked.connect(lambda _=False, s=status: self.mark(s))
            status_row.addWidget(button)
            self.status_buttons[status] = button
        layout.addLayout(status_row)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._lots_tab(), self.tr("Lots today"))
        self.tabs.addTab(self._products_tab(), self.tr("Products (%1)").replace("%1", str(len(self.detail.products))))
        self.tabs.addTab(self._history_tab(), self.tr("History"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("closeButton")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_status()
        self._load_lots()
        # Opened to record lots: the form has the keys and Enter records (never "Mark left" by accident).
        self.add_lot_button.setDefault(True)
        self.product_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- status ----------------------------------------------------------------------------------------

    def _today(self) -> DayRecord | None:
        return next((d for d in self.detail.days if d.day == self.day), None)

    def _show_status(self) -> None:
        today = self._today()
        status = today.status if today else "expected"
        words = {"present": self.tr("Present since %1"), "left": self.tr("Left at %1"), "absent": self.tr("Absent"),
                 "expected": self.tr("Expected, not checked in yet"), "off": self.tr("Not registered for this day")}
        when = (today.left_at if status == "left" else today.checked_in_at) if today else None
        text = words[status].replace("%1", fmt_time(when) if when else "")
        if today and today.by and status in ("present", "left"):
            text += " · " + self.tr("checked in by %1").replace("%1", today.by)
        bg, fg = STATUS_COLOURS[status]
        self.status_label.setStyleSheet(f"background: {bg}; color: {fg};")
        self.status_label.setText(f"{fmt_date(self.day)}: {text}")
        for key, button in self.status_buttons.items():
            button.setEnabled(key != status)

    def mark(self, status: str) -> None:
        store, actor, event_id, day, code = self.ctx.store, self.ctx.actor, self.event_id, self.day, self.code
        saved = run_action(self.ctx, self.tr("Mark booth %1 as %2").replace("%1", code).replace("%2", status),
                           lambda: desk.set_status(store, actor, event_id, day, code, status), parent=self,
                           on_error=lambda exc: show_error(self, exc), notify=Change.CHECKIN)
        if not isinstance(saved, Saved):
            return
        self._reload()
        self.ctx.changed(Change.CHECKIN)

    def _reload(self) -> None:
        self.detail = desk.booth_detail(self.ctx.store, self.event_id, self.code)
        self._show_status()
        self.days_model.set_records(self.detail.days)
        self.history_model.set_records(self.detail.history)

    # -- tabs ------------------------------------------------------------------------------------------

    def _products_tab(self) -> QWidget:
        model: RecordTableModel[ProductBrief] = RecordTableModel([
            Column(self.tr("Code"), lambda p: p.code),
            Column(self.tr("Product"), lambda p: p.name),
            Column(self.tr("OCOP"), lambda p: stars(p.stars), sort=lambda p: p.stars or 0),
            Column(self.tr("Unit"), lambda p: p.unit),
            Column(self.tr("Price"), lambda p: fmt_money(p.price) if p.price is not None else "",
                   sort=lambda p: p.price or 0, align_right=True),
            Column(self.tr("Certificate valid to"), lambda p: fmt_date(p.certificate_expires)),
        ], self)
        model.set_records(self.detail.products)
        table = make_table(model, self, stretch_column=1)
        table.setObjectName("boothProducts")
        return table

    def _history_tab(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        words = {"present": self.tr("present"), "left": self.tr("left"), "absent": self.tr("absent"),
                 "expected": self.tr("expected"), "off": self.tr("not registered")}
        self.days_model: RecordTableModel[DayRecord] = RecordTableModel([
            Column(self.tr("Day"), lambda d: fmt_date(d.day), sort=lambda d: d.day.toordinal()),
            Column(self.tr("Status"), lambda d: words.get(d.status, d.status)),
            Column(self.tr("Checked in"), lambda d: fmt_time(d.checked_in_at)),
            Column(self.tr("Left"), lambda d: fmt_time(d.left_at)),
            Column(self.tr("By"), lambda d: d.by),
        ], self)
        self.days_model.set_records(self.detail.days)
        days = make_table(self.days_model, self, stretch_column=4)
        days.setMaximumHeight(150)
        layout.addWidget(days)
        self.history_model: RecordTableModel[HistoryEntry] = RecordTableModel([
            Column(self.tr("When"), lambda h: fmt_datetime(h.at)),
            Column(self.tr("What"), lambda h: describe(h.action, h.details).what),
            Column(self.tr("Operator"), lambda h: h.operator),
            Column(self.tr("Station"), lambda h: h.station),
            Column(self.tr("Details"), lambda h: describe(h.action, h.details).details),
        ], self)
        self.history_model.set_records(self.detail.history)
        history = make_table(self.history_model, self, stretch_column=4)
        history.setObjectName("boothHistory")
        layout.addWidget(history, 1)
        return box

    def _lots_tab(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        form = QFormLayout()
        self.product_combo = QComboBox()
        self.product_combo.setObjectName("lotProduct")
        for p in self.detail.products:
            self.product_combo.addItem(f"{p.name}  ({p.code})", p.code)
        form.addRow(self.tr("Product"), self.product_combo)
        self.lot_code = QLineEdit()
        self.lot_code.setObjectName("lotCode")
        self.lot_code.setPlaceholderText(self.tr("blank = numbered automatically"))
        form.addRow(self.tr("Lot code"), self.lot_code)
        self.quantity = QSpinBox()
        self.quantity.setObjectName("lotQuantity")
        self.quantity.setRange(1, 1_000_000)
        self.quantity.setValue(10)
        self.quantity.setMaximumWidth(160)
        form.addRow(self.tr("Quantity"), self.quantity)
        dates = QHBoxLayout()
        self.produced = QLineEdit()
        self.produced.setObjectName("lotProduced")
        self.produced.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.expires = QLineEdit()
        self.expires.setObjectName("lotExpires")
        self.expires.setPlaceholderText(self.tr("dd/mm/yyyy"))
        dates.addWidget(QLabel(self.tr("Production date (NSX)")))
        dates.addWidget(self.produced)
        dates.addWidget(QLabel(self.tr("Expiry date (HSD)")))
        dates.addWidget(self.expires)
        form.addRow(dates)
        layout.addLayout(form)
        self.warnings = QLabel()
        self.warnings.setObjectName("lotWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.hide()
        layout.addWidget(self.warnings)
        row = QHBoxLayout()
        self.saved = QLabel()
        self.saved.setObjectName("lotSaved")
        row.addWidget(self.saved, 1)
        self.add_lot_button = QPushButton(self.tr("Record lot"))
        self.add_lot_button.setObjectName("addLotButton")
        self.add_lot_button.setEnabled(bool(self.detail.products))
        self.add_lot_button.clicked.connect(self.add_lot)
        row.addWidget(self.add_lot_button)
        layout.addLayout(row)
        self.lots_model: RecordTableModel[LotRecord] = RecordTableModel([
            Column(self.tr("Lot"), lambda r: r.lot_code),
            Column(self.tr("Product"), lambda r: r.product_name),
            Column(self.tr("Quantity"), lambda r: r.quantity, align_right=True),
            Column(self.tr("NSX"), lambda r: fmt_date(r.produced_on)),
            Column(self.tr("HSD"), lambda r: fmt_date(r.expires_on)),
            Column(self.tr("By"), lambda r: r.operator),
        ], self)
        table = make_table(self.lots_model, self, stretch_column=1)
        table.setObjectName("boothLots")
        layout.addWidget(table, 1)
        for edit in (self.produced, self.expires):
            edit.textChanged.connect(self._preview_warnings)
        self.product_combo.currentIndexChanged.connect(self._preview_warnings)
        return box

    def _load_lots(self) -> None:
        self.lots_model.set_records(lots.list_lots(self.ctx.store, self.event_id, booth_code=self.code, day=self.day))

    def _dates(self) -> tuple[dt.date | None, dt.date | None]:
        return (parse_date(self.produced.text(), self.tr("Production date")),
                parse_date(self.expires.text(), self.tr("Expiry date")))

    def _preview_warnings(self) -> None:
        """Show before saving what will be warned about (the lot is still recorded)."""
        code = self.product_combo.currentData()
        try:
            produced, expires = self._dates()
            product = lots.resolve_product(self.ctx.store, code) if code else None
        except DomainError:
            self._show_warnings([])
            return
        self._show_warnings(lots.lot_warnings(product, produced, expires) if product else [])

    def _show_warnings(self, warnings: list[str]) -> None:
        self.warnings.setText("⚠ " + "\n⚠ ".join(warnings) if warnings else "")
        self.warnings.setVisible(bool(warnings))

    def confirm_dates(self, problems: list[str]) -> bool:
        """An expiry already past or before the production date: recorded (and later labelled) only when the
        coordinator says the dates are right. No is the default: Enter does not wave it through."""
        from ui.common.dialog_parts import confirm_anyway

        return confirm_anyway(self, self.tr("Check the dates"), "\n".join(problems) + "\n\n" + self.tr(
            "Record this lot with these dates anyway?"), self.tr("Record anyway"), self.tr("Correct the dates"))

    def add_lot(self) -> None:
        self.saved.clear()
        try:
            produced_on, expires_on = self._dates()
        except OcopError as exc:
            show_error(self, exc)
            return
        problems = lots.date_problems(produced_on, expires_on)
        if problems and not self.confirm_dates(problems):
            self.expires.setFocus(Qt.FocusReason.OtherFocusReason)
            self.expires.selectAll()
            return
        store, actor, event_id, code, day = self.ctx.store, self.ctx.actor, self.event_id, self.code, self.day
        product_id, quantity = self.product_combo.currentData(), self.quantity.value()
        lot_code, produced, expires = self.lot_code.text() or None, self.produced.text() or None, self.expires.text() or None
        accept = bool(problems)
        saved = run_action(self.ctx, self.tr("New lot for booth %1").replace("%1", code),
                           lambda: lots.add_lot(store, actor, event_id, code, product_id, quantity, lot_code=lot_code,
                                                produced=produced, expires=expires, day=day, accept_dates=accept),
                           parent=self, on_error=lambda exc: show_error(self, exc), notify=Change.LOTS)
        if not isinstance(saved, Saved):
            return
        result = saved.value
        self._show_warnings(result.warnings)
        self.saved.setText(self.tr("Recorded lot %1 (%2 items).").replace("%1", result.record.lot_code).replace(
            "%2", str(result.record.quantity)))
        self.lot_code.clear()
        self._load_lots()
        self._reload()
        self.ctx.changed(Change.LOTS)
        self.lot_code.setFocus(Qt.FocusReason.OtherFocusReason)
