"""Figures at a glance, used by pages whose full tools arrive with later features."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from ocop_desk.formatting import fmt_int
from ocop_desk.overview import event_counts
from ui.context import AppContext
from ui.pages.base import Page, page_header


class FigureTile(QLabel):
    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setObjectName("figureTile")
        self.caption = caption
        self.set_value("—")

    def set_value(self, value: str) -> None:
        self.setText(f"<div style='font-size:26pt;font-weight:600'>{value}</div><div>{self.caption}</div>")


class OverviewPage(Page):
    """Counts for the event; `title` and `subtitle` are given already translated."""

    object_name = "overviewPage"

    def __init__(self, ctx: AppContext, title: str, subtitle: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._title = title
        layout = QVBoxLayout(self)
        layout.addWidget(page_header(title, subtitle))
        grid = QGridLayout()
        self.tiles = {
            "booths": FigureTile(self.tr("Booths")),
            "producers": FigureTile(self.tr("Producers")),
            "products": FigureTile(self.tr("Products")),
            "lots": FigureTile(self.tr("Lots")),
            "live_sessions": FigureTile(self.tr("Live sessions")),
        }
        for i, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, i // 3, i % 3)
        layout.addLayout(grid)
        layout.addStretch(1)

    def title(self) -> str:
        return self._title

    def refresh(self) -> None:
        if self.ctx.event is None:
            for tile in self.tiles.values():
                tile.set_value("—")
            return
        counts = event_counts(self.ctx.store, self.ctx.event.id)
        for key, tile in self.tiles.items():
            tile.set_value(fmt_int(getattr(counts, key)))


def labels_page(ctx: AppContext) -> OverviewPage:
    page = OverviewPage(ctx, QCoreApplication.translate("Pages", "Labels"),
                        QCoreApplication.translate("Pages", "QR traceability labels for the lots booths bring."))
    page.setObjectName("labelsPage")
    return page


def live_page(ctx: AppContext) -> OverviewPage:
    page = OverviewPage(ctx, QCoreApplication.translate("Pages", "Livestream"),
                        QCoreApplication.translate("Pages", "Live selling sessions and their tallies."))
    page.setObjectName("livePage")
    return page


def summary_page(ctx: AppContext) -> OverviewPage:
    page = OverviewPage(ctx, QCoreApplication.translate("Pages", "Summary"),
                        QCoreApplication.translate("Pages", "Where the fair stands."))
    page.setObjectName("summaryPage")
    return page
