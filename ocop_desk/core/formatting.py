"""How numbers, money and dates look in each UI language, the same in the window, the CLI and the workbook.

Vietnamese: 750.000.000 ₫, 99,1 mm, 07/12/2026 23:52. English: ₫750,000,000, 99.1 mm and
7 Dec 2026 23:52 (never 07/12/2026, which an English reader may take for 12 July).
"""

from __future__ import annotations

import datetime as dt

from ocop_desk.core.i18n import current_language


def group_thousands(value: int, sep: str) -> str:
    sign = "-" if value < 0 else ""
    return sign + f"{abs(value):,}".replace(",", sep)


def fmt_int(value: int | None, lang: str | None = None) -> str:
    if value is None:
        return "—"
    return group_thousands(value, "." if (lang or current_language()) == "vi" else ",")


def fmt_money(value: int | None, lang: str | None = None) -> str:
    """Đồng are whole numbers: 750.000.000 ₫ (vi) or ₫750,000,000 (en)."""
    if value is None:
        return "—"
    lang = lang or current_language()
    if lang == "vi":
        return f"{group_thousands(value, '.')} ₫"
    return f"₫{group_thousands(value, ',')}"


# English month abbreviations, fixed (not the C library's locale, which may be anything on a laptop).
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def fmt_decimal(value: float | None, digits: int = 2, lang: str | None = None) -> str:
    """At most `digits` decimals, trailing zeros dropped: 210 / 99,1 (vi) or 99.1 (en)."""
    if value is None:
        return "—"
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".") if digits else f"{value:.0f}"
    if text == "-0":
        text = "0"
    return text.replace(".", ",") if (lang or current_language()) == "vi" else text


def fmt_mm(value: float | None, lang: str | None = None) -> str:
    """A length on a label or a page: 210 mm, 99,1 mm."""
    return f"{fmt_decimal(value, 2, lang)} mm"


def fmt_date(value: dt.date | None, lang: str | None = None) -> str:
    """07/12/2026 (vi) or 7 Dec 2026 (en)."""
    if value is None:
        return ""
    if (lang or current_language()) == "vi":
        return value.strftime("%d/%m/%Y")
    return f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"


def fmt_day_month(value: dt.date, lang: str | None = None) -> str:
    """A day on a chart's axis: 07/12 (vi) or 7 Dec (en)."""
    if (lang or current_language()) == "vi":
        return value.strftime("%d/%m")
    return f"{value.day} {MONTHS_EN[value.month - 1]}"


def qt_date_format(lang: str | None = None) -> str:
    """The display format of a date editor (Qt's pattern letters): dd/mm/yyyy in Vietnamese, as `fmt_date`;
    in English the ISO order, unambiguous like `fmt_date`'s "7 Dec 2026" but typed in digits only (a month-name
    section takes "12" and then keeps the cursor, so a typed year and the next Tab went astray)."""
    return "dd/MM/yyyy" if (lang or current_language()) == "vi" else "yyyy-MM-dd"


def qt_datetime_format(lang: str | None = None) -> str:
    return qt_date_format(lang) + " HH:mm"


def excel_date_format(lang: str | None = None) -> str:
    """The number format of a date cell in the workbook, matching `fmt_date`."""
    return "dd/mm/yyyy" if (lang or current_language()) == "vi" else "d mmm yyyy"


def excel_datetime_format(lang: str | None = None) -> str:
    return excel_date_format(lang) + " hh:mm"


def local_time(value: dt.datetime) -> dt.datetime:
    """Stored UTC → the laptop's local time zone."""
    return value.astimezone()


def fmt_time(value: dt.datetime | None) -> str:
    return local_time(value).strftime("%H:%M") if value else ""


def fmt_datetime(value: dt.datetime | None, lang: str | None = None) -> str:
    if value is None:
        return ""
    local = local_time(value)
    return f"{fmt_date(local.date(), lang)} {local.strftime('%H:%M')}"
