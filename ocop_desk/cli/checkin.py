"""`ocop-desk checkin`, `booths`, `lot add|list`, `import` and `template`: the desk's jobs without the window."""

from __future__ import annotations

import argparse
from typing import Any

from ocop_desk.cli.common import CliContext, emit_json
from ocop_desk.core.i18n import translate

EXIT_REFUSED = 1


def register(subparsers: Any, json_parent: argparse.ArgumentParser) -> None:
    day = argparse.ArgumentParser(add_help=False)
    day.add_argument("--day", metavar="YYYY-MM-DD", help="event day (default: today)")

    checkin = subparsers.add_parser("checkin", parents=[json_parent, day],
                                    help="check a booth in from its code or its booth card's QR text")
    checkin.add_argument("scan", metavar="SCAN", help="booth code (A01) or booth card payload (OCOP:B:1:A01)")
    checkin.add_argument("--back", action="store_true",
                         help="a booth that checked in and left is marked present again")
    checkin.set_defaults(handler=cmd_checkin)

    booths = subparsers.add_parser("booths", parents=[json_parent, day], help="every booth with its status for a day")
    booths.set_defaults(handler=cmd_booths)

    lot = subparsers.add_parser("lot", help="record and list the product lots booths bring")
    sub = lot.add_subparsers(dest="lot_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", parents=[json_parent, day], help="record a lot a booth brought")
    add.add_argument("booth", metavar="BOOTH")
    add.add_argument("product", metavar="PRODUCT", help="product code, GTIN, or a name matching one product")
    add.add_argument("--qty", type=int, required=True, metavar="N", help="quantity (items)")
    add.add_argument("--lot", metavar="CODE", help="lot code (default: numbered automatically)")
    add.add_argument("--produced", metavar="DATE", help="production date (NSX), YYYY-MM-DD or dd/mm/yyyy")
    add.add_argument("--expires", metavar="DATE", help="expiry date (HSD), YYYY-MM-DD or dd/mm/yyyy")
    add.add_argument("--accept-dates", action="store_true",
                     help="record it although the expiry is past or before the production date")
    add.set_defaults(handler=cmd_lot_add)
    lst = sub.add_parser("list", parents=[json_parent], help="list recorded lots")
    lst.add_argument("--booth", metavar="BOOTH")
    lst.add_argument("--day", metavar="YYYY-MM-DD")
    lst.set_defaults(handler=cmd_lot_list)

    imp = subparsers.add_parser("import", parents=[json_parent],
                                help="import the organisers' registration file (.xlsx, .xls, .ods or .csv)")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--preview", action="store_true", help="only show what would change; write nothing")
    imp.set_defaults(handler=cmd_import)

    template = subparsers.add_parser("template", help="write a blank registration workbook to fill in")
    template.add_argument("out", metavar="OUT.xlsx")
    template.set_defaults(handler=cmd_template)


def describe(outcome: Any) -> str:
    """One line for a check-in outcome, the same states the desk shows."""
    from ocop_desk.core.formatting import fmt_date, fmt_time

    booth = outcome.booth
    if outcome.state == "checked_in":
        return translate("Cli", "Checked in: booth {code} – {producer} ({zone}) at {time}.").format(
            code=booth.code, producer=booth.producer, zone=booth.zone or "—", time=fmt_time(outcome.at))
    if outcome.state == "already" and outcome.left_at is not None:
        return translate("Cli", "Booth {code} – {producer} checked in at {time}, then left at {left}. Nothing was "
                                "recorded; to mark it present again, add --back.").format(
            code=booth.code, producer=booth.producer, time=fmt_time(outcome.at), left=fmt_time(outcome.left_at))
    if outcome.state == "already":
        return translate("Cli", "Already checked in today at {time} by {name}: booth {code} – {producer}. "
                                "No second record was made.").format(
            time=fmt_time(outcome.at), name=outcome.by or "?", code=booth.code, producer=booth.producer)
    if outcome.state == "not_registered":
        return translate("Cli", "Booth {code} – {producer} is not registered for {day}. Nothing was recorded.").format(
            code=booth.code, producer=booth.producer, day=fmt_date(outcome.day))
    reason = f" {outcome.reason}" if outcome.reason else ""
    return translate("Cli", "Unknown code '{scan}': no booth of this event has it.").format(
        scan=outcome.scan[:60]) + reason


def cmd_checkin(ctx: CliContext, args: argparse.Namespace) -> int:
    from ocop_desk.checkin.desk import check_in

    event = ctx.event()
    day = ctx.day(event, args.day)
    outcome = check_in(ctx.store, ctx.actor, event.id, day, args.scan)
    if args.back and outcome.left_at is not None and outcome.booth is not None:
        from ocop_desk.checkin.desk import set_status

        row = set_status(ctx.store, ctx.actor, event.id, day, outcome.booth.code, "present")
        if args.json:
            emit_json({**outcome.as_json(), "state": "back", "left_at": None})
        else:
            print(translate("Cli", "Booth {code} – {producer} is present again.").format(
                code=row.booth.code, producer=row.booth.producer))
        return 0
    if args.json:
        emit_json(outcome.as_json())
    else:
        print(describe(outcome))
    return EXIT_REFUSED if outcome.state in ("unknown", "not_registered") else 0


def _status_word(status: str) -> str:
    words = {
        "expected": translate("Cli", "expected"), "present": translate("Cli", "present"),
        "absent": translate("Cli", "absent"), "left": translate("Cli", "left"),
        "off": translate("Cli", "not registered"),
    }
    return words[status]


def cmd_booths(ctx: CliContext, args: argparse.Namespace) -> int:
    from ocop_desk.checkin.desk import board, board_counts
    from ocop_desk.core.formatting import fmt_time

    event = ctx.event()
    day = ctx.day(event, args.day)
    rows = board(ctx.store, event.id, day)
    counts = board_counts(rows)
    if args.json:
        emit_json({"event_id": event.id, "day": day.isoformat(), "present": counts.present,
                   "expected": counts.expected, "absent": counts.absent, "left": counts.left,
                   "checked_in": counts.checked_in, "waiting": counts.waiting,
                   "booths": [r.as_json() for r in rows]})
        return 0
    for r in rows:
        when = fmt_time(r.checked_in_at) if r.checked_in_at else ""
        print(f"{r.booth.code:<6} {r.booth.zone or '':<8} {_status_word(r.status):<16} {when:<5} "
              f"{(r.by or ''):<18} {r.booth.producer}")
    print(translate("Cli", "{present} present of {expected} expected; {checked_in} checked in, of whom {left} "
                           "left; {absent} absent, {waiting} not yet in.").format(
        present=counts.present, expected=counts.expected, absent=counts.absent, left=counts.left,
        checked_in=counts.checked_in, waiting=counts.waiting))
    return 0


def cmd_lot_add(ctx: CliContext, args: argparse.Namespace) -> int:
    from ocop_desk.checkin.lots import add_lot

    event = ctx.event()
    day = ctx.day(event, args.day) if args.day else None
    result = add_lot(ctx.store, ctx.actor, event.id, args.booth, args.product, args.qty, lot_code=args.lot,
                     produced=args.produced, expires=args.expires, day=day, accept_dates=args.accept_dates)
    rec = result.record
    if args.json:
        emit_json(dict(rec.as_json(), warnings=result.warnings))
    else:
        print(translate("Cli", "Recorded lot {lot}: {qty} × {product} at booth {booth}.").format(
            lot=rec.lot_code, qty=rec.quantity, product=rec.product_name, booth=rec.booth_code))
        for warning in result.warnings:
            print(translate("Cli", "Warning: {text}").format(text=warning))
    return 0


def cmd_lot_list(ctx: CliContext, args: argparse.Namespace) -> int:
    from ocop_desk.checkin.lots import list_lots
    from ocop_desk.core.formatting import fmt_date
    from ocop_desk.core.validate import parse_date

    event = ctx.event()
    rows = list_lots(ctx.store, event.id, booth_code=args.booth, day=parse_date(args.day, "--day"))
    if args.json:
        emit_json([r.as_json() for r in rows])
        return 0
    for r in rows:
        print(f"{r.lot_code:<16} {r.booth_code or '':<6} {r.quantity:>6}  {fmt_date(r.expires_on):<10}  "
              f"{r.product_code}  {r.product_name}")
    print(translate("Cli", "{n} lot(s).").format(n=len(rows)))
    return 0


def print_report(report: Any) -> None:
    """The import report as the CLI and the log show it: what was read, and what changed (or would)."""
    if report.event_created:
        if report.written:
            text = translate("Cli", "Created the event '{name}' (today) from the file's title.")
        else:
            text = translate("Cli", "Would create the event '{name}' (today) from the file's title: "
                                    "there is no current event.")
        print(text.format(name=report.event_name))
    else:
        print(translate("Cli", "Event: {name}").format(name=report.event_name))
    for sheet in report.sheets:
        used = ", ".join(f"{h}" for h, _ in sheet.used)
        print(translate("Cli", "Sheet '{sheet}': header on row {row}, {n} data row(s). Columns used: {used}.").format(
            sheet=sheet.name, row=sheet.header_row, n=sheet.rows, used=used))
        if sheet.ignored:
            print("  " + translate("Cli", "Columns ignored: {ignored}.").format(ignored=", ".join(sheet.ignored)))
    for name in report.ignored_sheets:
        print(translate("Cli", "Sheet '{sheet}' ignored: no registration header row.").format(sheet=name))
    for label, counts in ((translate("Cli", "Producers"), report.producers),
                          (translate("Cli", "Products"), report.products),
                          (translate("Cli", "Booths"), report.booths)):
        print(translate("Cli", "{what}: {added} added, {updated} updated, {unchanged} unchanged.").format(
            what=label, added=counts.added, updated=counts.updated, unchanged=counts.unchanged))


def cmd_import(ctx: CliContext, args: argparse.Namespace) -> int:
    from ocop_desk.registration.importer import import_registration, preview

    if args.preview:
        report = preview(ctx.store, args.file, ctx.args.event)
        if args.json:
            emit_json(report.as_json())
            return EXIT_REFUSED if report.problems else 0
        print_report(report)
        for problem in report.problems:
            print("  - " + str(problem))
        if report.problems:
            print(translate("Cli", "{n} problem(s): the file would not be imported.").format(n=len(report.problems)))
            return EXIT_REFUSED
        return 0
    report = import_registration(ctx.store, ctx.actor, args.file, ctx.args.event)
    if args.json:
        emit_json(report.as_json())
    else:
        print_report(report)
        print(translate("Cli", "Imported {file}.").format(file=args.file))
    return 0


def cmd_template(ctx: CliContext, args: argparse.Namespace) -> int:
    from ocop_desk.registration.template import write_template

    path = write_template(args.out)
    print(translate("Cli", "Wrote the blank registration workbook {file}.").format(file=str(path)))
    return 0
