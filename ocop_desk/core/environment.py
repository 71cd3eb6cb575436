"""Explaining the environment's errors the same way in the window and the CLI.

Every `StoreError` is told in three parts: what happened (its message), what was kept (nothing stored is
lost: a unit of work either committed whole or rolled back), and what to do (its hint).
"""

from __future__ import annotations

from dataclasses import dataclass

from ocop_desk.core.errors import StoreError
from ocop_desk.core.i18n import translate


@dataclass(frozen=True)
class Explanation:
    title: str
    what: str
    kept: str
    todo: str

    def one_line(self) -> str:
        return " ".join(part for part in (self.what, self.kept, self.todo) if part)


def explain(exc: StoreError) -> Explanation:
    titles = {
        "locked": translate("Environment", "The database is busy"),
        "read_only": translate("Environment", "The database cannot be written"),
        "disk_full": translate("Environment", "The disk is full"),
        "corrupt": translate("Environment", "The database file is damaged"),
        "missing": translate("Environment", "The database file is missing"),
        "not_ocop": translate("Environment", "Not an OCOP Desk database"),
        "too_new": translate("Environment", "Made by a newer OCOP Desk"),
        "unreachable": translate("Environment", "The database cannot be reached"),
        "io": translate("Environment", "The disk reported an error"),
        "removed": translate("Environment", "The database file was removed"),
    }
    saved_before = translate("Environment", "Nothing stored was lost: everything saved before is safe in the "
                                            "file, and the last action was not half-saved.")
    kept = {
        "corrupt": translate("Environment", "OCOP Desk changed nothing in it, and your backups are untouched."),
        "missing": translate("Environment", "Nothing was created or changed."),
        "not_ocop": translate("Environment", "The file was not changed."),
        "too_new": translate("Environment", "The file was not changed."),
        "removed": translate("Environment", "Nothing stored is lost yet: OCOP Desk still has all the data open "
                                            "until you close it."),
    }.get(exc.kind, saved_before)
    return Explanation(titles.get(exc.kind, titles["io"]), exc.message, kept, exc.hint or "")
