"""Start the window: QApplication, language, store, operator on shift, main window."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time

from PySide6.QtCore import QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog

from ocop_desk.audit import Actor
from ocop_desk.errors import DomainError, StoreError
from ocop_desk.i18n import DEFAULT_LANGUAGE, LANGUAGES, load_language
from ocop_desk.paths import APP_NAME, DB_ENV, RESOURCES, data_dir, default_db_target
from ocop_desk.store import Store
from ui.context import AppContext
from ui.errors import show_error

STARTED = time.perf_counter()


def app_settings() -> QSettings:
    """Per-user window settings in the data folder (so OCOP_DESK_DATA isolates them too)."""
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def install_language(app: QApplication, lang: str) -> None:
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    for translator in load_language(lang):
        translator.setParent(app)
        app.installTranslator(translator)


def apply_style(app: QApplication) -> None:
    qss = RESOURCES / "style.qss"
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))


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

    def _build(self):  # type: ignore[no-untyped-def]
        from ui.main_window import MainWindow

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
    from ui.db_settings import saved_database

    return given or os.environ.get(DB_ENV) or saved_database(settings) or default_db_target()


def open_store(args: argparse.Namespace, settings: QSettings) -> Store | None:
    """Open the chosen database; when it fails and the choice is the saved one (a shared server that is
    down, say), offer File ▸ Database settings… right there instead of a station that cannot start."""
    while True:
        try:
            return Store.open(choose_database(args.db, settings), read_only=args.read_only)
        except StoreError as exc:
            if args.db or os.environ.get(DB_ENV):
                show_error(None, exc, title=APP_NAME)
                return None
            from ui.db_settings import ask_other_database

            if not ask_other_database(exc, settings):
                return None


def run_window(args: argparse.Namespace) -> int:
    app = make_application()
    settings = app_settings()
    lang = args.lang or str(settings.value("language", DEFAULT_LANGUAGE))
    install_language(app, lang if lang in LANGUAGES else DEFAULT_LANGUAGE)
    store = open_store(args, settings)
    if store is None:
        return 3

    operator = args.operator or os.environ.get("OCOP_DESK_OPERATOR")
    ctx = AppContext(store, Actor(operator=operator))
    if args.demo:
        from ocop_desk.demo import load_demo

        with contextlib.suppress(DomainError):  # already loaded: open it as it is
            load_demo(store, ctx.actor)
    if not operator:
        from ui.dialogs import OperatorDialog

        dialog = OperatorDialog(str(settings.value("operator", "")))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            ctx.set_operator(dialog.name())
            settings.setValue("operator", dialog.name())

    session = WindowSession(app, ctx, settings)
    session.window.show()
    probe_mode = os.environ.get("OCOP_DESK_STARTUP_PROBE")
    if probe_mode:
        # Benchmarks: report when the event loop is idle with the window shown; "quit" then exits.
        def probe() -> None:
            print(f"ready {time.perf_counter() - STARTED:.4f}", flush=True)
            if probe_mode == "quit":
                app.quit()

        QTimer.singleShot(0, probe)
    code = app.exec()
    store.close()
    return code
