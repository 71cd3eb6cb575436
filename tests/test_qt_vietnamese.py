"""No English in the Vietnamese UI from Qt's own dialogs (Qt ships no Vietnamese catalogue of its own):
the file dialog, the print preview and print dialog, message boxes, progress dialogs, context menus.

Two checks on each dialog as the app builds it, shown in Vietnamese: every lookup Qt makes for its own
strings while building and showing it is answered by our catalogue, and no text a user sees on it
(labels, buttons, toolbar actions and their tooltips, list headers, combo items) is one of those English
source strings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QSpinBox,
    QWidget,
)

pytestmark = pytest.mark.qt_log_ignore("QString::arg")

# Lookups that need no Vietnamese: key names (Ctrl, Alt read the same on a Vietnamese keyboard), a paper
# size, a layout flag, a percentage pattern.
NOT_WORDS = {"QShortcut", "QGuiApplication", "QPageSize", "QProgressBar"}
SAME_IN_VIETNAMESE = {"%1%", "A4", "PDF", "...", "Alt+Left", "Alt+Right", "Alt+Up"}


class LookupRecorder(QTranslator):
    """Installed last, so Qt asks it first: records what Qt looked up, then lets the real catalogue answer."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # type: ignore[override]
                  n: int = -1) -> str | None:
        if context.startswith("Q") and context not in NOT_WORDS:
            self.asked.add((context, source))
        return None  # a null string: "not mine", so Qt asks the next translator ("" would be the answer)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@pytest.fixture
def vietnamese(qapp: QApplication) -> Iterator[LookupRecorder]:
    from ui.shell.app import install_language

    install_language(qapp, "vi")
    recorder = LookupRecorder()
    qapp.installTranslator(recorder)
    try:
        yield recorder
    finally:
        qapp.removeTranslator(recorder)
        install_language(qapp, "en")


def untranslated(recorder: LookupRecorder) -> list[tuple[str, str]]:
    app = QCoreApplication.instance()
    assert app is not None
    app.removeTranslator(recorder)
    try:
        return sorted((ctx, src) for ctx, src in recorder.asked
                      if src.strip() and QCoreApplication.translate(ctx, src) == src and src not in SAME_IN_VIETNAMESE)
    finally:
        app.installTranslator(recorder)


def visible_texts(dialog: QWidget) -> set[str]:
    texts: set[str] = {dialog.windowTitle()}
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible():
            continue
        texts.add(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        if isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model():
            texts.update(header_texts(widget.model()))
    for action in dialog.findChildren(QAction):
        texts.update((action.text(), action.toolTip()))
    return {t.replace("&", "").strip() for t in texts if t and t.strip()}


def header_texts(model: QAbstractItemModel) -> set[str]:
    return {str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
            for c in range(model.columnCount())}


def check(qtbot: Any, recorder: LookupRecorder, build: Callable[[], QWidget]) -> None:
    dialog = build()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(200)  # the file dialog's model fills its header and list in a thread
    texts = visible_texts(dialog)
    sources = {src.replace("&", "").strip() for _ctx, src in recorder.asked}
    if isinstance(dialog, QDialog):
        dialog.reject()
    assert untranslated(recorder) == []
    assert sorted(texts & sources - SAME_IN_VIETNAMESE) == []


def test_the_file_dialog(qtbot: Any, vietnamese: LookupRecorder, tmp_path: Any) -> None:
    from ui.common import file_dialogs

    def save() -> QWidget:
        dialog = file_dialogs.make_dialog(None, "Lưu tem", str(tmp_path / "tem.pdf"), "Tệp PDF (*.pdf)")
        dialog.setAcceptMode(dialog.AcceptMode.AcceptSave)
        return dialog

    (tmp_path / "old.pdf").write_bytes(b"%PDF")
    check(qtbot, vietnamese, save)
    texts = visible_texts_of_last(qtbot, save)
    assert {"Tìm trong:", "Tên tệp:", "Lưu", "Hủy"} <= texts


def visible_texts_of_last(qtbot: Any, build: Callable[[], QWidget]) -> set[str]:
    dialog = build()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = visible_texts(dialog)
    if isinstance(dialog, QDialog):
        dialog.reject()
    return texts


def test_the_print_preview_and_print_dialogs(qtbot: Any, vietnamese: LookupRecorder, demo_store: Any) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog

    from ocop_desk.labels.templates import get_template
    from ui.labels.printing import make_printer

    printer = make_printer(get_template(demo_store, "a4-3x8"))
    check(qtbot, vietnamese, lambda: QPrintPreviewDialog(printer))
    check(qtbot, vietnamese, lambda: QPrintDialog(printer))
    tips = visible_texts_of_last(qtbot, lambda: QPrintPreviewDialog(printer))
    assert {"Phóng to", "Trang sau", "In"} <= tips


def test_message_boxes_progress_and_context_menus(qtbot: Any, vietnamese: LookupRecorder) -> None:
    buttons = QMessageBox.StandardButton

    def question() -> QWidget:
        box = QMessageBox(QMessageBox.Icon.Question, "Xuất Excel", "Thay thế?", buttons.Yes | buttons.No)
        box.setDetailedText("chi tiết")
        return box

    check(qtbot, vietnamese, question)
    check(qtbot, vietnamese, lambda: QProgressDialog("Đang ghi…", "", 0, 0))
    cancel = QProgressDialog()
    qtbot.addWidget(cancel)
    assert cancel.findChild(QAbstractButton).text() == "Hủy"
    for editor in (QLineEdit(), QPlainTextEdit()):
        qtbot.addWidget(editor)
        menu = editor.createStandardContextMenu()
        assert "Sao chép" in [a.text().replace("&", "").split("\t")[0] for a in menu.actions()]
    spin = QSpinBox()
    qtbot.addWidget(spin)
    assert untranslated(vietnamese) == []


def test_an_ampersand_in_a_page_title_is_shown_in_the_view_menu(window: Any) -> None:
    from PySide6.QtGui import QKeySequence

    action = next(a for a in window.view_menu.actions() if "lots" in a.text())
    assert QKeySequence.mnemonic(action.text()).isEmpty()  # no "&" taken as a mnemonic (it would vanish)
    assert action.text().replace("&&", "&") == "Products & lots"
