"""File ▸ Import registration…: choose the organisers' file, see what will change (and every problem), import.

Also File ▸ Save a blank registration template….
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ocop_desk.core.errors import OcopError
from ocop_desk.registration import importer
from ocop_desk.registration.importer import ImportReport
from ui.common.context import AppContext, Change
from ui.common.errors import show_error
from ui.common.file_dialogs import open_file_name, save_file_name
from ui.common.saved_message import show_saved
from ui.common.screen_fit import resize_within_screen
from ui.common.tasks import Task, run_in_background

STYLE = """
#importSummary { font-size: 11.5pt; }
#importProblems { background: #fff5f5; border: 1px solid #e3a3a3; color: #8e1c1a; }
#importStatus { font-weight: 600; }
"""


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, path: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setStyleSheet(STYLE)
        self.ctx = ctx
        self.report: ImportReport | None = None
        self.task: Task[Any] | None = None
        self.setWindowTitle(self.tr("Import registration"))
        resize_within_screen(self, 820, 600)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # sizes stay put as the preview fills
        self.setMinimumSize(640, 480)
        intro = QLabel(self.tr("Load the organisers' registration list (.xlsx, .xls, .ods or .csv): producers, "
                               "products and booths. You see what will change before anything is written."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(self.tr("Registration file…"))
        self.path_edit.returnPressed.connect(self.start_preview)
        row.addWidget(self.path_edit, 1)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_file)
        row.addWidget(choose)
        layout.addLayout(row)

        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        self.counts = QTableWidget(3, 3)
        self.counts.setObjectName("importCounts")
        self.counts.setHorizontalHeaderLabels([self.tr("Added"), self.tr("Updated"), self.tr("Unchanged")])
        self.counts.setVerticalHeaderLabels([self.tr("Producers"), self.tr("Products"), self.tr("Booths")])
        self.counts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.counts.setMaximumHeight(130)
        self.counts.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # figures to read: Tab must not get lost in its cells
        self.counts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.counts)
        self.problems_label = QLabel()
        layout.addWidget(self.problems_label)
        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        self.problems.setWordWrap(True)
        layout.addWidget(self.problems, 1)
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._show(None)
        if path:
            self.path_edit.setText(path)
            self.start_preview()

    def choose_file(self) -> None:
        path, _ = open_file_name(self, self.tr("Registration file"), "",
                                 self.tr("Registration files (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)"), kind="registration")
        if path:
            self.path_edit.setText(path)
            self.start_preview()

    def _event_id(self) -> int | None:
        return self.ctx.current_event.id if self.ctx.current_event else None

    def start_preview(self) -> None:
        path = self.path_edit.text().strip()
        if not path:
            return
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Reading %1…").replace("%1", Path(path).name))
        store, event_id = self.ctx.store, self._event_id()
        self.task = run_in_background(self, lambda _p: importer.preview(store, path, event_id),
                                      on_done=self._show, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText("")
        if isinstance(exc, OcopError):
            self._show(None)
            self.status.setText(exc.message + (f" {exc.hint}" if exc.hint else ""))
            return
        raise exc

    def _show(self, report: ImportReport | None) -> None:
        self.report = report
        self.problems.clear()
        for r in range(3):
            for c in range(3):
                self.counts.setItem(r, c, QTableWidgetItem(""))
        if report is None:
            self.summary.setText(self.tr("Choose a file to see what it holds."))
            self.problems_label.setText("")
            self.problems.setVisible(False)  # no empty red box before there is anything to say
            self.status.setText("")
            return
        lines = []
        if report.event_created:
            lines.append(self.tr("There is no current event: a new one, <b>%1</b>, will be created for today.")
                         .replace("%1", report.event_name))
        else:
            lines.append(self.tr("Into the event <b>%1</b>.").replace("%1", report.event_name))
        for sheet in report.sheets:
            used = ", ".join(h for h, _ in sheet.used)
            text = self.tr("Sheet <b>%1</b>: headers on row %2, %3 data rows. Columns used: %4.").replace(
                "%1", sheet.name).replace("%2", str(sheet.header_row)).replace("%3", str(sheet.rows)).replace(
                "%4", used)
            if sheet.ignored:
                text += " " + self.tr("Ignored: %1.").replace("%1", ", ".join(sheet.ignored))
            lines.append(text)
        for name in report.ignored_sheets:
            lines.append(self.tr("Sheet %1 ignored (no registration headers).").replace("%1", name))
        self.summary.setText("<br>".join(lines))
        for r, counts in enumerate((report.producers, report.products, report.booths)):
            for c, value in enumerate((counts.added, counts.updated, counts.unchanged)):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.counts.setItem(r, c, item)
        for problem in report.problems:
            self.problems.addItem(str(problem))
        self.problems.setVisible(bool(report.problems))
        if report.problems:
            self.problems_label.setText(self.tr("%n problem(s): correct them in the file and choose it again. "
                                                "Nothing will be written while any row is bad.", "",
                                                len(report.problems)))
            self.status.setText("")
        else:
            self.problems_label.setText("")
            self.status.setText(self.tr("Ready to import.") if not report.written else "")
        self.import_button.setEnabled(report.ok and not report.written)
        if report.ok and not report.written:  # read the preview, press Enter: imported
            self.import_button.setDefault(True)
            self.import_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def start_import(self) -> None:
        path = self.path_edit.text().strip()
        if not path or self.report is None or not self.report.ok:
            return
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Importing…"))
        store, actor, event_id = self.ctx.store, self.ctx.actor, self._event_id()
        self.task = run_in_background(self, lambda _p: importer.import_registration(store, actor, path, event_id),
                                      on_done=self._imported, on_error=self._import_failed)

    def _import_failed(self, exc: BaseException) -> None:
        if isinstance(exc, OcopError):
            self.status.setText("")
            show_error(self, exc)
            self.start_preview()
            return
        raise exc

    def _imported(self, report: ImportReport) -> None:
        self._show(report)
        self.status.setText(self.tr("Imported: %1 products added, %2 updated, %3 unchanged.").replace(
            "%1", str(report.products.added)).replace("%2", str(report.products.updated)).replace(
            "%3", str(report.products.unchanged)))
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ctx.changed(Change.EVENTS if report.event_created else Change.IMPORT)


def open_import(window: Any) -> ImportDialog:
    dialog = ImportDialog(window.ctx, window)
    dialog.open()
    return dialog


def save_template(window: Any) -> None:
    from ocop_desk.registration.template import write_template

    caption = QCoreApplication.translate("ImportDialog", "Save a blank registration template")
    path, _ = save_file_name(window, caption, "dang-ky-cho-phien-ocop.xlsx", "Excel (*.xlsx)", kind="registration")
    if not path:
        return
    try:
        written = write_template(path)
    except OcopError as exc:
        show_error(window, exc)
        return
    message = QCoreApplication.translate("ImportDialog", "Saved the registration template %1.")
    window.statusBar().showMessage(message.replace("%1", str(written)), 8000)
    window.saved_message = show_saved(window, message.replace("%1", str(written)), written)
