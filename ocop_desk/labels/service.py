"""The label jobs the window and the CLI share: pick lots, write the PDF, log the print, reprint.

A print is logged (print_job + one print_job_item per lot) only once the file is complete or the
printer accepted every page, in one unit of work with its audit entry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, insert, select

from ocop_desk.core.errors import NotFound
from ocop_desk.core.i18n import translate
from ocop_desk.fair.events import resolve_event
from ocop_desk.labels.content import ONLINE, LabelContent, build_contents
from ocop_desk.labels.render import Calibration, SheetPlan, plan_sheets, write_labels_pdf
from ocop_desk.labels.selection import LOT_LABELS, LotFilter, LotRow, select_lots
from ocop_desk.labels.templates import Template, get_template
from ocop_desk.store import audit
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import PrintJob, PrintJobItem
from ocop_desk.store.settings import get_setting, set_setting

BOOTH_CARDS, CALIBRATION = "booth_cards", "calibration"
CALIBRATION_KEY = "labels.calibration:"


@dataclass(frozen=True)
class LabelRequest:
    """What the user asked for: which lots, on which template, how."""

    event_id: int
    lot_filter: LotFilter = LotFilter()
    template: str | None = None
    copies: int = 1
    start: int = 1
    mode: str = ONLINE
    show_price: bool = False


@dataclass(frozen=True)
class PreparedLabels:
    rows: list[LotRow]
    contents: list[LabelContent]
    plan: SheetPlan
    template: Template


@dataclass(frozen=True)
class PrintResult:
    job_id: int
    destination: str
    lots: int
    labels: int
    pages: int


@dataclass(frozen=True)
class JobInfo:
    id: int
    kind: str
    template: str
    destination: str
    label_count: int
    lots: int
    operator: str | None
    printed_at: dt.datetime


def prepare(store: Store, request: LabelRequest, rows: Sequence[LotRow] | None = None) -> PreparedLabels:
    """Select the lots and lay them out; raises a clear error for anything that cannot be printed."""
    event = resolve_event(store, request.event_id)
    template = get_template(store, request.template)
    chosen = list(rows) if rows is not None else select_lots(store, event.id, request.lot_filter)
    contents = build_contents(chosen, event.resolver_base, mode=request.mode, show_price=request.show_price)
    plan = plan_sheets(template, contents, copies=request.copies, start=request.start)
    return PreparedLabels(chosen, contents, plan, template)


def labels_pdf(store: Store, actor: Actor, out: str | Path, request: LabelRequest, *,
               rows: Sequence[LotRow] | None = None, workers: int = 0) -> PrintResult:
    """Write the labels to `out` (complete or not at all) and log the print."""
    prepared = prepare(store, request, rows)
    path = write_labels_pdf(out, prepared.plan, workers=workers)
    return log_labels(store, actor, request.event_id, prepared, str(path), request.copies)


def log_labels(store: Store, actor: Actor, event_id: int, prepared: PreparedLabels, destination: str,
               copies: int) -> PrintResult:
    job_id = record_job(store, actor, event_id, LOT_LABELS, prepared.template.name, destination,
                        [(row.lot_id, None, copies) for row in prepared.rows])
    return PrintResult(job_id, destination, len(prepared.rows), prepared.plan.labels, prepared.plan.pages)


def record_job(store: Store, actor: Actor, event_id: int | None, kind: str, template: str, destination: str,
               items: Sequence[tuple[int | None, int | None, int]]) -> int:
    with store.transaction() as session:
        job = PrintJob(event_id=event_id, kind=kind, template=template, destination=destination[:500],
                       label_count=sum(copies for _, _, copies in items), operator=actor.operator)
        session.add(job)
        session.flush()
        if items:  # one executemany: a thousand lots log in milliseconds, not ORM objects one by one
            session.execute(insert(PrintJobItem), [
                {"job_id": job.id, "lot_id": lot_id, "booth_id": booth_id, "copies": copies}
                for lot_id, booth_id, copies in items])
        audit.record(session, actor, "print", "print_job", job.id, event_id=event_id, kind=kind,
                     template=template, destination=destination, labels=job.label_count)
        return job.id


def print_log(store: Store, event_id: int, limit: int = 200) -> list[JobInfo]:
    """The event's prints, newest first."""
    with store.reading() as session:
        counts = (select(PrintJobItem.job_id, func.count(PrintJobItem.id).label("n"))
                  .group_by(PrintJobItem.job_id).subquery())
        rows = session.execute(
            select(PrintJob, counts.c.n).outerjoin(counts, counts.c.job_id == PrintJob.id)
            .where(PrintJob.event_id == event_id).order_by(PrintJob.printed_at.desc(), PrintJob.id.desc())
            .limit(limit))
        return [JobInfo(job.id, job.kind, job.template, job.destination, job.label_count, int(n or 0),
                        job.operator, job.printed_at) for job, n in rows]


def reprint_request(store: Store, job_id: int) -> tuple[LabelRequest, dict[int, int]]:
    """The request that repeats a logged lot-label print (its lots, template and copies)."""
    with store.reading() as session:
        job = session.get(PrintJob, job_id)
        if job is None or job.kind != LOT_LABELS or job.event_id is None:
            raise NotFound(translate("Labels", "There is no lot-label print with number {id}.").format(id=job_id))
        copies = {item.lot_id: item.copies for item in job.items if item.lot_id is not None}
        if not copies:
            raise NotFound(translate("Labels", "The lots of print {id} no longer exist.").format(id=job_id))
        common = max(set(copies.values()), key=list(copies.values()).count)
        request = LabelRequest(event_id=job.event_id, lot_filter=LotFilter(lot_ids=tuple(copies)),
                               template=job.template, copies=common)
        return request, copies


def get_calibration(store: Store, printer: str) -> Calibration:
    with store.reading() as session:
        return Calibration.from_json(get_setting(session, CALIBRATION_KEY + printer))


def set_calibration(store: Store, actor: Actor, printer: str, calibration: Calibration) -> Calibration:
    """Remember a printer's offset and scale (shared by every station on this database)."""
    calibration.check()
    with store.transaction() as session:
        set_setting(session, CALIBRATION_KEY + printer, calibration.to_json())
        audit.record(session, actor, "calibrate", "printer", None, printer=printer, dx=calibration.dx,
                     dy=calibration.dy, scale=calibration.scale)
    return calibration
