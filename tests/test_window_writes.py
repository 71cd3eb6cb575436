"""One write path: the Livestream page's snapshot, price and session writes are kept for a retry when
the database is out of reach (no dialog, nothing lost), like every count and check-in."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from ocop_desk.core.errors import StoreError
from ocop_desk.live import service as live
from tests.test_live_window import click, start_session
from ui.common.connection import connection_monitor


def out_of_reach(*_args: Any, **_kwargs: Any) -> Any:
    raise StoreError("unreachable", "Could not connect to the database server at 10.0.0.5:5432.")


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Any error dialog, from the page or from the write path, is recorded instead of blocking."""
    shown: list[str] = []
    monkeypatch.setattr("ui.live.page.show_error", lambda parent, exc: shown.append(str(exc)))
    monkeypatch.setattr("ui.common.errors.show_error", lambda parent, exc, *a, **k: shown.append(str(exc)))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    return shown


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_live_writes_are_kept_while_the_database_is_out_of_reach(window, qtbot, demo_store, dialogs,  # type: ignore[no-untyped-def]
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    page = start_session(window, qtbot)
    sid = page.detail.info.id
    product_id = page.board.tiles[0].product_id
    monitor = connection_monitor(window.ctx)
    with monkeypatch.context() as lost:
        for name in ("add_snapshot", "set_live_price", "end_session"):
            lost.setattr(live, name, out_of_reach)
        page.snapshot_fields["viewers"].setText("1.200")
        click(qtbot, page.snapshot_button)
        assert page.snapshot_fields["viewers"].text() == ""  # the figure is in the kept action
        assert "Not saved yet" in page.feedback.text()

        click(qtbot, page.board.tiles[0].price)
        page.dialog.price.setText("199.000")
        click(qtbot, page.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

        page.end_session()
        page.dialog.accept()
        assert dialogs == []  # no dialog: the banner says it, the pending list holds it
        assert [a.label for a in monitor.pending] == [
            f"Viewer snapshot (session {sid})", f"Live price of product {product_id} (session {sid})",
            f"End live session {sid}"]
        assert window.banner.isVisible() and not monitor.online
        assert live.snapshots(demo_store, sid) == []
    assert monitor.retry_all() == 3
    assert monitor.pending == [] and dialogs == []
    assert [s.viewers for s in live.snapshots(demo_store, sid)] == [1200]
    detail = live.session_detail(demo_store, sid)
    assert detail.info.status == "ended" and detail.info.product(product_id).live_price == 199_000
    assert page.detail.info.status == "ended"  # each retry told the pages at once (no wait for a poll)


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_refused_session_write_shows_the_error_and_keeps_nothing(window, qtbot, demo_store, dialogs) -> None:  # type: ignore[no-untyped-def]
    page = start_session(window, qtbot)
    page.reopen_session()  # a live session cannot be reopened: refused, said, nothing kept
    assert dialogs and connection_monitor(window.ctx).pending == []


def test_a_print_log_the_database_cannot_take_is_kept(qtbot, db_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Labels that reached the printer are logged later rather than shown as never printed."""
    from PySide6.QtPrintSupport import QPrinter

    from ocop_desk.store.audit import Actor
    from ocop_desk.store.database import Store
    from ui.common.context import AppContext
    from ui.labels import printing

    ctx = AppContext(Store.open(str(db_path)), Actor("Lê Minh Tú", station="desk-1"))
    logged: list[object] = []

    class Page:
        def __init__(self) -> None:
            self.ctx = ctx

        def request(self) -> Any:
            return type("Request", (), {"event_id": 1, "copies": 1})()

    monkeypatch.setattr(printing, "log_labels", out_of_reach)
    assert printing.log_printed(Page(), object(), QPrinter()) is None  # type: ignore[arg-type]
    pending = connection_monitor(ctx).pending
    assert [a.label for a in pending] == [f"Labels printed on {printing.printer_name(QPrinter())}"]
    monkeypatch.setattr(printing, "log_labels", lambda *args: logged.append(args) or "logged")
    assert connection_monitor(ctx).retry(pending[0]) and len(logged) == 1
    ctx.store.close()
