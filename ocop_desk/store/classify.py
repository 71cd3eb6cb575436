"""Sorting database errors into the environment's faults (`StoreError` kinds) and bugs (None).

Kept apart from database.py so the store stays about opening and units of work; every message names
the file or server and says what to do.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import OperationalError

from ocop_desk.core.errors import StoreError, StoreErrorKind
from ocop_desk.core.i18n import translate

# SQLite: the primary result code (the low byte of `sqlite_errorcode`, which Python 3.11 puts on every
# sqlite3 exception and SQLAlchemy keeps in `.orig`). https://www.sqlite.org/rescode.html
SQLITE_ERROR, SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 1, 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26
_SQLITE_CODES: dict[int, StoreErrorKind] = {
    SQLITE_BUSY: StoreErrorKind.LOCKED,
    SQLITE_LOCKED: StoreErrorKind.LOCKED,
    SQLITE_READONLY: StoreErrorKind.READ_ONLY,
    SQLITE_PERM: StoreErrorKind.READ_ONLY,
    SQLITE_FULL: StoreErrorKind.DISK_FULL,
    SQLITE_CORRUPT: StoreErrorKind.CORRUPT,
    SQLITE_NOTADB: StoreErrorKind.CORRUPT,
    SQLITE_CANTOPEN: StoreErrorKind.UNREACHABLE,
    SQLITE_IOERR: StoreErrorKind.IO,
}
# SQLITE_ERROR (1) covers every SQL mistake; a missing table is the one that means "not our database" (or
# dropped while open), and only the text tells it apart. Also the last resort for an error without a code.
_SQLITE_TEXTS: tuple[tuple[str, StoreErrorKind], ...] = (
    ("no such table", StoreErrorKind.NOT_OCOP),
    ("database is locked", StoreErrorKind.LOCKED),
    ("disk is full", StoreErrorKind.DISK_FULL),
    ("file is not a database", StoreErrorKind.CORRUPT),
    ("malformed", StoreErrorKind.CORRUPT),
)


def sqlite_error(message: str, code: int) -> sqlite3.OperationalError:
    """An error we raise ourselves in SQLite's place (a busy backup step, a failed quick_check), carrying the
    result code SQLite would have given, so it is classified like SQLite's own."""
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code
    return error


def _classify_sqlite(orig: BaseException) -> StoreErrorKind | None:
    code = getattr(orig, "sqlite_errorcode", None)
    raw = str(orig).lower()
    if isinstance(code, int):
        if code & 0xFF == SQLITE_ERROR:
            return StoreErrorKind.NOT_OCOP if "no such table" in raw else None
        return _SQLITE_CODES.get(code & 0xFF)
    return next((k for needle, k in _SQLITE_TEXTS if needle in raw), None)


# PostgreSQL: SQLSTATE classes and codes first, then the text libpq gives before a session exists.
_PG_STATES = (
    ("08", "unreachable"),  # connection exception
    ("57P", "unreachable"),  # server shutting down / restarting
    ("53300", "busy_server"),  # too many connections
    ("28", "auth"),  # invalid authorization
    ("3D000", "missing"),  # database does not exist
    ("55P03", "locked"),  # lock_timeout
    ("40001", "locked"),  # serialization failure
    ("40P01", "locked"),  # deadlock
    ("53100", "disk_full"),
    ("25006", "read_only"),  # read-only transaction
    ("42501", "no_privilege"),
    ("42P01", "not_ocop"),  # undefined table
    ("XX001", "corrupt"),
    ("XX002", "corrupt"),
)
_PG_TEXTS = (
    ("password authentication failed", "auth"),
    ("no pg_hba.conf entry", "auth"),
    ("role \"", "auth"),
    ("password", "auth"),  # no password supplied / required
    ("database \"", "missing"),
    ("too many clients", "busy_server"),
    ("lock timeout", "locked"),
    ("read-only transaction", "read_only"),
    ("permission denied", "no_privilege"),
    ("does not exist", "not_ocop"),
)


def _classify_pg(orig: BaseException, invalidated: bool) -> str | None:
    state = getattr(orig, "sqlstate", None) or ""
    raw = str(orig).lower()
    if state:
        kind = next((k for prefix, k in _PG_STATES if state.startswith(prefix)), None)
        return kind or ("unreachable" if invalidated else None)
    if "psycopg" in type(orig).__module__ and type(orig).__name__ in ("OperationalError", "InterfaceError"):
        kind = next((k for needle, k in _PG_TEXTS if needle in raw), None)
        if kind == "not_ocop" and "database" in raw:
            kind = "missing"
        return kind or "unreachable"
    return "unreachable" if invalidated else None


def classify(exc: BaseException, where: str) -> StoreError | None:
    """Map a driver error to a `StoreError`, or None when it looks like a bug."""
    orig = getattr(exc, "orig", exc) or exc
    raw = str(orig).lower()
    if type(orig).__module__.startswith("psycopg"):
        detail = _classify_pg(orig, bool(getattr(exc, "connection_invalidated", False)))
        if detail is None:
            return None
        return _server_error(detail, where)
    kind = _classify_sqlite(orig)
    server_side = isinstance(exc, OperationalError) and "sqlite" not in type(orig).__module__
    lost = getattr(exc, "connection_invalidated", False) or "connection" in raw or "server" in raw
    if kind is None and server_side and lost:
        kind = StoreErrorKind.UNREACHABLE
    if kind is None:
        return None
    messages = {
        "locked": (
            translate("Store", "The database {where} is busy: another program is writing to it."),
            translate("Store", "Wait a moment and try again; if it keeps happening, close the other program."),
        ),
        "read_only": (
            translate("Store", "The database {where} cannot be written (read-only file or folder)."),
            translate("Store", "Copy the file to a folder you can write to and open that copy."),
        ),
        "disk_full": (
            translate("Store", "The disk holding {where} is full."),
            translate("Store", "Free some space on that disk, then repeat the last action."),
        ),
        "corrupt": (
            translate("Store", "The database {where} is damaged."),
            translate("Store", "Restore the latest backup (File ▸ Restore from a backup…); the damaged file is kept as it is."),
        ),
        "unreachable": (
            translate("Store", "The database {where} cannot be reached."),
            translate("Store", "Check that the file or server is there, then try again."),
        ),
        "io": (
            translate("Store", "The disk holding {where} reported an error."),
            translate("Store", "Check the drive (was it unplugged?), then try again."),
        ),
        "not_ocop": (
            translate("Store", "{where} is not an OCOP Desk database (or it was removed while open)."),
            translate("Store", "Reopen the app with the right database file."),
        ),
    }
    message, hint = messages[kind]
    return StoreError(kind, message.format(where=where), hint=hint, path=where)


def _server_error(detail: str, where: str) -> StoreError:
    """The words for a PostgreSQL server's trouble; `where` is the URL without its password."""
    texts = {
        "unreachable": (
            StoreErrorKind.UNREACHABLE,
            translate("Store", "The database server {where} cannot be reached."),
            translate("Store", "Check the network (cable or Wi-Fi) and that the server is running, then try "
                               "again. Nothing stored was lost; this action was not saved."),
        ),
        "auth": (
            StoreErrorKind.UNREACHABLE,
            translate("Store", "The database server {where} refused the user name or password."),
            translate("Store", "Check the user and password in File ▸ Database settings… (or in --db), and "
                               "that pg_hba.conf on the server lets this computer in."),
        ),
        "busy_server": (
            StoreErrorKind.UNREACHABLE,
            translate("Store", "The database server {where} has too many stations connected."),
            translate("Store", "Close OCOP Desk on a station that is not in use, or raise max_connections on "
                               "the server; then try again."),
        ),
        "missing": (
            StoreErrorKind.MISSING,
            translate("Store", "The database server {where} has no such database."),
            translate("Store", "Check the database name, or create it on the server (see the README, "
                               "'Several stations')."),
        ),
        "locked": (
            StoreErrorKind.LOCKED,
            translate("Store", "The database {where} is busy: another station is changing the same records."),
            translate("Store", "Nothing was saved from this action. Wait a moment and try again."),
        ),
        "disk_full": (
            StoreErrorKind.DISK_FULL,
            translate("Store", "The disk of the database server {where} is full."),
            translate("Store", "Nothing stored was lost. Free some space on the server, then repeat the last "
                               "action."),
        ),
        "read_only": (
            StoreErrorKind.READ_ONLY,
            translate("Store", "The database {where} is open read-only; nothing can be saved."),
            translate("Store", "Nothing was saved from this action. Reopen it without --read-only."),
        ),
        "no_privilege": (
            StoreErrorKind.READ_ONLY,
            translate("Store", "The database user of {where} may not change this data."),
            translate("Store", "Nothing was saved from this action. Ask whoever runs the server to grant "
                               "the user rights on the database."),
        ),
        "not_ocop": (
            StoreErrorKind.NOT_OCOP,
            translate("Store", "{where} is not an OCOP Desk database (or its tables were removed)."),
            translate("Store", "Point OCOP Desk at the right database."),
        ),
        "corrupt": (
            StoreErrorKind.CORRUPT,
            translate("Store", "The database server {where} reports damaged data."),
            translate("Store", "Ask whoever runs the server to check it; restore the latest backup if needed."),
        ),
    }
    kind, message, hint = texts[detail]
    return StoreError(kind, message.format(where=where), hint=hint, path=where)
