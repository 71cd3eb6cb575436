"""File-menu actions of the label feature: the traceability website and the booth cards."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from ui.common.context import Change
from ui.common.file_dialogs import existing_directory, save_file_name
from ui.common.saved_message import show_saved


def add_label_actions(window: Any) -> None:
    """Insert the actions before `window.file_menu_end` (heavy modules load only when used)."""
    site = QAction(QCoreApplication.translate("LabelMenu", "Write traceability &site…"), window)
    site.setObjectName("writeSiteAction")
    site.triggered.connect(lambda: write_site(window))
    cards = QAction(QCoreApplication.translate("LabelMenu", "Print &booth cards (PDF)…"), window)
    cards.setObjectName("boothCardsAction")
    cards.triggered.connect(lambda: booth_cards(window))
    window.file_menu.insertAction(window.file_menu_end, site)
    window.file_menu.insertAction(window.file_menu_end, cards)
    window.write_site_action, window.booth_cards_action = site, cards


def write_site(window: Any, folder: str | None = None) -> None:
    from ocop_desk.core.errors import OcopError
    from ocop_desk.labels.site import SiteResult, build_site, hosting_notes
    from ui.common.errors import show_error
    from ui.common.tasks import run_in_background

    ctx = window.ctx
    if ctx.current_event is None:
        return
    if folder is None:
        folder = existing_directory(window, QCoreApplication.translate("LabelMenu", "Folder for the traceability site"),
                                    kind="site")
        if not folder:
            return
    event = ctx.current_event

    def done(result: SiteResult) -> None:
        address = event.resolver_base or QCoreApplication.translate("LabelMenu", "(no site address set yet: Labels page)")
        window.saved_message = show_saved(window, QCoreApplication.translate("LabelMenu",
            "{pages} pages for {lots} lots are in {folder}.\nCopy that folder to {address} so every label's QR "
            "code opens its page.").format(pages=result.pages, lots=result.lots, folder=result.root,
                                            address=address) + "".join("\n\n" + n for n in hosting_notes(result)),
            result.root, QCoreApplication.translate("LabelMenu", "Traceability site written"))

    def failed(exc: BaseException) -> None:
        if isinstance(exc, OcopError):
            show_error(window, exc)
        else:
            raise exc

    window._site_task = run_in_background(window, lambda _progress: build_site(ctx.store, folder, event.id),
                                          on_done=done, on_error=failed)


def booth_cards(window: Any, path: str | None = None) -> None:
    from ocop_desk.core.errors import OcopError
    from ocop_desk.labels.booth_cards import write_booth_cards
    from ui.common.errors import show_error

    ctx = window.ctx
    if ctx.current_event is None:
        return
    if path is None:
        path, _ = save_file_name(window, QCoreApplication.translate("LabelMenu", "Save booth cards as PDF"), "the-gian-hang.pdf",
                                 QCoreApplication.translate("LabelMenu", "PDF files (*.pdf)"), kind="labels")
        if not path:
            return
    try:
        written, count, _job = write_booth_cards(ctx.store, ctx.actor, path, ctx.current_event.id)
    except OcopError as exc:
        show_error(window, exc)
        return
    message = QCoreApplication.translate("LabelMenu", "Saved {n} booth card(s) to {path}.").format(n=count, path=written)
    window.statusBar().showMessage(message, 8000)
    window.saved_message = show_saved(window, message, written)
    ctx.changed(Change.LABELS)
