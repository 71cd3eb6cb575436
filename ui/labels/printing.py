"""Printing labels through the system print dialog (with preview), with the printer's calibration.

A print is logged only when every page reached the printer; a printer that fails gets a clear message
and nothing is logged, so the lots still show as not printed.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from ocop_desk.core.errors import DomainError, OcopError
from ocop_desk.labels.render import page_size, paint_plan
from ocop_desk.labels.service import LabelRequest, PreparedLabels, PrintResult, get_calibration, log_labels
from ocop_desk.labels.templates import Template
from ui.common.connection import Saved, run_action
from ui.common.context import AppContext, Change
from ui.common.errors import show_error


class LabelsPage(Protocol):
    """What printing needs of the Labels page (a QWidget): its context, the labels chosen, a place to say so."""

    ctx: AppContext

    def request(self) -> LabelRequest: ...

    def prepare_current(self) -> PreparedLabels: ...

    def announce_printed(self, message: str) -> None: ...


def make_printer(template: Template) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(page_size(template), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                      QPageLayout.Unit.Millimeter))
    printer.setDocName(QCoreApplication.translate("LabelPrinting", "OCOP traceability labels"))
    return printer


def printer_name(printer: QPrinter) -> str:
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return printer.outputFileName() or "PDF"
    return printer.printerName() or "?"


def paint_to(printer: QPrinter, prepared: PreparedLabels, store_calibration: object) -> None:
    """Paint every label page on `printer`; raises DomainError when the printer refuses."""
    painter = QPainter()
    if not painter.begin(printer):
        raise DomainError(QCoreApplication.translate("LabelPrinting", "The printer '{name}' could not start printing.").format(name=printer_name(printer)),
                          hint=QCoreApplication.translate("LabelPrinting", "Check that it is switched on, has paper and is not paused; nothing was "
                                   "marked as printed."))
    try:
        paint_plan(painter, printer.resolution(), prepared.plan, printer.newPage, store_calibration)  # type: ignore[arg-type]
    finally:
        painter.end()
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise DomainError(QCoreApplication.translate("LabelPrinting", "The printer '{name}' reported an error.").format(name=printer_name(printer)),
                          hint=QCoreApplication.translate("LabelPrinting", "Check the printer; nothing was marked as printed."))


def print_to(page: LabelsPage, printer: QPrinter, prepared: PreparedLabels | None = None) -> PrintResult | None:
    """Print the page's labels on `printer` and log it; shows the error and returns None on failure."""
    ctx = page.ctx
    try:
        prepared = prepared or page.prepare_current()
        calibration = get_calibration(ctx.store, printer_name(printer))
        paint_to(printer, prepared, calibration)
    except OcopError as exc:
        show_error(as_widget(page), exc, QCoreApplication.translate("LabelPrinting", "Printing failed"))
        return None
    result = log_printed(page, prepared, printer)
    if result is None:
        return None
    page.announce_printed(QCoreApplication.translate("LabelPrinting", "Sent {n} label(s) to {printer}.").format(n=result.labels, printer=result.destination))
    return result


def log_printed(page: LabelsPage, prepared: PreparedLabels, printer: QPrinter) -> PrintResult | None:
    """Log labels that reached the printer, through the window's one write path: with the database out of
    reach the log is kept for a retry (the lots would otherwise show as never printed)."""
    ctx, request, destination = page.ctx, page.request(), printer_name(printer)
    saved = run_action(ctx, QCoreApplication.translate("LabelPrinting", "Labels printed on {printer}").format(
                           printer=destination),
                       lambda: log_labels(ctx.store, ctx.actor, request.event_id, prepared, destination, request.copies),
                       parent=as_widget(page), notify=Change.LABELS,
                       on_error=lambda exc: show_error(as_widget(page), exc,
                                                       QCoreApplication.translate("LabelPrinting", "Printing failed")))
    return saved.value if isinstance(saved, Saved) else None


def as_widget(page: LabelsPage) -> QWidget | None:
    """The page as the parent of its dialogs (it is a QWidget; the Protocol cannot say so)."""
    return page if isinstance(page, QWidget) else None


def preview_and_print(page: LabelsPage) -> None:
    """The system print dialog with a preview of the exact pages; logs the print when it went out."""
    try:
        prepared = page.prepare_current()
    except OcopError as exc:
        show_error(as_widget(page), exc)
        return
    printer = make_printer(prepared.template)
    dialog = QPrintPreviewDialog(printer, as_widget(page))
    dialog.setWindowTitle(QCoreApplication.translate("LabelPrinting", "Print labels"))
    dialog.resize(1000, 760)
    errors: list[OcopError] = []

    def paint(target: QPrinter) -> None:
        try:
            paint_to(target, prepared, get_calibration(page.ctx.store, printer_name(target)))
        except OcopError as exc:
            errors.append(exc)

    dialog.paintRequested.connect(paint)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    if errors:
        show_error(as_widget(page), errors[-1], QCoreApplication.translate("LabelPrinting", "Printing failed"))
        return
    result = log_printed(page, prepared, printer)
    if result is None:
        return
    page.announce_printed(QCoreApplication.translate("LabelPrinting", "Sent {n} label(s) to {printer}.").format(n=result.labels, printer=result.destination))
