"""A station that loses the database keeps working read-only, says so, and loses nothing typed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.engine import make_url

from ocop_desk.core.errors import DomainError, StoreError
from ocop_desk.fair import events
from ocop_desk.store import database as store_module
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from tests.netproxy import CablePuller
from ui.common.connection import (
    ConnectionMonitor,
    Kept,
    NothingToDo,
    PendingDialog,
    Refused,
    Saved,
    connection_monitor,
    run_action,
)

ACTOR = Actor("Nguyễn Thu Hà", station="desk-1")


def open_window(qtbot, store: Store):  # type: ignore[no-untyped-def]
    from ui.common.context import AppContext
    from ui.common.settings import app_settings
    from ui.shell.main_window import MainWindow

    settings = app_settings()
    settings.clear()
    win = MainWindow(AppContext(store, ACTOR), settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def create_fair(win, name: str) -> object:  # type: ignore[no-untyped-def]
    """What the New event dialog does, through run_action like every page's save."""
    def save() -> events.EventInfo:
        info = events.create_event(win.ctx.store, win.ctx.actor, name, "2026-08-31", "2026-09-04")
        win.ctx.changed("events")
        return info

    return run_action(win.ctx, f"New event {name}", save, parent=win)


@pytest.mark.postgres
def test_pulled_cable_banner_pending_and_retry(qtbot, demo_target: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url = make_url(demo_target)
    cable = CablePuller(url.host or "127.0.0.1", url.port or 5432)
    station = Store.open(url.set(port=cable.port).render_as_string(hide_password=False))
    try:
        win = open_window(qtbot, station)
        window_monitor = win.connection
        assert not win.banner.isVisible()
        board = win.show_page("checkin").board
        assert len(board.tiles) == 10

        cable.cut()
        assert isinstance(create_fair(win, "Hà Nội"), Kept)  # kept, not lost, not a crash
        assert [a.label for a in window_monitor.pending] == ["New event Hà Nội"]
        assert not window_monitor.online
        assert win.banner.isVisible()
        text = win.banner.text.text()
        assert "No connection to the database" in text and "1 action(s) not saved yet" in text
        assert str(cable.port) in text and "nothing can be saved" in text
        win.show_page("products")  # reading fails too: the page stays, empty or stale, no crash
        win.show_page("checkin")
        assert len(board.tiles) == 10  # what was loaded is still shown

        cable.restore()
        qtbot.waitUntil(lambda: window_monitor.online, timeout=4000)  # the watcher noticed
        assert win.banner.isVisible() and "could not be saved" in win.banner.text.text()
        qtbot.mouseClick(win.banner.retry_button, Qt.MouseButton.LeftButton)
        assert window_monitor.pending == []
        assert not win.banner.isVisible()
        assert "Hà Nội" in [info.name for info in events.list_events(station)]
        qtbot.waitUntil(lambda: win.event_combo.count() == 2, timeout=2000)
        win.sync.stop()
    finally:
        station.close()
        cable.close()


@pytest.mark.sqlite_only
def test_locked_file_keeps_the_action_and_retries(qtbot, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 50)
    station = Store.open(db_path)
    holder = sqlite3.connect(db_path, isolation_level=None)
    try:
        win = open_window(qtbot, station)
        win.sync.stop()
        holder.execute("BEGIN EXCLUSIVE")
        assert isinstance(create_fair(win, "Hải Phòng"), Kept)
        monitor = win.connection
        assert monitor.online and len(monitor.pending) == 1 and monitor.pending[0].error.kind == "locked"
        assert win.banner.isVisible() and "busy or out of reach" in win.banner.text.text()
        qtbot.mouseClick(win.banner.retry_button, Qt.MouseButton.LeftButton)  # still locked: still kept
        assert len(monitor.pending) == 1
        holder.execute("ROLLBACK")
        qtbot.mouseClick(win.banner.retry_button, Qt.MouseButton.LeftButton)
        assert monitor.pending == [] and not win.banner.isVisible()
        assert [i.name for i in events.list_events(station)] == ["Hải Phòng"]
        assert win.event_combo.count() == 1
    finally:
        holder.close()
        station.close()


def test_pending_dialog_retries_and_discards_after_asking(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monitor = ConnectionMonitor()
    down = StoreError("unreachable", "The database server x cannot be reached.", hint="Check the network.")
    saved: list[str] = []
    attempts = {"n": 0}

    def flaky() -> None:
        attempts["n"] += 1
        if attempts["n"] == 1:
            raise down
        saved.append("lot L1")

    monitor.keep("Record lot L1", flaky, down)
    monitor.keep("Count 3 × Mật ong", lambda: saved.append("tally"), down)
    dialog = PendingDialog(monitor)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2 and "Record lot L1" in dialog.list.item(0).text()
    assert "cannot be reached" in dialog.list.item(0).text()
    dialog.retry_selected()  # fails again: kept, still first
    assert dialog.list.count() == 2 and not monitor.online
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    dialog.list.setCurrentRow(1)
    dialog.discard_selected()  # "No": nothing discarded
    assert dialog.list.count() == 2
    dialog.list.setCurrentRow(1)
    dialog.discard_selected()
    assert [a.label for a in monitor.pending] == ["Record lot L1"]
    dialog.retry_selected()
    assert monitor.pending == [] and monitor.online and saved == ["lot L1"]


def test_retry_that_the_domain_now_refuses_is_reported(qtbot) -> None:  # type: ignore[no-untyped-def]
    monitor = ConnectionMonitor()
    down = StoreError("unreachable", "gone")
    calls = {"n": 0}

    def check_in() -> None:
        calls["n"] += 1
        if calls["n"] > 0:
            raise DomainError("Booth A01 was already checked in at 07:45 by Lan at station desk-2.")

    monitor.keep("Check in booth A01", check_in, down)
    refused: list[tuple[str, object]] = []
    monitor.refused.connect(lambda label, exc: refused.append((label, exc)))
    assert monitor.retry_all() == 1
    assert monitor.pending == [] and refused and refused[0][0] == "Check in booth A01"
    assert "already checked in" in str(refused[0][1])


def test_run_action_shows_other_errors_and_keeps_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QObject

    owner = QObject()
    shown: list[str] = []

    def bad() -> None:
        raise DomainError("Booth Z99 does not exist.")

    refused = run_action(owner, "Check in Z99", bad, on_error=lambda e: shown.append(str(e)))
    assert isinstance(refused, Refused) and str(refused.error) == "Booth Z99 does not exist."
    assert shown == ["Booth Z99 does not exist."] and connection_monitor(owner).pending == []
    assert run_action(owner, "ok", lambda: 42) == Saved(42)
    assert run_action(owner, "undo", lambda: None) == NothingToDo()  # e.g. no count left to undo


def test_a_kept_action_says_so_and_its_retry_tells_the_pages(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.common.context import AppContext, Change

    ctx = AppContext(Store.open(str(db_path)), ACTOR)
    notices: list[object] = []
    ctx.dataChanged.connect(notices.append)
    calls: list[str] = []

    def flaky() -> str:
        calls.append("try")
        if len(calls) == 1:
            raise StoreError("unreachable", "The database server cannot be reached.")
        return "saved"

    kept = run_action(ctx, "Viewer snapshot", flaky, notify=Change.LIVE)
    assert isinstance(kept, Kept) and connection_monitor(ctx).pending == [kept.action]
    assert notices == []
    assert connection_monitor(ctx).retry(kept.action)
    assert calls == ["try", "try"] and notices == [Change.LIVE] and connection_monitor(ctx).pending == []
    ctx.store.close()


def test_a_page_showing_a_lost_connection_error_turns_the_banner_on(window, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from ui.common.errors import show_error

    window.sync.stop()
    shown: list[str] = []
    import ui.common.error_dialogs

    monkeypatch.setattr(ui.common.error_dialogs, "show_store_error",
                        lambda parent, exc, title=None: shown.append(exc.message))
    page = window.show_page("products")
    assert not window.banner.isVisible()
    show_error(page, StoreError("unreachable", "The database server x cannot be reached.", path="x"))
    assert shown == ["The database server x cannot be reached."]
    assert window.banner.isVisible() and not window.connection.online


def test_watcher_shows_a_damaged_database_and_stops_on_a_bug(window, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    sync = window.sync
    sync.stop()
    qtbot.waitUntil(lambda: not sync.busy, timeout=3000)  # the first look, started with the window

    def damaged() -> bool:
        raise StoreError("corrupt", "The database x is damaged.", path="x")

    monkeypatch.setattr(sync.watcher, "poll", damaged)
    sync.start()
    qtbot.waitUntil(lambda: not window.connection.online, timeout=3000)
    assert window.banner.isVisible() and sync.timer.isActive()  # the environment's fault: keep watching

    def bug() -> bool:
        raise RuntimeError("a bug")

    with qtbot.captureExceptions() as exceptions:
        sync.stop()
        qtbot.waitUntil(lambda: not sync.busy, timeout=3000)
        monkeypatch.setattr(sync.watcher, "poll", bug)
        sync.start()  # polls at once, then every second
        qtbot.waitUntil(lambda: bool(exceptions), timeout=3000)
        qtbot.wait(1500)  # long enough for the timer to have fired again, had it not stopped
    assert [type(e[1]) for e in exceptions] == [RuntimeError]
    assert not sync.timer.isActive()  # reported once, not every second


def test_new_event_from_the_menu_is_kept_when_the_file_is_locked(qtbot, db_path: Path,  # type: ignore[no-untyped-def]
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    from ui.shell.dialogs import EventDialog

    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 50)
    monkeypatch.setattr(EventDialog, "exec", lambda self: 1)
    monkeypatch.setattr(EventDialog, "values", lambda self: {
        "name": "Chợ phiên OCOP Hà Nội", "starts_on": dt.date(2026, 8, 31), "ends_on": dt.date(2026, 9, 4),
        "venue": None, "province": "Hà Nội", "resolver_base": None})
    station = Store.open(db_path)
    holder = sqlite3.connect(db_path, isolation_level=None)
    try:
        win = open_window(qtbot, station)
        win.sync.stop()
        holder.execute("BEGIN EXCLUSIVE")
        win.new_event()
        assert [a.label for a in win.connection.pending] == ["New event “Chợ phiên OCOP Hà Nội”"]
        holder.execute("ROLLBACK")
        win.new_event()  # typed again meanwhile: saved at once and chosen
        assert "Hà Nội" in win.event_combo.currentText()
        win.banner.retry_all()  # the kept one is saved too: two events, nothing lost
        assert [i.name for i in events.list_events(station)] == ["Chợ phiên OCOP Hà Nội"] * 2
        assert win.event_combo.count() == 2 and not win.banner.isVisible()
    finally:
        holder.close()
        station.close()


@pytest.mark.postgres
def test_a_commit_cut_off_is_kept_as_in_doubt_and_not_retried_blindly(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import psycopg
    from sqlalchemy.exc import OperationalError
    from sqlalchemy.orm import Session

    def cut(self: Session) -> None:
        raise OperationalError("COMMIT", {}, psycopg.OperationalError(
            "consuming input failed: server closed the connection unexpectedly"))

    with monkeypatch.context() as patch:
        patch.setattr(Session, "commit", cut)
        with pytest.raises(StoreError) as err:
            events.create_event(store, ACTOR, "Hà Nội", "2026-08-31", "2026-08-31")
    assert err.value.kind == "unreachable" and err.value.in_doubt

    monitor = ConnectionMonitor()
    calls: list[int] = []
    monitor.keep("Count 1 × Mật ong", lambda: calls.append(1), err.value)
    assert monitor.retry_all() == 0 and calls == []  # never counted twice behind the coordinator's back
    dialog = PendingDialog(monitor)
    qtbot.addWidget(dialog)
    assert "may be saved already" in dialog.list.item(0).text()
    dialog.retry_selected()  # after checking, the coordinator decides
    assert calls == [1] and monitor.pending == []


def test_a_refused_row_is_an_integrity_error_before_any_commit(store: Store, backend: str,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy.exc import IntegrityError
    from sqlalchemy.orm import Session

    from ocop_desk.store.models import Booth

    commits: list[int] = []
    real_commit = Session.commit
    monkeypatch.setattr(Session, "commit", lambda self: commits.append(1) or real_commit(self))
    with pytest.raises(IntegrityError), store.transaction() as session:
        session.add(Booth(event_id=999, code="A1", producer_id=999))
    assert commits == []  # refused at flush: nothing in doubt, the services report it as the domain's answer


@pytest.mark.sqlite_only
def test_desk_scan_on_a_locked_file_is_kept_and_retried(qtbot, demo_db_path: Path,  # type: ignore[no-untyped-def]
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A scan the database cannot take right now waits in the banner's list; Retry checks the booth in."""
    import datetime as dt

    from ocop_desk.checkin import desk

    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 50)
    station = Store.open(demo_db_path)
    holder = sqlite3.connect(demo_db_path, isolation_level=None)
    try:
        win = open_window(qtbot, station)
        win.sync.stop()
        win.day_combo.setCurrentIndex(0)
        page = win.show_page("checkin")
        holder.execute("BEGIN EXCLUSIVE")
        assert page.run_check_in("A01") is None
        monitor = win.connection
        assert [a.label for a in monitor.pending] == ["Check in “A01”"]
        assert win.banner.isVisible()
        holder.execute("ROLLBACK")
        qtbot.mouseClick(win.banner.retry_button, Qt.MouseButton.LeftButton)
        assert monitor.pending == []
        board = desk.board(station, 1, dt.date(2026, 10, 14))
        assert next(r for r in board if r.booth.code == "A01").status == "present"
    finally:
        holder.close()
        station.close()
