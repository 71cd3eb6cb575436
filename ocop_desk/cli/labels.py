"""`ocop-desk labels`, `booth-cards`, `site`, `resolver` and `label-templates`: traceability labels headless.

Heavy modules (Qt painting, qrcode) are imported inside the handlers so start-up stays fast.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from ocop_desk.cli.common import CliContext, emit_json
from ocop_desk.core.i18n import translate


def register(subparsers: Any, json_parent: argparse.ArgumentParser) -> None:
    labels = subparsers.add_parser(
        "labels", parents=[json_parent], help="print QR traceability labels of lots to a PDF",
        description="With no filter: every lot of the current event.")
    labels.add_argument("out", metavar="OUT.pdf")
    labels.add_argument("--booth", action="append", default=[], metavar="CODE", help="only this booth (repeatable)")
    labels.add_argument("--product", action="append", default=[], metavar="CODE", help="only this product (repeatable)")
    labels.add_argument("--day", metavar="YYYY-MM-DD", help="only lots recorded on this day")
    labels.add_argument("--unprinted", action="store_true", help="only lots never printed before")
    labels.add_argument("--checked-in", action="store_true", help="only lots of booths checked in")
    labels.add_argument("--template", metavar="NAME", help="label template (default a4-3x8; see label-templates)")
    labels.add_argument("--copies", type=int, default=1, metavar="N", help="labels per lot (default 1)")
    labels.add_argument("--start", type=int, default=1, metavar="K",
                        help="first free position on the first sheet (1 = top left)")
    labels.add_argument("--offline", action="store_true", help="QR holds readable text instead of a web address")
    labels.add_argument("--price", action="store_true", help="print the product's price on the label")
    labels.add_argument("--workers", type=int, default=None, metavar="N",
                        help="helper processes encoding QR codes while pages are painted "
                             "(default: 2 on a multi-core machine, 0 = none)")
    labels.set_defaults(handler=cmd_labels)

    cards = subparsers.add_parser("booth-cards", parents=[json_parent],
                                  help="print A6 booth cards with the QR the check-in desk scans")
    cards.add_argument("out", metavar="OUT.pdf")
    cards.add_argument("--booth", action="append", default=[], metavar="CODE", help="only this booth (repeatable)")
    cards.set_defaults(handler=cmd_booth_cards)

    site = subparsers.add_parser("site", parents=[json_parent],
                                 help="write the static traceability website that the label QR codes open")
    site.add_argument("outdir", metavar="OUTDIR")
    site.set_defaults(handler=cmd_site)

    resolver = subparsers.add_parser("resolver", parents=[json_parent],
                                     help="show or set the traceability site address of the current event")
    resolver.add_argument("url", nargs="?", help="e.g. https://truyxuat.example.vn ('' clears it)")
    resolver.set_defaults(handler=cmd_resolver)

    templates = subparsers.add_parser("label-templates", parents=[json_parent], help="list label templates")
    templates.set_defaults(handler=cmd_templates)


def cmd_labels(ctx: CliContext, args: argparse.Namespace) -> int:
    from ocop_desk.core.errors import DomainError
    from ocop_desk.labels.content import OFFLINE, ONLINE
    from ocop_desk.labels.selection import LotFilter, booth_codes, dedupe
    from ocop_desk.labels.service import LabelRequest, labels_pdf

    event = ctx.event()
    day = ctx.day(event, args.day) if args.day else None
    known = {code.upper() for code, _ in booth_codes(ctx.store, event.id)}
    unknown = [code for code in dedupe(args.booth) if code.upper() not in known]
    if unknown:
        raise DomainError(translate("Cli", "No booth {codes} at this event.").format(codes=", ".join(unknown)),
                          hint=translate("Cli", "Booth codes look like A01; list them in the window's Check-in page."))
    request = LabelRequest(
        event_id=event.id,
        lot_filter=LotFilter(booth_codes=dedupe(args.booth), product_codes=dedupe(args.product), day=day,
                             unprinted=args.unprinted, checked_in=args.checked_in),
        template=args.template, copies=args.copies, start=args.start, mode=OFFLINE if args.offline else ONLINE,
        show_price=args.price)
    workers = args.workers if args.workers is not None else default_workers()
    result = labels_pdf(ctx.store, ctx.actor, args.out, request, workers=workers)
    if args.json:
        emit_json(result.__dict__)
    else:
        print(translate("Cli", "Wrote {labels} label(s) for {lots} lot(s) on {pages} page(s) to {path} "
                               "(print {job}).").format(labels=result.labels, lots=result.lots, pages=result.pages,
                                                        path=result.destination, job=result.job_id))
    return 0


def default_workers() -> int:
    """Two helpers on any multi-core machine: encoding a code takes about twice as long as painting its
    label, so two keep the painter fed and more would only wait for it."""
    return 2 if (os.cpu_count() or 1) > 1 else 0


def cmd_booth_cards(ctx: CliContext, args: argparse.Namespace) -> int:
    from ocop_desk.labels.booth_cards import write_booth_cards

    path, count, job = write_booth_cards(ctx.store, ctx.actor, args.out, ctx.event().id, args.booth)
    if args.json:
        emit_json({"path": str(path), "cards": count, "job_id": job})
    else:
        print(translate("Cli", "Wrote {n} booth card(s) to {path}.").format(n=count, path=path))
    return 0


def cmd_site(ctx: CliContext, args: argparse.Namespace) -> int:
    from ocop_desk.labels.site import build_site, hosting_notes

    event = ctx.event()
    result = build_site(ctx.store, args.outdir, event.id)
    if args.json:
        emit_json(dict(result.__dict__, root=str(result.root), resolver=event.resolver_base,
                       notes=hosting_notes(result)))
    else:
        print(translate("Cli", "Wrote {pages} pages ({lots} lots, {products} products, {producers} producers) "
                               "to {path}.").format(pages=result.pages, lots=result.lots, products=result.products,
                                                     producers=result.producers, path=result.root))
        if event.resolver_base:
            print(translate("Cli", "Copy that folder to {url} so every label's QR code opens its page.").format(
                url=event.resolver_base))
        else:
            print(translate("Cli", "This event has no site address yet: set it with 'ocop-desk resolver URL'."))
        for note in hosting_notes(result):
            print(note)
    return 0


def cmd_resolver(ctx: CliContext, args: argparse.Namespace) -> int:
    from ocop_desk.labels.content import set_resolver

    event = ctx.event()
    value = event.resolver_base
    if args.url is not None:
        value = set_resolver(ctx.store, ctx.actor, event.id, args.url)
    if args.json:
        emit_json({"event_id": event.id, "resolver_base": value})
    else:
        print(value or translate("Cli", "(no site address: lot QR codes cannot be printed as links)"))
    return 0


def cmd_templates(ctx: CliContext, args: argparse.Namespace) -> int:
    from ocop_desk.labels.templates import list_templates

    templates = list_templates(ctx.store)
    if args.json:
        emit_json([dict(t.spec(), builtin=t.builtin) for t in templates])
    else:
        for t in templates:
            print(f"{t.name:<16} {t.display_name():<32} {t.columns}×{t.rows}  "
                  f"{t.label_width:g} × {t.label_height:g} mm")
    return 0
