"""Labels: pick lots, see the sheet as it will print, save a PDF or print it; the print log and reprints."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ocop_desk.core.errors import OcopError
from ocop_desk.core.formatting import fmt_date, fmt_datetime, fmt_int
from ocop_desk.labels import content as label_content
from ocop_desk.labels.render import load_pdf_types
from ocop_desk.labels.selection import LotFilter, LotRow, booth_codes, products_with_lots, select_lots
from ocop_desk.labels.service import (
    JobInfo,
    LabelRequest,
    PreparedLabels,
    PrintResult,
    labels_pdf,
    prepare,
    print_log,
)
from ocop_desk.labels.templates import Template, list_templates
from ui.common.context import AppContext, Change
from ui.common.errors import show_error
from ui.common.file_dialogs import save_file_name
from ui.common.page import Page, page_header
from ui.common.saved_message import show_saved
from ui.common.settings import app_settings
from ui.common.table_columns import ReadableColumns
from ui.common.table_model import Column, RecordTableModel
from ui.common.tasks import Task
from ui.common.widgets import make_table, stars

Index = QModelIndex | QPersistentModelIndex
MODES = ("unprinted", "all", "booth", "product")


class LotChoiceModel(RecordTableModel[LotRow]):
    """The lots on offer, with a tick box in the first column: ticked lots get labels."""

    def __init__(self, columns: list[Column[LotRow]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.unticked: set[int] = set()

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            lot = self.records[index.row()].lot_id
            return Qt.CheckState.Unchecked if lot in self.unticked else Qt.CheckState.Checked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        lot = self.records[index.row()].lot_id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.unticked.discard(lot)
        else:
            self.unticked.add(lot)
        self.dataChanged.emit(index, index, [role])
        return True

    def chosen(self) -> list[LotRow]:
        return [r for r in self.records if r.lot_id not in self.unticked]

    def set_all(self, ticked: bool) -> None:
        self.beginResetModel()
        self.unticked = set() if ticked else {r.lot_id for r in self.records}
        self.endResetModel()


class LabelsPage(Page):
    object_name = "labelsPage"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.prepared: PreparedLabels | None = None
        self.last_pdf: Path | None = None
        self.preview_page = 0
        layout = QVBoxLayout(self)
        layout.addWidget(page_header(self.title(), self.tr(
            "QR traceability labels for the lots booths bring: pick lots, check the sheet, then print.")))
        layout.addLayout(self._build_filters())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_tabs())
        splitter.addWidget(self._build_preview())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([730, 330])
        layout.addWidget(splitter, 1)
        layout.addWidget(self._build_actions())
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.update_preview)

    # -- building ----------------------------------------------------------------------------------

    def _build_filters(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        lots_label = QLabel(self.tr("&Lots:"))
        bar.addWidget(lots_label)
        self.mode = QComboBox()
        self.mode.setObjectName("lotMode")
        lots_label.setBuddy(self.mode)
        for key, text in zip(MODES, (self.tr("Checked in, not printed yet"), self.tr("All lots of the fair"),
                                     self.tr("By booth"), self.tr("By product")), strict=True):
            self.mode.addItem(text, key)
        bar.addWidget(self.mode)
        self.choice = QComboBox()
        self.choice.setObjectName("lotChoice")
        _narrow_combo(self.choice, 18)
        bar.addWidget(self.choice)
        self.day_only = QCheckBox(self.tr("Only the chosen day"))
        self.day_only.setObjectName("dayOnly")
        bar.addWidget(self.day_only)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Site address:")))
        self.resolver = QLineEdit()
        self.resolver.setObjectName("resolverEdit")
        self.resolver.setPlaceholderText("https://truyxuat.example.vn")
        self.resolver.setMinimumWidth(self.resolver.fontMetrics().horizontalAdvance("https://truyxuat.example") + 16)
        self.resolver.setToolTip(self.tr("The web address the QR codes point to; publish the site there "
                                         "(File → Write traceability site…)."))
        self.resolver.editingFinished.connect(self.save_resolver)
        bar.addWidget(self.resolver)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.choice.currentIndexChanged.connect(lambda _: self.reload_lots())
        self.day_only.toggled.connect(lambda _: self.reload_lots())
        return bar

    def _build_tabs(self) -> QTabWidget:
        self.tabs = QTabWidget()
        lots = QWidget()
        box = QVBoxLayout(lots)
        box.setContentsMargins(0, 6, 0, 0)
        self.lot_model = LotChoiceModel([
            Column(self.tr("Booth"), lambda r: r.booth_code or "—"),
            Column(self.tr("Product"), lambda r: r.product_name,
                   tooltip=lambda r: f"{r.product_name} · {stars(r.stars)}\n{r.producer_name}"),
            Column(self.tr("Lot"), lambda r: r.lot_code),
            Column(self.tr("Produced"), lambda r: fmt_date(r.produced_on) or "—",
                   sort=lambda r: r.produced_on.toordinal() if r.produced_on else 0),
            Column(self.tr("Expires"), self._expiry_text,
                   sort=lambda r: r.expires_on.toordinal() if r.expires_on else 0),
            Column(self.tr("Printed"), lambda r: fmt_int(r.printed) if r.printed else self.tr("never"),
                   sort=lambda r: r.printed, align_right=True),
        ], self)
        self.lot_table = make_table(self.lot_model, self, stretch_column=1)
        self.lot_table.setObjectName("lotTable")
        self.lot_columns = ReadableColumns(self.lot_table, 1, stretch_minimum=170, widest=140,
                                           settings=app_settings(), settings_key="columns/labelLots")
        self.lot_model.dataChanged.connect(lambda *_: self._selection_changed())
        self.lot_model.modelReset.connect(self._selection_changed)
        box.addWidget(self.lot_table, 1)
        row = QHBoxLayout()
        tick_all = QPushButton(self.tr("Tick all"))
        tick_all.clicked.connect(lambda: self.lot_model.set_all(True))
        untick = QPushButton(self.tr("Untick all"))
        untick.clicked.connect(lambda: self.lot_model.set_all(False))
        row.addWidget(tick_all)
        row.addWidget(untick)
        row.addStretch(1)
        self.lot_count = QLabel()
        self.lot_count.setObjectName("countLabel")
        row.addWidget(self.lot_count)
        box.addLayout(row)
        self.tabs.addTab(lots, self.tr("Lots"))

        log = QWidget()
        box = QVBoxLayout(log)
        box.setContentsMargins(0, 6, 0, 0)
        self.log_model: RecordTableModel[JobInfo] = RecordTableModel([
            Column(self.tr("When"), lambda j: fmt_datetime(j.printed_at), sort=lambda j: j.printed_at.timestamp()),
            Column(self.tr("What"), self._job_kind),
            Column(self.tr("Labels printed"), lambda j: fmt_int(j.label_count), sort=lambda j: j.label_count,
                   align_right=True),
            Column(self.tr("Template"), lambda j: j.template),
            Column(self.tr("By"), lambda j: j.operator or ""),
            Column(self.tr("Where"), lambda j: Path(j.destination).name or j.destination,
                   tooltip=lambda j: j.destination),
        ], self)
        self.log_table = make_table(self.log_model, self, stretch_column=5)
        self.log_table.setObjectName("printLogTable")
        self.log_table.doubleClicked.connect(lambda _index: self.reprint_selected())
        box.addWidget(self.log_table, 1)
        self.reprint_button = QPushButton(self.tr("Reprint the selected print"))
        self.reprint_button.setObjectName("reprintButton")
        self.reprint_button.clicked.connect(self.reprint_selected)
        box.addWidget(self.reprint_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs.addTab(log, self.tr("Print log"))
        return self.tabs

    def _build_preview(self) -> QWidget:
        panel = QFrame()
        panel.setObjectName("previewPanel")
        box = QVBoxLayout(panel)
        box.setContentsMargins(8, 0, 0, 0)
        head = QHBoxLayout()
        self.preview_title = QLabel()
        self.preview_title.setObjectName("previewTitle")
        head.addWidget(self.preview_title, 1)
        self.prev_button = QToolButton()
        self.prev_button.setText("‹")
        self.prev_button.clicked.connect(lambda: self.show_preview_page(self.preview_page - 1))
        self.next_button = QToolButton()
        self.next_button.setText("›")
        self.next_button.clicked.connect(lambda: self.show_preview_page(self.preview_page + 1))
        head.addWidget(self.prev_button)
        head.addWidget(self.next_button)
        box.addLayout(head)
        self.preview = QLabel()
        self.preview.setObjectName("sheetPreview")
        self.preview.setWordWrap(True)  # the messages shown instead of a sheet wrap in the narrow panel
        self.preview.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = self.preview_scroll = QScrollArea()
        scroll.setObjectName("previewScroll")
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview)
        box.addWidget(scroll, 1)
        return panel

    def _build_actions(self) -> QWidget:
        bar = QFrame()
        bar.setObjectName("labelActions")
        grid = QGridLayout(bar)
        grid.setContentsMargins(0, 8, 0, 0)
        grid.setHorizontalSpacing(10)
        self.template = QComboBox()
        self.template.setObjectName("templateCombo")
        _narrow_combo(self.template, 20)
        edit_templates = QPushButton(self.tr("Templates…"))
        edit_templates.setObjectName("templatesButton")
        edit_templates.clicked.connect(self.edit_templates)
        self.copies = QSpinBox()
        self.copies.setObjectName("copiesSpin")
        self.copies.setRange(1, 500)
        self.start = QSpinBox()
        self.start.setObjectName("startSpin")
        self.start.setToolTip(self.tr("On a partly used sheet: the first free label, counted left to right, "
                                      "top to bottom"))
        self.price = QCheckBox(self.tr("Print the price"))
        self.price.setObjectName("priceCheck")
        self.offline = QCheckBox(self.tr("Offline QR (text)"))
        self.offline.setObjectName("offlineCheck")
        self.offline.setToolTip(self.tr("For fairs without a website: the QR holds the product, producer, "
                                        "lot and dates as text"))
        row = QHBoxLayout()
        row.setSpacing(6)
        # Alt + the underlined letter reaches each field from the keyboard.
        for text, field, extra in ((self.tr("&Template:"), self.template, edit_templates),
                                   (self.tr("&Copies per lot:"), self.copies, None),
                                   (self.tr("&Start at position:"), self.start, None)):
            label = QLabel(text)
            label.setBuddy(field)
            row.addWidget(label)
            row.addWidget(field)
            if extra is not None:
                row.addWidget(extra)
            row.addSpacing(14)
        row.addStretch(1)
        grid.addLayout(row, 0, 0)
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        calibrate = QPushButton(self.tr("Calibrate printer…"))
        calibrate.setObjectName("calibrateButton")
        calibrate.clicked.connect(self.calibrate)
        buttons.addWidget(calibrate)
        buttons.addSpacing(8)
        buttons.addWidget(self.price)
        buttons.addWidget(self.offline)
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.setObjectName("savePdfButton")
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printButton")
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_labels)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        grid.addLayout(buttons, 1, 0)
        # Keys for the two outputs (the buttons are far from where the keyboard is).
        for keys, button in (("Ctrl+S", self.save_button), ("Ctrl+P", self.print_button)):
            action = QAction(button.text(), self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, b=button: b.isEnabled() and b.click())
            self.addAction(action)
            button.setToolTip(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))
        self.template.currentIndexChanged.connect(self._template_changed)
        for spin in (self.copies, self.start):
            spin.valueChanged.connect(lambda _: self._debounce.start())
        for box in (self.price, self.offline):
            box.toggled.connect(lambda _: self._debounce.start())
        return bar

    # -- data ----------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Labels")

    def refresh(self) -> None:
        """After any change (another station's check-in too, every second at a busy fair): new figures, but the
        coordinator's choices stay: the booth or product chosen, the lots unticked, a site address being typed."""
        self.reload_templates()
        event = self.ctx.current_event
        if not self.resolver.hasFocus():
            self.resolver.setText(event.resolver_base or "" if event else "")
            self.resolver.setCursorPosition(0)
        self._mode_changed(keep=True)
        self.reload_log()

    def reload_templates(self, select: str | None = None) -> None:
        current = select or (self.template.currentData().name if self.template.currentData() else "a4-3x8")
        self.template.blockSignals(True)
        self.template.clear()
        for t in list_templates(self.ctx.store):
            self.template.addItem(t.display_name() + ("" if t.builtin else " ✎"), t)
        index = next((i for i in range(self.template.count()) if self.template.itemData(i).name == current), 0)
        self.template.setCurrentIndex(index)
        self.template.blockSignals(False)
        self._template_changed()

    def _template_changed(self, *_: object) -> None:
        template: Template | None = self.template.currentData()
        if template is None:
            return
        self.start.setRange(1, template.per_page)
        self.start.setEnabled(template.per_page > 1)
        self._debounce.start()

    def _mode_changed(self, *_: object, keep: bool = False) -> None:
        mode = self.mode.currentData()
        chosen = self.choice.currentData() if keep else None
        self.choice.blockSignals(True)
        self.choice.clear()
        event = self.ctx.current_event
        if event is not None and mode == "booth":
            for code, producer in booth_codes(self.ctx.store, event.id):
                self.choice.addItem(f"{code} – {producer}", code)
        elif event is not None and mode == "product":
            for code, name in products_with_lots(self.ctx.store, event.id):
                self.choice.addItem(name, code)
        if chosen is not None and self.choice.findData(chosen) >= 0:
            self.choice.setCurrentIndex(self.choice.findData(chosen))
        self.choice.setVisible(mode in ("booth", "product"))
        self.choice.blockSignals(False)
        self.reload_lots(keep_ticks=keep)

    def current_filter(self) -> LotFilter:
        mode, value = self.mode.currentData(), self.choice.currentData()
        day = self.ctx.day if self.day_only.isChecked() or mode == "unprinted" else None
        return LotFilter(
            booth_codes=(value,) if mode == "booth" and value else (),
            product_codes=(value,) if mode == "product" and value else (),
            day=day, unprinted=mode == "unprinted", checked_in=mode == "unprinted")

    def reload_lots(self, keep_ticks: bool = False) -> None:
        rows = select_lots(self.ctx.store, self.ctx.current_event.id, self.current_filter()) if self.ctx.current_event else []
        kept = self.lot_model.unticked if keep_ticks else set()
        self.lot_model.unticked = kept & {r.lot_id for r in rows}
        self.lot_model.set_records(rows)

    def reload_log(self) -> None:
        self.log_model.set_records(print_log(self.ctx.store, self.ctx.current_event.id) if self.ctx.current_event else [])

    def _selection_changed(self) -> None:
        chosen = len(self.lot_model.chosen())
        never = sum(1 for r in self.lot_model.records if not r.printed)
        self.lot_count.setText(self.tr("%n lot(s) ticked", "", chosen) + " · " +
                               self.tr("%n never printed", "", never))
        self._debounce.start()

    def _job_kind(self, job: JobInfo) -> str:
        return {"lot_labels": self.tr("Lot labels"), "booth_cards": self.tr("Booth cards"),
                "calibration": self.tr("Calibration page")}.get(job.kind, job.kind)

    def request(self) -> LabelRequest:
        template: Template | None = self.template.currentData()
        return LabelRequest(
            event_id=self.ctx.current_event.id if self.ctx.current_event else 0, template=template.name if template else None,
            copies=self.copies.value(), start=self.start.value(),
            mode=label_content.OFFLINE if self.offline.isChecked() else label_content.ONLINE,
            show_price=self.price.isChecked())

    def prepare_current(self) -> PreparedLabels:
        return prepare(self.ctx.store, self.request(), self.lot_model.chosen())

    # -- preview -------------------------------------------------------------------------------------

    def update_preview(self) -> None:
        self.prepared = None
        if self.ctx.current_event is None or not self.lot_model.chosen():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("Tick the lots to label; the sheet appears here."))
            self.preview_title.setText(self.tr("Preview"))
            self._enable_output(False)
            return
        try:
            self.prepared = self.prepare_current()
        except OcopError as exc:
            self.preview.setPixmap(QPixmap())
            problems = list(getattr(exc, "problems", []))  # which lots, not only how many
            lines = problems[:8] + (["…"] if len(problems) > 8 else [])
            self.preview.setText("\n\n".join(x for x in (exc.message, "\n".join(lines), exc.hint or "") if x))
            self.preview_title.setText(self.tr("Cannot print these labels yet"))
            self._enable_output(False)
            return
        self._enable_output(True)
        self.show_preview_page(min(self.preview_page, self.prepared.plan.pages - 1))

    def show_preview_page(self, page: int) -> None:
        from ocop_desk.labels.render import page_image

        if self.prepared is None:
            return
        plan = self.prepared.plan
        self.preview_page = max(0, min(page, plan.pages - 1))
        # Painted at 150 dpi, then scaled: at screen sizes whole-pixel fonts would wrap differently from print.
        room = self.preview_scroll.viewport().width() - 28  # the preview's padding
        if not self.preview_scroll.verticalScrollBar().isVisible():  # a tall sheet will bring the scroll bar
            room -= self.preview_scroll.verticalScrollBar().sizeHint().width()
        width = round(max(120, room) * self.devicePixelRatioF())
        try:
            image = page_image(plan, self.preview_page, dpi=150)
        except OcopError as exc:
            self.preview.setText(exc.message)
            return
        pixmap = QPixmap.fromImage(image)
        if pixmap.width() > width:
            pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.preview.setPixmap(pixmap)
        self.preview_title.setText(self.tr("Page %1 of %2 · %n label(s)", "", plan.labels)
                                   .replace("%1", str(self.preview_page + 1)).replace("%2", str(plan.pages)))
        self.prev_button.setEnabled(self.preview_page > 0)
        self.next_button.setEnabled(self.preview_page < plan.pages - 1)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override: refit the sheet preview
        super().resizeEvent(event)
        if self.prepared is not None:
            self._debounce.start()

    def _enable_output(self, enabled: bool) -> None:
        self.save_button.setEnabled(enabled)
        self.print_button.setEnabled(enabled)

    # -- actions -------------------------------------------------------------------------------------

    def save_resolver(self) -> None:
        event = self.ctx.current_event
        if event is None or (event.resolver_base or "") == self.resolver.text().strip():
            return
        try:
            label_content.set_resolver(self.ctx.store, self.ctx.actor, event.id, self.resolver.text())
        except OcopError as exc:
            show_error(self, exc)
            self.resolver.setText(event.resolver_base or "")
            return
        self.ctx.changed(Change.EVENTS)

    def save_pdf(self, path: str | None = None) -> Task | None:
        """Write the PDF off the GUI thread (a thousand labels take a second or two); returns the task."""
        from ui.common.tasks import run_in_background

        if not self.confirm_expired():
            return None
        if path is None:
            path, _ = save_file_name(self, self.tr("Save labels as PDF"), "tem-truy-xuat.pdf",
                                     self.tr("PDF files (*.pdf)"), kind="labels")
            if not path:
                return None
        store, actor, request, rows = self.ctx.store, self.ctx.actor, self.request(), self.lot_model.chosen()
        load_pdf_types()  # here, before the worker thread needs them
        self._enable_output(False)
        self.save_button.setText(self.tr("Saving…"))

        def finish() -> None:
            self.save_button.setText(self.tr("Save PDF…"))
            self._enable_output(self.prepared is not None)

        def done(result: PrintResult) -> None:
            finish()
            self.last_pdf = Path(result.destination)
            message = self.tr("Saved %n label(s) to %1.", "", result.labels).replace("%1", result.destination)
            self.announce_printed(message)
            self.saved_message = show_saved(self, message, result.destination)

        def failed(exc: BaseException) -> None:
            finish()
            if not isinstance(exc, OcopError):
                raise exc
            show_error(self, exc)

        self._save_task = run_in_background(
            self, lambda _progress: labels_pdf(store, actor, path, request, rows=rows), on_done=done, on_error=failed)
        return self._save_task

    def print_labels(self) -> None:
        from ui.labels.printing import preview_and_print

        if self.confirm_expired():
            preview_and_print(self)

    # -- expired lots: marked in the list, printed only after a yes --------------------------------

    def _expiry_text(self, row: LotRow) -> str:
        if row.expires_on is None:
            return "—"
        expired = row.expires_on < dt.date.today()
        return fmt_date(row.expires_on) + ("  ⚠ " + self.tr("expired") if expired else "")

    def confirm_expired(self) -> bool:
        """True to go on: no ticked lot is past its expiry, or the coordinator says to print them anyway."""
        today = dt.date.today()
        expired = [r for r in self.lot_model.chosen() if r.expires_on is not None and r.expires_on < today]
        if not expired:
            return True
        names = "\n".join(f"• {r.product_name} · {r.lot_code} · {fmt_date(r.expires_on)}" for r in expired[:8])
        more = len(expired) - 8
        if more > 0:
            names += "\n" + self.tr("… and %1 more").replace("%1", str(more))
        from ui.common.dialog_parts import confirm_anyway

        text = (self.tr("%1 of the ticked lots are past their expiry date:").replace("%1", str(len(expired)))
                + "\n" + names + "\n\n" + self.tr("Print their labels anyway?"))
        return confirm_anyway(self, self.tr("Expired lots"), text, self.tr("Print anyway"), self.tr("Do not print"))

    def announce_printed(self, message: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(message, 8000)
        self.ctx.changed(Change.LABELS)

    def reprint_selected(self) -> None:
        from ocop_desk.labels.service import reprint_request

        rows = self.log_table.selectionModel().selectedRows() if self.log_table.selectionModel() else []
        if not rows:
            return
        job: JobInfo = rows[0].data(Qt.ItemDataRole.UserRole + 1)
        try:
            request, copies = reprint_request(self.ctx.store, job.id)
        except OcopError as exc:
            show_error(self, exc)
            return
        self.day_only.setChecked(False)
        self.mode.setCurrentIndex(MODES.index("all"))
        self.lot_model.set_all(True)
        self.lot_model.beginResetModel()
        self.lot_model.unticked = {r.lot_id for r in self.lot_model.records if r.lot_id not in copies}
        self.lot_model.endResetModel()
        self.reload_templates(select=request.template)
        self.copies.setValue(request.copies)
        self.tabs.setCurrentIndex(0)
        self.update_preview()
        self.print_labels()

    def edit_templates(self) -> None:
        from ui.labels.dialogs import TemplatesDialog

        dialog = TemplatesDialog(self.ctx, self)
        dialog.exec()
        self.reload_templates(select=dialog.last_saved)

    def calibrate(self) -> None:
        from ui.labels.dialogs import CalibrationDialog

        template: Template | None = self.template.currentData()
        if template is not None:
            CalibrationDialog(self.ctx, template, self).exec()
            self.reload_log()


def _narrow_combo(combo: QComboBox, characters: int) -> None:
    """A combo box as wide as `characters` letters, not as its longest entry; the whole entry in its tooltip."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    combo.currentTextChanged.connect(combo.setToolTip)
