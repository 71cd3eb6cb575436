"""`ocop-desk db copy --from A --to B` and `ocop-desk db check [TARGET]`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ocop_desk.cli.common import CliContext, emit_json
from ocop_desk.core.formatting import fmt_int
from ocop_desk.core.i18n import translate
from ocop_desk.core.paths import default_db_target


def register(subparsers: Any, json_parent: argparse.ArgumentParser) -> None:
    db = subparsers.add_parser("db", help="copy a fair between databases, test a connection")
    sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    copy = sub.add_parser("copy", parents=[json_parent],
                          help="copy a whole database (SQLite file <-> PostgreSQL), keeping ids; verified by counts")
    copy.add_argument("--from", dest="source", required=True, metavar="PATH_OR_URL", help="the database to copy")
    copy.add_argument("--to", dest="target", required=True, metavar="PATH_OR_URL",
                      help="where to copy it (created and set up when new; must be empty unless --replace)")
    copy.add_argument("--replace", action="store_true", help="overwrite whatever the target holds")
    copy.set_defaults(handler=cmd_copy)
    check = sub.add_parser("check", parents=[json_parent],
                           help="test that a database can be opened (default: --db or the usual one)")
    check.add_argument("target", nargs="?", metavar="PATH_OR_URL")
    check.set_defaults(handler=cmd_check)


def cmd_copy(ctx: CliContext, args: argparse.Namespace) -> int:
    from ocop_desk.store.dbcopy import copy_database

    result = copy_database(args.source, args.target, replace=args.replace,
                           progress=_show_progress if sys.stderr.isatty() else None)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if args.json:
        emit_json(result.as_json())
        return 0
    print(translate("Cli", "Copied {source} to {target}:").format(source=result.source, target=result.target))
    width = max(len(t.table) for t in result.tables)
    for t in result.tables:
        print(f"  {t.table:<{width}}  {t.source:>9}  →  {t.target:>9}")
    print(translate("Cli", "{rows} rows, every table's count matches.").format(rows=fmt_int(result.rows)))
    if result.replaced:
        print(translate("Cli", "What the target held before was replaced."), file=sys.stderr)
    return 0


def _show_progress(done: int, total: int) -> None:
    print(f"\r{done:>9,} / {total:,} ({done * 100 // max(total, 1)}%)", end="", file=sys.stderr, flush=True)


def cmd_check(ctx: CliContext, args: argparse.Namespace) -> int:
    from ocop_desk.store.dbcopy import check_database

    result = check_database(args.target or args.db or default_db_target())
    if args.json:
        emit_json(result.as_json())
        return 0
    server = f" (PostgreSQL {result.server_version})" if result.server_version else ""
    print(f"{result.location}{server}")
    print(result.describe())
    return 0
