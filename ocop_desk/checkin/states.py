"""The desk's vocabularies: what a scan did, and what a booth's day looks like on the board.

`StrEnum`s, so a state still equals its word ("checked_in" == CheckInState.CHECKED_IN), is stored and
written to JSON as that word, and an unknown word is refused where it comes in.
"""

from __future__ import annotations

from enum import StrEnum


class CheckInState(StrEnum):
    """What a scan did."""

    CHECKED_IN = "checked_in"
    ALREADY = "already"  # checked in before (here or at another station): the first check-in's time and operator
    UNKNOWN = "unknown"  # names no booth of this event
    NOT_REGISTERED = "not_registered"  # a booth of the event, not registered for this day


class Attendance(StrEnum):
    """What is recorded for a booth on a day (the check_in row's status)."""

    PRESENT = "present"
    LEFT = "left"  # packed up before the end of the day
    ABSENT = "absent"


class BoardStatus(StrEnum):
    """A tile of the booth board: the recorded attendance, or what stands when nothing is recorded."""

    EXPECTED = "expected"  # registered for the day, nothing recorded yet
    PRESENT = "present"
    ABSENT = "absent"
    LEFT = "left"
    OFF = "off"  # not registered for that day

    @classmethod
    def of(cls, recorded: str | None, registered: bool) -> BoardStatus:
        """The tile's status from the stored status (None: no row) and the day's registration."""
        if recorded is None:
            return cls.EXPECTED if registered else cls.OFF
        return cls(Attendance(recorded))
