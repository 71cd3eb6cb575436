"""Help ▸ Keyboard shortcuts lists the keys the window really defines; Help ▸ Getting started; the empty
database's welcome screen offers the registration import."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton

from ui.shell import help as help_mod


def all_keys(window: Any) -> set[str]:
    keys = {r.keys for r in help_mod.window_shortcuts(window)}
    return {k.strip() for joined in keys for k in joined.split(",")}


def test_every_key_the_desk_the_tally_and_the_labels_define_is_listed(window: Any) -> None:
    rows = help_mod.window_shortcuts(window)
    keys = all_keys(window)
    for expected in ("Ctrl+Z", "Ctrl+Return", "Ctrl+S", "Ctrl+P", "Ctrl+Shift+V", "Ctrl+Shift+N", "Ctrl+E",
                     "Ctrl+I", "Ctrl+1", "Ctrl+5", "F1", "Enter", "Esc"):
        assert QKeySequence(expected).toString(QKeySequence.SequenceFormat.NativeText) in keys or expected in keys
    # Read from the code: every action with a key on a page or in a menu is there, with its words.
    defined = {(help_mod.action_text(a), help_mod.key_text(a)) for page in window.pages.values()
               for a in page.actions() if help_mod.key_text(a)}
    assert defined <= {(r.action, r.keys) for r in rows}
    assert all(r.action and r.keys and "&" not in r.action.replace(" & ", "") for r in rows)
    assert {r.area for r in rows} >= {"Check-in", "Labels", "Livestream", "File"}


def test_a_new_key_appears_without_editing_the_help(window: Any) -> None:
    page = window.page("summary")
    action = QAction("Refresh the figures", page)
    action.setShortcut(QKeySequence("Ctrl+Shift+R"))
    page.addAction(action)
    assert help_mod.ShortcutRow("Summary", "Refresh the figures", "Ctrl+Shift+R") in help_mod.window_shortcuts(window)


@pytest.mark.parametrize("name", ["shortcutsAction", "gettingStartedAction"])
def test_the_help_menu_opens_both_pages(window: Any, qtbot: Any, name: str) -> None:
    action = window.findChild(QAction, name)
    assert action in window.help_menu.actions()
    action.trigger()
    dialog = window.help_dialog
    assert dialog.isVisible()
    if name == "shortcutsAction":
        assert dialog.tree.topLevelItemCount() >= 5
    else:
        text = dialog.text.toPlainText()
        assert all(word in text for word in ("Import", "Check", "Labels", "Livestream", "Export to Excel"))
    dialog.reject()


def test_getting_started_in_vietnamese(qapp: Any) -> None:
    from ui.shell.app import install_language

    install_language(qapp, "vi")
    try:
        html = help_mod.getting_started_html()
    finally:
        install_language(qapp, "en")
    assert "Nhập danh sách đăng ký" in html and "Import" not in html.replace("Nhập", "")


def test_the_welcome_screen_offers_the_import(window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[bool] = []
    monkeypatch.setattr(window, "open_import", lambda: opened.append(True))
    button = window.welcome.findChild(QPushButton, "welcomeImportButton")
    assert button is not None and "Import" in button.text()
    button.click()
    assert opened == [True]
