"""Columns that stay readable: each sized once from its content (within bounds), one column (the name) taking
the width left over but never less than its minimum, and a width the user drags kept for good (across
searches, refreshes and restarts)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QHeaderView, QTableView

SIZED_FROM_ROWS = 60  # like the header's own resizeContentsPrecision: big tables stay fast


class ReadableColumns(QObject):
    """Installs itself on `view`; `settings_key` (in `settings`) keeps the widths the user sets."""

    def __init__(self, view: QTableView, stretch: int, *, stretch_minimum: int = 220, widest: int = 320,
                 settings: QSettings | None = None, settings_key: str = "") -> None:
        super().__init__(view)
        self.view, self.stretch, self.stretch_minimum, self.widest = view, stretch, stretch_minimum, widest
        self.settings, self.key = settings, settings_key
        self.user_widths: dict[int, int] = self._load()
        self.sized = False
        self._placing = False
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._resized)
        view.viewport().installEventFilter(self)
        model = view.model()
        model.modelReset.connect(self.fit)
        model.layoutChanged.connect(self.fit)
        model.rowsInserted.connect(self.fit)

    def _load(self) -> dict[int, int]:
        if self.settings is None or not self.key:
            return {}
        raw = str(self.settings.value(self.key, "") or "")
        widths = {}
        for part in raw.split(","):
            section, _, width = part.partition(":")
            if section.isdigit() and width.isdigit():
                widths[int(section)] = int(width)
        return widths

    def _save(self) -> None:
        if self.settings is not None and self.key:
            self.settings.setValue(self.key, ",".join(f"{s}:{w}" for s, w in sorted(self.user_widths.items())))

    def _resized(self, section: int, _old: int, new: int) -> None:
        if self._placing:
            return
        self.user_widths[section] = new  # dragged by the user: kept from now on
        self._save()
        if section != self.stretch:
            self._fill()

    def fit(self) -> None:
        """Size the columns from the first rows once data is there; afterwards only refill the name column."""
        if not self.sized and self.view.model().rowCount() > 0:
            self.sized = True
            self._placing = True
            try:
                header = self.view.horizontalHeader()
                for section in range(header.count()):
                    if section == self.stretch:
                        continue
                    if section in self.user_widths:
                        header.resizeSection(section, self.user_widths[section])
                    else:
                        wanted = max(self.view.sizeHintForColumn(section), header.sectionSizeHint(section))
                        header.resizeSection(section, min(wanted, self.widest))
            finally:
                self._placing = False
        self._fill()

    def _fill(self) -> None:
        """The name column takes what the others leave, at least its minimum (then the table scrolls)."""
        header = self.view.horizontalHeader()
        if self.stretch in self.user_widths:
            width = self.user_widths[self.stretch]
        else:
            others = sum(header.sectionSize(s) for s in range(header.count())
                         if s != self.stretch and not header.isSectionHidden(s))
            width = max(self.stretch_minimum, self.view.viewport().width() - others)
        if header.sectionSize(self.stretch) != width:
            self._placing = True
            try:
                header.resizeSection(self.stretch, width)
            finally:
                self._placing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self._fill()
        return False
