"""`ocop-desk backup [--list]` and `ocop-desk restore FILE|--latest`.

The CLI does not take the window's lock for its short commands (SQLite serialises writers); `restore`
replaces the whole database, so it refuses while a window has the file open, and holds the lock itself
while it works so no window opens halfway.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from ocop_desk.cli.common import CliContext, emit_json
from ocop_desk.core.errors import DomainError, StoreError, StoreErrorKind
from ocop_desk.core.i18n import QT_TRANSLATE_NOOP, translate


def register(subparsers: Any, json_parent: argparse.ArgumentParser) -> None:
    back = subparsers.add_parser("backup", parents=[json_parent],
                                 help="back up the database now (online: the window may keep working)")
    back.add_argument("--list", action="store_true", help="list the backups of this database, newest first")
    back.set_defaults(handler=cmd_backup)
    restore = subparsers.add_parser("restore", parents=[json_parent],
                                    help="restore a backup (the current file is backed up first)")
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("file", nargs="?", metavar="FILE", help="the backup file to restore")
    which.add_argument("--latest", action="store_true", help="restore the newest backup that passes the checks")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(handler=cmd_restore)


def _db_path(ctx: CliContext) -> Path:
    from ocop_desk.core.paths import default_db_target
    from ocop_desk.store.database import describe_target, to_url

    url = to_url(ctx.args.db or default_db_target())
    if not url.startswith("sqlite:"):
        from ocop_desk.store.backup import server_refusal

        raise server_refusal()  # pg_dump is the tool there; say so before even connecting
    return Path(describe_target(url))


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n / 1000:.0f} KB"


def cmd_backup(ctx: CliContext, args: argparse.Namespace) -> int:
    from ocop_desk.core.formatting import fmt_datetime
    from ocop_desk.store import backup
    from ocop_desk.store.instance_lock import holder

    if args.list:
        db = _db_path(ctx)
        infos = backup.list_backups(db)
        owner = holder(db)
        if args.json:
            emit_json({"database": str(db), "folder": str(backup.backup_dir(db)),
                       "open_in_window": owner.as_json() if owner else None,
                       "backups": [b.as_json() for b in infos]})
            return 0
        print(translate("CliBackup", "Backups of {db} in {folder}:").format(db=db, folder=backup.backup_dir(db)))
        if owner:
            print("  " + translate("CliBackup", "Open now in {who}.").format(who=owner.describe()))
        if not infos:
            print("  " + translate("CliBackup", "No backups yet. Make one with 'ocop-desk backup'."))
        for info in infos:
            print(f"  {fmt_datetime(info.taken_at)}  {_reason(info.reason):<18} {_size(info.size):>9}  {info.path.name}")
        return 0
    _db_path(ctx)
    started = time.perf_counter()
    info = backup.make_backup(ctx.store, "cli")
    if args.json:
        emit_json(dict(info.as_json(), seconds=round(time.perf_counter() - started, 3)))
    else:
        print(translate("CliBackup", "Backed up {db} to {path} ({size}, {seconds:.1f} s).").format(
            db=ctx.store.location, path=info.path, size=_size(info.size), seconds=time.perf_counter() - started))
    return 0


def _reason(reason: str) -> str:
    return {
        "auto": translate("CliBackup", "every few minutes"),
        "close": translate("CliBackup", "on closing"),
        "manual": translate("CliBackup", "by hand"),
        "cli": translate("CliBackup", "from the CLI"),
        "before-restore": translate("CliBackup", "before a restore"),
    }.get(reason, reason)


COUNT_LABELS = (("events", QT_TRANSLATE_NOOP("CliBackup", "events")),
                ("booths", QT_TRANSLATE_NOOP("CliBackup", "booths")),
                ("checkins", QT_TRANSLATE_NOOP("CliBackup", "check-ins")),
                ("lots", QT_TRANSLATE_NOOP("CliBackup", "lots")),
                ("sessions", QT_TRANSLATE_NOOP("CliBackup", "live sessions")),
                ("tallies", QT_TRANSLATE_NOOP("CliBackup", "tally entries")))


def cmd_restore(ctx: CliContext, args: argparse.Namespace) -> int:
    from ocop_desk.core.formatting import fmt_datetime
    from ocop_desk.store import backup
    from ocop_desk.store.instance_lock import InstanceLock, LockHeld

    db = _db_path(ctx)
    if args.latest:
        preview = backup.latest_good_backup(db)
        if preview is None:
            raise DomainError(translate("CliBackup", "There is no usable backup of {db}.").format(db=db),
                              hint=translate("CliBackup", "List them with 'ocop-desk backup --list'."))
    else:
        preview = backup.inspect_backup(Path(args.file).expanduser())
    now = backup.current_counts(db) if db.exists() else None
    if args.json and not args.yes:
        emit_json({"preview": preview.as_json(), "current": now, "restored": False})
        return 0
    if not args.json:
        print(translate("CliBackup", "Backup {path}").format(path=preview.path))
        print("  " + translate("CliBackup", "taken {when}").format(when=fmt_datetime(preview.taken_at)))
        if preview.last_change:
            print("  " + translate("CliBackup", "last change recorded {when}").format(
                when=fmt_datetime(preview.last_change)))
        for key, label in COUNT_LABELS:
            current = f"   ({translate('CliBackup', 'now')}: {now[key]})" if now else ""
            print(f"  {translate('CliBackup', label):<16} {preview.counts[key]:>8}{current}")
    if not args.yes:
        if not sys.stdin.isatty():
            raise DomainError(translate("CliBackup", "Nothing was restored: confirm with --yes."))
        answer = input(translate("CliBackup", "Replace the database {db} with this backup? [y/N] ").format(db=db))
        if answer.strip().lower() not in ("y", "yes", "c", "có", "co"):
            print(translate("CliBackup", "Nothing was restored."))
            return 1
    try:
        lock = InstanceLock.acquire(db, operator=ctx.actor.operator, wait=0.5)
    except LockHeld as exc:
        raise StoreError(StoreErrorKind.LOCKED, translate("CliBackup", "Cannot restore: {db} is open in {who}.").format(
            db=db, who=exc.owner.describe() if exc.owner else "OCOP Desk"),
            hint=translate("CliBackup", "Close OCOP Desk there first (or use File ▸ Restore… in that window)."),
            path=str(db)) from exc
    with lock:
        result = backup.restore(db, preview.path)
    if args.json:
        emit_json({"preview": preview.as_json(), "current": now, "restored": True,
                   "safety_copy": str(result.safety_copy) if result.safety_copy else None})
    else:
        print(translate("CliBackup", "Restored {db} from the backup taken {when}.").format(
            db=db, when=fmt_datetime(preview.taken_at)))
        if result.safety_copy:
            print(translate("CliBackup", "The file as it was before is kept in {path}.").format(
                path=result.safety_copy))
    return 0
