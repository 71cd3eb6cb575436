"""Dialogs of the livestream page: a session's details, its end with the platform's totals, a live price."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ocop_desk.core.errors import DomainError
from ocop_desk.core.formatting import fmt_int, fmt_money, qt_datetime_format
from ocop_desk.core.textnorm import fold
from ocop_desk.fair.catalog import ProductRow
from ocop_desk.live.service import MAX_COUNT, PLATFORM_NAMES, PLATFORMS, SessionInfo, SessionTotals
from ui.common.dialog_parts import fit_height
from ui.common.screen_fit import resize_within_screen

_AMOUNT = re.compile(r"^-?\d[\d., ]*$")


class AmountEdit(QLineEdit):
    """A whole number that may be typed with thousands separators (750.000.000); empty = not entered."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMaxLength(40)

    def value(self) -> int | None:
        text = self.text().strip().replace("₫", "").replace("đ", "").strip()
        if not text:
            return None
        if not _AMOUNT.match(text):
            raise DomainError(self.tr("%1: '%2' is not a whole number.").replace("%1", self.field).replace(
                "%2", text[:30]), hint=self.tr("Type digits only, e.g. 750000000 or 750.000.000."))
        return int(re.sub(r"[., ]", "", text))

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else fmt_int(value))


def _to_qt(value: dt.datetime | None) -> QDateTime:
    if value is None:
        return QDateTime.currentDateTime()
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()))


def _from_qt(value: QDateTime) -> dt.datetime:
    return dt.datetime.fromtimestamp(value.toSecsSinceEpoch(), dt.UTC)


class OptionalTime(QWidget):
    """A date-time with a tick box: unticked means 'not set'."""

    def __init__(self, value: dt.datetime | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox()
        self.edit = QDateTimeEdit(_to_qt(value))
        self.edit.setDisplayFormat(qt_datetime_format())
        self.edit.setCalendarPopup(True)
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)

    def value(self) -> dt.datetime | None:
        return _from_qt(self.edit.dateTime()) if self.check.isChecked() else None


class SessionDialog(QDialog):
    """New session or edit one: platform, channel, hosts, title, times, featured products in show order, notes."""

    def __init__(self, products: list[ProductRow], info: SessionInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveSessionDialog")
        self.info = info
        self.setWindowTitle(self.tr("Edit live session") if info else self.tr("New live session"))
        self.products = {p.id: p for p in products}
        outer = QHBoxLayout(self)
        form = QFormLayout()
        self.platform = QComboBox()
        self.platform.setObjectName("platformCombo")
        for key in PLATFORMS:
            self.platform.addItem(self.tr("Other") if key == "other" else PLATFORM_NAMES[key], key)
        form.addRow(self.tr("Platform"), self.platform)
        self.channel = QLineEdit()
        self.channel.setObjectName("channelEdit")
        self.channel.setPlaceholderText(self.tr("e.g. OCOP Hải Phòng official"))
        form.addRow(self.tr("Channel"), self.channel)
        self.hosts = QLineEdit()
        self.hosts.setObjectName("hostsEdit")
        self.hosts.setPlaceholderText(self.tr("Names, separated by commas"))
        form.addRow(self.tr("Hosts"), self.hosts)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("titleEdit")
        form.addRow(self.tr("Title"), self.title_edit)
        self.planned_start = OptionalTime(info.planned_start if info else None)
        form.addRow(self.tr("Planned start"), self.planned_start)
        self.planned_end = OptionalTime(info.planned_end if info else None)
        form.addRow(self.tr("Planned end"), self.planned_end)
        self.started: QDateTimeEdit | None = None
        self.ended: OptionalTime | None = None
        if info is not None:
            self.started = QDateTimeEdit(_to_qt(info.started_at))
            self.started.setDisplayFormat(qt_datetime_format())
            self.started.setObjectName("startedEdit")
            form.addRow(self.tr("Went live at"), self.started)
            self.ended = OptionalTime(info.ended_at)
            self.ended.setObjectName("endedEdit")
            form.addRow(self.tr("Ended at"), self.ended)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notesEdit")
        self.notes.setMaximumHeight(90)
        self.notes.setTabChangesFocus(True)  # Tab goes on to the products, as in every other field
        form.addRow(self.tr("Notes"), self.notes)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        outer.addLayout(left, 2)

        picker = QGridLayout()
        picker.addWidget(QLabel(self.tr("The fair's products")), 0, 0)
        picker.addWidget(QLabel(self.tr("Featured, in show order")), 0, 2)
        self.search = QLineEdit()
        self.search.setObjectName("productFilter")
        self.search.setPlaceholderText(self.tr("Filter (accents optional)…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        picker.addWidget(self.search, 1, 0)
        self.available = QListWidget()
        self.available.setObjectName("availableProducts")
        self.available.itemDoubleClicked.connect(lambda _: self._add())
        picker.addWidget(self.available, 2, 0)
        moves = QVBoxLayout()
        moves.addStretch(1)
        for text, name, slot in ((self.tr("Add →"), "addProduct", self._add),
                                 (self.tr("← Remove"), "removeProduct", self._remove),
                                 (self.tr("Up"), "moveUp", lambda: self._move(-1)),
                                 (self.tr("Down"), "moveDown", lambda: self._move(1))):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            moves.addWidget(button)
        moves.addStretch(1)
        picker.addLayout(moves, 1, 1, 2, 1)
        self.featured = QListWidget()
        self.featured.setObjectName("featuredProducts")
        self.featured.itemDoubleClicked.connect(lambda _: self._remove())
        picker.addWidget(self.featured, 1, 2, 2, 1)
        right = QVBoxLayout()
        right.addLayout(picker, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Save") if info else self.tr("Go live"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        right.addWidget(self.buttons)
        outer.addLayout(right, 3)
        for view in (self.available, self.featured):
            view.setMinimumWidth(250)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setTextElideMode(Qt.TextElideMode.ElideRight)
        for p in products:
            item = QListWidgetItem(f"{p.name}  ·  {p.code}")
            item.setToolTip(f"{p.name}\n{p.producer}\n{p.code}")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, fold(f"{p.name} {p.code} {p.producer}"))
            self.available.addItem(item)
        if info is not None:
            self.platform.setCurrentIndex(max(0, PLATFORMS.index(info.platform) if info.platform in PLATFORMS else 0))
            self.channel.setText(info.channel or "")
            self.hosts.setText(", ".join(info.hosts))
            self.title_edit.setText(info.title or "")
            self.notes.setPlainText(info.notes or "")
            for fp in info.products:
                self._feature(fp.product_id, f"{fp.name}  ·  {fp.code}")
        self.hosts.textChanged.connect(self._validate)
        self._validate()
        resize_within_screen(self, 1080, 560)

    def _validate(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.host_names()))

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        for i in range(self.available.count()):
            item = self.available.item(i)
            blob = item.data(Qt.ItemDataRole.UserRole + 1)
            item.setHidden(not all(w in blob for w in words))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Enter in the product filter features the match; it does not go live yet."""
        if (watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._add_first_match()
            return True
        return super().eventFilter(watched, event)

    def _add_first_match(self) -> None:
        """Enter in the filter: feature the first product it leaves, then select the filter for the next one."""
        shown = [self.available.item(i) for i in range(self.available.count()) if not self.available.item(i).isHidden()]
        if shown and self.search.text().strip():
            self.available.setCurrentItem(shown[0])
            self._add()
            self.search.selectAll()

    def _feature(self, product_id: int, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, product_id)
        self.featured.addItem(item)

    def _add(self) -> None:
        for item in self.available.selectedItems() or ([self.available.currentItem()]
                                                        if self.available.currentItem() else []):
            pid = item.data(Qt.ItemDataRole.UserRole)
            if pid not in self.featured_ids():
                self._feature(pid, item.text())

    def _remove(self) -> None:
        row = self.featured.currentRow()
        if row >= 0:
            self.featured.takeItem(row)

    def _move(self, step: int) -> None:
        row = self.featured.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.featured.count():
            return
        item = self.featured.takeItem(row)
        self.featured.insertItem(target, item)
        self.featured.setCurrentRow(target)

    def featured_ids(self) -> list[int]:
        return [self.featured.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.featured.count())]

    def feature_codes(self, codes: list[str]) -> None:
        """Put products on the show list by code (used by tests and by 'same as last session')."""
        by_code = {p.code: p for p in self.products.values()}
        for code in codes:
            p = by_code[code]
            if p.id not in self.featured_ids():
                self._feature(p.id, f"{p.name}  ·  {p.code}")

    def host_names(self) -> list[str]:
        return [n.strip() for n in self.hosts.text().split(",") if n.strip()]

    def values(self) -> dict[str, Any]:
        codes = [self.products[pid].code for pid in self.featured_ids() if pid in self.products]
        if self.info is not None:  # products no longer in the fair list stay as they are
            known = {fp.product_id: fp.code for fp in self.info.products}
            codes = [self.products[pid].code if pid in self.products else known[pid] for pid in self.featured_ids()]
        data: dict[str, Any] = {
            "platform": self.platform.currentData(),
            "channel": self.channel.text() or None,
            "hosts": self.host_names(),
            "title": self.title_edit.text() or None,
            "planned_start": self.planned_start.value(),
            "planned_end": self.planned_end.value(),
            "notes": self.notes.toPlainText() or None,
            "product_refs": codes,
        }
        if self.started is not None and self.ended is not None:
            data["started_at"] = _from_qt(self.started.dateTime())
            data["ended_at"] = self.ended.value()
        return data


METRICS = (
    ("views", "views"), ("unique_viewers", "unique_viewers"), ("peak_viewers", "peak_viewers"), ("reach", "reach"),
    ("sku_orders", "sku_orders"), ("items_sold", "items_sold"), ("gmv", "gmv"), ("direct_gmv", "direct_gmv"),
)


class EndDialog(QDialog):
    """When the session ended and what the platform's dashboard reports, beside the on-site tally."""

    def __init__(self, info: SessionInfo, totals: SessionTotals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveEndDialog")
        self.setWindowTitle(self.tr("End the session"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Type the totals the platform's dashboard shows. Leave a field empty if the "
                               "platform does not report it; you can complete them later."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setColumnMinimumWidth(2, 110)  # the on-site tally beside each figure, up to ₫999,999,999
        grid.addWidget(QLabel(self.tr("Ended at")), 0, 0)
        self.ended = QDateTimeEdit(_to_qt(info.ended_at) if info.ended_at else QDateTime.currentDateTime())
        self.ended.setObjectName("endedAt")
        self.ended.setDisplayFormat(qt_datetime_format())
        self._end_typed = False  # untouched: the service uses 'now' (or the end already stored) to the second
        self.ended.dateTimeChanged.connect(lambda _: setattr(self, "_end_typed", True))
        grid.addWidget(self.ended, 0, 1)
        head = QLabel(self.tr("On-site tally"))
        head.setObjectName("tileCaption")
        grid.addWidget(head, 0, 2)
        labels = {
            "views": self.tr("Views"), "unique_viewers": self.tr("Unique viewers"),
            "peak_viewers": self.tr("Peak concurrent viewers"), "reach": self.tr("Reach"),
            "sku_orders": self.tr("SKU orders"), "items_sold": self.tr("Items sold"),
            "gmv": self.tr("GMV (đồng)"), "direct_gmv": self.tr("Direct GMV (đồng)"),
        }
        tally = {"sku_orders": fmt_int(totals.orders), "items_sold": fmt_int(totals.items),
                 "gmv": fmt_money(totals.revenue)}
        self.fields: dict[str, AmountEdit] = {}
        for row, (key, _) in enumerate(METRICS, start=1):
            grid.addWidget(QLabel(labels[key]), row, 0)
            edit = AmountEdit(labels[key])
            edit.setObjectName(f"pf_{key}")
            edit.set_value(getattr(info.platform_totals, key))
            self.fields[key] = edit
            grid.addWidget(edit, row, 1)
            grid.addWidget(QLabel(tally.get(key, "")), row, 2)
        layout.addLayout(grid)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("End session"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.fields["views"].setFocus(Qt.FocusReason.OtherFocusReason)  # the end time is usually now: figures first

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        fit_height(self)  # the wrapped intro takes more lines at the dialog's width than at its minimum

    def values(self) -> dict[str, Any]:
        """Raises DomainError naming the field when a figure is not a number."""
        data: dict[str, Any] = {key: edit.value() for key, edit in self.fields.items()}
        data["ended_at"] = _from_qt(self.ended.dateTime()) if self._end_typed else None
        return data


class PriceDialog(QDialog):
    """The live (deal) price of one product for the rest of this session; empty = back to the list price."""

    def __init__(self, name: str, list_price: int | None, live_price: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("livePriceDialog")
        self.setWindowTitle(self.tr("Live price"))
        form = QFormLayout(self)
        form.addRow(QLabel(f"<b>{name}</b>"))
        form.addRow(self.tr("List price"), QLabel(fmt_money(list_price)))
        self.price = AmountEdit(self.tr("Live price"))
        self.price.setObjectName("livePriceEdit")
        self.price.setPlaceholderText(self.tr("empty = list price"))
        self.price.set_value(live_price)
        form.addRow(self.tr("Live price (đồng)"), self.price)
        note = QLabel(self.tr("Counts already recorded keep the price they were made at."))
        note.setWordWrap(True)
        form.addRow(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def value(self) -> int | None:
        return self.price.value()


class CorrectionDialog(QDialog):
    """A visible correction with its reason: items and orders may go up or down, totals never below zero."""

    def __init__(self, products: list[tuple[int, str]], selected: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveCorrectionDialog")
        self.setWindowTitle(self.tr("Correct the tally"))
        form = QFormLayout(self)
        intro = QLabel(self.tr("A correction is recorded as its own row beside the counts; nothing is erased."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.product = QComboBox()
        self.product.setObjectName("correctionProduct")
        for pid, name in products:
            self.product.addItem(name, pid)
        if selected is not None and selected in [p for p, _ in products]:
            self.product.setCurrentIndex([p for p, _ in products].index(selected))
        form.addRow(self.tr("Product"), self.product)
        self.items = QSpinBox()
        self.items.setObjectName("correctionItems")
        self.items.setRange(-MAX_COUNT, MAX_COUNT)
        self.items.setValue(-1)
        form.addRow(self.tr("Change of items sold"), self.items)
        self.orders = QSpinBox()
        self.orders.setObjectName("correctionOrders")
        self.orders.setRange(-MAX_COUNT, MAX_COUNT)
        form.addRow(self.tr("Change of orders"), self.orders)
        self.reason = QLineEdit()
        self.reason.setObjectName("correctionReason")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("e.g. counted twice, order cancelled"))
        form.addRow(self.tr("Reason"), self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record correction"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for signal in (self.reason.textChanged, self.items.valueChanged, self.orders.valueChanged):
            signal.connect(self._validate)
        self._validate()
        self.setMinimumWidth(440)

    def _validate(self) -> None:
        ok = bool(self.reason.text().strip()) and (self.items.value() != 0 or self.orders.value() != 0)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> tuple[int, int, int, str]:
        return self.product.currentData(), self.items.value(), self.orders.value(), self.reason.text()
