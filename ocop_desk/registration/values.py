"""Reading one cell of a registration file into a clean value, or a message saying what is wrong.

Each parser takes what openpyxl or the CSV reader gives (str, int, float, date, datetime or None)
and returns the value, or raises `CellProblem` with a message meant for the organiser.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from ocop_desk.core.codes import avoid_hint, path_problem
from ocop_desk.core.errors import DomainError
from ocop_desk.core.i18n import translate
from ocop_desk.core.payloads import gtin14
from ocop_desk.core.textnorm import fold as fold_general
from ocop_desk.core.validate import MAX_DONG, clean_text, parse_date

_STAR_CHARS = "★⭐✪✯✭☆"
_THOUSANDS = re.compile(r"^\d{1,3}([.,\s]\d{3})+$")
_CURRENCY = re.compile(r"(vnd|vnđ|dong|đồng|đ|₫|d)$")
_FIRST_INT = re.compile(r"\d+")
EXCEL_EPOCH = dt.date(1899, 12, 30)


def _fold_table() -> dict[int, str]:
    table = {ord("đ"): "d", ord("Đ"): "d"}
    for cp in list(range(0x00C0, 0x0250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        bare = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        if bare != ch:
            table[cp] = bare
    return table


_FOLD = _fold_table()
_SLOW = re.compile(r"[^\x00-\u024f\u1e00-\u1eff]")


def fold_fast(text: str | None) -> str:
    """The same result as `textnorm.fold`, several times faster for Vietnamese and Latin text (imports fold
    hundreds of thousands of strings); anything else takes the general path."""
    if not text:
        return ""
    if _SLOW.search(text):
        return fold_general(text)
    return " ".join(text.translate(_FOLD).split()).lower()


def blob_fast(*parts: str | None) -> str:
    """`textnorm.search_blob` with `fold_fast`."""
    return " | ".join(fold_fast(p) for p in parts if p)


class CellProblem(Exception):
    """A cell's value cannot be used; the message says why, in the user's language."""


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def as_text(value: object) -> str:
    """A cell as text: whole numbers without ".0", dates as dd/mm/yyyy."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value).strip()


def parse_text(value: object, max_len: int = 300) -> str | None:
    if is_blank(value):
        return None
    try:
        return clean_text(" ".join(as_text(value).split()), translate("Import", "The text"), max_len=max_len)
    except DomainError as exc:
        raise CellProblem(_strip_field(exc.message)) from exc


def _strip_field(message: str) -> str:
    return message.lstrip(" :")


def parse_code(value: object, max_len: int = 60) -> str | None:
    text = parse_text(value, max_len)
    return text


def parse_product_code(value: object) -> str | None:
    """A product code is part of its lots' QR addresses when the product has no GTIN."""
    code = parse_code(value)
    if code is not None and (problem := path_problem(code, product=True)) is not None:
        raise CellProblem(translate("Import", "'{code}' cannot be the address of a web page: {problem}. {hint}")
                          .format(code=code, problem=problem, hint=avoid_hint(product=True)))
    return code


def parse_stars(value: object) -> int | None:
    """4, 4.0, "4", "4 sao", "4*", "★★★★" → 4; outside 1–5 is a problem."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise CellProblem(translate("Import", "'{value}' is not a star rating.").format(value=value))
    if isinstance(value, int | float):
        if not float(value).is_integer():
            raise CellProblem(translate("Import", "star rating {value} is not a whole number.").format(value=value))
        stars = int(value)
    else:
        text = str(value).strip()
        count = sum(text.count(ch) for ch in _STAR_CHARS)
        if count:
            stars = count
        else:
            match = _FIRST_INT.search(text)
            rest = fold_fast(_FIRST_INT.sub("", text, count=1)).replace("*", "").strip()
            if match is None or rest not in ("", "sao", "stars", "star", "sao ocop", "ocop"):
                raise CellProblem(translate("Import", "'{value}' is not a star rating; write 3, 4 or 5 "
                                                      "(or '4 sao').").format(value=text[:40]))
            stars = int(match.group())
    if not 1 <= stars <= 5:
        raise CellProblem(translate("Import", "star rating {value} is outside 1–5.").format(value=stars))
    return stars


def parse_price(value: object) -> int | None:
    """120000, 120000.0, "120.000", "120,000", "120.000 đ", "120k" → 120000 (đồng, whole, not negative)."""
    if is_blank(value):
        return None
    if isinstance(value, bool | dt.date):
        raise CellProblem(translate("Import", "'{value}' is not a price.").format(value=as_text(value)))
    if isinstance(value, int | float):
        if value != value or not float(value).is_integer():  # NaN or fractions of a đồng
            raise CellProblem(translate("Import", "price {value} is not a whole number of đồng.").format(value=value))
        price = int(value)
    else:
        text = str(value).strip().lower().replace("\u00a0", " ")
        text = _CURRENCY.sub("", text).strip()
        factor = 1
        if text.endswith("k"):
            factor, text = 1000, text[:-1].strip()
        if text.isdigit():
            price = int(text) * factor
        elif _THOUSANDS.match(text):
            price = int(re.sub(r"[.,\s]", "", text)) * factor
        else:
            raise CellProblem(translate("Import", "'{value}' is not a price; write it in đồng, e.g. 120000 or "
                                                  "120.000").format(value=str(value).strip()[:40]))
    if not 0 <= price <= MAX_DONG:
        raise CellProblem(translate("Import", "price {value} is out of range.").format(value=price))
    return price


def parse_phone(value: object) -> str | None:
    """Phone numbers keep their leading zero, even when Excel stored them as numbers."""
    if is_blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        digits = str(value)
        if len(digits) in (9, 10) and not digits.startswith("0"):
            digits = "0" + digits
        return digits
    text = parse_text(value, 40)
    if text and text.startswith("'"):  # Excel's "keep as text" mark typed into a CSV
        text = text[1:]
    if text and not re.search(r"\d{3}", text):
        raise CellProblem(translate("Import", "'{value}' is not a phone number.").format(value=text[:40]))
    return text


def parse_cell_date(value: object) -> dt.date | None:
    """An Excel date, an Excel serial number, or dd/mm/yyyy / yyyy-mm-dd text."""
    if is_blank(value):
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value != value or not 1 <= value <= 80000:
            raise CellProblem(translate("Import", "{value} is not a date.").format(value=value))
        value = EXCEL_EPOCH + dt.timedelta(days=int(value))
    if not isinstance(value, dt.date | str):
        raise CellProblem(translate("Import", "{value} is not a date.").format(value=value))
    try:
        return parse_date(value.strip() if isinstance(value, str) else value, "")
    except DomainError as exc:
        raise CellProblem(_strip_field(exc.message)) from exc


def parse_gtin(value: object) -> str | None:
    if is_blank(value):
        return None
    text = as_text(value).replace(" ", "")
    if isinstance(value, float) and not value.is_integer():
        text = str(value)
    try:
        gtin14(text)
    except ValueError:
        raise CellProblem(translate("Import", "'{value}' is not a valid GTIN (8, 12, 13 or 14 digits with a "
                                              "correct check digit).").format(value=text[:40])) from None
    return text


_KINDS = {
    "household": ("ho kinh doanh", "ho gia dinh", "ho san xuat", "co so", "household", "hkd", "ho"),
    "cooperative": ("htx", "hop tac xa", "cooperative", "to hop tac", "tht", "coop"),
    "company": ("cong ty", "doanh nghiep", "company", "cty", "tnhh", "co phan", "dn"),
}


def parse_kind(value: object) -> str | None:
    text = parse_text(value, 40)
    if text is None:
        return None
    folded = fold_fast(text)
    for kind, words in _KINDS.items():
        if any(folded == w or folded.startswith(w + " ") for w in words):
            return kind
    return text


_ALL_DAYS = ("", "tat ca", "ca", "all", "every day", "ca ngay", "tat ca cac ngay", "moi ngay")


def parse_days(value: object) -> list[dt.date] | None:
    """None for every day; else the listed dates ("14/10/2026; 15/10/2026")."""
    if is_blank(value):
        return None
    if isinstance(value, dt.date | int | float) and not isinstance(value, bool):
        day = parse_cell_date(value)
        return [day] if day else None
    text = str(value).strip()
    folded = fold_fast(text)
    if folded in _ALL_DAYS or folded.startswith(("ca ", "tat ca")):
        return None
    days = []
    for part in re.split(r"[;,\n]+|\s+va\s+|\s+and\s+", text):
        if part.strip():
            parsed = parse_cell_date(part.strip())
            if parsed:
                days.append(parsed)
    return sorted(set(days)) or None
