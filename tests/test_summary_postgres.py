"""The summary and the export on PostgreSQL (runs when OCOP_TEST_PG_URL names a server)."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from ocop_desk.fair.demo import load_demo
from ocop_desk.fair.events import resolve_event
from ocop_desk.reports.export import export_workbook
from ocop_desk.reports.summary import summarize
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from tests.conftest import DEMO_DAY
from tests.summary_fixtures import add_activity, reference_figures

PG_URL = os.environ.get("OCOP_TEST_PG_URL")
pytestmark = [pytest.mark.postgres,
              pytest.mark.skipif(not PG_URL, reason="set OCOP_TEST_PG_URL to a PostgreSQL server to run")]


@pytest.fixture
def pg_store() -> Iterator[Store]:
    assert PG_URL
    name = f"ocop_issue6_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    store = Store.open(make_url(PG_URL).set(database=name).render_as_string(hide_password=False))
    try:
        yield store
    finally:
        store.close()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}"'))
        admin.dispose()


def test_figures_and_workbook_on_postgresql(pg_store: Store, tmp_path: Path) -> None:
    load_demo(pg_store, Actor(operator="pg"), first_day=DEMO_DAY, days=3)
    event_id = resolve_event(pg_store).id
    add_activity(pg_store, event_id)
    for day in (DEMO_DAY, DEMO_DAY + dt.timedelta(days=1), None):
        summary = summarize(pg_store, event_id, day)
        ref = reference_figures(pg_store, event_id, day)
        for name, expected in ref.values.items():
            got = getattr(summary, name)
            assert ((got.on_site, got.platform) if isinstance(expected, tuple) else got) == expected, name
        assert {h.start: h.revenue for h in summary.by_hour} == ref.by_hour
    out = tmp_path / "pg.xlsx"
    export_workbook(pg_store, event_id, out)
    wb = openpyxl.load_workbook(out)
    products = list(wb["Products"].iter_rows(min_row=3, values_only=True))
    assert sum(r[13] for r in products) == reference_figures(pg_store, event_id, None).values["revenue"][0]
