"""Translations shared by the window and the CLI.

Visible strings are written in English and translated with Qt Linguist files (.ts → .qm in
resources/i18n). The domain marks its messages with ``translate("Context", "text")`` so
``pyside6-lupdate`` finds them; the window installs the same translators into QApplication.
Only QtCore is used here (no widgets), and only once a language is loaded: PySide6's import hook (its
`__feature__` support) reads the source of every module imported after PySide6 into memory, so the
start-up path (main.py imports ocop_desk.cli first) loads SQLAlchemy before any Qt.
"""

from __future__ import annotations

from importlib.resources import as_file
from typing import TYPE_CHECKING

from ocop_desk.core.paths import resource_files

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"

_translators: list[QTranslator] = []
_language = "en"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's own name, found by lupdate
    return text


def load_language(lang: str) -> list[QTranslator]:
    """Make `lang` the language of every later `translate` call; returns the loaded translators."""
    from PySide6.QtCore import QTranslator

    global _language
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    _translators.clear()
    _language = lang
    if lang != "en":  # source strings are English
        for qm in resource_files("i18n", f"_{lang}.qm"):
            translator = QTranslator()
            with as_file(qm) as path:  # the file itself in an ordinary installation
                if not translator.load(str(path)):
                    raise RuntimeError(f"cannot load translation file {qm}")
            _translators.append(translator)
    return list(_translators)


def current_language() -> str:
    return _language


def translate(context: str, text: str) -> str:
    for translator in _translators:
        result = translator.translate(context, text)
        if result:
            return result
    return text
