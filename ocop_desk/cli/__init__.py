"""The headless commands: `ocop-desk COMMAND ...`, over the same services as the window.

Exit codes: 0 success, 1 a domain error (one line on stderr), 2 a usage error, 3 the database
could not be used (locked, read-only, damaged...), 4 a bug (its traceback goes to the log file named). Each feature adds its commands in a module
listed in COMMAND_MODULES, with a `register(subparsers, parents)` function.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from ocop_desk.cli.common import CliContext, fail
from ocop_desk.errors import DomainError, StoreError
from ocop_desk.i18n import DEFAULT_LANGUAGE, LANGUAGES

COMMAND_MODULES = ("ocop_desk.cli.events", "ocop_desk.cli.checkin", "ocop_desk.cli.export", "ocop_desk.cli.live",
                   "ocop_desk.cli.labels", "ocop_desk.cli.db", "ocop_desk.cli.backup")

EXIT_OK, EXIT_DOMAIN, EXIT_USAGE, EXIT_STORE, EXIT_BUG = 0, 1, 2, 3, 4


def global_options(*, add_help: bool = False) -> argparse.ArgumentParser:
    """The options that go before any command (and all the window takes): cheap to build, so the window
    starts without importing every command's services."""
    parser = argparse.ArgumentParser(
        prog="ocop-desk",
        add_help=add_help,
        description="OCOP Desk: check-in, traceability labels, livestream tallies and Excel summaries "
        "for OCOP market days. With no command, opens the window.",
    )
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help="database file or SQLAlchemy URL (default: $OCOP_DESK_DB, else the user's data folder)")
    parser.add_argument("--event", type=int, metavar="ID", help="work on this event instead of the current one")
    parser.add_argument("--operator", metavar="NAME", help="operator name written into the audit log")
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help=f"language of messages and of the window (default: {DEFAULT_LANGUAGE})")
    parser.add_argument("--demo", action="store_true",
                        help="window only: load the sample fair into the database first (if it is not there)")
    parser.add_argument("--read-only", action="store_true", help="open the database read-only")
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = global_options(add_help=True)
    json_parent = argparse.ArgumentParser(add_help=False)
    json_parent.add_argument("--json", action="store_true", help="print the result as JSON")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers, json_parent)
    return parser


def run(args: argparse.Namespace) -> int:
    """Run a parsed command; returns the exit code."""
    ctx = CliContext(args)
    try:
        return int(args.handler(ctx, args) or EXIT_OK)
    except StoreError as exc:
        from ocop_desk.cli.common import explain_store_error

        fail(explain_store_error(exc))
        return EXIT_STORE
    except DomainError as exc:
        fail(str(exc))
        return EXIT_DOMAIN
    except Exception as exc:  # a bug: written to the log, told in one clear line
        from ocop_desk.cli.common import report_bug

        fail(report_bug(exc))
        return EXIT_BUG
    finally:
        ctx.close()


def main(argv: Sequence[str] | None = None) -> int:
    from ocop_desk.i18n import load_language

    parser = build_parser()
    args = parser.parse_args(argv)
    load_language(args.lang or DEFAULT_LANGUAGE)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    return run(args)
