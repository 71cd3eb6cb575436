"""Label dialogs: the template editor (user templates saved in the database) and printer calibration."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ocop_desk.core.errors import DomainError, OcopError
from ocop_desk.labels.render import Calibration
from ocop_desk.labels.service import CALIBRATION, get_calibration, record_job, set_calibration
from ocop_desk.labels.templates import Template, delete_template, list_templates, save_template
from ui.common.connection import Refused, Saved, run_action
from ui.common.context import AppContext
from ui.common.errors import show_error
from ui.common.spin_boxes import MillimetreSpinBox

NUMBER_FIELDS = ("page_width", "page_height", "label_width", "label_height", "margin_left", "margin_top",
                 "gap_x", "gap_y", "padding")


class TemplatesDialog(QDialog):
    """Built-in templates can be looked at and copied; the user's own can be edited and deleted."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatesDialog")
        self.setWindowTitle(self.tr("Label templates"))
        self.ctx = ctx
        self.last_saved: str | None = None
        layout = QHBoxLayout(self)
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.list.setMinimumWidth(260)
        layout.addWidget(self.list)
        right = QVBoxLayout()
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("templateName")
        form.addRow(self.tr("Name"), self.name)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Sheet of labels (A4…)"), "sheet")
        self.kind.addItem(self.tr("Roll (one label per page)"), "roll")
        form.addRow(self.tr("Kind"), self.kind)
        labels = {
            "page_width": self.tr("Page width"), "page_height": self.tr("Page height"),
            "label_width": self.tr("Label width"), "label_height": self.tr("Label height"),
            "margin_left": self.tr("Left margin"), "margin_top": self.tr("Top margin"),
            "gap_x": self.tr("Gap between columns"), "gap_y": self.tr("Gap between rows"),
            "padding": self.tr("Inner margin"),
        }
        self.numbers: dict[str, QDoubleSpinBox] = {}
        for key in NUMBER_FIELDS:
            spin = MillimetreSpinBox(2)
            spin.setObjectName(f"template_{key}")
            spin.setRange(0, 2000)
            self.numbers[key] = spin
            form.addRow(labels[key], spin)
        self.columns = QSpinBox()
        self.columns.setRange(1, 50)
        self.rows = QSpinBox()
        self.rows.setRange(1, 50)
        form.addRow(self.tr("Columns"), self.columns)
        form.addRow(self.tr("Rows"), self.rows)
        right.addLayout(form)
        self.note = QLabel()
        self.note.setObjectName("templateNote")
        self.note.setWordWrap(True)
        right.addWidget(self.note)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy as new"))
        self.copy_button.clicked.connect(self.copy_as_new)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveTemplateButton")
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete)
        for b in (self.copy_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        right.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        right.addWidget(close)
        layout.addLayout(right, 1)
        self.list.currentItemChanged.connect(lambda item, _=None: self.show_template(item.data(Qt.ItemDataRole.UserRole)
                                                                                      if item else None))
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self.list.clear()
        for t in list_templates(self.ctx.store):
            item = QListWidgetItem(t.display_name() + ("" if t.builtin else " ✎"))
            item.setData(Qt.ItemDataRole.UserRole, t)
            self.list.addItem(item)
            if t.name == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)

    def show_template(self, t: Template | None) -> None:
        if t is None:
            return
        self.name.setText(t.name)
        self.kind.setCurrentIndex(0 if t.kind == "sheet" else 1)
        for key, spin in self.numbers.items():
            spin.setValue(getattr(t, key))
        self.columns.setValue(t.columns)
        self.rows.setValue(t.rows)
        editable = not t.builtin
        for widget in (self.name, self.kind, self.columns, self.rows, *self.numbers.values()):
            widget.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self.note.setText(self.tr("Built-in template: copy it to make your own.") if t.builtin else
                          self.tr("Your template, saved in this database for every station."))

    def spec(self) -> dict[str, object]:
        data: dict[str, object] = {key: spin.value() for key, spin in self.numbers.items()}
        data.update(name=self.name.text().strip(), title=self.name.text().strip(), kind=self.kind.currentData(),
                    columns=self.columns.value(), rows=self.rows.value())
        return data

    def copy_as_new(self) -> None:
        base = self.name.text().strip() or "template"
        for widget in (self.name, self.kind, self.columns, self.rows, *self.numbers.values()):
            widget.setEnabled(True)
        self.name.setText(self.tr("%1 (mine)").replace("%1", base))
        self.save_button.setEnabled(True)
        self.name.setFocus()

    def save(self) -> None:
        try:
            spec = self.spec()
        except OcopError as exc:
            show_error(self, exc, self.tr("Cannot save the template"))
            return
        store, actor = self.ctx.store, self.ctx.actor
        saved = run_action(self.ctx, self.tr("Save the label template '%1'").replace("%1", str(spec["name"])),
                           lambda: save_template(store, actor, spec), parent=self,
                           on_error=lambda exc: show_error(self, exc, self.tr("Cannot save the template")))
        if not isinstance(saved, Saved):
            return
        template = saved.value
        self.last_saved = template.name
        self.reload(select=template.name)

    def delete(self) -> None:
        item = self.list.currentItem()
        t: Template | None = item.data(Qt.ItemDataRole.UserRole) if item else None
        if t is None or t.builtin:
            return
        if QMessageBox.question(self, self.tr("Delete template"),
                                self.tr("Delete the template '%1'?").replace("%1", t.name)) != \
                QMessageBox.StandardButton.Yes:
            return
        store, actor, name = self.ctx.store, self.ctx.actor, t.name
        run_action(self.ctx, self.tr("Delete the label template '%1'").replace("%1", name),
                   lambda: delete_template(store, actor, name), parent=self, on_error=lambda exc: show_error(self, exc))
        self.reload()


class CalibrationDialog(QDialog):
    """Offset and scale per printer, remembered in the database, with a one-page calibration print."""

    def __init__(self, ctx: AppContext, template: Template, parent: QWidget | None = None) -> None:
        from PySide6.QtPrintSupport import QPrinterInfo

        super().__init__(parent)
        self.setObjectName("calibrationDialog")
        self.setWindowTitle(self.tr("Printer calibration"))
        self.ctx, self.template = ctx, template
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Print the calibration page on the label stock, measure where the + marks land "
                               "and how long the 100 mm rulers print, then correct here. Each printer "
                               "remembers its own correction."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.printer = QComboBox()
        self.printer.setObjectName("calibrationPrinter")
        self.printer.setEditable(True)
        names = QPrinterInfo.availablePrinterNames()
        self.printer.addItems(names or [QPrinterInfo.defaultPrinterName() or "PDF"])
        default = QPrinterInfo.defaultPrinterName()
        if default:
            self.printer.setCurrentText(default)
        form.addRow(self.tr("Printer"), self.printer)
        self.dx, self.dy = MillimetreSpinBox(1), MillimetreSpinBox(1)
        for spin, name in ((self.dx, "calibrationDx"), (self.dy, "calibrationDy")):
            spin.setObjectName(name)
            spin.setRange(-20, 20)
            spin.setSingleStep(0.1)
        form.addRow(self.tr("Move right by"), self.dx)
        form.addRow(self.tr("Move down by"), self.dy)
        self.scale = QDoubleSpinBox()
        self.scale.setObjectName("calibrationScale")
        self.scale.setRange(90, 110)
        self.scale.setDecimals(2)
        self.scale.setSingleStep(0.1)
        self.scale.setSuffix(" %")
        form.addRow(self.tr("Scale"), self.scale)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        test = buttons.addButton(self.tr("Print calibration page…"), QDialogButtonBox.ButtonRole.ActionRole)
        test.clicked.connect(self.print_page)
        buttons.addButton(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.printer.currentTextChanged.connect(self.load)
        self.load()
        self.setMinimumWidth(460)

    def load(self, *_: object) -> None:
        cal = get_calibration(self.ctx.store, self.printer.currentText())
        self.dx.setValue(cal.dx)
        self.dy.setValue(cal.dy)
        self.scale.setValue(cal.scale * 100)

    def calibration(self) -> Calibration:
        return Calibration(self.dx.value(), self.dy.value(), round(self.scale.value() / 100, 4))

    def save(self) -> bool:
        store, actor, printer, calibration = self.ctx.store, self.ctx.actor, self.printer.currentText(), self.calibration()
        saved = run_action(self.ctx, self.tr("Calibration of printer '%1'").replace("%1", printer),
                           lambda: set_calibration(store, actor, printer, calibration), parent=self,
                           on_error=lambda exc: show_error(self, exc))
        return not isinstance(saved, Refused)  # saved, or kept for a retry from the banner

    def print_page(self, printer: object = None) -> bool:
        """Print the calibration page with the current correction (on `printer`, or via the print dialog)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo

        from ocop_desk.labels.calibration import paint_calibration
        from ui.labels.printing import make_printer, printer_name

        if printer is None:
            printer = make_printer(self.template)
            if self.printer.currentText() in QPrinterInfo.availablePrinterNames():
                printer.setPrinterName(self.printer.currentText())
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return False
        assert isinstance(printer, QPrinter)
        painter = QPainter()
        try:
            if not painter.begin(printer):
                raise DomainError(self.tr("The printer '%1' could not start printing.").replace(
                    "%1", printer_name(printer)))
            paint_calibration(painter, printer.resolution(), self.template, self.calibration())
            painter.end()
            record_job(self.ctx.store, self.ctx.actor, self.ctx.current_event.id if self.ctx.current_event else None, CALIBRATION,
                       self.template.name, printer_name(printer), [])
        except OcopError as exc:
            if painter.isActive():
                painter.end()
            show_error(self, exc)
            return False
        return True
