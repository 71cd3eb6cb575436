"""Where the app finds its shipped resources and keeps the user's data."""

from __future__ import annotations

import os
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

APP_NAME = "OCOP Desk"
APP_SLUG = "ocop-desk"
DB_ENV = "OCOP_DESK_DB"

# The shipped files (the top-level resources/ folder, installed as this package).
RESOURCES: Traversable = files("ocop_desk_resources")


def resource_files(folder: str, suffix: str) -> list[Traversable]:
    """The shipped files in resources/FOLDER ending in SUFFIX, by name; a folder that is missing or empty
    means a broken installation, and says so instead of the app running without them."""
    where = RESOURCES / folder
    found = sorted((f for f in where.iterdir() if f.name.endswith(suffix)), key=lambda f: f.name) \
        if where.is_dir() else []
    if not found:
        raise RuntimeError(f"OCOP Desk is installed without its {folder}/*{suffix} files (looked in {RESOURCES}); "
                           f"reinstall it.")
    return found


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
