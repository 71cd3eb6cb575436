"""The two kinds of failure a user can meet, kept apart from bugs.

`DomainError`: the input or the request is wrong (unknown booth, bad date); the user can fix it.
`StoreError`: the environment is at fault (disk full, locked, read-only, corrupt file).
Anything else is a bug and goes to the crash handler. Messages are already translated.
"""

from __future__ import annotations


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


class StoreError(OcopError):
    """The database could not be used because of the environment; `kind` says which way."""

    KINDS = ("locked", "read_only", "disk_full", "corrupt", "missing", "not_ocop", "too_new", "unreachable", "io", "removed")

    def __init__(self, kind: str, message: str, *, hint: str | None = None, path: str | None = None) -> None:
        super().__init__(message, hint=hint)
        assert kind in self.KINDS, kind
        self.kind = kind
        self.path = path
        # The connection dropped while committing: the server may have saved the change after all.
        self.in_doubt = False
