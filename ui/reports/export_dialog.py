"""File ▸ Export…: choose the day or the whole event and a file, then write the workbook off the GUI thread."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ocop_desk.core.errors import OcopError
from ocop_desk.core.formatting import fmt_date, fmt_int
from ocop_desk.core.textnorm import fold
from ocop_desk.fair.events import EventInfo
from ui.common.context import AppContext
from ui.common.errors import show_error
from ui.common.file_dialogs import last_folder, remember_folder, save_file_name
from ui.common.saved_message import show_saved
from ui.common.tasks import Cancelled, Progress, Task, run_in_background

KIND = "workbook"  # the save dialogs' "last folder" for workbooks


def default_name(event: EventInfo, day: dt.date | None) -> str:
    """tong-hop_cho-phien-ocop-hai-phong_2026-10-14.xlsx: accent-free, safe on every file system."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(event.name)).strip("-")[:40] or "ocop"
    return f"tong-hop_{slug}_{day.isoformat() if day else 'ca-su-kien'}.xlsx"


class ExportDialog(QDialog):
    def __init__(self, ctx: AppContext, whole_event: bool, parent: QWidget | None = None,
                 path: str | None = None) -> None:
        """`path`: the path typed before (kept after a failed export), instead of a suggested name."""
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export to Excel"))
        self.ctx = ctx
        assert ctx.current_event is not None
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        intro = QLabel(self.tr("One workbook with the summary and charts, booths, products, check-ins, "
                               "live sessions, live tallies and the audit log."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        day = ctx.day or ctx.current_event.days[0]
        self.day_radio = QRadioButton(self.tr("The day %1").replace("%1", fmt_date(day)))
        self.day_radio.setObjectName("exportDay")
        self.event_radio = QRadioButton(self.tr("The whole event (%1 – %2)").replace(
            "%1", fmt_date(ctx.current_event.starts_on)).replace("%2", fmt_date(ctx.current_event.ends_on)))
        self.event_radio.setObjectName("exportEvent")
        (self.event_radio if whole_event else self.day_radio).setChecked(True)
        layout.addWidget(self.day_radio)
        layout.addWidget(self.event_radio)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        row.addWidget(self.path, 1)
        browse = QPushButton(self.tr("Choose…"))
        browse.setObjectName("exportBrowse")
        browse.clicked.connect(self.browse)
        row.addWidget(browse)
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("Save as:")))
        layout.addLayout(row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.day = day
        self._folder = Path(last_folder(KIND))
        self._touched = bool(path)
        if path:
            self.path.setText(path)
        self._confirmed = ""
        self.path.textEdited.connect(lambda _: setattr(self, "_touched", True))
        self.day_radio.toggled.connect(lambda _: self._suggest())
        self._suggest()
        self.path.textChanged.connect(self._validate)
        self._validate()
        self.setMinimumWidth(560)

    def _suggest(self) -> None:
        if not self._touched:
            assert self.ctx.current_event is not None
            self.path.setText(str(self._folder / default_name(self.ctx.current_event, self.chosen_day())))

    def _validate(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.path.text().strip()))

    def chosen_day(self) -> dt.date | None:
        return None if self.event_radio.isChecked() else self.day

    def browse(self) -> None:
        name, _ = save_file_name(self, self.tr("Export to Excel"), self.path.text(),
                                 self.tr("Excel workbook (*.xlsx)"), kind=KIND)
        if name:
            if not name.lower().endswith(".xlsx"):
                name += ".xlsx"
            self.path.setText(name)
            self._touched = True
            self._confirmed = str(self.target())

    def target(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    def accept(self) -> None:
        """Ask before replacing a workbook (the file dialog asks by itself; a typed path does not)."""
        target = self.target()
        if not target.parent.is_dir():
            QMessageBox.warning(self, self.tr("Export to Excel"), self.tr(
                "The folder %1 does not exist. Choose another folder or correct the path.").replace(
                "%1", str(target.parent)))
            self.path.setFocus()
            return
        if target.exists() and str(target) != self._confirmed:
            answer = QMessageBox.question(
                self, self.tr("Export to Excel"),
                self.tr("%1 already exists. Replace it?").replace("%1", str(target)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().accept()


class ExportRun:
    """The progress dialog of one export; Cancel stops the work and leaves any old file as it was."""

    def __init__(self, parent: QWidget, ctx: AppContext, target: Path, day: dt.date | None,
                 typed: str = "") -> None:
        from ocop_desk.reports.export import export_workbook

        assert ctx.current_event is not None
        self.parent, self.target, self.ctx, self.day, self.typed = parent, target, ctx, day, typed
        self.active = True
        self.dialog = QProgressDialog(parent)
        self.dialog.setObjectName("exportProgress")
        self.dialog.setWindowTitle(QCoreApplication.translate("ExportDialog", "Export to Excel"))
        self.dialog.setLabelText(
            QCoreApplication.translate("ExportDialog", "Writing %1…").replace("%1", target.name))
        self.dialog.setCancelButtonText(QCoreApplication.translate("ExportDialog", "Cancel"))
        # Not modal: a modal QProgressDialog runs processEvents() inside setValue (re-entrancy), and the
        # window may keep working while the export reads its own consistent snapshot.
        self.dialog.setWindowModality(Qt.WindowModality.NonModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setRange(0, 0)
        self.dialog.setMinimumWidth(420)
        self.dialog.canceled.connect(self.cancel)
        event_id, store = ctx.current_event.id, ctx.store

        def work(progress: Progress) -> object:
            return export_workbook(store, event_id, target, day=day, progress=progress)

        self.task: Task = run_in_background(parent, work, on_done=self._done, on_error=self._failed,
                                            on_progress=self._progress)
        self.dialog.show()

    def cancel(self) -> None:
        self.task.cancel()
        self.dialog.setLabelText(QCoreApplication.translate("ExportDialog", "Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        if not self.active:
            return
        if self.dialog.maximum() != total:
            self.dialog.setRange(0, total)
        self.dialog.setValue(done)

    def _close(self) -> None:
        self.active = False
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()

    def _done(self, result: object) -> None:
        self._close()
        cells = getattr(result, "cells", 0)
        message = QCoreApplication.translate("ExportDialog", "Saved %1 (%2 cells).")
        message = message.replace("%1", str(self.target)).replace("%2", fmt_int(cells))
        status = getattr(self.parent.window(), "statusBar", None)
        if callable(status):
            status().showMessage(message, 10000)
        self.finished_message = message
        self.saved_message = show_saved(self.parent, QCoreApplication.translate(
            "ExportDialog", "The workbook is saved."), self.target,
            QCoreApplication.translate("ExportDialog", "Workbook saved"))

    def _failed(self, exc: BaseException) -> None:
        self._close()
        if isinstance(exc, Cancelled):
            message = QCoreApplication.translate(
                "ExportDialog", "Export cancelled; any existing file was left as it was.")
            status = getattr(self.parent.window(), "statusBar", None)
            if callable(status):
                status().showMessage(message, 10000)
            self.finished_message = message
            return
        if isinstance(exc, OcopError):
            self.finished_message = exc.message
            show_error(self.parent, exc, title=QCoreApplication.translate("ExportDialog", "Export to Excel"))
            # Back to the dialog with what was typed, to correct the path or choose another folder.
            QTimer.singleShot(0, lambda: start_export(self.parent, self.ctx, whole_event=self.day is None,
                                                      path=self.typed or str(self.target)))
            return
        raise exc



def start_export(parent: QWidget, ctx: AppContext, *, whole_event: bool = False,
                 path: str | None = None) -> ExportRun | None:
    """Ask what and where, then run the export with a progress dialog. Returns the run (tests wait on it)."""
    if ctx.current_event is None:
        QMessageBox.information(parent, QCoreApplication.translate("ExportDialog", "Export to Excel"),
                                QCoreApplication.translate("ExportDialog", "Choose or create a fair first."))
        return None
    window = parent.window()
    running: ExportRun | None = getattr(window, "_export_run", None)
    if running is not None and running.active:
        if QGuiApplication.platformName() != "offscreen":  # (offscreen cannot raise windows)
            running.dialog.raise_()
            running.dialog.activateWindow()
        return running
    dialog = ExportDialog(ctx, whole_event, parent, path)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    target = dialog.target()
    remember_folder(KIND, str(target))
    run = ExportRun(parent, ctx, target, dialog.chosen_day(), dialog.path.text().strip())
    window._export_run = run  # type: ignore[attr-defined]  # keep it alive until it finishes
    return run
