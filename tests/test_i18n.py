from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ocop_desk.core.i18n import load_language, translate

ROOT = Path(__file__).resolve().parent.parent


def test_every_visible_string_has_a_vietnamese_translation_and_qm_is_current() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "resources/i18n/update.py"), "--check"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_language_switch_changes_domain_messages() -> None:
    load_language("vi")
    assert translate("Events", "There is no current event.") == "Chưa chọn sự kiện hiện tại."
    load_language("en")
    assert translate("Events", "There is no current event.") == "There is no current event."


def test_qt_standard_buttons_speak_vietnamese(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from ui.shell.app import install_language

    install_language(QApplication.instance(), "vi")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == ["Hủy", "Đồng ý"]
