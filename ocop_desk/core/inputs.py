"""Bounds on what a command line (or a form) may hand the services: whole numbers the database can store,
paths the system can open, references matched with bounded SQL. Each check raises a DomainError naming
the field, before anything is read or written.

Kept apart from validate.py (the domain's own checks: text, dates, money, codes).
"""

from __future__ import annotations

from ocop_desk.core.errors import DomainError
from ocop_desk.core.i18n import translate
from ocop_desk.core.textnorm import fold

INT64_MAX = 2**63 - 1  # SQLite's and PostgreSQL's BIGINT
MAX_PATH_CHARS = 4096  # Linux's PATH_MAX; Windows' long paths stop at 32,767 but no one types those
MAX_NAME_BYTES = 255  # one folder or file name, on every common file system
MAX_ARGUMENT_CHARS = 10_000  # any one argument: above every text field's own limit (a description: 5,000)
MAX_REFERENCE_CHARS = 300  # a product reference: at most a product's whole name
MAX_SQL_WORDS = 8  # words of a reference matched in SQL; the rest are checked on the rows found


def shorten(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def check_int64(value: int, field: str, *, minimum: int = -INT64_MAX) -> int:
    """A whole number that fits the database's 64-bit integers (an id beyond 2^63 is refused, not overflowed)."""
    if not minimum <= value <= INT64_MAX:
        raise DomainError(translate("Inputs", "{field} must be a whole number between {min} and {max}; got {value}.")
                          .format(field=field, min=minimum, max=INT64_MAX, value=shorten(str(value), 40)))
    return value


def parse_int64(text: str, field: str, *, minimum: int = -INT64_MAX) -> int:
    stripped = text.strip()
    if len(stripped) > 25 and stripped.lstrip("+-").isdigit():
        return check_int64(INT64_MAX + 1, field, minimum=minimum)  # far too many digits to be a row's id
    try:
        value = int(stripped)
    except ValueError:
        raise DomainError(translate("Inputs", "{field} must be a whole number; got '{value}'.").format(
            field=field, value=shorten(text, 40))) from None
    return check_int64(value, field, minimum=minimum)


def check_path_text(text: str, field: str) -> str:
    """A path the operating system can take: no NUL, at most 4,096 characters, each name at most 255 bytes."""
    if "\x00" in text:
        raise DomainError(translate("Inputs", "{field} contains a NUL character.").format(field=field))
    if len(text) > MAX_PATH_CHARS:
        raise DomainError(translate("Inputs", "{field} is {length} characters long; the most a path may have is "
                                              "{max}.").format(field=field, length=f"{len(text):,}",
                                                                       max=f"{MAX_PATH_CHARS:,}"))
    for name in text.replace("\\", "/").split("/"):
        if len(name.encode("utf-8", "surrogateescape")) > MAX_NAME_BYTES:
            raise DomainError(translate("Inputs", "{field} has a name ('{name}') longer than the {max} bytes a file "
                                                  "or folder name may have.").format(field=field, name=shorten(name),
                                                                                    max=MAX_NAME_BYTES))
    return text


def check_argument_length(text: str) -> str:
    if len(text) > MAX_ARGUMENT_CHARS:
        raise DomainError(translate("Inputs", "An argument is {length} characters long ('{start}'); the most "
                                              "accepted is {max}.").format(length=f"{len(text):,}",
                                                                           start=shorten(text, 30),
                                                                           max=f"{MAX_ARGUMENT_CHARS:,}"))
    return text


def check_reference(text: str, field: str) -> str:
    """A product (or other) reference: a code, a GTIN or a few words of a name, never a page of text."""
    if len(text) > MAX_REFERENCE_CHARS:
        raise DomainError(translate("Inputs", "{field} is {length} characters long; give a code, a GTIN or a few "
                                              "words of the name (at most {max} characters).").format(
            field=field, length=f"{len(text):,}", max=MAX_REFERENCE_CHARS))
    return text


def sql_words(text: str) -> list[str]:
    """The folded words of a reference to match in SQL: distinct, longest (most selective) first, at most
    MAX_SQL_WORDS, so the statement stays small whatever was typed (SQLite refuses an expression tree deeper
    than 1,000 and a LIKE pattern over 50,000 bytes)."""
    words = sorted(set(fold(text).split()), key=lambda w: (-len(w), w))
    return words[:MAX_SQL_WORDS]
