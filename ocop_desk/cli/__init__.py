"""The headless commands: `ocop-desk COMMAND ...`, over the same services as the window.

Exit codes: 0 success, 1 a domain error (one line on stderr), 2 a usage error, 3 the database
could not be used (locked, read-only, damaged...), 4 a bug (its traceback goes to the log file named). Each feature adds its commands in a module
listed in COMMAND_MODULES, with a `register(subparsers, parents)` function.

The top layer of ocop_desk/: may import every other package of it; nothing imports it but main.py.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Any

from ocop_desk import __version__
from ocop_desk.cli.common import CliContext, fail, harden, int64_arg, path_arg
from ocop_desk.core.errors import DomainError, StoreError
from ocop_desk.core.i18n import DEFAULT_LANGUAGE, LANGUAGES

COMMAND_MODULES = ("ocop_desk.cli.events", "ocop_desk.cli.checkin", "ocop_desk.cli.export", "ocop_desk.cli.live",
                   "ocop_desk.cli.labels", "ocop_desk.cli.db", "ocop_desk.cli.backup")

EXIT_OK, EXIT_DOMAIN, EXIT_USAGE, EXIT_STORE, EXIT_BUG = 0, 1, 2, 3, 4
GLOBAL_GROUP = "global options (also accepted before the command)"  # their group in each command's --help


def _add_global_arguments(parser: argparse.ArgumentParser, *, after_command: bool) -> None:
    """The global options, on the main parser (before the command) or on a command (after its name).

    After a command they default to SUPPRESS, so an option given before the command still counts when the
    command's own parse leaves it out. `--demo` belongs to the window and is taken only before a command.
    """
    extra: dict[str, Any] = {"default": argparse.SUPPRESS} if after_command else {}
    parser.add_argument("--db", metavar="PATH_OR_URL", type=path_arg, **extra,
                        help="database file or SQLAlchemy URL (default: $OCOP_DESK_DB, else the user's data folder)")
    parser.add_argument("--event", type=int64_arg, metavar="ID", **extra,
                        help="work on this event instead of the current one")
    parser.add_argument("--operator", metavar="NAME", **extra, help="operator name written into the audit log")
    parser.add_argument("--lang", choices=LANGUAGES, **({"default": None} | extra),
                        help=f"language of messages and of the window (default: {DEFAULT_LANGUAGE})")
    parser.add_argument("--read-only", action="store_true", **extra, help="open the database read-only")
    if not after_command:
        parser.add_argument("--demo", action="store_true",
                            help="window only: load the sample fair into the database first (if it is not there)")


def global_options(*, add_help: bool = False) -> argparse.ArgumentParser:
    """The options that go before any command (and all the window takes): cheap to build, so the window
    starts without importing every command's services."""
    parser = argparse.ArgumentParser(
        prog="ocop-desk",
        add_help=add_help,
        description="OCOP Desk: check-in, traceability labels, livestream tallies and Excel summaries "
        "for OCOP market days. With no command, opens the window. The global options may also follow "
        "the command.",
    )
    _add_global_arguments(parser, after_command=False)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help="print the version and exit")
    return parser


def split_command(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """The global options before the command, and what is left: the command and its arguments, or for
    the window only unknown options (`--help`). Only the options before the first word are read, so a
    command's own options never reach this parser (`export OUT.xlsx --all-days` stays whole)."""
    parser = global_options()
    parser.add_argument("command", nargs="?")
    parser.add_argument("rest", nargs=argparse.REMAINDER)
    args, unknown = parser.parse_known_args(list(argv))
    rest = ([args.command] if args.command else []) + args.rest + unknown
    del args.command, args.rest
    return args, rest


# Old spellings of a command's flags that later collided with a global option: (command, old) -> new.
# The old one is read as the flag only where it cannot be the global option, i.e. when no ID follows it.
LEGACY_FLAGS = {("export", "--event"): "--all-days"}


def _legacy_spellings(argv: Sequence[str]) -> list[str]:
    out = list(argv)
    _, rest = split_command(out)
    if not rest:
        return out
    start = len(out) - len(rest)  # the command's position in argv
    command = rest[0]
    for i in range(start + 1, len(out)):
        new = LEGACY_FLAGS.get((command, out[i]))
        if new is not None and not (i + 1 < len(out) and out[i + 1].isdigit()):
            out[i] = new
    return out


def build_parser() -> argparse.ArgumentParser:
    parser = global_options(add_help=True)
    json_parent = argparse.ArgumentParser(add_help=False)
    json_parent.add_argument("--json", action="store_true", help="print the result as JSON")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers, json_parent)
    for command in command_parsers(parser):
        group = command.add_argument_group(GLOBAL_GROUP)
        _add_global_arguments(group, after_command=True)  # type: ignore[arg-type]
        harden(command)
    return parser


def command_parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """Every parser that runs a command (`checkin`, `live start`...), not the groups above them."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):  # aliases map to the same parser
                children = command_parsers(sub)
                found.extend(children or [sub])
    return found


def parse_command_line(argv: Sequence[str]) -> argparse.Namespace:
    """The whole command line (global options before or after the command), old spellings included; an
    argument longer than any field accepts is a usage error (exit 2) before anything is parsed."""
    from ocop_desk.core.inputs import check_argument_length

    parser = build_parser()
    try:
        for arg in argv:
            check_argument_length(arg)
    except DomainError as exc:
        parser.error(exc.message)
    return parser.parse_args(_legacy_spellings(argv))


def run(args: argparse.Namespace) -> int:
    """Run a parsed command; returns the exit code."""
    ctx = CliContext(args)
    try:
        code = int(args.handler(ctx, args) or EXIT_OK)
        sys.stdout.flush()  # here, not at exit: a reader that went away is caught below
        return code
    except StoreError as exc:
        from ocop_desk.cli.common import explain_store_error

        fail(explain_store_error(exc))
        return EXIT_STORE
    except DomainError as exc:
        fail(str(exc))
        return EXIT_DOMAIN
    except BrokenPipeError:  # the reader went away (`ocop-desk booths | head`): not an error of ours
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:  # a bug: written to the log, told in one clear line
        from ocop_desk.cli.common import report_bug

        fail(report_bug(exc))
        return EXIT_BUG
    finally:
        ctx.close()


def _silence_stdout() -> None:
    """Point stdout at the null device, so the interpreter's last flush does not fail again (the recipe in
    Python's documentation of SIGPIPE)."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def main(argv: Sequence[str] | None = None) -> int:
    from ocop_desk.core.i18n import load_language

    args = parse_command_line(sys.argv[1:] if argv is None else argv)
    load_language(args.lang or DEFAULT_LANGUAGE)
    if args.command is None:
        build_parser().print_help(sys.stderr)
        return EXIT_USAGE
    return run(args)
