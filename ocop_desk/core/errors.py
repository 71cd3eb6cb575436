"""The two kinds of failure a user can meet, kept apart from bugs.

`DomainError`: the input or the request is wrong (unknown booth, bad date); the user can fix it.
`StoreError`: the environment is at fault (disk full, locked, read-only, corrupt file).
Anything else is a bug and goes to the crash handler. Messages are already translated.
"""

from __future__ import annotations

from enum import StrEnum


class OcopError(Exception):
    """An error with a message meant for the coordinator."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}" if self.hint else self.message


class DomainError(OcopError):
    """Bad input or a request the domain refuses; nothing was changed."""


class NotFound(DomainError):
    """The named thing (booth, product, event...) does not exist."""


class ValidationFailed(DomainError):
    """Several problems found at once (an import); `problems` lists each one with its place."""

    def __init__(self, message: str, problems: list[str], *, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join([super().__str__(), *(f"  - {p}" for p in self.problems)])


class StoreErrorKind(StrEnum):
    """Which way the environment failed; the window and the CLI pick their words and exit code by it."""

    LOCKED = "locked"
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    CORRUPT = "corrupt"
    MISSING = "missing"
    NOT_OCOP = "not_ocop"
    TOO_NEW = "too_new"
    UNREACHABLE = "unreachable"
    IO = "io"
    REMOVED = "removed"


class StoreError(OcopError):
    """The database could not be used because of the environment; `kind` says which way."""

    KINDS: tuple[StoreErrorKind, ...] = tuple(StoreErrorKind)

    def __init__(self, kind: StoreErrorKind, message: str, *, hint: str | None = None,
                 path: str | None = None) -> None:
        super().__init__(message, hint=hint)
        # Checked in code, not by assert (python -O drops asserts): an unknown kind is a bug, said at once.
        if kind not in self.KINDS:
            raise ValueError(f"unknown StoreError kind {kind!r}; expected one of {', '.join(self.KINDS)}")
        self.kind = StoreErrorKind(kind)
        self.path = path
        # The connection dropped while committing: the server may have saved the change after all.
        self.in_doubt = False
