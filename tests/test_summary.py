"""The summary service against figures recomputed by brute force from the raw rows."""

from __future__ import annotations

import datetime as dt

import pytest

from ocop_desk.core.errors import DomainError, NotFound
from ocop_desk.fair.events import resolve_event
from ocop_desk.reports.summary import summarize
from ocop_desk.store.database import Store
from tests.conftest import DEMO_DAY
from tests.summary_fixtures import add_activity, reference_figures

DAYS = [DEMO_DAY + dt.timedelta(days=i) for i in range(3)]


@pytest.fixture
def busy_store(demo_store: Store) -> Store:
    add_activity(demo_store, resolve_event(demo_store).id)
    return demo_store


@pytest.mark.parametrize("day", [*DAYS, None], ids=["day1", "day2", "day3", "event"])
def test_every_figure_matches_the_raw_rows(busy_store: Store, day: dt.date | None) -> None:
    event_id = resolve_event(busy_store).id
    summary = summarize(busy_store, event_id, day)
    ref = reference_figures(busy_store, event_id, day)
    for name, expected in ref.values.items():
        got = getattr(summary, name)
        if isinstance(expected, tuple):
            got = (got.on_site, got.platform)
        assert got == expected, name
    assert [(a.day, a.expected, a.present, a.left, a.absent) for a in summary.attendance] == ref.attendance
    every_day = reference_figures(busy_store, event_id, None).attendance
    assert [(a.day, a.expected, a.present, a.left, a.absent) for a in summary.attendance_by_day] == every_day
    assert {p.code: p.revenue for p in summary.products} == ref.product_revenue
    assert {p.code: p.items_sold for p in summary.products} == ref.product_items
    assert {x.key: x.revenue for x in summary.by_producer} == ref.by_producer
    assert {x.key: x.revenue for x in summary.by_province} == ref.by_province
    assert {x.key: x.revenue for x in summary.by_stars} == ref.by_stars
    assert {h.start: h.revenue for h in summary.by_hour} == ref.by_hour
    assert {s.id: s.revenue for s in summary.sessions if s.tally_events} == ref.session_revenue
    revenues = [p.revenue for p in summary.top_products]
    assert revenues == sorted(revenues, reverse=True)


def test_known_figures_of_the_first_day(busy_store: Store) -> None:
    """A hand-checked anchor, so the brute-force reference cannot drift along with the service."""
    s = summarize(busy_store, resolve_event(busy_store).id, DAYS[0])
    # 11 booths; A01 registered days 1-2, C02 day 3 only, D01 day 2 only → 9 expected on day 1.
    # Checked in: A01, A02, A03 (left at 15:00), B02, and C02 although it was not expected that day;
    # present: the same but A03, which left; absent: the 5 expected booths that did not check in (B01's
    # explicit absence among them).
    assert (s.booths_expected, s.booths_present, s.booths_left, s.booths_absent) == (9, 4, 1, 5)
    assert s.booths_checked_in == 5 and s.attendance[0].checked_in == 5
    assert (s.lots, s.products_checked_in, s.quantity_brought) == (4, 4, 245)
    assert s.labels_printed == 95  # the booth cards are not traceability labels
    # 5×250,000 + 1×60,000 (a count undone) + 3×110,000 + 6×180,000
    assert s.revenue.on_site == 1_250_000 + 60_000 + 330_000 + 1_080_000
    assert s.revenue.platform == 9_500_000
    assert s.peak_viewers == type(s.peak_viewers)(1_400, 12_000)
    assert s.sessions_with_platform_figures == 1


def test_quiet_day_has_no_live_figures_rather_than_zero(busy_store: Store) -> None:
    s = summarize(busy_store, resolve_event(busy_store).id, DAYS[2])
    assert s.live_sessions == 1
    assert s.revenue.on_site is None and s.revenue.platform is None
    assert s.products == [] and s.by_hour == []


def test_empty_fair_gives_zeros(demo_store: Store) -> None:
    s = summarize(demo_store, resolve_event(demo_store).id)
    assert s.booths_expected == 10 and s.booths_present == 0 and s.booths_absent == 10
    assert s.lots == 0 and s.live_sessions == 0 and s.top_products == []


def test_a_day_outside_the_event_is_refused(demo_store: Store) -> None:
    with pytest.raises(DomainError, match="is not a day of"):
        summarize(demo_store, resolve_event(demo_store).id, dt.date(2020, 1, 1))
    with pytest.raises(NotFound):
        summarize(demo_store, 999)
