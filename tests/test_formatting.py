"""Numbers and dates as each language writes them, the same in the window, the CLI and the workbook."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from ocop_desk.core.formatting import (
    excel_datetime_format,
    fmt_date,
    fmt_datetime,
    fmt_day_month,
    fmt_decimal,
    fmt_mm,
    qt_datetime_format,
)
from ocop_desk.core.i18n import load_language


def test_dates_are_never_ambiguous() -> None:
    day = dt.date(2026, 12, 7)
    assert fmt_date(day, "vi") == "07/12/2026"
    assert fmt_date(day, "en") == "7 Dec 2026"  # not 07/12/2026, read as 12 July in English
    assert fmt_day_month(day, "vi") == "07/12" and fmt_day_month(day, "en") == "7 Dec"
    at = dt.datetime(2026, 12, 7, 23, 52).astimezone()  # local time, as stored values are shown
    assert fmt_datetime(at, "vi") == "07/12/2026 23:52"
    assert fmt_datetime(at, "en") == "7 Dec 2026 23:52"
    assert [fmt_date(dt.date(2026, m, 1), "en").split()[1] for m in (5, 9)] == ["May", "Sep"]


def test_the_qt_and_excel_formats_match_the_text_formats(qapp: Any) -> None:
    from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

    at = QDateTime(QDate(2026, 12, 7), QTime(23, 52))
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert english.toString(at, qt_datetime_format("en")) == "2026-12-07 23:52"  # an editor: digits, unambiguous
    assert QLocale(QLocale.Language.Vietnamese).toString(at, qt_datetime_format("vi")) == "07/12/2026 23:52"
    assert excel_datetime_format("en") == "d mmm yyyy hh:mm" and excel_datetime_format("vi") == "dd/mm/yyyy hh:mm"


@pytest.mark.parametrize(("value", "vi", "en"), [(210.0, "210", "210"), (99.1, "99,1", "99.1"),
                                                 (38.126, "38,13", "38.13"), (0.0, "0", "0"), (-0.001, "0", "0")])
def test_decimals_drop_trailing_zeros_and_use_the_languages_sign(value: float, vi: str, en: str) -> None:
    assert (fmt_decimal(value, 2, "vi"), fmt_decimal(value, 2, "en")) == (vi, en)


def test_template_names_and_sizes_in_vietnamese() -> None:
    from ocop_desk.labels.templates import builtin_templates

    load_language("vi")
    try:
        names = {t.name: t.display_name() for t in builtin_templates()}
        assert fmt_mm(99.1) == "99,1 mm"
    finally:
        load_language("en")
    assert "99,1 × 38,1 mm" in names["a4-2x7"]
    assert all("." not in name for name in names.values())
