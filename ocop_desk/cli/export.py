"""`ocop-desk export OUT.xlsx [--day YYYY-MM-DD | --all-days]`: the Excel summary of a day or of the fair."""

from __future__ import annotations

import argparse
from typing import Any

from ocop_desk.cli.common import CliContext, emit_json
from ocop_desk.core.formatting import fmt_date, fmt_int
from ocop_desk.core.i18n import translate


def register(subparsers: Any, json_parent: argparse.ArgumentParser) -> None:
    export = subparsers.add_parser(
        "export", parents=[json_parent],
        help="write the Excel summary of a day or of the whole event",
        description="Write the Excel workbook (summary with charts, booths, products, check-ins, live sessions, "
                    "live tallies, audit log). An existing file is replaced only once the new one is complete.")
    export.add_argument("out", metavar="OUT.xlsx", help="the workbook to write")
    scope = export.add_mutually_exclusive_group()
    scope.add_argument("--day", metavar="YYYY-MM-DD", help="one day of the event (default: today)")
    # Not `--event`: that is the global option choosing which event (the old spelling still works, see
    # LEGACY_FLAGS in ocop_desk/cli/__init__.py).
    scope.add_argument("--all-days", dest="whole_event", action="store_true",
                       help="the whole event, every day (the organisers' summary of the fair)")
    export.set_defaults(handler=cmd_export)


def cmd_export(ctx: CliContext, args: argparse.Namespace) -> int:
    from ocop_desk.reports.export import export_workbook

    event = ctx.event()
    day = None if args.whole_event else ctx.day(event, args.day)
    result = export_workbook(ctx.store, event.id, args.out, day=day)
    if args.json:
        emit_json(dict(result.as_json(), event=event.id, day=day.isoformat() if day else None))
    else:
        what = fmt_date(day) if day else translate("Cli", "the whole event")
        print(translate("Cli", "Wrote {path} ({what}): {cells} cells on {sheets} sheets.").format(
            path=result.path, what=what, cells=fmt_int(result.cells), sheets=len(result.sheets)))
    return 0
