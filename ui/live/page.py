"""Livestream: the day's sessions and the tally page a coordinator keeps beside the hosts."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QFont, QFontMetrics, QHideEvent, QKeySequence, QResizeEvent, QShowEvent
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
from ui.common.connection import ActionResult, Kept, NothingToDo, Refused, Saved, run_action
from ui.common.context import AppContext, Change
from ui.common.errors import show_error
from ui.common.fit_text import ElidedLabel, FittedLabel
from ui.common.page import Page, empty_state, page_header
from ui.common.scan_capture import SCAN_OWNER
from ui.common.tasks import LatestRead
from ui.live.board import LIVE_QSS, TallyBoard
from ui.live.compare import make_compare_table, show_comparison
from ui.live.dialogs import CorrectionDialog, EndDialog, PriceDialog, SessionDialog
from ui.live.log import TallyLogModel, make_log_table
from ui.live.snapshot import SnapshotForm, ViewersPanel

if TYPE_CHECKING:
    from ui.live.chart import ViewersChart

LOG_ROWS = 200
POLL_MS = 4000
ROOMY_HEIGHT = 560  # below this the page's subtitle gives its line to the tiles
T = TypeVar("T")


def click_if_enabled(button: QPushButton) -> None:
    if button.isEnabled():
        button.click()


class LivePage(Page):
    object_name = "livePage"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.sessions: list[live.SessionLabel] = []
        self.detail: live.SessionDetail | None = None
        self.dialog: QDialog | None = None
        self.chart: ViewersChart | None = None  # built just after the page first shows (QtCharts loads then)
        self._quiet = False
        self.setStyleSheet(LIVE_QSS)
        layout = QVBoxLayout(self)
        self.header = page_header(self.title(), self.tr(
            "Count sales as the hosts sell: click a tile, type its number then + or − and Enter, or scan a label."))
        layout.addWidget(self.header)
        layout.addLayout(self._build_bar())
        self.stack = QStackedWidget()
        self.empty = empty_state(self.tr("No live session on this day yet. Press “New session…” to start one."))
        self.empty.setMinimumSize(1, 1)  # its wrapped text must not set the page's minimum height
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
            self._shortcut(keys, partial(click_if_enabled, button), button.text())
            button.setToolTip(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))
        self._shortcut("Ctrl+Shift+V", self.focus_snapshot, self.tr("Record the platform's figures"))
        self.snapshot_button.setToolTip(
            QKeySequence("Ctrl+Shift+V").toString(QKeySequence.SequenceFormat.NativeText))
        # Other stations may count the same session: pick up their rows while the page is shown.
        # The re-read after a count and the 4-second poll: off the GUI thread, the newest answer only.
        self._session_reads: LatestRead[Any] = self.new_reads()
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

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        # On a low screen the tiles and the snapshot form need the height more; the feedback line says the keys.
        self.header.subtitle.setVisible(self.height() >= ROOMY_HEIGHT)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._poll.start()
        QTimer.singleShot(0, self._focus_board)  # the tiles have the keys whenever the page is shown

    def _focus_board(self) -> None:
        if (self.isVisible() and self.detail is not None and self.detail.info.status != "ended"
                and QApplication.activeModalWidget() is None and not (self.dialog and self.dialog.isVisible())):
            self.board.setFocus(Qt.FocusReason.OtherFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self._poll.stop()
        super().hideEvent(event)

    def poll_other_stations(self) -> None:
        """Every 4 s: other stations' counts, read off the GUI thread (a stalled server never freezes the keys)."""
        if self.detail is None or (self.dialog is not None and self.dialog.isVisible()) or self._session_reads.busy:
            return
        store, sid, known = self.ctx.store, self.detail.info.id, self.detail.totals.events

        def read() -> live.SessionDetail | None:
            try:
                if live.session_totals(store, sid).events == known:
                    return None
                return live.session_detail(store, sid, recent=LOG_ROWS)
            except OcopError:
                return None  # busy or gone: the next tick or the next action will say so

        self._session_reads.run(read, lambda detail: self._show_polled(sid, detail))

    def _show_polled(self, sid: int, detail: live.SessionDetail | None) -> None:
        if detail is not None and self.current_id() == sid:
            self.show_detail(detail, focus=False)

    def title(self) -> str:
        return self.tr("Livestream")

    # -- building ----------------------------------------------------------------------------------

    def _build_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Session:")))
        self.session_combo = QComboBox()
        self.session_combo.setObjectName("sessionCombo")
        # The label is long (time · platform · channel · hosts · title): it gives way first, whole in its tooltip.
        self.session_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.session_combo.setMinimumContentsLength(16)
        self.session_combo.currentIndexChanged.connect(lambda _: self.load_current())
        self.session_combo.currentTextChanged.connect(self.session_combo.setToolTip)
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
        split.setObjectName("liveSplit")
        split.setChildrenCollapsible(False)
        split.addWidget(self._build_tally_side())
        split.addWidget(self._build_tabs())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([660, 380])
        return split

    def _build_tally_side(self) -> QWidget:
        """The figures, the feedback line and the tiles: nothing here changes size while the host sells."""
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 6, 0)
        strip = QHBoxLayout()
        self.total_items = self._figure(strip, self.tr("Items sold on site"), 3)
        self.total_orders = self._figure(strip, self.tr("Orders"), 2)
        self.total_revenue = self._figure(strip, self.tr("Revenue"), 4)
        strip.addLayout(self._build_fixes())
        column.addLayout(strip)
        # Two lines are kept for the feedback whatever it says, so an error does not push the tiles down.
        self.feedback = FittedLabel("", largest=11.5, smallest=9.0, lines=2)
        self.feedback.setObjectName("tallyFeedback")
        font = QFont(self.feedback.font())
        font.setPointSizeF(self.feedback.largest)
        self.feedback.setFixedHeight(QFontMetrics(font).lineSpacing() * 2 + 12)
        self.feedback.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        column.addWidget(self.feedback)
        self.board = TallyBoard()
        self.board.setProperty(SCAN_OWNER, True)  # it reads scanner bursts itself: the window leaves its keys
        self.board.countRequested.connect(self.count)
        self.board.minusRequested.connect(self.minus)
        self.board.scanned.connect(self.scan)
        self.board.priceRequested.connect(self.change_price)
        self.board.message.connect(self._say)
        column.addWidget(self.board, 1)
        return left

    def _build_fixes(self) -> QVBoxLayout:
        fixes = QVBoxLayout()
        fixes.setSpacing(4)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setToolTip(self.tr("Undo the last count") + " (Ctrl+Z)")
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.clicked.connect(self.undo)
        fixes.addWidget(self.undo_button)
        self.correct_button = QPushButton(self.tr("Correction…"))
        self.correct_button.setObjectName("correctButton")
        self.correct_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.correct_button.clicked.connect(self.open_correction)
        fixes.addWidget(self.correct_button)
        return fixes

    def _build_tabs(self) -> QTabWidget:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("liveTabs")
        self.viewers_tab = ViewersPanel(self._build_snapshot_form())
        self.tabs.addTab(self.viewers_tab, self.tr("Viewers"))
        self.log_model = TallyLogModel(self)
        self.log_table = make_log_table(self.log_model, self)
        self.tabs.addTab(self.log_table, self.tr("Count log"))
        self.compare_table = make_compare_table()
        self.tabs.addTab(self.compare_table, self.tr("Platform vs. tally"))
        # A narrow panel cuts the tab titles short (whole in their tooltips) rather than hiding tabs behind arrows.
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.setUsesScrollButtons(False)
        for i in range(self.tabs.count()):
            self.tabs.setTabToolTip(i, self.tabs.tabText(i))
        return self.tabs

    def _figure(self, strip: QHBoxLayout, caption: str, stretch: int) -> FittedLabel:
        """A big figure whose font shrinks to the tile's width (a long revenue stays whole)."""
        box = QFrame()
        box.setObjectName("liveFigure")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(10, 6, 10, 6)
        inner.setSpacing(0)
        value = FittedLabel("0", largest=22, smallest=12)
        value.setObjectName("liveFigureValue")
        inner.addWidget(value)
        label = ElidedLabel(caption)
        label.setObjectName("liveFigureCaption")
        inner.addWidget(label)
        strip.addWidget(box, stretch)
        return value

    def _build_snapshot_form(self) -> SnapshotForm:
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
            self.viewers_tab.set_chart(self.chart)
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
        self._session_reads.drop_pending()  # what they would show is older than this
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
        self.feedback.setToolTip(text)
        self.feedback.setProperty("error", error)
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        if error:
            QApplication.beep()

    def _record(self, action: Callable[[], live.TallyEvent | None], label: str = "") -> ActionResult[live.TallyEvent]:
        """Run one tally write; refusals show in the feedback line (no dialog interrupts the count).

        A write the database could not take (server out of reach, file locked) is kept in the connection
        banner's list for a retry, never dropped.
        """
        result = run_action(self.ctx, label or self.tr("Live tally change"), action, parent=self,
                            on_error=lambda exc: self._say(str(exc), True), notify=Change.LIVE)
        if isinstance(result, Saved):
            self._after_write(result.value)
        elif isinstance(result, Kept):
            self._say_kept()
        return result

    def _say_kept(self) -> None:
        self._say(self.tr("Not saved yet: the database is out of reach. It is kept in the list at the top of "
                          "the window and saved when you retry; nothing typed is lost."), True)

    def _write(self, label: str, action: Callable[[], T], dialog: QDialog | None = None) -> T | None:
        """A session, price or snapshot write, through the window's one write path (ui/common/connection.py).

        Refused: the error is shown and `dialog` opens again with what was typed. Kept (the database is out
        of reach): it waits in the banner's list for a retry. Returns the saved value, else None.
        """
        result = run_action(self.ctx, label, action, parent=self, on_error=lambda exc: show_error(self, exc),
                            notify=Change.LIVE)
        if isinstance(result, Refused) and dialog is not None:
            QTimer.singleShot(0, dialog.open)  # keep what was typed; let them fix it
        elif isinstance(result, Kept):
            self._say_kept()
        return result.value if isinstance(result, Saved) else None

    def _after_write(self, event: live.TallyEvent) -> None:
        """The count is durable; re-read the totals off the GUI thread, so the next key never waits on them."""
        assert self.detail is not None
        store, sid, before = self.ctx.store, self.detail.info.id, self.detail.totals.events

        def read() -> tuple[live.SessionTotals, list[live.TallyEvent] | None]:
            totals = live.session_totals(store, sid)
            # Another station counted meanwhile (or an earlier re-read was overtaken): the whole log again.
            return totals, None if totals.events == before + 1 else live.tally_events(store, sid, limit=LOG_ROWS)

        self._changed()
        self._session_reads.run(read, lambda got: self._show_write(sid, event, *got))

    def _show_write(self, sid: int, event: live.TallyEvent, totals: live.SessionTotals,
                    log: list[live.TallyEvent] | None) -> None:
        if self.detail is None or self.detail.info.id != sid:
            return  # another session is shown now
        self._show_totals(totals)
        self.log_model.set_records(log if log is not None else [event, *self.log_model.records[: LOG_ROWS - 1]])
        product = totals.product(event.product_id)
        kind = {"count": self.tr("Recorded"), "correction": self.tr("Corrected"), "undo": self.tr("Undid")}[event.kind]
        shown = -event.quantity if event.kind == "undo" else event.quantity  # "Undid +1", the count it took back
        self._say(self.tr("%1 %2 × %3 — now %4 items").replace("%1", kind)
                  .replace("%2", f"{shown:+d}").replace("%3", event.product_name)
                  .replace("%4", fmt_int(product.items if product else 0)), False)

    def _changed(self) -> None:
        self._quiet = True
        try:
            self.ctx.changed(Change.LIVE)
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
        result = self._record(lambda: live.add_scan(self.ctx.store, self.ctx.actor, sid, text),
                              self.tr("Scanned sale “%1” (session %2)").replace("%1", text[:60]).replace("%2", str(sid)))
        if isinstance(result, Saved):
            tile = next((t for t in self.board.tiles if t.product_id == result.value.product_id), None)
            if tile is not None:
                self.board.select(tile.number)

    def take_scan(self, text: str) -> None:
        """A scan caught elsewhere in the window (ui/common/scan_capture.py): a product label is counted like one
        read by the tiles; a booth card or no running session is said aloud and in the feedback line."""
        from ocop_desk.core.payloads import parse_scan

        self.focus_main_input()
        if parse_scan(text).kind == "booth":
            self._say(self.tr("That is a booth card: booths are checked in on the Check-in page (Ctrl+1). "
                              "Nothing was counted."), True)
        elif self.detail is None or self.detail.info.status == "ended":
            self._say(self.tr("No live session is running: nothing was counted for “%1”.").replace("%1", text[:40]),
                      True)
        else:
            self.scan(text)

    def focus_main_input(self) -> None:
        self._focus_board()

    def undo(self) -> None:
        sid = self.current_id()
        if sid is None or self.detail is None or self.detail.info.status == "ended":
            return
        self._say("", False)
        if isinstance(self._record(lambda: live.undo_last(self.ctx.store, self.ctx.actor, sid)), NothingToDo):
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
        store, actor = self.ctx.store, self.ctx.actor
        try:
            values = self.snapshot_form.values()
            when = self.snapshot_form.taken_at(self.detail.info.day)
        except OcopError as exc:
            self._say(str(exc), True)
            return
        result = run_action(self.ctx, self.tr("Viewer snapshot (session %1)").replace("%1", str(sid)),
                            lambda: live.add_snapshot(store, actor, sid, taken_at=when, **values), parent=self,
                            on_error=lambda exc: self._say(str(exc), True), notify=Change.LIVE)
        if isinstance(result, Kept):
            self.snapshot_form.clear()  # the figures are in the kept action, retried from the banner
            self._say_kept()
        if not isinstance(result, Saved):
            return
        snap = result.value
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
        store, actor, event_id, day = self.ctx.store, self.ctx.actor, self.ctx.current_event.id, self.ctx.day
        info = self._write(self.tr("New live session “%1”").replace("%1", str(values.get("title") or "")),
                           lambda: live.start_session(store, actor, event_id, day, **values), dialog)
        if info is None:
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
        store, actor, sid, values = self.ctx.store, self.ctx.actor, self.detail.info.id, dialog.values()
        if self._write(self.tr("Change live session %1").replace("%1", str(sid)),
                       lambda: live.update_session(store, actor, sid, **values), dialog) is None:
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
        store, actor, sid = self.ctx.store, self.ctx.actor, self.detail.info.id
        try:
            values = dialog.values()
        except OcopError as exc:
            show_error(self, exc)
            QTimer.singleShot(0, dialog.open)
            return
        if self._write(self.tr("End live session %1").replace("%1", str(sid)),
                       lambda: live.end_session(store, actor, sid, **values), dialog) is None:
            return
        self._changed()
        self.refresh()
        self.tabs.setCurrentWidget(self.compare_table)

    def reopen_session(self) -> None:
        if self.detail is None:
            return
        store, actor, sid = self.ctx.store, self.ctx.actor, self.detail.info.id
        if self._write(self.tr("Reopen live session %1").replace("%1", str(sid)),
                       lambda: live.reopen_session(store, actor, sid)) is None:
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
        store, actor, sid = self.ctx.store, self.ctx.actor, self.detail.info.id
        try:
            price = dialog.value()
        except OcopError as exc:
            show_error(self, exc)
            return
        if self._write(self.tr("Live price of product %1 (session %2)").replace("%1", str(product_id))
                       .replace("%2", str(sid)), lambda: live.set_live_price(store, actor, sid, product_id, price)) is None:
            return
        self._changed()
        self.load_current()
