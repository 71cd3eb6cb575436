"""`ocop-desk demo` and `ocop-desk event create|list|use`."""

from __future__ import annotations

import argparse
from typing import Any

from ocop_desk.cli.common import CliContext, emit_json
from ocop_desk.core.formatting import fmt_date
from ocop_desk.core.i18n import translate
from ocop_desk.core.validate import parse_date
from ocop_desk.fair import events
from ocop_desk.fair.demo import load_demo


def register(subparsers: Any, json_parent: argparse.ArgumentParser) -> None:
    demo = subparsers.add_parser("demo", parents=[json_parent], help="load the sample Hải Phòng fair")
    demo.add_argument("--from", dest="first_day", metavar="YYYY-MM-DD", help="first day (default: today)")
    demo.add_argument("--days", type=int, default=1, metavar="N", help="number of days (default 1)")
    demo.set_defaults(handler=cmd_demo)

    event = subparsers.add_parser("event", help="create, list and choose events")
    sub = event.add_subparsers(dest="event_command", metavar="ACTION", required=True)
    create = sub.add_parser("create", parents=[json_parent], help="create an event and make it current")
    create.add_argument("name", metavar="NAME")
    create.add_argument("--from", dest="starts_on", required=True, metavar="YYYY-MM-DD")
    create.add_argument("--to", dest="ends_on", required=True, metavar="YYYY-MM-DD")
    create.add_argument("--venue", metavar="VENUE")
    create.add_argument("--province", metavar="PROVINCE")
    create.add_argument("--resolver", metavar="URL", help="base address of the traceability site, e.g. https://truyxuat.example.vn")
    create.set_defaults(handler=cmd_event_create)
    lst = sub.add_parser("list", parents=[json_parent], help="list events (* marks the current one)")
    lst.set_defaults(handler=cmd_event_list)
    use = sub.add_parser("use", parents=[json_parent], help="make an event the current one")
    use.add_argument("id", type=int, metavar="ID")
    use.set_defaults(handler=cmd_event_use)


def cmd_demo(ctx: CliContext, args: argparse.Namespace) -> int:
    first = parse_date(args.first_day, "--from")
    result = load_demo(ctx.store, ctx.actor, first_day=first, days=max(1, args.days))
    if args.json:
        emit_json(result.__dict__)
    else:
        print(translate("Cli", "Loaded the sample fair: event {id}, {producers} producers, {products} products, "
                               "{booths} booths. It is now the current event.").format(
            id=result.event_id, producers=result.producers, products=result.products, booths=result.booths))
    return 0


def _print_event(info: events.EventInfo, current: bool = False) -> None:
    mark = "*" if current else " "
    where = ", ".join(x for x in (info.venue, info.province) if x)
    print(f"{mark} {info.id:>4}  {info.name}  {fmt_date(info.starts_on)} – {fmt_date(info.ends_on)}"
          f"  {info.booth_count} " + translate("Cli", "booths") + (f"  ({where})" if where else ""))


def cmd_event_create(ctx: CliContext, args: argparse.Namespace) -> int:
    info = events.create_event(ctx.store, ctx.actor, args.name, args.starts_on, args.ends_on,
                               venue=args.venue, province=args.province, resolver_base=args.resolver)
    if args.json:
        emit_json(info.as_json())
    else:
        print(translate("Cli", "Created event {id} and made it current:").format(id=info.id))
        _print_event(info, current=True)
    return 0


def cmd_event_list(ctx: CliContext, args: argparse.Namespace) -> int:
    infos = events.list_events(ctx.store)
    current = events.current_event_id(ctx.store)
    if args.json:
        emit_json([dict(i.as_json(), current=i.id == current) for i in infos])
    elif not infos:
        print(translate("Cli", "No events yet. Create one with 'ocop-desk event create' or run 'ocop-desk demo'."))
    else:
        for info in infos:
            _print_event(info, info.id == current)
    return 0


def cmd_event_use(ctx: CliContext, args: argparse.Namespace) -> int:
    info = events.use_event(ctx.store, ctx.actor, args.id)
    if args.json:
        emit_json(info.as_json())
    else:
        print(translate("Cli", "Current event: {id} {name}").format(id=info.id, name=info.name))
    return 0
