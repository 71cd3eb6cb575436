"""Saving feels done: the message after a save opens the file or its folder, each kind of file's dialog
starts where the last one of that kind went, and a failed export gives the typed path back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from labels_fixtures import add_lots
from PySide6.QtWidgets import QDialog, QFileDialog

from ocop_desk.core.errors import DomainError
from ocop_desk.store.database import Store
from ui.common import file_dialogs, saved_message


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the desktop would have been asked to open (nothing is opened)."""
    urls: list[str] = []
    monkeypatch.setattr(saved_message, "open_url", lambda url: urls.append(url.toLocalFile()) or True)
    return urls


def test_labels_pdf_tells_where_it_went_and_opens_it(window: Any, demo_store: Store, qtbot: Any,
                                                     tmp_path: Path, opened: list[str]) -> None:
    add_lots(demo_store)
    page = window.show_page("labels")
    page.ctx.select(page.ctx.current_event, page.ctx.current_event.days[0])
    qtbot.waitUntil(lambda: page.lot_model.rowCount() > 0)
    with qtbot.waitSignal(page.save_pdf(str(tmp_path / "tem.pdf")).finished, timeout=20000):
        pass
    box = page.saved_message
    assert box.isVisible() and str(tmp_path / "tem.pdf") in box.informativeText()
    assert box.open_file_button.text() == "Open file" and box.open_folder_button.text() == "Open folder"
    box.open_file_button.click()
    assert opened == [str(tmp_path / "tem.pdf")] and not box.isVisible()


def test_each_kind_of_file_starts_in_its_last_folder(window: Any, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    pdfs, workbooks = tmp_path / "tem", tmp_path / "excel"
    pdfs.mkdir()
    workbooks.mkdir()
    started: list[str] = []
    answers = iter([str(pdfs / "a.pdf"), str(workbooks / "b.xlsx"), "", ""])

    def run(dialog: QFileDialog) -> tuple[str, str]:
        started.append(dialog.directory().absolutePath())
        dialog.deleteLater()
        return next(answers), ""

    monkeypatch.setattr(file_dialogs, "_run", run)
    file_dialogs.save_file_name(window, "PDF", "tem.pdf", kind="labels")
    file_dialogs.save_file_name(window, "Excel", "x.xlsx", kind="workbook")
    file_dialogs.save_file_name(window, "PDF", "tem.pdf", kind="labels")  # cancelled: remembers nothing
    file_dialogs.save_file_name(window, "Excel", "x.xlsx", kind="workbook")
    assert started[0] == file_dialogs.default_folder() != str(Path.cwd())  # never the program's folder
    assert started[2:] == [str(pdfs), str(workbooks)]
    assert file_dialogs.last_folder("labels") == str(pdfs)


def test_a_failed_export_gives_the_typed_path_back(window: Any, qtbot: Any, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from ocop_desk.reports import export
    from ui.reports import export_dialog

    typed = str(tmp_path / "tong-hop-ngay-1.xlsx")
    shown: list[str] = []
    seen: list[str] = []

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise DomainError("The disk is full.")

    def run_dialog(dialog: Any) -> int:
        seen.append(dialog.path.text())
        if len(seen) == 1:
            dialog.path.setText(typed)
            return QDialog.DialogCode.Accepted.value
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(export, "export_workbook", refuse)
    monkeypatch.setattr(export_dialog, "show_error", lambda _p, exc, title=None: shown.append(exc.message))
    monkeypatch.setattr(export_dialog.ExportDialog, "exec", run_dialog)
    window.export_action.trigger()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10000)
    assert shown == ["The disk is full."]
    assert seen[1] == typed  # reopened with what was typed, not a fresh suggestion


def test_export_to_a_missing_folder_keeps_the_dialog_open(window: Any, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.reports.export_dialog import ExportDialog

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]) or QMessageBox.StandardButton.Ok)
    dialog = ExportDialog(window.ctx, False, window)
    dialog.path.setText(str(tmp_path / "no-such-folder" / "x.xlsx"))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted.value
    assert "no-such-folder" in warned[0] and dialog.path.text().endswith("x.xlsx")
