"""Temporary files and folders beside a target, made with the user's normal permissions.

`tempfile.mkstemp` and `mkdtemp` create 0600 files and 0700 folders (they are meant to be private);
renamed over the target they left PDFs, workbooks and traceability sites readable by no one else
(a web server could not serve the site). These create the same unique names, but with the mode an
ordinary `open()` or `mkdir()` gives: 0666 / 0777 less the umask.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path

_ATTEMPTS = 100


def _unique(folder: Path, prefix: str, suffix: str, create: Callable[[Path], None]) -> Path:
    for _ in range(_ATTEMPTS):
        path = folder / f"{prefix}{secrets.token_hex(4)}{suffix}"
        try:
            create(path)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(f"no free temporary name in {folder}")


def _new_file(path: Path) -> None:
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))


def _new_folder(path: Path) -> None:
    path.mkdir(mode=0o777)


def temp_file_beside(folder: Path, prefix: str, suffix: str) -> Path:
    """A new empty file in `folder` (same file system as the target, so the final rename is atomic)."""
    return _unique(folder, prefix, suffix, _new_file)


def temp_folder_beside(folder: Path, prefix: str) -> Path:
    """A new empty folder in `folder`."""
    return _unique(folder, prefix, "", _new_folder)
