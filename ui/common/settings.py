"""The window's own settings on this computer (last folders, sound, window geometry): one ini file."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from ocop_desk.core.paths import data_dir


def app_settings() -> QSettings:
    """Per-user window settings in the data folder (so OCOP_DESK_DATA isolates them too)."""
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
