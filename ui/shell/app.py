"""Start the window: QApplication, language, store, operator on shift, main window."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog

from ocop_desk.core.errors import DomainError, StoreError
from ocop_desk.core.i18n import DEFAULT_LANGUAGE, LANGUAGES, load_language
from ocop_desk.core.paths import APP_NAME, DB_ENV, RESOURCES, default_db_target
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ui.common.context import AppContext
from ui.common.errors import show_error
from ui.common.settings import app_settings

if TYPE_CHECKING:
    from ocop_desk.store.instance_lock import InstanceLock
    from ui.shell.main_window import MainWindow
    from ui.store.backup_dialogs import BackupScheduler

STARTED = time.perf_counter()


def locale_for(lang: str) -> QLocale:
    """Numbers and Qt's date editors follow the UI language (decimal comma in Vietnamese), not the laptop's
    regional settings; "en" is US English for its "Sep" (British English writes "Sept")."""
    if lang == "vi":
        return QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def install_language(app: QApplication, lang: str) -> None:
    QLocale.setDefault(locale_for(lang))
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    for translator in load_language(lang):
        translator.setParent(app)
        app.installTranslator(translator)


def apply_style(app: QApplication) -> None:
    app.setStyleSheet((RESOURCES / "style.qss").read_text(encoding="utf-8"))


def make_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("OCOP Desk")
    app.setStyle("Fusion")
    apply_style(app)
    return app


class WindowSession:
    """Owns the main window and rebuilds it when the language changes."""

    def __init__(self, app: QApplication, ctx: AppContext, settings: QSettings) -> None:
        self.app, self.ctx, self.settings = app, ctx, settings
        self.window = self._build()

    def _build(self) -> MainWindow:
        from ui.shell.main_window import MainWindow

        window = MainWindow(self.ctx, self.settings)
        window.languageChangeRequested.connect(self.switch_language)
        return window

    def switch_language(self, lang: str) -> None:
        old = self.window
        page = old.current_page_key()
        old.close()
        install_language(self.app, lang)
        self.window = self._build()
        self.window.show_page(page)
        self.window.show()
        old.deleteLater()


def choose_database(given: str | None, settings: QSettings) -> str:
    """--db, else $OCOP_DESK_DB, else the choice saved in File ▸ Database settings…, else the usual file."""
    from ui.store.db_settings import saved_database

    return given or os.environ.get(DB_ENV) or saved_database(settings) or default_db_target()


def open_store(args: argparse.Namespace, settings: QSettings) -> tuple[Store | None, InstanceLock | None]:
    """Open the chosen database under its one-window lock: (store, lock), or (None, None) to stop.

    When opening fails and the choice is the saved one (a shared server that is down, say), offer
    File ▸ Database settings… right there instead of a station that cannot start.
    """
    operator = args.operator or os.environ.get("OCOP_DESK_OPERATOR")
    while True:
        target = choose_database(args.db, settings)
        lock, read_only, go_on = open_with_lock(target, args.read_only, operator)
        if not go_on:
            return None, None
        try:
            return Store.open(target, read_only=read_only), lock
        except BaseException as exc:
            if lock is not None:
                lock.release()
            if not isinstance(exc, StoreError):
                raise
            if args.db or os.environ.get(DB_ENV):
                show_error(None, exc, title=APP_NAME)
                return None, None
            from ui.store.db_settings import ask_other_database

            if not ask_other_database(exc, settings):
                return None, None


def open_with_lock(target: str, read_only: bool, operator: str | None) -> tuple[InstanceLock | None, bool, bool]:
    """One window per database file: take its lock first, or ask (read-only / quit). (lock, read_only, go on)"""
    from pathlib import Path

    from ocop_desk.store.database import describe_target, to_url
    from ocop_desk.store.instance_lock import InstanceLock, LockHeld

    url = to_url(target)
    if read_only or not url.startswith("sqlite:") or describe_target(url) == ":memory:":
        return None, read_only, True
    path = Path(describe_target(url))
    try:
        return InstanceLock.acquire(path, operator=operator), False, True
    except LockHeld as held:
        from ui.store.lock_dialog import LockDialog

        return None, True, LockDialog(path, held.owner).exec() == QDialog.DialogCode.Accepted
    except OSError:  # a folder we cannot write a lock file into: Store.open explains the folder
        return None, read_only, True


def run_window(args: argparse.Namespace) -> int:
    app = make_application()
    from ui.shell.crash import install_exception_hook

    install_exception_hook(app)  # a bug anywhere is logged and shown; the app never just vanishes
    settings = app_settings()
    lang = args.lang or str(settings.value("language", DEFAULT_LANGUAGE))
    install_language(app, lang if lang in LANGUAGES else DEFAULT_LANGUAGE)
    try:
        store, lock = open_store(args, settings)
    except Exception as exc:  # a bug before the window exists: logged and shown, never a silent exit
        from ui.shell.crash import report_fatal

        report_fatal(exc)
        return 4
    if store is None:
        return 3

    operator = args.operator or os.environ.get("OCOP_DESK_OPERATOR")
    ctx = AppContext(store, Actor(operator=operator))
    if args.demo:
        from ocop_desk.fair.demo import load_demo

        with contextlib.suppress(DomainError):  # already loaded: open it as it is
            load_demo(store, ctx.actor)
    if not operator:
        from ui.shell.dialogs import OperatorDialog

        dialog = OperatorDialog(str(settings.value("operator", "")))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            ctx.set_operator(dialog.name())
            settings.setValue("operator", dialog.name())

    session = WindowSession(app, ctx, settings)
    session.window.show()
    backups: list[BackupScheduler] = []  # the backup timer starts once the window is up (start-up stays fast)

    def start_backups() -> None:
        if not backups:
            from ui.store.backup_dialogs import BackupScheduler

            backups.append(BackupScheduler(ctx, lambda: session.window, app))

    QTimer.singleShot(1000, start_backups)
    if lock is not None and lock.took_over is not None:
        from ui.store.lock_dialog import takeover_message

        session.window.statusBar().showMessage(takeover_message(lock.took_over), 20_000)
    probe_mode = os.environ.get("OCOP_DESK_STARTUP_PROBE")
    if probe_mode:
        # Benchmarks: report when the event loop is idle with the window shown; "quit" then exits.
        def probe() -> None:
            print(f"ready {time.perf_counter() - STARTED:.4f}", flush=True)
            if probe_mode == "quit":
                app.quit()

        QTimer.singleShot(0, probe)
    code = app.exec()
    start_backups()
    backups[0].backup_on_close()
    store.close()
    if lock is not None:
        lock.release()
    return code
