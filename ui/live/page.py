"""Livestream: the day's sessions and the tally page a coordinator keeps beside the hosts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ocop_desk.core.errors import OcopError
from ocop_desk.core.formatting import fmt_int, fmt_money, fmt_time
from ocop_desk.fair.catalog import list_products
from ocop_desk.live import service as live
from ui.common.connection import run_action
from ui.common.context import AppContext
from ui.common.errors import show_error
from ui.common.page import Page, empty_state, page_header
from ui.live.board import LIVE_QSS, TallyBoard
from ui.live.compare import make_compare_table, show_comparison
from ui.live.dialogs import CorrectionDialog, EndDialog, PriceDialog, SessionDialog
from ui.live.log import TallyLogModel, make_log_table
from ui.live.snapshot import SnapshotForm

LOG_ROWS = 200
POLL_MS = 4000


class LivePage(Page):
    object_name = "livePage"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.sessions: list[live.SessionLabel] = []
        self.detail: live.SessionDetail | None = None
        self.dialog: QDialog | None = None
        self.chart = None  # ViewersChart, built just after the page first shows (QtCharts loads then)
        self._quiet = False
        self.setStyleSheet(LIVE_QSS)
        layout = QVBoxLayout(self)
        layout.addWidget(page_header(self.title(), self.tr(
            "Count sales as the hosts sell: click a tile, type its number then + or − and Enter, or scan a label.")))
        layout.addLayout(self._build_bar())
        self.stack = QStackedWidget()
        self.empty = empty_state(self.tr("No live session on this day yet. Press “New session…” to start one."))
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._build_body())
        layout.addWidget(self.stack, 1)
        undo = QAction(self.tr("Undo the last count"), self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.triggered.connect(self.undo)
        self.addAction(undo)
        self.undo_action = undo
        # Keys for the buttons, so a session runs from the keyboard (the tiles keep the focus).
        for keys, button in (("Ctrl+Shift+N", self.new_button), ("Ctrl+Shift+E", self.end_button),
                             ("Ctrl+Shift+C", self.correct_button)):
            self._shortcut(keys, lambda b=button: b.isEnabled() and b.click(), button.text())
            button.setToolTip(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))
        self._shortcut("Ctrl+Shift+V", self.focus_snapshot, self.tr("Record the platform's figures"))
        self.snapshot_button.setToolTip(
            QKeySequence("Ctrl+Shift+V").toString(QKeySequence.SequenceFormat.NativeText))
        # Other stations may count the same session: pick up their rows while the page is shown.
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.poll_other_stations)

    def _shortcut(self, keys: str, slot: Callable[[], object], text: str) -> None:
        action = QAction(text, self)  # the text names the key in Help ▸ Keyboard shortcuts
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)

    def focus_snapshot(self) -> None:
        """Ctrl+Shift+V: to the viewer figures (type them, Enter records the snapshot)."""
        if self.detail is None or not self.snapshot_button.isEnabled():
            return
        self.tabs.setCurrentWidget(self.viewers_tab)
        self.snapshot_fields["viewers"].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._poll.start()
        QTimer.singleShot(0, self._focus_board)  # the tiles have the keys whenever the page is shown

    def _focus_board(self) -> None:
        if (self.isVisible() and self.detail is not None and self.detail.info.status != "ended"
                and QApplication.activeModalWidget() is None and not (self.dialog and self.dialog.isVisible())):
            self.board.setFocus(Qt.FocusReason.OtherFocusReason)

    def hideEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        self._poll.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def poll_other_stations(self) -> None:
        if self.detail is None or (self.dialog is not None and self.dialog.isVisible()):
            return
        try:
            totals = live.session_totals(self.ctx.store, self.detail.info.id)
        except OcopError:
            return  # busy or gone: the next tick or the next action will say so
        if totals.events != self.detail.totals.events:
            self.show_detail(live.session_detail(self.ctx.store, self.detail.info.id, recent=LOG_ROWS), focus=False)

    def title(self) -> str:
        return self.tr("Livestream")

    # -- building ----------------------------------------------------------------------------------

    def _build_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Session:")))
        self.session_combo = QComboBox()
        self.session_combo.setObjectName("sessionCombo")
        self.session_combo.setMinimumWidth(380)
        self.session_combo.currentIndexChanged.connect(lambda _: self.load_current())
        bar.addWidget(self.session_combo, 1)
        self.status = QLabel()
        self.status.setObjectName("liveStatus")
        bar.addWidget(self.status)
        self.new_button = self._bar_button(bar, self.tr("New session…"), "newSessionButton", self.new_session)
        self.edit_button = self._bar_button(bar, self.tr("Edit…"), "editSessionButton", self.edit_session)
        self.end_button = self._bar_button(bar, self.tr("End session…"), "endSessionButton", self.end_session)
        self.reopen_button = self._bar_button(bar, self.tr("Reopen"), "reopenSessionButton", self.reopen_session)
        return bar

    def _bar_button(self, bar: QHBoxLayout, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        bar.addWidget(button)
        return button

    def _build_body(self) -> QWidget:
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 6, 0)
        strip = QHBoxLayout()
        self.total_items, self.total_orders, self.total_revenue = (
            self._figure(strip, self.tr("Items sold on site")), self._figure(strip, self.tr("Orders")),
            self._figure(strip, self.tr("Revenue")))
        fixes = QVBoxLayout()
        fixes.setSpacing(4)
        self.undo_button = QPushButton(self.tr("Undo (Ctrl+Z)"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.clicked.connect(self.undo)
        fixes.addWidget(self.undo_button)
        self.correct_button = QPushButton(self.tr("Correction…"))
        self.correct_button.setObjectName("correctButton")
        self.correct_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.correct_button.clicked.connect(self.open_correction)
        fixes.addWidget(self.correct_button)
        strip.addLayout(fixes)
        column.addLayout(strip)
        self.feedback = QLabel()
        self.feedback.setObjectName("tallyFeedback")
        self.feedback.setWordWrap(True)
        column.addWidget(self.feedback)
        self.board = TallyBoard()
        self.board.countRequested.connect(self.count)
        self.board.minusRequested.connect(self.minus)
        self.board.scanned.connect(self.scan)
        self.board.priceRequested.connect(self.change_price)
        self.board.message.connect(self._say)
        column.addWidget(self.board, 1)
        split.addWidget(left)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("liveTabs")
        self.viewers_tab = QWidget()
        viewers = QVBoxLayout(self.viewers_tab)
        self.chart_holder = QVBoxLayout()
        viewers.addLayout(self.chart_holder, 1)
        viewers.addWidget(self._build_snapshot_form())
        self.tabs.addTab(self.viewers_tab, self.tr("Viewers"))
        self.log_model = TallyLogModel(self)
        self.log_table = make_log_table(self.log_model, self)
        self.tabs.addTab(self.log_table, self.tr("Count log"))
        self.compare_table = make_compare_table()
        self.tabs.addTab(self.compare_table, self.tr("Platform vs. tally"))
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([660, 380])
        return split

    def _figure(self, strip: QHBoxLayout, caption: str) -> QLabel:
        box = QFrame()
        box.setObjectName("liveFigure")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(12, 6, 12, 6)
        inner.setSpacing(0)
        value = QLabel("0")
        value.setObjectName("liveFigureValue")
        inner.addWidget(value)
        label = QLabel(caption)
        label.setObjectName("liveFigureCaption")
        inner.addWidget(label)
        strip.addWidget(box, 1)
        return value

    def _build_snapshot_form(self) -> QWidget:
        self.snapshot_form = SnapshotForm()
        self.snapshot_form.submitted.connect(self.record_snapshot)
        self.snapshot_fields = self.snapshot_form.fields
        self.snapshot_button = self.snapshot_form.button
        self.last_snapshot = self.snapshot_form.last
        return self.snapshot_form

    def ensure_chart(self) -> None:
        """QtCharts is heavy: import it only when the page is first shown."""
        if self.chart is None:
            from ui.live.chart import ViewersChart

            self.chart = ViewersChart()
            self.chart_holder.addWidget(self.chart)
            if self.detail is not None:
                self.chart.set_snapshots(self.detail.snapshots)

    # -- reading -----------------------------------------------------------------------------------

    def current_id(self) -> int | None:
        data = self.session_combo.currentData()
        return int(data) if data is not None else None

    def refresh(self) -> None:
        if self._quiet:
            return
        if self.chart is None:  # QtCharts loads once the window is up, so start-up never waits for it
            QTimer.singleShot(0, self.ensure_chart)
        wanted = self.current_id()
        event, day = self.ctx.current_event, self.ctx.day
        self.sessions = live.session_labels(self.ctx.store, event.id, day) if event and day else []
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for info in self.sessions:
            self.session_combo.addItem(self._session_label(info), info.id)
        ids = [s.id for s in self.sessions]
        live_ids = [s.id for s in self.sessions if s.status == "live"]
        pick = wanted if wanted in ids else (live_ids[-1] if live_ids else (ids[-1] if ids else None))
        self.session_combo.setCurrentIndex(ids.index(pick) if pick is not None else -1)
        self.session_combo.blockSignals(False)
        self.new_button.setEnabled(event is not None and day is not None)
        # A refresh follows any change, this station's own a second later too (ui/store/sync.py): it must not take
        # the keys from the field being typed in (the viewer figures, say) back to the tiles.
        self.load_current(focus=False)

    def _session_label(self, info: live.SessionInfo | live.SessionLabel) -> str:
        status = {"live": self.tr("LIVE"), "ended": self.tr("ended"), "planned": self.tr("planned")}[info.status]
        parts = [f"#{info.id}", fmt_time(info.started_at or info.planned_start), info.platform_name,
                 info.channel or "", ", ".join(info.hosts), info.title or ""]
        return " · ".join(p for p in parts if p) + f"  [{status}]"

    def load_current(self, focus: bool = True) -> None:
        sid = self.current_id()
        if sid is None:
            self.detail = None
            self.stack.setCurrentWidget(self.empty)
            for button in (self.edit_button, self.end_button, self.reopen_button):
                button.setEnabled(False)
            self.status.setVisible(False)
            return
        self.show_detail(live.session_detail(self.ctx.store, sid, recent=LOG_ROWS), focus=focus)

    def show_detail(self, detail: live.SessionDetail, *, focus: bool = True) -> None:
        """Put a session on screen: tiles, totals, chart, log and the platform comparison."""
        self.detail = detail
        info = detail.info
        self.stack.setCurrentIndex(1)
        ended = info.status == "ended"
        self.status.setText(self.tr("ENDED") if ended else self.tr("● LIVE"))
        self.status.setVisible(True)
        self.status.setProperty("ended", ended)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.edit_button.setEnabled(True)
        self.end_button.setEnabled(True)
        self.end_button.setText(self.tr("Platform totals…") if ended else self.tr("End session…"))
        self.reopen_button.setEnabled(ended)
        self.board.set_products([(p.product_id, p.name) for p in info.products])
        self.board.setEnabled(not ended)
        self.undo_button.setEnabled(not ended)
        self.correct_button.setEnabled(not ended and bool(info.products))
        self.snapshot_button.setEnabled(not ended)
        self._show_totals(detail.totals)
        if self.chart is not None:
            self.chart.set_snapshots(detail.snapshots)
        self._show_last_snapshot()
        self.log_model.set_records(list(detail.recent))
        self._show_comparison(detail.comparison)
        if ended:
            self._say(self.tr("This session has ended. Reopen it to add or correct counts."), False)
        elif not self.feedback.text() or self.feedback.property("error"):
            self._say("", False)
        if focus and self.isVisible() and not ended:
            self.board.setFocus()

    def _show_totals(self, totals: live.SessionTotals) -> None:
        info = self.detail.info if self.detail else None
        live_prices = {p.product_id for p in info.products if p.live_price is not None} if info else set()
        self.board.show_totals({p.product_id: p for p in totals.products}, live_prices)
        self.total_items.setText(fmt_int(totals.items))
        self.total_orders.setText(fmt_int(totals.orders))
        self.total_revenue.setText(fmt_money(totals.revenue))
        if self.detail is not None:
            self.detail = live.SessionDetail(self.detail.info, totals, self.detail.snapshots, self.detail.recent,
                                             live.compare(self.detail.info, totals, list(self.detail.snapshots)))

    def _show_last_snapshot(self) -> None:
        snaps = self.detail.snapshots if self.detail else ()
        if snaps:
            last = snaps[-1]
            self.last_snapshot.setText(self.tr("Last at %1: %2 viewers").replace("%1", fmt_time(last.taken_at))
                                       .replace("%2", fmt_int(last.viewers)))
        else:
            self.last_snapshot.setText(self.tr("No snapshot yet"))

    def _show_comparison(self, rows: tuple[live.Difference, ...]) -> None:
        show_comparison(self.compare_table, rows)

    # -- counting ----------------------------------------------------------------------------------

    def _say(self, text: str, error: bool) -> None:
        if not text:
            text = self.tr("Keys: product number, then + or − (or +12), then Enter · Esc cancels · Ctrl+Z undoes")
        self.feedback.setText(text)
        self.feedback.setProperty("error", error)
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        if error:
            QApplication.beep()

    def _record(self, action: Callable[[], live.TallyEvent | None], label: str = "") -> live.TallyEvent | None:
        """Run one tally write; refusals show in the feedback line (no dialog interrupts the count).

        A write the database could not take (server out of reach, file locked) is kept in the connection
        banner's list for a retry, never dropped.
        """
        event = run_action(self.ctx, label or self.tr("Live tally change"), action, parent=self,
                           on_error=lambda exc: self._say(str(exc), True))
        if event is None:
            return None
        self._after_write(event)
        return event  # type: ignore[no-any-return]

    def _after_write(self, event: live.TallyEvent) -> None:
        assert self.detail is not None
        before = self.detail.totals.events
        totals = live.session_totals(self.ctx.store, self.detail.info.id)
        self._show_totals(totals)
        if totals.events == before + 1:
            self.log_model.set_records([event, *self.log_model.records[: LOG_ROWS - 1]])
        else:  # another station counted meanwhile: show its rows too
            self.log_model.set_records(live.tally_events(self.ctx.store, self.detail.info.id, limit=LOG_ROWS))
        product = totals.product(event.product_id)
        kind = {"count": self.tr("Recorded"), "correction": self.tr("Corrected"), "undo": self.tr("Undid")}[event.kind]
        shown = -event.quantity if event.kind == "undo" else event.quantity  # "Undid +1", the count it took back
        self._say(self.tr("%1 %2 × %3 — now %4 items").replace("%1", kind)
                  .replace("%2", f"{shown:+d}").replace("%3", event.product_name)
                  .replace("%4", fmt_int(product.items if product else 0)), False)
        self._changed()

    def _changed(self) -> None:
        self._quiet = True
        try:
            self.ctx.changed("live")
        finally:
            self._quiet = False

    def count(self, product_id: int, quantity: int, source: str) -> None:
        sid = self.current_id()
        if sid is not None:
            self._record(lambda: live.add_count(self.ctx.store, self.ctx.actor, sid, product_id, quantity=quantity,
                                                orders=1, source=source),
                         self.tr("Count %1 × product %2 (session %3)").replace("%1", str(quantity))
                         .replace("%2", str(product_id)).replace("%3", str(sid)))

    def minus(self, product_id: int, quantity: int, source: str) -> None:
        sid = self.current_id()
        if sid is None:
            return
        if quantity == 1:
            self._record(lambda: live.minus_one(self.ctx.store, self.ctx.actor, sid, product_id, source=source))
        else:
            self._record(lambda: live.correct(self.ctx.store, self.ctx.actor, sid, product_id, -quantity, 0,
                                              self.tr("−%1 typed on the keyboard").replace("%1", str(quantity)),
                                              source=source))

    def scan(self, text: str) -> None:
        sid = self.current_id()
        if sid is None:
            return
        event = self._record(lambda: live.add_scan(self.ctx.store, self.ctx.actor, sid, text),
                             self.tr("Scanned sale “%1” (session %2)").replace("%1", text[:60]).replace("%2", str(sid)))
        if event is not None:
            tile = next((t for t in self.board.tiles if t.product_id == event.product_id), None)
            if tile is not None:
                self.board.select(tile.number)

    def undo(self) -> None:
        sid = self.current_id()
        if sid is None or self.detail is None or self.detail.info.status == "ended":
            return
        self._say("", False)
        if self._record(lambda: live.undo_last(self.ctx.store, self.ctx.actor, sid)) is None and \
                not self.feedback.property("error"):
            self._say(self.tr("Nothing to undo: no count from this station is left."), False)

    def open_correction(self) -> None:
        if self.detail is None:
            return
        tile = self.board.selected_tile()
        dialog = CorrectionDialog([(p.product_id, p.name) for p in self.detail.info.products],
                                  tile.product_id if tile else None, self)
        self._open(dialog, lambda: self._correct(dialog))

    def _correct(self, dialog: CorrectionDialog) -> None:
        sid = self.current_id()
        if sid is None:
            return
        pid, items, orders, reason = dialog.values()
        self._record(lambda: live.correct(self.ctx.store, self.ctx.actor, sid, pid, items, orders, reason,
                                          source="mouse"))

    def record_snapshot(self) -> None:
        sid = self.current_id()
        if sid is None or self.detail is None:
            return
        try:
            values = self.snapshot_form.values()
            when = self.snapshot_form.taken_at(self.detail.info.day)
            snap = live.add_snapshot(self.ctx.store, self.ctx.actor, sid, taken_at=when, **values)
        except OcopError as exc:
            self._say(str(exc), True)
            return
        self.snapshot_form.clear()
        d = self.detail
        snaps = sorted((*d.snapshots, snap), key=lambda x: (x.taken_at, x.id))
        self.detail = live.SessionDetail(d.info, d.totals, tuple(snaps), d.recent, live.compare(d.info, d.totals, snaps))
        if self.chart is not None:
            self.chart.add_snapshot(snap)
        self._show_last_snapshot()
        self._show_comparison(self.detail.comparison)
        self._say(self.tr("Snapshot recorded at %1.").replace("%1", fmt_time(snap.taken_at)), False)
        self.board.setFocus()
        self._changed()

    # -- session dialogs ---------------------------------------------------------------------------

    def _open(self, dialog: QDialog, on_accept: object) -> None:
        self.dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _: self.board.setFocus())
        dialog.open()

    def new_session(self) -> None:
        if self.ctx.current_event is None:
            return
        products = list_products(self.ctx.store, event_id=self.ctx.current_event.id)
        self._open(SessionDialog(products, None, self), self._create)

    def _create(self) -> None:
        assert isinstance(self.dialog, SessionDialog) and self.ctx.current_event and self.ctx.day
        dialog = self.dialog
        values = dialog.values()
        values.pop("started_at", None)
        values.pop("ended_at", None)
        try:
            info = live.start_session(self.ctx.store, self.ctx.actor, self.ctx.current_event.id, self.ctx.day, **values)
        except OcopError as exc:
            show_error(self, exc)
            QTimer.singleShot(0, dialog.open)  # keep what was typed; let them fix it
            return
        self.session_combo.addItem(self._session_label(info), info.id)
        self.session_combo.setCurrentIndex(self.session_combo.count() - 1)
        self._changed()

    def edit_session(self) -> None:
        if self.detail is None or self.ctx.current_event is None:
            return
        products = list_products(self.ctx.store, event_id=self.ctx.current_event.id)
        self._open(SessionDialog(products, self.detail.info, self), self._save)

    def _save(self) -> None:
        assert isinstance(self.dialog, SessionDialog) and self.detail is not None
        dialog = self.dialog
        try:
            live.update_session(self.ctx.store, self.ctx.actor, self.detail.info.id, **dialog.values())
        except OcopError as exc:
            show_error(self, exc)
            QTimer.singleShot(0, dialog.open)
            return
        self._changed()
        self.refresh()

    def end_session(self) -> None:
        if self.detail is None:
            return
        self._open(EndDialog(self.detail.info, self.detail.totals, self), self._end)

    def _end(self) -> None:
        assert isinstance(self.dialog, EndDialog) and self.detail is not None
        dialog = self.dialog
        try:
            live.end_session(self.ctx.store, self.ctx.actor, self.detail.info.id, **dialog.values())
        except OcopError as exc:
            show_error(self, exc)
            QTimer.singleShot(0, dialog.open)
            return
        self._changed()
        self.refresh()
        self.tabs.setCurrentWidget(self.compare_table)

    def reopen_session(self) -> None:
        if self.detail is None:
            return
        try:
            live.reopen_session(self.ctx.store, self.ctx.actor, self.detail.info.id)
        except OcopError as exc:
            show_error(self, exc)
            return
        self._changed()
        self.refresh()
        self._focus_board()
        self._say(self.tr("Session reopened: counts and corrections are possible again."), False)

    def change_price(self, product_id: int) -> None:
        if self.detail is None:
            return
        product = self.detail.info.product(product_id)
        if product is None:
            return
        dialog = PriceDialog(product.name, product.list_price, product.live_price, self)
        self._open(dialog, lambda: self._set_price(dialog, product_id))

    def _set_price(self, dialog: PriceDialog, product_id: int) -> None:
        assert self.detail is not None
        try:
            live.set_live_price(self.ctx.store, self.ctx.actor, self.detail.info.id, product_id, dialog.value())
        except OcopError as exc:
            show_error(self, exc)
            return
        self._changed()
        self.load_current()
