"""Where bugs are written down: a rotating log in the user's data folder, shared by the window and the CLI.

Tracebacks go to `<data folder>/logs/ocop-desk.log` (1 MB, 5 old files kept) so a coordinator can send the
file to whoever supports them; the message shown to the user names that path.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from ocop_desk.core.paths import data_dir

LOGGER_NAME = "ocop_desk"
LOG_FILE = "ocop-desk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5


def log_path() -> Path:
    return data_dir() / "logs" / LOG_FILE


def logger() -> logging.Logger:
    """The app's logger, writing to the rotating file (set up once per log path)."""
    import logging.handlers  # only when something is logged: keeps start-up light
    log = logging.getLogger(LOGGER_NAME)
    path = log_path()
    for handler in log.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and Path(handler.baseFilename) == path:
            return log
    for handler in list(log.handlers):  # the data folder moved (tests): follow it
        log.removeHandler(handler)
        handler.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                                   encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s [%(threadName)s] %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    return log


def log_bug(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
            where: str = "") -> Path:
    """Write one unexpected error with its traceback; returns the log file's path."""
    from ocop_desk import __version__

    text = "".join(traceback.format_exception(exc_type, exc, tb))
    header = f"Unexpected error{' in ' + where if where else ''} (OCOP Desk {__version__}, " \
             f"Python {sys.version.split()[0]}, {platform.platform()})"
    log = logger()
    log.error("%s\n%s", header, text.rstrip())
    for handler in log.handlers:
        handler.flush()
    return log_path()
