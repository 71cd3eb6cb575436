"""File ▸ Database settings…: choose a file or the shared server, test the connection, save the choice."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy.engine import make_url

from ocop_desk.store.pgpass import remember_password
from ui.shell.app import choose_database
from ui.store.db_settings import SETTINGS_KEY, DatabaseDialog, saved_database


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def make_dialog(qtbot, settings: QSettings, current: str = "/data/ocop.sqlite3") -> DatabaseDialog:  # type: ignore[no-untyped-def]
    dialog = DatabaseDialog(settings, current)
    qtbot.addWidget(dialog)  # not shown: the offscreen platform warns about top-level dialogs' size hints
    return dialog


def fill_server(dialog: DatabaseDialog, url: str, password: str = "") -> None:
    parsed = make_url(url)
    dialog.server_choice.setChecked(True)
    dialog.host.setText(parsed.host or "")
    dialog.port.setValue(parsed.port or 5432)
    dialog.database.setText(parsed.database or "")
    dialog.user.setText(parsed.username or "")
    dialog.password.setText(password)


@pytest.mark.backends("sqlite", "postgresql")
def test_server_test_connection_reports_a_ready_fair(qtbot, settings, make_db: Callable[..., str],  # type: ignore[no-untyped-def]
                                                     backend: str) -> None:
    target = make_db(backend, "demo")
    dialog = make_dialog(qtbot, settings)
    if backend == "postgresql":
        fill_server(dialog, target)
    else:
        dialog.path.setText(target)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.result_label.property("ok") is not None, timeout=5000)
    assert dialog.result_label.property("ok") is True
    assert "OCOP Desk database with 1 event" in dialog.result_label.text()
    assert ("PostgreSQL 1" in dialog.result_label.text()) == (backend == "postgresql")


def test_unreachable_server_is_said_in_red_without_the_password(qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, settings)
    fill_server(dialog, "postgresql+psycopg://ocop@127.0.0.1:9/fair", password="s3cret")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.result_label.property("ok") is False, timeout=8000)
    text = dialog.result_label.text()
    assert "cannot be reached" in text and "127.0.0.1:9/fair" in text and "s3cret" not in text
    assert dialog.test_button.isEnabled()


def test_save_keeps_the_password_out_of_the_settings(qtbot, settings, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    monkeypatch.delenv("OCOP_DESK_DB", raising=False)
    dialog = make_dialog(qtbot, settings)
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled() or dialog.local_choice.isChecked()
    fill_server(dialog, "postgresql+psycopg://dieu_phoi@192.168.1.10:5433/hai_phong", password="pa:ss")
    dialog.save()
    saved = saved_database(settings)
    assert saved == "postgresql+psycopg://dieu_phoi@192.168.1.10:5433/hai_phong"
    pgpass = tmp_path / "pgpass"
    assert pgpass.read_text() == "192.168.1.10:5433:hai_phong:dieu_phoi:pa\\:ss\n"
    assert stat.S_IMODE(os.stat(pgpass).st_mode) == 0o600
    # the next start uses it unless --db or $OCOP_DESK_DB says otherwise
    assert choose_database(None, settings) == saved
    assert choose_database("/x.sqlite3", settings) == "/x.sqlite3"
    monkeypatch.setenv("OCOP_DESK_DB", "/env.sqlite3")
    assert choose_database(None, settings) == "/env.sqlite3"
    reopened = make_dialog(qtbot, settings)
    assert reopened.server_choice.isChecked() and reopened.host.text() == "192.168.1.10"
    assert reopened.port.value() == 5433 and reopened.password.text() == ""


def test_pgpass_replaces_the_line_for_the_same_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "p"))
    (tmp_path / "p").write_text("other:5432:*:u:x\n")
    remember_password("h", 5432, "db", "u", "one")
    remember_password("h", 5432, "db", "u", "two")
    assert (tmp_path / "p").read_text() == "other:5432:*:u:x\nh:5432:db:u:two\n"


def test_local_file_choice_and_incomplete_server_form(qtbot, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, settings, current=str(tmp_path / "fair.sqlite3"))
    assert dialog.local_choice.isChecked() and dialog.path.text() == str(tmp_path / "fair.sqlite3")
    assert not dialog.server_box.isEnabled()
    dialog.server_choice.setChecked(True)
    dialog.host.setText("")
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert not save.isEnabled() and not dialog.test_button.isEnabled()
    dialog.host.setText("192.168.1.10")
    assert save.isEnabled()
    dialog.local_choice.setChecked(True)
    dialog.path.setText(str(tmp_path / "new.sqlite3"))
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.result_label.property("ok") is True, timeout=3000)
    assert "will create it" in dialog.result_label.text()
    dialog.save()
    assert settings.value(SETTINGS_KEY) == str(tmp_path / "new.sqlite3")


def test_window_menu_opens_the_dialog(window, qtbot, demo_store, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    seen: list[DatabaseDialog] = []
    monkeypatch.setattr(DatabaseDialog, "exec", lambda self: seen.append(self) or 1)
    action = next(a for a in window.file_menu.actions() if "Database settings" in a.text())
    action.trigger()
    assert seen and demo_store.location in seen[0].findChild(type(seen[0].result_label), "currentDatabase").text()
    assert "next start" in window.statusBar().currentMessage()


def test_station_whose_saved_server_is_down_can_choose_another_at_start(
        qtbot, settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import argparse

    from PySide6.QtWidgets import QMessageBox

    from ui.shell import app as app_module

    monkeypatch.delenv("OCOP_DESK_DB", raising=False)
    settings.setValue(SETTINGS_KEY, "postgresql+psycopg://ocop@127.0.0.1:9/fair")
    seen: list[str] = []
    clicks = iter(["Database settings…", "Quit"])

    def answer(box: QMessageBox) -> int:
        seen.append(box.text())
        wanted = next(clicks)
        next(b for b in box.buttons() if b.text() == wanted).click()
        return 0

    def choose_file(dialog: DatabaseDialog) -> int:
        dialog.local_choice.setChecked(True)
        dialog.path.setText(str(tmp_path / "local.sqlite3"))
        dialog.save()
        return 1

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(DatabaseDialog, "exec", choose_file)
    args = argparse.Namespace(db=None, read_only=False, operator="Hà")
    store, lock = app_module.open_store(args, settings)
    assert store is not None and store.location == str(tmp_path / "local.sqlite3")
    assert lock is not None  # the local file is held by this window
    store.close()
    lock.release()
    assert len(seen) == 1 and "cannot be reached" in seen[0]
    settings.setValue(SETTINGS_KEY, "postgresql+psycopg://ocop@127.0.0.1:9/fair")
    assert app_module.open_store(args, settings) == (None, None)  # "Quit"
    assert len(seen) == 2
