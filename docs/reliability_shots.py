"""Render the reliability dialogs offscreen into docs/screenshots/ (Vietnamese and English).

    .venv/bin/python docs/reliability_shots.py

The environment-error dialogs (disk full, read-only, busy, damaged, removed while open), the second-window
dialog, the bug dialog, the restore preview and the backup settings, over a throw-away sample fair.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

os.environ["OCOP_DESK_DATA"] = tempfile.mkdtemp(prefix="ocop-shots-")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT / "docs"))
from screenshots import use_laptop_screen  # noqa: E402 - the same laptop screen as the window's shots

use_laptop_screen(Path(os.environ["OCOP_DESK_DATA"]))


def main() -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QWidget

    from ocop_desk.fair.demo import load_demo
    from ocop_desk.store import backup
    from ocop_desk.store.audit import Actor
    from ocop_desk.store.database import Store, classify
    from ocop_desk.store.instance_lock import LockOwner
    from ocop_desk.store.models import Booth, CheckIn, EventDay
    from ui.common.context import AppContext
    from ui.common.error_dialogs import RestoreDialog, StoreErrorDialog
    from ui.shell.app import install_language, make_application
    from ui.shell.crash import CrashDialog
    from ui.store.lock_dialog import LockDialog
    from ui.store.settings_dialog import SettingsDialog

    app = make_application()
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(os.environ["OCOP_DESK_DATA"])
    db = folder / "cho-phien-hai-phong.sqlite3"
    store = Store.open(db)
    actor = Actor(operator="Nguyễn Thu Hà", station="ban-diem-danh-1")
    load_demo(store, actor, first_day=dt.date.today(), days=3)
    with store.transaction() as s:
        day = s.query(EventDay.id).order_by(EventDay.day).first()[0]
        booths = [b for (b,) in s.query(Booth.id).order_by(Booth.id)]
        s.add_all(CheckIn(booth_id=b, event_day_id=day, status="present", operator=actor.operator)
                  for b in booths[:7])
    backup.make_backup(store, "auto")
    with store.transaction() as s:
        s.add_all(CheckIn(booth_id=b, event_day_id=day, status="present") for b in booths[7:])
    where = str(db)

    def grab(widget: QWidget, name: str) -> None:
        widget.show()
        app.processEvents()
        path = OUT / name
        widget.grab().save(str(path))
        print(path.relative_to(ROOT))
        widget.close()


    def errors() -> dict[str, object]:  # made in the current language, as the window would meet them
        try:
            os.rename(db, db.with_name("moved.sqlite3"))
            store.check_file()
        except Exception as exc:  # noqa: BLE001 - the real error
            removed = exc
        finally:
            os.rename(db.with_name("moved.sqlite3"), db)
            store.watch_file()
        return {
            "disk_full": classify(sqlite3.OperationalError("database or disk is full"), where),
            "read_only": classify(sqlite3.OperationalError("attempt to write a readonly database"), where),
            "locked": classify(sqlite3.OperationalError("database is locked"), where),
            "corrupt": classify(sqlite3.DatabaseError("database disk image is malformed"), where),
            "removed": removed,
        }
    owner = LockOwner("laptop-ban-diem-danh-2", 48213, dt.datetime.now(dt.UTC) - dt.timedelta(hours=2),
                      "Trần Thị Lan")
    for lang in ("vi", "en"):
        install_language(app, lang)
        for kind, exc in errors().items():
            grab(StoreErrorDialog(exc, None, store), f"error_{kind}_{lang}.png")  # type: ignore[arg-type]
        grab(LockDialog(db, owner), f"second_instance_{lang}.png")
        try:
            {}["booth"]  # noqa: B018 - a real traceback for the bug dialog
        except KeyError as bug:
            import traceback

            crash = CrashDialog(f"KeyError: {bug}", "".join(traceback.format_exception(bug)),
                                folder / "logs" / "ocop-desk.log")
        grab(crash, f"bug_dialog_{lang}.png")
        restore = RestoreDialog(db, store)
        loop = QEventLoop()
        restore.previewReady.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        restore.show()
        loop.exec()
        app.processEvents()
        path = OUT / f"restore_preview_{lang}.png"
        restore.grab().save(str(path))
        print(path.relative_to(ROOT))
        restore.close()
        grab(SettingsDialog(AppContext(store, actor)), f"backup_settings_{lang}.png")
    store.close()


if __name__ == "__main__":
    main()
