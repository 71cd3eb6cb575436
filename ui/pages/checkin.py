"""Check-in: the event's booths (the desk itself arrives with the check-in feature)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ocop_desk.overview import BoothRow, list_booths
from ui.context import AppContext
from ui.pages.base import Page, page_header
from ui.table_model import Column, RecordTableModel
from ui.widgets import make_table


class CheckinPage(Page):
    object_name = "checkinPage"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.header = page_header(self.title())
        layout.addWidget(self.header)
        self.model: RecordTableModel[BoothRow] = RecordTableModel(
            [
                Column(self.tr("Booth"), lambda r: r.code),
                Column(self.tr("Producer"), lambda r: r.producer),
                Column(self.tr("Zone"), lambda r: r.zone),
                Column(self.tr("Phone"), lambda r: r.phone),
            ],
            self,
        )
        self.table = make_table(self.model, self, stretch_column=1)
        layout.addWidget(self.table, 1)

    def title(self) -> str:
        return self.tr("Check-in")

    def refresh(self) -> None:
        rows = list_booths(self.ctx.store, self.ctx.event.id) if self.ctx.event else []
        self.model.set_records(rows)
        self.header.subtitle.setText(self.tr("%n booth(s) registered for this fair.", "", len(rows)))  # type: ignore[attr-defined]
        self.header.subtitle.setVisible(True)  # type: ignore[attr-defined]
