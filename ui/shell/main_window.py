"""The main window: a sidebar of jobs, the event/day selector, the operator and database in the status bar."""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QRect,
    QSettings,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ocop_desk.core.errors import OcopError, StoreError
from ocop_desk.core.formatting import fmt_date
from ocop_desk.core.i18n import current_language
from ocop_desk.fair import events
from ui.common.connection import ConnectionBanner, Saved, connection_monitor, run_action
from ui.common.context import AppContext, Change
from ui.common.errors import show_error
from ui.common.page import Page
from ui.common.scan_capture import ScanCapture, ScanTaker, is_typing_field
from ui.labels.menu import add_label_actions
from ui.shell.dialogs import EventDialog, OperatorDialog
from ui.store.sync import SyncWatcher


@dataclass(frozen=True)
class PageSpec:
    """A sidebar entry: its key, its (translatable) title, and where its page class lives.

    Pages are imported and built the first time they are shown, so start-up cost does not grow with
    the number of features.
    """

    key: str
    title: str
    factory: str  # "module:callable", called with the AppContext

    def translated_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)

    def build(self, ctx: AppContext) -> Page:
        module, name = self.factory.split(":")
        page: Page = getattr(importlib.import_module(module), name)(ctx)
        return page


# The sidebar, in order. Later features swap in their full pages here.
PAGES: list[PageSpec] = [
    PageSpec("checkin", str(QT_TRANSLATE_NOOP("Pages", "Check-in")), "ui.checkin.page:CheckinPage"),
    PageSpec("products", str(QT_TRANSLATE_NOOP("Pages", "Products & lots")), "ui.fair.page:ProductsPage"),
    PageSpec("labels", str(QT_TRANSLATE_NOOP("Pages", "Labels")), "ui.labels.page:LabelsPage"),
    PageSpec("live", str(QT_TRANSLATE_NOOP("Pages", "Livestream")), "ui.live.page:LivePage"),
    PageSpec("summary", str(QT_TRANSLATE_NOOP("Pages", "Summary")), "ui.reports.page:SummaryPage"),
]
PAGE_KEYS = [spec.key for spec in PAGES]

# The smallest screen a coordinator brings: 1366×768 at 125% is 1093×614 logical, less the taskbar.
MINIMUM_SIZE = QSize(1000, 540)
# Below this the first window is maximised; above it, it opens at COMFORTABLE_SIZE, centred.
ROOMY_SCREEN = QSize(1500, 940)
COMFORTABLE_SIZE = QSize(1440, 880)


class MainWindow(QMainWindow):
    languageChangeRequested = Signal(str)

    def __init__(self, ctx: AppContext, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.settings = settings
        self.setWindowTitle(self.tr("OCOP Desk"))
        self.setMinimumSize(MINIMUM_SIZE)

        self.pages: dict[str, Page] = {}
        self._days_chosen: dict[int, dt.date] = {}  # event id → the day last chosen in this window
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(200)
        self.stack = QStackedWidget()
        for spec in PAGES:
            item = QListWidgetItem(spec.translated_title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # stands in until the page is first shown
        self.nav.currentRowChanged.connect(self._show_row)

        self.welcome = self._build_welcome()
        self.body = QStackedWidget()
        content = QWidget()
        row = QHBoxLayout(content)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        wrapper = QWidget()
        wrapper.setObjectName("pageArea")
        inner = QVBoxLayout(wrapper)
        inner.setContentsMargins(20, 16, 20, 16)
        inner.addWidget(self.stack)
        row.addWidget(wrapper, 1)
        self.body.addWidget(content)
        self.body.addWidget(self.welcome)
        # Several stations: the banner when the database is out of reach, and the watcher of others' changes.
        self.connection = connection_monitor(ctx)
        self.banner = ConnectionBanner(self.connection)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.body, 1)
        self.setCentralWidget(central)
        self.sync = SyncWatcher(ctx, self)

        self._build_toolbar()
        self._build_menus()
        self._build_status_bar()
        ctx.operatorChanged.connect(self._show_operator)
        ctx.dataChanged.connect(self._on_data_changed)
        # A scan is never lost: a scanner burst caught wherever the focus is goes to the page on screen.
        self.scan_capture = ScanCapture(self)
        self.scan_capture.scanned.connect(self.route_scan)
        self.scan_capture.focusReturnWanted.connect(self.focus_page_input)

        self.sync.prime()
        self.reload_events()
        self._restore_state()
        self.sync.start()

    # -- building ----------------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Event"))
        bar.setObjectName("eventToolbar")
        bar.setMovable(False)
        bar.addWidget(QLabel(self.tr("Fair:") + " "))
        self.event_combo = QComboBox()
        self.event_combo.setObjectName("eventCombo")
        self.event_combo.setMinimumWidth(320)
        self.event_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        bar.addWidget(self.event_combo)
        bar.addSeparator()
        bar.addWidget(QLabel(" " + self.tr("Day:") + " "))
        self.day_combo = QComboBox()
        self.day_combo.setObjectName("dayCombo")
        self.day_combo.setMinimumWidth(130)
        bar.addWidget(self.day_combo)
        self.addToolBar(bar)
        self.event_combo.currentIndexChanged.connect(self._on_event_chosen)
        self.day_combo.currentIndexChanged.connect(self._on_day_chosen)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        self.file_menu = menu.addMenu(self.tr("&File"))
        new_event = self.file_menu.addAction(self.tr("&New event…"))
        new_event.setShortcut(QKeySequence.StandardKey.New)
        new_event.triggered.connect(self.new_event)
        self.load_sample_action = self.file_menu.addAction(self.tr("Load the &sample fair"))
        self.load_sample_action.triggered.connect(self.load_sample)
        self.file_menu.addSeparator()
        self.import_action = self.file_menu.addAction(self.tr("&Import registration…"))
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.open_import)
        self.template_action = self.file_menu.addAction(self.tr("Save a blank registration &template…"))
        self.template_action.triggered.connect(self.save_template)
        database_action = self.file_menu.addAction(self.tr("&Database settings…"))
        database_action.triggered.connect(self.database_settings)
        self.file_menu_end = self.file_menu.addSeparator()
        self.export_action = QAction(self.tr("&Export to Excel…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_excel)
        self.file_menu.insertAction(self.file_menu_end, self.export_action)
        add_label_actions(self)
        from ui.store.backup_menu import (
            install_file_actions,  # Back up now, Restore…, Save a copy…, Settings…
        )

        install_file_actions(self)
        quit_action = self.file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        self.view_menu = menu.addMenu(self.tr("&View"))
        for i, spec in enumerate(PAGES):
            action = QAction(spec.translated_title().replace("&", "&&"), self)  # "&&" shows "&", not a mnemonic
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, k=spec.key: self.show_page(k))
            self.view_menu.addAction(action)
            self.addAction(action)
        self.view_menu.addSeparator()
        lang_menu = self.view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, label in (("vi", "Tiếng Việt"), ("en", "English")):
            action = lang_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=code: self._change_language(c))
        operator_action = self.view_menu.addAction(self.tr("Change &operator…"))
        operator_action.triggered.connect(self.ask_operator)

        self.help_menu = menu.addMenu(self.tr("&Help"))
        about = self.help_menu.addAction(self.tr("&About OCOP Desk"))
        about.triggered.connect(self._about)
        from ui.shell.help import add_help_actions

        add_help_actions(self)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.operator_label = QPushButton()
        self.operator_label.setObjectName("operatorButton")
        self.operator_label.setFlat(True)
        self.operator_label.setToolTip(self.tr("Click to change the operator on shift"))
        self.operator_label.clicked.connect(self.ask_operator)
        status.addWidget(self.operator_label)
        self.db_label = QLabel()
        self.db_label.setObjectName("dbLabel")
        backend = self.ctx.store.backend
        kind = self.tr("SQLite file") if backend == "sqlite" else self.tr("PostgreSQL server")
        ro = " " + self.tr("(read-only)") if self.ctx.store.read_only else ""
        # Middle-elided (the file name stays) so the messages on the left are not cut off by a long path.
        text = f"{kind}: {self.ctx.store.location}{ro}"
        self.db_label.setText(self.db_label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, 440))
        self.db_label.setToolTip(self.ctx.store.location)
        status.addPermanentWidget(self.db_label)
        self._show_operator(self.ctx.actor.operator or "")

    def _build_welcome(self) -> QWidget:
        box = QWidget()
        box.setObjectName("welcome")
        layout = QVBoxLayout(box)
        layout.addStretch(1)
        title = QLabel(self.tr("Welcome to OCOP Desk"))
        title.setObjectName("welcomeTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        text = QLabel(self.tr("There is no fair in this database yet. Import the organisers' registration "
                              "list, create a fair, or load the sample Hải Phòng fair to look around."))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        registration = QPushButton(self.tr("Import the registration list…"))
        registration.setObjectName("welcomeImportButton")
        registration.clicked.connect(self.open_import)
        buttons.addWidget(registration)
        sample = QPushButton(self.tr("Load the sample fair"))
        sample.setObjectName("loadSampleButton")
        sample.clicked.connect(self.load_sample)
        buttons.addWidget(sample)
        create = QPushButton(self.tr("New event…"))
        create.setObjectName("newEventButton")
        create.setDefault(True)
        create.clicked.connect(self.new_event)
        buttons.addWidget(create)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return box

    # -- event and day -----------------------------------------------------------------------------

    def reload_events(self, select_id: int | None = None) -> None:
        infos = events.list_events(self.ctx.store)
        wanted = select_id or (self.ctx.current_event.id if self.ctx.current_event
                               else events.current_event_id(self.ctx.store, self.ctx.actor.station))
        self.event_combo.blockSignals(True)
        self.event_combo.clear()
        for info in infos:
            self.event_combo.addItem(f"{info.name} ({fmt_date(info.starts_on)})", info)
        index = next((i for i, info in enumerate(infos) if info.id == wanted), 0)
        self.event_combo.setCurrentIndex(index if infos else -1)
        self.event_combo.blockSignals(False)
        self.body.setCurrentIndex(0 if infos else self.body.indexOf(self.welcome))
        self._on_event_chosen()

    def _on_event_chosen(self, *_: object) -> None:
        info: events.EventInfo | None = self.event_combo.currentData()
        self.day_combo.blockSignals(True)
        self.day_combo.clear()
        day: dt.date | None = None
        if info is not None:
            for d in info.days:
                self.day_combo.addItem(fmt_date(d), d)
            remembered = self._days_chosen.get(info.id)  # back to a fair: the day it was left on
            day = remembered if remembered in info.days else events.default_day(info)
            self.day_combo.setCurrentIndex(info.days.index(day))
        self.day_combo.blockSignals(False)
        self.ctx.select(info, day)
        if info is not None:
            self._remember_event(info.id)

    def _remember_event(self, event_id: int) -> None:
        """The station's fair is the one on screen: the next start, and the CLI here, open it (fair/events.py)."""
        with contextlib.suppress(StoreError):  # only a convenience: the banner says when the database is out of reach
            events.remember_event(self.ctx.store, self.ctx.actor.station, event_id)

    def _on_day_chosen(self, *_: object) -> None:
        self.ctx.select(self.ctx.current_event, self.day_combo.currentData())
        if self.ctx.current_event is not None and self.ctx.day is not None:
            self._days_chosen[self.ctx.current_event.id] = self.ctx.day

    def _on_data_changed(self, what: Change) -> None:
        if what == Change.EVENTS:
            self.reload_events()
        elif what == Change.REMOTE:
            self._follow_remote_events()

    def _follow_remote_events(self) -> None:
        """Another station added or renamed an event: update the list, keeping this station's choice."""
        try:
            infos = events.list_events(self.ctx.store)
        except StoreError:
            return  # the banner already says the database is out of reach
        shown = [self.event_combo.itemData(i) for i in range(self.event_combo.count())]
        if [(i.id, i.name, i.days) for i in infos] == [(i.id, i.name, i.days) for i in shown]:
            return
        day = self.ctx.day
        self.reload_events(self.ctx.current_event.id if self.ctx.current_event else None)
        days = [self.day_combo.itemData(i) for i in range(self.day_combo.count())]
        if day in days:
            self.day_combo.setCurrentIndex(days.index(day))

    # -- scans caught anywhere in the window --------------------------------------------------------

    def route_scan(self, text: str) -> None:
        """A scanner burst the focused widget had no use for: the page on screen takes it, or the window says
        that this page has no use for scans (the status bar and a beep), never silently."""
        page = self.pages.get(self.current_page_key()) if self.body.currentIndex() == 0 else None
        if isinstance(page, ScanTaker):
            page.take_scan(text)
            return
        self.statusBar().showMessage(self.tr("Scanned “%1”, but this page has no use for scans. Check booths in "
                                             "on Check-in (Ctrl+1); count sales on Livestream (Ctrl+4).")
                                     .replace("%1", text[:40]), 10000)
        QApplication.beep()

    def focus_page_input(self) -> None:
        """A drop-down, menu or dialog closed: the focus goes back to the page's main input (the scan box)."""
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            return
        if not self.isActiveWindow() or is_typing_field(QApplication.focusWidget()):
            return
        page = self.pages.get(self.current_page_key())
        if isinstance(page, ScanTaker) and page.isVisible():
            page.focus_main_input()

    # -- actions -----------------------------------------------------------------------------------

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.page(PAGES[row].key)
        self.stack.setCurrentIndex(row)

    def page(self, key: str) -> Page:
        """The page for `key`, built on first use."""
        if key not in self.pages:
            row = PAGE_KEYS.index(key)
            page = PAGES[row].build(self.ctx)
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self.pages[key] = page
        return self.pages[key]

    def show_page(self, key: str) -> Page:
        self.nav.setCurrentRow(PAGE_KEYS.index(key))
        return self.page(key)

    def current_page_key(self) -> str:
        return PAGE_KEYS[self.stack.currentIndex()]

    def new_event(self) -> None:
        dialog = EventDialog(self)
        if not dialog.exec():
            return
        values = dialog.values()

        ctx = self.ctx

        def save() -> events.EventInfo:  # also run later from the banner, maybe by a rebuilt window
            info = events.create_event(ctx.store, ctx.actor, **values)
            ctx.changed(Change.EVENTS)
            return info

        # Kept for a retry if the database is out of reach (ui/common/connection.py).
        saved = run_action(ctx, self.tr("New event “{name}”").format(name=values["name"]), save, parent=self)
        if isinstance(saved, Saved):
            self.reload_events(saved.value.id)

    def open_import(self) -> None:
        from ui.registration.import_dialog import open_import

        self.import_dialog = open_import(self)

    def save_template(self) -> None:
        from ui.registration.import_dialog import save_template

        save_template(self)

    def load_sample(self) -> None:
        try:
            from ocop_desk.fair.demo import load_demo  # only when asked for: start-up stays light

            result = load_demo(self.ctx.store, self.ctx.actor)
        except OcopError as exc:
            show_error(self, exc)
            return
        self.reload_events(result.event_id)
        self.statusBar().showMessage(self.tr("Loaded the sample Hải Phòng fair."), 5000)

    def export_excel(self) -> None:
        from ui.reports.export_dialog import start_export

        summary = self.pages.get("summary")
        start_export(self, self.ctx, whole_event=bool(getattr(summary, "whole_event", False)))

    def database_settings(self) -> None:
        from ui.store.db_settings import DatabaseDialog

        dialog = DatabaseDialog(self.settings, self.ctx.store.location, self)
        if dialog.exec():
            self.statusBar().showMessage(
                self.tr("Saved. OCOP Desk uses that database from its next start."), 10000)

    def ask_operator(self) -> None:
        dialog = OperatorDialog(self.ctx.actor.operator or "", self)
        if dialog.exec():
            self.ctx.set_operator(dialog.name())
            self.settings.setValue("operator", dialog.name())

    def _show_operator(self, name: str) -> None:
        self.operator_label.setText(self.tr("Operator: %1").replace("%1", name or self.tr("(not set)")))

    def _change_language(self, code: str) -> None:
        if code != current_language():
            self.settings.setValue("language", code)
            self.languageChangeRequested.emit(code)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About OCOP Desk"), self.about_text())

    def about_text(self) -> str:
        """The version, and where this station keeps its data (what support asks first)."""
        from html import escape

        from ocop_desk import __version__
        from ocop_desk.core.paths import data_dir

        return self.tr(
            "<b>OCOP Desk</b> %1<br>Check-in, traceability labels, livestream tallies and Excel summaries "
            "for OCOP market days.<br><br>Data folder: %2<br>Database: %3"
        ).replace("%1", escape(__version__)).replace("%2", escape(str(data_dir()))).replace(
            "%3", escape(self.ctx.store.location))

    # -- state -------------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            self.clamp_to_screen()
        else:
            self.place_on_screen()
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        last = self.settings.value("window/page", "checkin")
        self.nav.setCurrentRow(PAGE_KEYS.index(last) if last in PAGE_KEYS else 0)

    def place_on_screen(self, screen: QScreen | None = None) -> None:
        """The first window: maximised on a laptop's screen, a comfortable centred size on a large one."""
        screen = screen or self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        self.setMinimumSize(MINIMUM_SIZE.boundedTo(area.size()))  # never more than the screen holds
        self.setWindowState(Qt.WindowState.WindowNoState)
        if area.width() < ROOMY_SCREEN.width() or area.height() < ROOMY_SCREEN.height():
            self.setGeometry(area)
            self.setWindowState(Qt.WindowState.WindowMaximized)
            return
        rect = QRect(area.topLeft(), COMFORTABLE_SIZE.boundedTo(area.size()))
        rect.moveCenter(area.center())
        self.setGeometry(rect)

    def clamp_to_screen(self) -> None:
        """A geometry saved on a larger screen (a projector, a docked monitor) shrinks and moves onto this one."""
        if self.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            return
        frame = self.frameGeometry()
        screen = QGuiApplication.screenAt(frame.center()) or self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        self.setMinimumSize(MINIMUM_SIZE.boundedTo(area.size()))
        extra = frame.size() - self.geometry().size()  # the title bar and borders
        size = self.size().boundedTo(area.size() - extra).expandedTo(self.minimumSize().boundedTo(area.size()))
        if size.width() + extra.width() >= area.width() and size.height() + extra.height() >= area.height():
            self.place_on_screen(screen)
            return
        rect = QRect(frame.topLeft(), size + extra)
        rect.moveLeft(max(area.left(), min(rect.left(), area.right() - rect.width() + 1)))
        rect.moveTop(max(area.top(), min(rect.top(), area.bottom() - rect.height() + 1)))
        self.resize(size)
        self.move(rect.topLeft())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.sync.stop()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/page", self.current_page_key())
        super().closeEvent(event)
