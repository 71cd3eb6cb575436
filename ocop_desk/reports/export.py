"""The Excel summary of a day or of the whole fair: one workbook, written safely.

The workbook is streamed with openpyxl's write-only mode (the large fair has ~20,000 products), to a
temporary file beside the target that replaces it only once complete: a failure (disk full, no
permission, the file open in Excel) leaves the old file as it was. Every text cell is written as
text, never as a formula, whatever the user typed (spreadsheet formula injection).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import io
import os
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

from ocop_desk.core.errors import DomainError, StoreError, StoreErrorKind
from ocop_desk.core.files import temp_file_beside
from ocop_desk.core.i18n import translate
from ocop_desk.reports import sheets
from ocop_desk.reports.writer import Progress, ProgressFn
from ocop_desk.store.database import Store


@dataclass(frozen=True)
class SheetReport:
    title: str
    rows: int


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sheets: tuple[SheetReport, ...]
    cells: int

    def as_json(self) -> dict[str, object]:
        return {"path": str(self.path), "cells": self.cells,
                "sheets": [{"title": s.title, "rows": s.rows} for s in self.sheets]}


# -- writing the file safely -----------------------------------------------------------------------------


def check_target(path: str | os.PathLike[str]) -> Path:
    target = Path(path).expanduser()
    if target.suffix.lower() != ".xlsx":
        raise DomainError(
            translate("Export", "{path} does not end in .xlsx.").format(path=target),
            hint=translate("Export", "Give the workbook a name ending in .xlsx."))
    if target.is_dir():
        raise DomainError(
            translate("Export", "{path} is a folder.").format(path=target),
            hint=translate("Export", "Give the name of a file inside it instead."))
    if not target.parent.is_dir():
        raise DomainError(
            translate("Export", "The folder {folder} does not exist.").format(folder=target.parent),
            hint=translate("Export", "Create it first or choose another folder."))
    return target.resolve()


def write_error(exc: OSError, target: Path, *, replacing: bool = False) -> StoreError:
    """Say what went wrong writing the workbook, and that the old file is untouched."""
    where = str(target)
    kept = translate("Export", "The old file (if there was one) was left as it was.")
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return StoreError(StoreErrorKind.DISK_FULL, translate("Export", "The disk is full: {path} could not be written.").format(
            path=where), hint=kept + " " + translate("Export", "Free some space, then export again."), path=where)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        if replacing:
            message = translate("Export", "{path} could not be replaced: it is open in another program "
                                          "(Excel?) or read-only.").format(path=where)
            hint = kept + " " + translate("Export", "Close it there, or choose another name, then export again.")
        else:
            message = translate("Export", "No permission to write {path}.").format(path=where)
            hint = kept + " " + translate("Export", "Choose a folder you can write to.")
        return StoreError(StoreErrorKind.READ_ONLY, message, hint=hint, path=where)
    return StoreError(StoreErrorKind.IO, translate("Export", "{path} could not be written: {reason}").format(
        path=where, reason=exc.strerror or exc), hint=kept, path=where)


def discard(wb: Workbook) -> None:
    """Close the half-written sheets of a failed or cancelled export, then save them into memory and
    drop them: saving is openpyxl's own way to remove a write-only sheet's temporary file."""
    for ws in wb.worksheets:
        with contextlib.suppress(Exception):
            if not ws.closed:
                ws.close()
    with contextlib.suppress(Exception):
        wb.save(io.BytesIO())


def save_atomically(wb: Workbook, target: Path) -> None:
    """Save to a temporary file in the same folder, flush it to disk, then move it over the target."""
    try:
        tmp = temp_file_beside(target.parent, f".{target.stem}-", ".xlsx.part")
    except OSError as exc:
        raise write_error(exc, target) from exc
    try:
        try:
            wb.save(tmp)
            with tmp.open("rb+") as fh:
                os.fsync(fh.fileno())
        except OSError as exc:
            raise write_error(exc, target) from exc
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise write_error(exc, target, replacing=True) from exc
    finally:
        tmp.unlink(missing_ok=True)


def export_workbook(
    store: Store,
    event_id: int,
    path: str | os.PathLike[str],
    *,
    day: dt.date | None = None,
    progress: ProgressFn | None = None,
) -> ExportResult:
    """Write the workbook for one day (`day`) or the whole event to `path`.

    `progress(done, total)` is called every few hundred rows; raising from it cancels the export,
    leaving any existing file untouched.
    """
    target = check_target(path)
    wb = Workbook(write_only=True)
    try:
        with store.reading() as session:
            plan = sheets.plan(session, event_id, day)
            tracker = Progress(progress, plan.total_rows)
            reports = []
            cells = 0
            for sheet in plan.sheets:
                writer = sheet.write(wb, tracker)
                reports.append(SheetReport(writer.ws.title, writer.rows))
                cells += writer.cells
        save_atomically(wb, target)
    except BaseException:
        discard(wb)
        raise
    if progress is not None:
        progress(tracker.total, tracker.total)
    return ExportResult(target, tuple(reports), cells)
