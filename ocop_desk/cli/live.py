"""`ocop-desk live start|tally|correct|undo|snapshot|end|reopen|show|list`: the livestream tally headless."""

from __future__ import annotations

import argparse
from typing import Any

from ocop_desk.cli.common import CliContext, emit_json
from ocop_desk.core.formatting import fmt_datetime, fmt_int, fmt_money, fmt_time
from ocop_desk.core.i18n import translate

PLATFORM_CHOICES = ("tiktok", "facebook", "shopee", "youtube", "other")


def register(subparsers: Any, json_parent: argparse.ArgumentParser) -> None:
    top = subparsers.add_parser("live", help="livestream sessions and their tallies")
    sub = top.add_subparsers(dest="live_command", metavar="ACTION", required=True)

    start = sub.add_parser("start", parents=[json_parent], help="start a live session (prints its id)")
    start.add_argument("--platform", default="tiktok", choices=PLATFORM_CHOICES)
    start.add_argument("--host", dest="hosts", action="append", required=True, metavar="NAME",
                       help="a host (repeat for several)")
    start.add_argument("--title", metavar="TITLE")
    start.add_argument("--channel", metavar="CHANNEL")
    start.add_argument("--product", dest="products", action="append", default=[], metavar="CODE_OR_GTIN",
                       help="a featured product's code or GTIN, in show order (repeat)")
    start.add_argument("--day", metavar="YYYY-MM-DD", help="event day (default: today)")
    start.add_argument("--notes", metavar="TEXT", help="anything worth keeping about the session")
    start.set_defaults(handler=cmd_start)

    tally = sub.add_parser("tally", parents=[json_parent], help="count a sale: a product code, GTIN or scanned label")
    tally.add_argument("session", type=int, metavar="SESSION")
    tally.add_argument("product", metavar="PRODUCT_OR_SCAN")
    tally.add_argument("--qty", type=int, default=1, metavar="N", help="items sold (default 1)")
    tally.add_argument("--orders", type=int, default=None, metavar="N", help="orders (default 1)")
    tally.set_defaults(handler=cmd_tally)

    fix = sub.add_parser("correct", parents=[json_parent], help="record a visible correction (e.g. --qty -1)")
    fix.add_argument("session", type=int, metavar="SESSION")
    fix.add_argument("product", metavar="PRODUCT")
    fix.add_argument("--qty", type=int, default=0, metavar="±N", help="change of items, may be negative")
    fix.add_argument("--orders", type=int, default=0, metavar="±N", help="change of orders, may be negative")
    fix.add_argument("--reason", required=True, metavar="TEXT", help="why (kept with the correction)")
    fix.set_defaults(handler=cmd_correct)

    undo = sub.add_parser("undo", parents=[json_parent], help="undo this station's last count")
    undo.add_argument("session", type=int, metavar="SESSION")
    undo.set_defaults(handler=cmd_undo)

    snap = sub.add_parser("snapshot", parents=[json_parent], help="record what the platform shows now")
    snap.add_argument("session", type=int, metavar="SESSION")
    for name in ("viewers", "views", "likes", "comments", "shares", "reach"):
        snap.add_argument(f"--{name}", type=int, metavar="N")
    snap.set_defaults(handler=cmd_snapshot)

    end = sub.add_parser("end", parents=[json_parent], help="end a session with the platform's totals")
    end.add_argument("session", type=int, metavar="SESSION")
    end.add_argument("--at", metavar="YYYY-MM-DDTHH:MM", help="when it ended (default: now)")
    end.add_argument("--views", type=int, metavar="N")
    end.add_argument("--unique", type=int, metavar="N", help="unique viewers")
    end.add_argument("--peak", type=int, metavar="N", help="peak concurrent viewers")
    end.add_argument("--reach", type=int, metavar="N")
    end.add_argument("--orders", type=int, metavar="N", help="SKU orders")
    end.add_argument("--items", type=int, metavar="N", help="items sold")
    end.add_argument("--gmv", type=int, metavar="VND")
    end.add_argument("--direct-gmv", dest="direct_gmv", type=int, metavar="VND")
    end.set_defaults(handler=cmd_end)

    reopen = sub.add_parser("reopen", parents=[json_parent], help="reopen an ended session")
    reopen.add_argument("session", type=int, metavar="SESSION")
    reopen.set_defaults(handler=cmd_reopen)

    show = sub.add_parser("show", parents=[json_parent], help="a session with its totals and the platform's")
    show.add_argument("session", type=int, metavar="SESSION")
    show.set_defaults(handler=cmd_show)

    lst = sub.add_parser("list", parents=[json_parent], help="the event's sessions")
    lst.add_argument("--day", metavar="YYYY-MM-DD", help="only this day")
    lst.set_defaults(handler=cmd_list)


def cmd_start(ctx: CliContext, args: argparse.Namespace) -> int:
    from ocop_desk.live import service as live

    event = ctx.event()
    day = ctx.day(event, args.day)
    info = live.start_session(ctx.store, ctx.actor, event.id, day, platform=args.platform, hosts=args.hosts,
                              title=args.title, channel=args.channel, product_refs=args.products, notes=args.notes)
    if args.json:
        emit_json(info.as_json())
    else:
        print(info.id)
    return 0


def _kind(kind: str) -> str:
    names = {"count": translate("Cli", "count"), "correction": translate("Cli", "correction"),
             "undo": translate("Cli", "undo")}
    return names.get(kind, kind)


def _status(status: str) -> str:
    names = {"live": translate("Cli", "live"), "ended": translate("Cli", "ended"),
             "planned": translate("Cli", "planned")}
    return names.get(status, status)


def _print_event(event: Any) -> None:
    print(translate("Cli", "#{id} {kind}: {code} {qty:+d} items, {orders:+d} orders, {revenue}").format(
        id=event.id, kind=_kind(event.kind), code=event.product_code, qty=event.quantity, orders=event.orders,
        revenue=fmt_money(event.revenue)))


def cmd_tally(ctx: CliContext, args: argparse.Namespace) -> int:
    from ocop_desk.core.payloads import parse_scan
    from ocop_desk.live import service as live

    if parse_scan(args.product).kind == "lot" and args.qty == 1 and args.orders is None:
        event = live.add_scan(ctx.store, ctx.actor, args.session, args.product)
    else:
        with ctx.store.reading() as session:
            from ocop_desk.live.tally import scanned_product

            product = scanned_product(session, args.product)
        event = live.add_count(ctx.store, ctx.actor, args.session, product.id, quantity=args.qty,
                               orders=1 if args.orders is None else args.orders, source="cli")
    _report(args, event)
    return 0


def _report(args: argparse.Namespace, event: Any) -> None:
    if args.json:
        emit_json(event.as_json())
    else:
        _print_event(event)


def cmd_correct(ctx: CliContext, args: argparse.Namespace) -> int:
    from ocop_desk.live import service as live

    with ctx.store.reading() as session:
        product = live.find_product(session, args.product)
        pid = product.id
    event = live.correct(ctx.store, ctx.actor, args.session, pid, args.qty, args.orders, args.reason, source="cli")
    _report(args, event)
    return 0


def cmd_undo(ctx: CliContext, args: argparse.Namespace) -> int:
    from ocop_desk.live import service as live

    event = live.undo_last(ctx.store, ctx.actor, args.session)
    if event is None:
        if args.json:
            emit_json(None)
        else:
            print(translate("Cli", "Nothing to undo: this station has no count left in session {id}.").format(
                id=args.session))
        return 0
    _report(args, event)
    return 0


def cmd_snapshot(ctx: CliContext, args: argparse.Namespace) -> int:
    from ocop_desk.live import service as live

    snap = live.add_snapshot(ctx.store, ctx.actor, args.session, viewers=args.viewers, views=args.views,
                             likes=args.likes, comments=args.comments, shares=args.shares, reach=args.reach)
    if args.json:
        emit_json(snap.as_json())
    else:
        print(translate("Cli", "Snapshot at {time}: {viewers} viewers, {views} views.").format(
            time=fmt_time(snap.taken_at), viewers=fmt_int(snap.viewers), views=fmt_int(snap.views)))
    return 0


def cmd_end(ctx: CliContext, args: argparse.Namespace) -> int:
    from ocop_desk.live import service as live

    live.end_session(ctx.store, ctx.actor, args.session, ended_at=args.at, views=args.views,
                     unique_viewers=args.unique, peak_viewers=args.peak, reach=args.reach, sku_orders=args.orders,
                     items_sold=args.items, gmv=args.gmv, direct_gmv=args.direct_gmv)
    return _show(ctx, args)


def cmd_reopen(ctx: CliContext, args: argparse.Namespace) -> int:
    from ocop_desk.live import service as live

    live.reopen_session(ctx.store, ctx.actor, args.session)
    return _show(ctx, args)


def cmd_show(ctx: CliContext, args: argparse.Namespace) -> int:
    return _show(ctx, args)


METRIC_LABELS = {
    "views": "Views", "unique_viewers": "Unique viewers", "peak_viewers": "Peak concurrent viewers",
    "reach": "Reach", "sku_orders": "SKU orders", "items_sold": "Items sold", "gmv": "GMV", "direct_gmv": "Direct GMV",
}


def metric_label(metric: str) -> str:
    return translate("Live", METRIC_LABELS[metric])


def _show(ctx: CliContext, args: argparse.Namespace) -> int:
    from ocop_desk.live import service as live

    detail = live.session_detail(ctx.store, args.session, recent=0)
    if args.json:
        emit_json(detail.as_json())
        return 0
    info, totals = detail.info, detail.totals
    status = _status(info.status)
    print(f"#{info.id}  {info.platform_name}  {info.channel or ''}  {info.title or ''}".rstrip() + f"  [{status}]")
    print(translate("Cli", "Hosts: {hosts}").format(hosts=", ".join(info.hosts)))
    print(translate("Cli", "From {start} to {end}").format(start=fmt_datetime(info.started_at) or "—",
                                                           end=fmt_datetime(info.ended_at) or "—"))
    width = max([len(p.name) for p in totals.products] + [10])
    orders_word = translate("Cli", "orders")
    for p in totals.products:
        print(f"  {p.name:<{width}}  {fmt_int(p.items):>7} × {fmt_money(p.price):>14}  "
              f"{fmt_int(p.orders):>6} {orders_word}  {fmt_money(p.revenue):>16}")
    print(translate("Cli", "Total: {items} items, {orders} orders, {revenue}").format(
        items=fmt_int(totals.items), orders=fmt_int(totals.orders), revenue=fmt_money(totals.revenue)))
    print(translate("Cli", "{n} viewer snapshots").format(n=len(detail.snapshots)))
    if info.platform_totals.entered():
        print(translate("Cli", "Platform vs. on-site tally:"))
        for d in detail.comparison:
            fmt = fmt_money if d.money else fmt_int
            mark = "  ≠" if d.differs else ""
            diff = f"  ({'+' if (d.difference or 0) > 0 else ''}{fmt(d.difference)})" if d.differs else ""
            print(f"  {metric_label(d.metric):<30} {fmt(d.platform):>16}  {fmt(d.tally):>16}{diff}{mark}")
    return 0


def cmd_list(ctx: CliContext, args: argparse.Namespace) -> int:
    from ocop_desk.core.validate import parse_date
    from ocop_desk.live import service as live

    event = ctx.event()
    day = parse_date(args.day, "--day") if args.day else None
    infos = live.list_sessions(ctx.store, event.id, day)
    sums = live.day_summary(ctx.store, event.id, day)
    if args.json:
        emit_json([dict(i.as_json(), items=sums.get(i.id, (0, 0, 0))[0], orders=sums.get(i.id, (0, 0, 0))[1],
                        revenue=sums.get(i.id, (0, 0, 0))[2]) for i in infos])
        return 0
    if not infos:
        print(translate("Cli", "No live sessions yet. Start one with 'ocop-desk live start'."))
    for info in infos:
        items, _orders, revenue = sums.get(info.id, (0, 0, 0))
        print(f"{info.id:>5}  {fmt_datetime(info.started_at):<16}  {info.platform_name:<11} "
              f"{', '.join(info.hosts)[:30]:<30}  {fmt_int(items):>7}  {fmt_money(revenue):>16}  {_status(info.status)}")
    return 0
