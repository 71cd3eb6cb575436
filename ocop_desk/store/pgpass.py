"""Remembering a PostgreSQL password the standard way: the user's libpq password file, not our settings.

libpq (and so psycopg) reads it by itself: ~/.pgpass on Linux and macOS, %APPDATA%\\postgresql\\pgpass.conf
on Windows, or $PGPASSFILE. The file is made readable by its owner only, as libpq requires.
"""

from __future__ import annotations

import os
from pathlib import Path


def pgpass_path() -> Path:
    override = os.environ.get("PGPASSFILE")
    if override:
        return Path(override)
    if os.name == "nt":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def remember_password(host: str, port: int, database: str, user: str, password: str) -> Path:
    """Add or replace the line for host:port:database:user; returns the file written."""
    path = pgpass_path()
    key = ":".join(_escape(v) for v in (host, str(port), database, user)) + ":"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    kept = [line for line in lines if not line.startswith(key)]
    kept.append(key + _escape(password))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("\n".join(kept) + "\n")
    os.replace(tmp, path)
    if os.name != "nt":
        os.chmod(path, 0o600)
    return path
