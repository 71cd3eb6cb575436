"""Checks shared by every service: each names the field and says what to do, and raises before any write."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from ocop_desk.core.errors import DomainError
from ocop_desk.core.i18n import translate

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y")
EARLIEST = dt.date(1990, 1, 1)
LATEST = dt.date(2100, 12, 31)

# Largest đồng figure we accept anywhere: fits a signed 64-bit total with room for sums.
MAX_DONG = 10**15


def clean_text(value: str | None, field: str, *, max_len: int = 300, required: bool = False) -> str | None:
    """Trimmed, NFC-normalised text without control characters; None when empty and not required."""
    if value is None or not str(value).strip():
        if required:
            raise DomainError(translate("Validate", "{field} is required.").format(field=field))
        return None
    text = unicodedata.normalize("NFC", str(value)).strip()
    if "\n" in text or "\t" in text or _CONTROL.search(text):
        raise DomainError(
            translate("Validate", "{field} contains control characters or line breaks; type it on one line.").format(
                field=field
            )
        )
    if len(text) > max_len:
        raise DomainError(
            translate("Validate", "{field} is {length} characters long; the most allowed is {max}.").format(
                field=field, length=len(text), max=max_len
            )
        )
    return text


def _why_not_a_date(text: str, field: str) -> str:
    """What exactly is wrong with a date written in the right shape (31/02/2026, 12/13/2026), else how to write it."""
    import calendar
    import re

    shaped = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text) or re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if shaped is not None:
        a, b, c = (int(x) for x in shaped.groups())
        day, month, year = (a, b, c) if "/" in text else (c, b, a)
        if not 1 <= month <= 12:
            return translate("Validate", "{field}: {value}: there is no month {month} (dates are written dd/mm/yyyy "
                                         "or yyyy-mm-dd).").format(field=field, value=text, month=month)
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            return translate("Validate", "{field}: {value}: {month}/{year} has no day {day} (it has {last} days).").format(
                field=field, value=text, month=f"{month:02d}", year=year, day=day, last=last)
    return translate("Validate", "{field}: '{value}' is not a date; write it as dd/mm/yyyy or yyyy-mm-dd.").format(
        field=field, value=text[:40])


def parse_date(value: str | dt.date | None, field: str, *, required: bool = False) -> dt.date | None:
    """Accepts a date, YYYY-MM-DD or dd/mm/yyyy; refuses years outside 1990–2100."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise DomainError(translate("Validate", "{field} is required.").format(field=field))
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        parsed = value
    else:
        text = value.strip()
        for fmt in _DATE_FORMATS:
            try:
                parsed = dt.datetime.strptime(text, fmt).date()
                break
            except ValueError:
                continue
        else:
            raise DomainError(_why_not_a_date(text, field))
    if not EARLIEST <= parsed <= LATEST:
        raise DomainError(
            translate("Validate", "{field}: {value} is out of range (1990–2100).").format(
                field=field, value=parsed.isoformat()
            )
        )
    return parsed


def check_count(value: int, field: str, *, minimum: int = 0, maximum: int = 10_000_000) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise DomainError(translate("Validate", "{field} must be a whole number.").format(field=field))
    if not minimum <= value <= maximum:
        raise DomainError(
            translate("Validate", "{field} must be between {min} and {max}; got {value}.").format(
                field=field, min=minimum, max=maximum, value=value
            )
        )
    return value


def check_money(value: int | None, field: str) -> int | None:
    """Đồng are whole, non-negative and below 10^15 (so totals cannot overflow)."""
    if value is None:
        return None
    return check_count(value, field, minimum=0, maximum=MAX_DONG)
