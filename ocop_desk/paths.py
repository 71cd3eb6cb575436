"""Where the app finds its shipped resources and keeps the user's data."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "OCOP Desk"
APP_SLUG = "ocop-desk"
DB_ENV = "OCOP_DESK_DB"

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    """The user's data folder (created on demand); OCOP_DESK_DATA overrides it (tests, portable use)."""
    override = os.environ.get("OCOP_DESK_DATA")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_SLUG, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_target() -> str:
    """The database to open when the user names none: $OCOP_DESK_DB, else ocop-desk.sqlite3 in the data folder."""
    return os.environ.get(DB_ENV) or str(data_dir() / "ocop-desk.sqlite3")
