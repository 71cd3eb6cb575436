"""Help ▸ Keyboard shortcuts and Help ▸ Getting started.

The shortcuts are read from the window itself (its menus' actions and every page's actions), so the
list cannot drift from the keys the code defines; only the keys that widgets handle by themselves (the
scan box, the tally tiles) are written out here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class ShortcutRow:
    area: str
    action: str
    keys: str


def key_text(action: QAction) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty())


def action_text(action: QAction) -> str:
    """"&Export to Excel…\tCtrl+E" → "Export to Excel…" ("&&" is a real "&")."""
    text = action.text().split("\t")[0]
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _menu_rows(menu: QMenu, area: str) -> list[ShortcutRow]:
    rows = []
    for action in menu.actions():
        if action.menu() is not None:
            rows += _menu_rows(action.menu(), area)  # type: ignore[arg-type]
        elif key_text(action) and action_text(action):
            rows.append(ShortcutRow(area, action_text(action), key_text(action)))
    return rows


def typed_keys() -> list[ShortcutRow]:
    """Keys the scan box and the tally tiles read themselves (no QAction holds them)."""
    desk, tally = QCoreApplication.translate("Help", "Check-in: the scan box"), QCoreApplication.translate("Help", "Livestream: the tally tiles")
    return [
        ShortcutRow(desk, QCoreApplication.translate("Help", "Check in the typed or scanned code"), "Enter"),
        ShortcutRow(desk, QCoreApplication.translate("Help", "Move through the search results"), "↑, ↓"),
        ShortcutRow(desk, QCoreApplication.translate("Help", "Clear the box"), "Esc"),
        ShortcutRow(tally, QCoreApplication.translate("Help", "Choose a tile by its number, then count with + or −"), "1…9, +, −"),
        ShortcutRow(tally, QCoreApplication.translate("Help", "Record the count typed"), "Enter"),
        ShortcutRow(tally, QCoreApplication.translate("Help", "Forget the number typed"), "Esc"),
        ShortcutRow(tally, QCoreApplication.translate("Help", "Take back the last digit"), "Backspace"),
    ]


def window_shortcuts(window: Any) -> list[ShortcutRow]:
    """Every key the window's menus and pages define (builds the pages not shown yet)."""
    rows: list[ShortcutRow] = []
    for menu_action in window.menuBar().actions():
        if menu_action.menu() is not None:
            rows += _menu_rows(menu_action.menu(), action_text(menu_action))
    for index in range(window.nav.count()):  # the sidebar: each page's key and title, in order
        item = window.nav.item(index)
        page = window.page(item.data(Qt.ItemDataRole.UserRole))
        title = item.text()
        rows += [ShortcutRow(title, action_text(a), key_text(a)) for a in page.actions()
                 if key_text(a) and action_text(a)]
    rows += typed_keys()
    seen: set[tuple[str, str]] = set()
    unique: list[ShortcutRow] = []
    for row in rows:
        if (row.action, row.keys) not in seen:
            seen.add((row.action, row.keys))
            unique.append(row)
    return unique


def framed(dialog: QDialog, name: str, title: str, body: QWidget, size: tuple[int, int]) -> None:
    """A help dialog: its one widget and a Close button."""
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    layout.addWidget(body)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(*size)


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[ShortcutRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutsTree")
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        groups: dict[str, QTreeWidgetItem] = {}
        for row in rows:
            if row.area not in groups:
                group = QTreeWidgetItem(self.tree, [row.area])
                group.setFirstColumnSpanned(True)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                groups[row.area] = group
            QTreeWidgetItem(groups[row.area], [row.action, row.keys])
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        framed(self, "shortcutsDialog", self.tr("Keyboard shortcuts"), self.tree, (560, 520))


def getting_started_html() -> str:
    sections = [
        (QCoreApplication.translate("Help", "1. Import the registration list"),
         QCoreApplication.translate("Help", "File ▸ Import registration… reads the organisers' list (an Excel .xlsx or a CSV file): producers, "
             "products and booths. It shows what it will add and any row it cannot read before it writes "
             "anything. File ▸ Save a blank registration template… gives a list to fill in.")),
        (QCoreApplication.translate("Help", "2. Check booths in"),
         QCoreApplication.translate("Help", "On Check-in, scan the booth card's QR code or type the booth code and press Enter. The board "
             "shows who is present; Ctrl+Z undoes the last check-in; Ctrl+Enter opens a booth's details "
             "(lots, left early, absent).")),
        (QCoreApplication.translate("Help", "3. Lots and labels"),
         QCoreApplication.translate("Help", "In a booth's details, record the lots it brought (product, quantity, production and expiry "
             "dates). On Labels, choose the lots and the label template, then Save PDF… (Ctrl+S) or "
             "Print… (Ctrl+P). File ▸ Write traceability site… makes the pages the QR codes open.")),
        (QCoreApplication.translate("Help", "4. Live tally"),
         QCoreApplication.translate("Help", "On Livestream, start a session, then count sales as the hosts sell: click a tile or type its "
             "number, + or −, Enter. Record the platform's figures (viewers, orders, GMV) with Ctrl+Shift+V.")),
        (QCoreApplication.translate("Help", "5. Export"),
         QCoreApplication.translate("Help", "File ▸ Export to Excel… (Ctrl+E) writes the day's or the whole fair's workbook: the summary "
             "with charts, booths, products, check-ins, live sessions and the audit log, ready to print.")),
    ]
    body = "".join(f"<h3>{title}</h3><p>{text}</p>" for title, text in sections)
    heading = QCoreApplication.translate("Help", "Getting started with OCOP Desk")
    return f"<h2>{heading}</h2>{body}"


class GettingStartedDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QTextBrowser()
        self.text.setObjectName("gettingStartedText")
        self.text.setHtml(getting_started_html())
        framed(self, "gettingStartedDialog", self.tr("Getting started"), self.text, (620, 540))


def add_help_actions(window: Any) -> None:
    """Help ▸ Getting started (F1) and Help ▸ Keyboard shortcuts, before About."""
    first = window.help_menu.actions()[0] if window.help_menu.actions() else None
    start = QAction(QCoreApplication.translate("Help", "&Getting started"), window)
    start.setObjectName("gettingStartedAction")
    start.setShortcut(QKeySequence.StandardKey.HelpContents)
    start.triggered.connect(lambda: _show(window, GettingStartedDialog(window)))
    keys = QAction(QCoreApplication.translate("Help", "&Keyboard shortcuts"), window)
    keys.setObjectName("shortcutsAction")
    keys.setShortcut(QKeySequence("Ctrl+/"))
    keys.triggered.connect(lambda: _show(window, ShortcutsDialog(window_shortcuts(window), window)))
    window.help_menu.insertActions(first, [start, keys])
    if first is not None:
        window.help_menu.insertSeparator(first)


def _show(window: Any, dialog: QDialog) -> None:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.help_dialog = dialog
    dialog.open()
