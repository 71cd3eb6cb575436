"""The check-in desk: one always-focused input, a large colour-coded answer, and the booth board beside it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QKeySequence,
    QShowEvent,
    QUndoCommand,
    QUndoGroup,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ocop_desk.checkin import desk
from ocop_desk.checkin.desk import CheckInOutcome, SearchHit
from ocop_desk.core.errors import DomainError, NotFound, OcopError
from ocop_desk.core.formatting import fmt_time
from ocop_desk.core.payloads import parse_scan
from ocop_desk.core.textnorm import fold
from ui.checkin.board import TILE_COLOURS, BoardWidget
from ui.checkin.result_banner import COLOURS, ResultBanner
from ui.checkin.scan_input import ScanInput
from ui.common.connection import Saved, run_action
from ui.common.context import AppContext, Change
from ui.common.errors import show_error
from ui.common.page import Page
from ui.common.settings import app_settings

SEARCH_DELAY_MS = 70
RECENT = 12
PAGE_STYLE = """
#scanInput { font-size: 20pt; padding: 10px 14px; border: 2px solid #2e5a43; border-radius: 8px; background: white; }
#scanInput:focus { border-color: #f2b134; }
#countsLabel { font-size: 15pt; font-weight: 700; color: #1f3b2d; }
#countsDetail { color: #5c6b62; font-size: 11pt; }
#sectionLabel { font-weight: 600; color: #3d5a48; padding-top: 6px; }
#searchResults, #recentList { background: white; border: 1px solid #dfe5e0; border-radius: 6px; font-size: 11.5pt; }
#searchResults::item { padding: 5px 6px; }
#searchResults::item:selected { background: #cfe6d6; color: black; }
#recentList::item { padding: 3px 6px; }
#legend { color: #5c6b62; }
"""


DeskKey = tuple[int, dt.date]  # (event id, day): undo, the answer card and the recent scans belong to one


@dataclass
class DeskMemory:
    """What the desk shows for one fair and day: its undo stack, its recent scans and its last answer."""

    stack: QUndoStack
    recent: list[tuple[str, str]] = field(default_factory=list)  # (state, line), newest first
    last: CheckInOutcome | tuple[str, str] | None = None  # an answer, or ("undone"/"hint", text)


class CheckInCommand(QUndoCommand):
    """An undoable check-in of one fair and day: undo deletes it (audited as an undo); redo checks the booth
    in again. Both refuse, saying why, when that fair and day are no longer the ones on screen."""

    def __init__(self, page: CheckinPage, outcome: CheckInOutcome, key: DeskKey) -> None:
        assert outcome.booth is not None
        super().__init__(QCoreApplication.translate("CheckinPage", "check-in of %1").replace("%1", outcome.booth.code))
        self.page, self.outcome, self.key, self._done_once = page, outcome, key, False

    def redo(self) -> None:
        if not self._done_once:  # the check-in itself happened before the command was pushed
            self._done_once = True
            return
        assert self.outcome.booth is not None
        if self.page.desk_key() != self.key:
            self.page.say_not_here()
            self.setObsolete(True)
            return
        again = self.page.run_check_in(self.outcome.booth.code, day=self.key[1], record=False)
        if again is not None and again.state == "checked_in":
            self.outcome = again
        else:
            self.setObsolete(True)

    def undo(self) -> None:
        assert self.outcome.checkin_id is not None
        if self.page.desk_key() != self.key:
            self.page.say_not_here()
            self.setObsolete(True)
            return
        try:
            booth = desk.undo_check_in(self.page.ctx.store, self.page.ctx.actor, self.outcome.checkin_id,
                                       event_id=self.key[0], day=self.key[1])
        except (DomainError, NotFound) as exc:  # no longer applies: say why on the card, keep the desk going
            self.page.banner.show_hint(str(exc), headline=QCoreApplication.translate("CheckinPage", "Nothing was undone"))
            self.page.remember_last(("hint", str(exc)))
            self.setObsolete(True)
            return
        except OcopError as exc:
            show_error(self.page, exc)
            return
        self.page.banner.show_undone(booth.code, booth.producer)
        self.page.remember_last(("undone", f"{booth.code}\n{booth.producer}"))
        self.page.add_recent("undone", f"{booth.code} · {booth.producer}")
        self.page.ctx.changed(Change.CHECKIN)


class CheckinPage(Page):
    object_name = "checkinPage"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setStyleSheet(PAGE_STYLE)
        self.undo_group = QUndoGroup(self)  # one stack per fair and day; the one on screen is active
        self._memory: dict[DeskKey, DeskMemory] = {}
        self._shown_key: DeskKey | None = None
        self._left_offer: str | None = None  # a booth that left and was scanned: Enter marks it present again
        self._hits: list[SearchHit] = []
        self._last_booth: str | None = None  # the booth of the last answer: Ctrl+Enter opens it
        self.settings = app_settings()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_header())
        layout.addLayout(self._build_scan_bar())
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self._build_lists())
        split.addWidget(self._build_board())
        split.setSizes([400, 640])
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self._connect_parts()
        self._add_shortcuts()

    def _build_header(self) -> QHBoxLayout:
        """The title, and today's counts on the right."""
        top = QHBoxLayout()
        title = QLabel(self.title())
        title.setObjectName("pageTitle")
        top.addWidget(title)
        top.addStretch(1)
        counts = QVBoxLayout()
        counts.setSpacing(0)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("countsLabel")
        self.counts_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.counts_detail = QLabel()
        self.counts_detail.setObjectName("countsDetail")
        self.counts_detail.setAlignment(Qt.AlignmentFlag.AlignRight)
        counts.addWidget(self.counts_label)
        counts.addWidget(self.counts_detail)
        top.addLayout(counts)
        return top

    def _build_scan_bar(self) -> QHBoxLayout:
        """The scan box, Details…, Undo and the sound switch."""
        bar = QHBoxLayout()
        self.input = ScanInput()
        self.input.setPlaceholderText(self.tr("Scan a booth card or type a code, producer, product or phone…"))
        self.input.setClearButtonEnabled(True)
        bar.addWidget(self.input, 1)
        self.details_button = QPushButton(self.tr("Details…"))
        self.details_button.setObjectName("detailsButton")
        self.details_button.setToolTip(self.tr("The booth typed in the box, or the last one answered (Ctrl+Enter): "
                                               "its products, history and the lots it brought"))
        self.details_button.clicked.connect(self.open_typed_booth)
        bar.addWidget(self.details_button)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_group.undo)
        bar.addWidget(self.undo_button)
        self.sound = QCheckBox(self.tr("Sound"))
        self.sound.setObjectName("soundCheck")
        self.sound.setToolTip(self.tr("Beep once for a check-in, twice for anything that needs a look"))
        self.sound.setChecked(str(self.settings.value("checkin/sound", "false")).lower() == "true")
        self.sound.toggled.connect(lambda on: self.settings.setValue("checkin/sound", "true" if on else "false"))
        bar.addWidget(self.sound)
        return bar

    def _build_lists(self) -> QWidget:
        """The left column: the answer banner, the matches and the recent scans."""
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 6, 8, 0)
        self.banner = ResultBanner()
        left_layout.addWidget(self.banner)
        self.results_label = QLabel(self.tr("Matches"))
        self.results_label.setObjectName("sectionLabel")
        left_layout.addWidget(self.results_label)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_layout.addWidget(self.results, 2)
        recent_label = QLabel(self.tr("Recent scans"))
        recent_label.setObjectName("sectionLabel")
        left_layout.addWidget(recent_label)
        self.recent = QListWidget()
        self.recent.setObjectName("recentList")
        self.recent.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_layout.addWidget(self.recent, 3)
        for view in (self.results, self.recent):  # a row each on a low screen: the answer card comes first
            view.setMinimumHeight(view.fontMetrics().lineSpacing() + 16)
        return left

    def _build_board(self) -> QWidget:
        """The right column: the legend and the booth board."""
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 6, 0, 0)
        legend = QLabel(self._legend())
        legend.setObjectName("legend")
        legend.setWordWrap(True)  # on a narrow screen the legend wraps rather than squeezing the answer card
        right_layout.addWidget(legend)
        self.board = BoardWidget()
        right_layout.addWidget(self.board, 1)
        return right

    def _connect_parts(self) -> None:
        """The input keeps the focus; typing searches, Enter checks in, the board opens a booth."""
        for widget in (self.details_button, self.undo_button, self.sound, self.results, self.recent):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the input keeps the focus
        self.setFocusProxy(self.input)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_now)
        self.input.textChanged.connect(lambda _: self._search_timer.start())
        self.input.submitted.connect(self.submit)
        self.input.navigate.connect(self._move_selection)
        self.input.undoRequested.connect(self.undo_group.undo)
        self.results.itemDoubleClicked.connect(lambda item: self.run_check_in(item.data(Qt.ItemDataRole.UserRole)))
        self.board.boothClicked.connect(self.open_booth)
        self.undo_group.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_group.undoTextChanged.connect(
            lambda text: self.undo_button.setToolTip(self.tr("Undo %1 (Ctrl+Z)").replace("%1", text)))

    def _add_shortcuts(self) -> None:
        """Undo / redo a check-in and open the booth's details from the keyboard."""
        self.undo_action = QAction(self.tr("Undo check-in"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo_group.undo)
        self.redo_action = QAction(self.tr("Redo check-in"), self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.redo_action.triggered.connect(self.undo_group.redo)
        # The keyboard's way to the booth board's detail (lots, left, absent): the input keeps the focus.
        self.details_action = QAction(self.tr("Booth details…"), self)
        self.details_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.details_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.details_action.triggered.connect(self.open_typed_booth)
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.addAction(self.details_action)
        self.input.redoRequested.connect(self.undo_group.redo)
        self.input.emptyEnter.connect(self._offer_present_again)

    def title(self) -> str:
        return self.tr("Check-in")

    def _legend(self) -> str:
        names = {"expected": self.tr("expected"), "present": self.tr("present"), "absent": self.tr("absent"),
                 "left": self.tr("left"), "off": self.tr("not today")}
        parts = []
        for status, name in names.items():
            bg, border, _ = TILE_COLOURS[status]
            # an item never breaks inside ("đã về" stays one piece); the legend wraps between items
            parts.append(f"<span style='background:{bg};border:1px solid {border};color:{bg}'>&nbsp;■&nbsp;</span>"
                         f"&nbsp;{name.replace(' ', '&nbsp;')}")
        return self.tr("Booth board:") + "&nbsp;&nbsp; " + "&nbsp;&nbsp; ".join(parts)

    # -- refresh ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        event, day = self.ctx.current_event, self.ctx.day
        self.input.setEnabled(event is not None and day is not None)
        self._show_memory()
        if event is None or day is None:
            self.board.update_board([])
            self.counts_label.setText("")
            self.counts_detail.setText("")
            return
        rows = desk.board(self.ctx.store, event.id, day)
        self.board.update_board(rows)
        counts = desk.board_counts(rows)
        self.counts_label.setText(self.tr("%1 / %2 present").replace("%1", str(counts.present)).replace(
            "%2", str(counts.expected)))
        self.counts_detail.setText(
            self.tr("checked in %1 · left %2 · waiting %3 · absent %4").replace("%1", str(counts.checked_in))
            .replace("%2", str(counts.left)).replace("%3", str(counts.waiting)).replace("%4", str(counts.absent)))
        self.focus_input()

    # -- one fair and day at a time: undo, the answer card and the recent scans --------------------------

    def desk_key(self) -> DeskKey | None:
        event, day = self.ctx.current_event, self.ctx.day
        return (event.id, day) if event is not None and day is not None else None

    def _memory_for(self, key: DeskKey) -> DeskMemory:
        if key not in self._memory:
            stack = QUndoStack(self)
            self.undo_group.addStack(stack)
            self._memory[key] = DeskMemory(stack)
        return self._memory[key]

    @property
    def undo_stack(self) -> QUndoStack | None:
        """The undo stack of the fair and day on screen (None with no fair)."""
        key = self.desk_key()
        return self._memory_for(key).stack if key is not None else None

    def _show_memory(self) -> None:
        """After a change of fair or day: that fair's own undo stack, last answer and recent scans."""
        key = self.desk_key()
        if key == self._shown_key:
            return
        self._shown_key = key
        self._left_offer = None
        memory = self._memory_for(key) if key is not None else None
        self.undo_group.setActiveStack(memory.stack if memory else None)  # type: ignore[arg-type]
        self.recent.clear()
        for state, line in reversed(memory.recent if memory else []):
            self._insert_recent(state, line)
        last = memory.last if memory else None
        if isinstance(last, CheckInOutcome):
            self.banner.show_outcome(last)
        elif last is not None and last[0] == "undone":
            self.banner.show_undone(*last[1].split("\n", 1))
        elif last is not None:
            self.banner.show_hint(last[1], headline=self.tr("Nothing was undone"))
        else:
            self.banner.show_idle()

    def remember_last(self, last: CheckInOutcome | tuple[str, str]) -> None:
        key = self.desk_key()
        if key is not None:
            self._memory_for(key).last = last

    def say_not_here(self) -> None:
        text = self.tr("That check-in belongs to another fair or day than the one on screen; nothing was changed.")
        self.banner.show_hint(text, headline=self.tr("Nothing was undone"))
        QApplication.beep()

    # -- scans caught elsewhere in the window (ui/common/scan_capture.py) --------------------------------

    def take_scan(self, text: str) -> None:
        """A scan that arrived while the focus was elsewhere in the window: the same as one in the input."""
        self.input.clear()
        self.focus_main_input()
        if self.ctx.current_event is None or self.ctx.day is None:
            QApplication.beep()
            return
        self.run_check_in(text)

    def focus_main_input(self) -> None:
        self.focus_input()

    # -- a booth that left, scanned again ----------------------------------------------------------------

    def _offer_present_again(self) -> None:
        """Enter with nothing typed, after a scan of a booth that left: mark it present again."""
        code, self._left_offer = self._left_offer, None
        if code is None or self.ctx.current_event is None or self.ctx.day is None:
            return
        event_id, day = self.ctx.current_event.id, self.ctx.day
        store, actor = self.ctx.store, self.ctx.actor
        done = run_action(self.ctx, self.tr("Mark %1 present again").replace("%1", code),
                          lambda: desk.set_status(store, actor, event_id, day, code, "present"), parent=self)
        if not isinstance(done, Saved):
            return
        booth = done.value.booth
        self.banner.show_back(booth.code, booth.producer)
        self.add_recent("checked_in", f"{booth.code} · {booth.producer} · " + self.tr("back"))
        self.ctx.changed(Change.CHECKIN)
        self.focus_input()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        QTimer.singleShot(0, self.focus_input)

    def focus_input(self) -> None:
        if self.isVisible() and self.input.isEnabled() and QApplication.activeModalWidget() is None:
            self.input.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- search ----------------------------------------------------------------------------------------

    def search_now(self) -> None:
        self._search_timer.stop()
        text = self.input.text().strip()
        self.results.clear()
        self._hits = []
        if not text or self.ctx.current_event is None or parse_scan(text).kind != "text":
            self.results_label.setText(self.tr("Matches"))
            return
        self._hits = desk.search(self.ctx.store, self.ctx.current_event.id, text)
        for hit in self._hits:
            label = f"{hit.booth.code}  ·  {hit.booth.producer}"
            if hit.matched:
                label += f"  —  {hit.matched}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, hit.booth.code)
            self.results.addItem(item)
        self.results_label.setText(self.tr("Matches (%1) — ↑/↓ to choose, Enter to check in").replace(
            "%1", str(len(self._hits))) if self._hits else self.tr("No matches"))
        exact = self._hits and fold(self._hits[0].booth.code) == fold(text)
        if len(self._hits) == 1 or exact:
            self.results.setCurrentRow(0)

    def _move_selection(self, step: int) -> None:
        if self._search_timer.isActive():
            self.search_now()
        count = self.results.count()
        if count:
            row = self.results.currentRow()
            self.results.setCurrentRow(max(0, min(count - 1, (row + step) if row >= 0 else 0)))

    # -- checking in -----------------------------------------------------------------------------------

    def submit(self, text: str, from_scanner: bool) -> None:
        """Enter or a finished scan: a booth card or scanned code directly, else the chosen search result."""
        if self.ctx.current_event is None or self.ctx.day is None:
            return
        if from_scanner or parse_scan(text).kind != "text":
            self.run_check_in(text)
            return
        if self._search_timer.isActive() or not self._hits:
            self.search_now()
        item = self.results.currentItem()
        if item is not None and item.isSelected():
            self.run_check_in(item.data(Qt.ItemDataRole.UserRole))
        elif len(self._hits) > 1:
            self.banner.show_hint(self.tr("%1 booths match “%2”. Choose one with ↑/↓ and press Enter.").replace(
                "%1", str(len(self._hits))).replace("%2", text))
        else:
            self.run_check_in(text)

    def run_check_in(self, scan: str, *, day: dt.date | None = None, record: bool = True) -> CheckInOutcome | None:
        """Check in and show the answer; None when the store refused (the error was shown)."""
        assert self.ctx.current_event is not None
        when = day or self.ctx.day
        assert when is not None
        store, actor, event_id = self.ctx.store, self.ctx.actor, self.ctx.current_event.id

        def save() -> CheckInOutcome:  # kept for a retry if the database is out of reach (ui/common/connection.py)
            return desk.check_in(store, actor, event_id, when, scan)

        try:
            saved = run_action(self.ctx, self.tr("Check in “%1”").replace("%1", scan[:40]), save, parent=self,
                               notify=Change.CHECKIN)
        finally:
            self.input.clear()
            self.results.clear()
            self.results_label.setText(self.tr("Matches"))
            self._hits = []
        if not isinstance(saved, Saved):
            return None
        outcome = saved.value
        self.banner.show_outcome(outcome)
        self.remember_last(outcome)
        self._left_offer = outcome.booth.code if outcome.left_at is not None and outcome.booth else None
        if outcome.booth is not None:
            self._last_booth = outcome.booth.code
        booth = f"{outcome.booth.code} · {outcome.booth.producer}" if outcome.booth else f"“{outcome.scan[:40]}”"
        self.add_recent(outcome.state, booth)
        self._beep(outcome.state == "checked_in")
        if outcome.state == "checked_in":
            key = self.desk_key()
            if record and key is not None:
                self._memory_for(key).stack.push(CheckInCommand(self, outcome, key))
            self.ctx.changed(Change.CHECKIN)
        self.focus_input()
        return outcome

    def add_recent(self, state: str, text: str) -> None:
        from ocop_desk.store.models import utcnow

        marks = {"checked_in": "✔", "already": "●", "unknown": "✖", "not_registered": "✖", "undone": "↶"}
        line = f"{fmt_time(utcnow())}  {marks.get(state, '')}  {text}"
        key = self.desk_key()
        if key is not None:
            memory = self._memory_for(key)
            memory.recent = [(state, line), *memory.recent[: RECENT - 1]]
        self._insert_recent(state, line)

    def _insert_recent(self, state: str, line: str) -> None:
        item = QListWidgetItem(line)
        bg, fg = COLOURS[state]
        item.setForeground(QBrush(QColor(bg if state != "already" else "#8a5a00")))
        item.setData(Qt.ItemDataRole.UserRole, state)
        self.recent.insertItem(0, item)
        while self.recent.count() > RECENT:
            self.recent.takeItem(self.recent.count() - 1)

    def _beep(self, ok: bool) -> None:
        if not self.sound.isChecked():
            return
        QApplication.beep()
        if not ok:
            QTimer.singleShot(180, QApplication.beep)

    # -- the board -------------------------------------------------------------------------------------

    def open_typed_booth(self) -> None:
        """Ctrl+Enter: the detail of the booth typed (a code, a card, a search with one match chosen), or with
        nothing typed, of the booth the desk last answered for. Nothing is checked in."""
        if self.ctx.current_event is None or self.ctx.day is None:
            return
        text = self.input.text().strip()
        code = self._typed_booth(text) if text else self._last_booth
        if code is None:
            if not text:
                self.banner.show_hint(self.tr("Type or scan a booth first, then press Ctrl+Enter for its details."))
            return
        self.input.clear()
        self.results.clear()
        self._hits = []
        self.open_booth(code)

    def _typed_booth(self, text: str) -> str | None:
        """The booth code `text` stands for, or None after saying why in the banner."""
        assert self.ctx.current_event is not None
        scan = parse_scan(text)
        if scan.kind == "booth" and scan.event_id == self.ctx.current_event.id:
            return scan.booth_code
        if scan.kind == "text":
            if self._search_timer.isActive() or not self._hits:
                self.search_now()
            item = self.results.currentItem()
            if item is not None and item.isSelected():
                return str(item.data(Qt.ItemDataRole.UserRole))
            if len(self._hits) > 1:
                self.banner.show_hint(self.tr("%1 booths match “%2”. Choose one with ↑/↓, then press Ctrl+Enter.")
                                      .replace("%1", str(len(self._hits))).replace("%2", text))
                return None
        self.banner.show_hint(self.tr("No booth of this fair matches “%1”.").replace("%1", text[:40]))
        return None

    def open_booth(self, code: str) -> None:
        from ui.checkin.booth_detail import BoothDetailDialog

        if self.ctx.current_event is None or self.ctx.day is None:
            return
        try:
            dialog = BoothDetailDialog(self.ctx, code, self)
        except OcopError as exc:
            show_error(self, exc)
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a day of booths leaves no hidden dialogs
        dialog.finished.connect(lambda _: self.focus_input())
        dialog.open()
        self.detail_dialog = dialog
