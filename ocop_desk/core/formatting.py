"""How numbers, money and dates look in each UI language (750.000.000 ₫, dd/mm/yyyy in Vietnamese)."""

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


def fmt_date(value: dt.date | None, lang: str | None = None) -> str:
    if value is None:
        return ""
    return value.strftime("%d/%m/%Y" if (lang or current_language()) == "vi" else "%Y-%m-%d")


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
