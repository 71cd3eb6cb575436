"""What every command shares: the store it opens on demand, the acting operator, output helpers."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from typing import Any

from ocop_desk.core.errors import DomainError, StoreError
from ocop_desk.core.i18n import translate
from ocop_desk.core.inputs import check_path_text, parse_int64
from ocop_desk.core.paths import default_db_target
from ocop_desk.core.validate import clean_text, parse_date
from ocop_desk.fair.events import EventInfo, resolve_event
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store

OPERATOR_MAX = 120


# -- the input-validation layer: argparse types every command's arguments go through ---------------------
# A value argparse refuses ends as a usage error (exit 2) naming the option; never as a bug (exit 4).


def int64_arg(text: str) -> int:
    """A whole number the database can store (an id or count beyond 2^63 is refused before any query)."""
    try:
        return parse_int64(text, translate("Cli", "the value"))
    except DomainError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def path_arg(text: str) -> str:
    """A path (or database URL) the operating system can take."""
    try:
        return check_path_text(text, translate("Cli", "the path"))
    except DomainError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


PATH_DESTS = frozenset({"db", "file", "out", "outdir", "source", "target"})


def harden(parser: argparse.ArgumentParser) -> None:
    """Give every whole-number argument the 64-bit check and every path argument the path check."""
    for action in parser._actions:
        if action.type is int:
            action.type = int64_arg
        elif action.dest in PATH_DESTS and action.type is None and action.nargs in (None, "?"):
            action.type = path_arg


class CliContext:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store.open(self.args.db or default_db_target(), read_only=self.args.read_only)
        return self._store

    @property
    def actor(self) -> Actor:
        name = getattr(self.args, "operator", None) or os.environ.get("OCOP_DESK_OPERATOR")
        # Written into every row and audit entry the command makes (operator columns are String(120)):
        # one clean line, refused before anything is stored (found by the fuzzer: NUL and 10,000 characters).
        name = clean_text(name, translate("Cli", "Operator name (--operator)"), max_len=OPERATOR_MAX)
        return Actor(operator=name or "cli")

    def event(self) -> EventInfo:
        return resolve_event(self.store, self.args.event)

    def day(self, event: EventInfo, value: str | None) -> dt.date:
        """--day, or today when the event runs today, else a clear error."""
        # A blank --day ("" or "\r" from a script) is refused, not a crash (found by the fuzzer: parse_date
        # returned None for white space and the assert below failed with exit code 4).
        day = parse_date(value, "--day", required=True) if value is not None else dt.date.today()
        assert day is not None
        if day not in event.days:
            raise DomainError(
                translate("Cli", "{day} is not a day of '{event}' ({start} – {end}).").format(
                    day=day.isoformat(), event=event.name, start=event.starts_on.isoformat(),
                    end=event.ends_on.isoformat(),
                ),
                hint=translate("Cli", "Give one with --day YYYY-MM-DD.") if value is None else translate(
                    "Cli", "The --day given is outside the event: use one of {days}.").format(
                    days=", ".join(d.isoformat() for d in event.days[:7]) + (" …" if len(event.days) > 7 else "")),
            )
        return day

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


def emit_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default))


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def fail(message: str) -> None:
    """One line on stderr (multi-line details are kept, prefixed)."""
    print(f"ocop-desk: {message}", file=sys.stderr)


def explain_store_error(exc: StoreError) -> str:
    """What happened, that nothing stored was lost, what to do; and who has the file open if it is busy."""
    from ocop_desk.core.environment import explain

    text = explain(exc).one_line()
    if exc.kind == "locked" and exc.path:
        from pathlib import Path

        from ocop_desk.store.instance_lock import holder

        owner = holder(Path(exc.path))
        if owner is not None:
            text += " " + translate("Cli", "It is open in {who}.").format(who=owner.describe())
    return text


def report_bug(exc: BaseException) -> str:
    """Log an unexpected error with its traceback; the line to show names the log file."""
    from ocop_desk.core.crashlog import log_bug

    path = log_bug(type(exc), exc, exc.__traceback__, where="cli")
    return translate("Cli", "Unexpected error (a bug in OCOP Desk): {error}. Nothing stored was lost: the "
                            "unfinished action was undone. The details are in {log}; please send that file "
                            "to whoever supports you.").format(error=f"{type(exc).__name__}: {exc}", log=path)
