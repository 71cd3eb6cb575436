"""The shape every page shares: a title, refresh on show and when the selection or data changes."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ocop_desk.core.errors import StoreError
from ui.common.connection import PASSING_KINDS, connection_monitor
from ui.common.context import AppContext
from ui.common.tasks import LatestRead

T = TypeVar("T")


class Page(QWidget):
    """Subclasses set `object_name`, implement `title()` and `refresh()`; pages refresh only when visible."""

    object_name = "page"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.object_name)
        self.ctx = ctx
        self._stale = True
        ctx.selectionChanged.connect(self._mark_stale)
        ctx.dataChanged.connect(self._mark_stale)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what the page shows from the services."""

    def _mark_stale(self, *_: object) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh_now()

    def refresh_now(self) -> None:
        self._stale = False
        try:
            self.refresh()
        except StoreError as exc:
            self.read_failed(exc)

    def new_reads(self) -> LatestRead[T]:
        """Reads that may wait on a network database, run off the GUI thread (`reads.run(read, show)`);
        a newer read makes an older answer stale (dropped, never shown); failures go to `read_failed`."""
        return LatestRead(self, on_error=self.read_failed)

    def read_failed(self, exc: BaseException) -> None:
        """Database out of reach or busy: keep showing what was loaded, say so in the banner, reload when
        back. Anything else is a bug and is raised."""
        if not isinstance(exc, StoreError) or exc.kind not in PASSING_KINDS:
            raise exc
        self._stale = True
        if exc.kind == "unreachable":
            connection_monitor(self.ctx).lost(exc)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.refresh_now()


class PageHeader(QWidget):
    """A page's title, and a subtitle line that pages may change (`subtitle`)."""

    def __init__(self, text: str, subtitle: str = "") -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(2)
        title = QLabel(text)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.subtitle = QLabel(subtitle)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setVisible(bool(subtitle))
        layout.addWidget(self.subtitle)


def page_header(text: str, subtitle: str = "") -> PageHeader:
    return PageHeader(text, subtitle)


def empty_state(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("emptyState")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label
