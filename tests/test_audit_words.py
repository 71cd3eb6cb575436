"""The audit log told in words a coordinator reads, the same in Booth ▸ History and the workbook's audit sheet:
what happened, to which booth or lot, and the values that changed (no action keys, no JSON)."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl

from ocop_desk.checkin import desk, lots
from ocop_desk.core.i18n import load_language
from ocop_desk.fair.events import resolve_event
from ocop_desk.reports.export import export_workbook
from ocop_desk.store.audit import Actor, describe
from ocop_desk.store.database import Store
from tests.conftest import DEMO_DAY

RAW = ("check_in", "set_status", "load_demo", "tiktok", "{", "_", "checkin_id")


def busy_booth(store: Store, actor: Actor) -> int:
    event = resolve_event(store).id
    outcome = desk.check_in(store, actor, event, DEMO_DAY, "B01")
    lots.add_lot(store, actor, event, "B01", "NM-CAT-HAI-30", 12, lot_code="NM-0141", produced="2026-10-01",
                 expires="2027-10-01", day=DEMO_DAY)
    desk.undo_check_in(store, actor, outcome.checkin_id)  # type: ignore[arg-type]
    desk.check_in(store, actor, event, DEMO_DAY, "B01")  # (a booth marked left cannot have its check-in undone)
    desk.set_status(store, actor, event, DEMO_DAY, "B01", "left")
    return event


def test_booth_history_reads_as_sentences(demo_store: Store, actor: Actor) -> None:
    event = busy_booth(demo_store, actor)
    told = [describe(h.action, h.details) for h in desk.booth_detail(demo_store, event, "B01").history]
    whats = {t.what for t in told}
    assert {"Booth B01 checked in", "Booth B01 marked left", "Lot NM-0141 recorded for booth B01",
            "Check-in of booth B01 undone"} <= whats
    lot = next(t for t in told if t.what.startswith("Lot"))
    assert "quantity: 12" in lot.details and "expires: 1 Oct 2027" in lot.details
    status = next(t for t in told if "marked" in t.what)
    assert status.details == "day: 14 Oct 2026 · before: present"
    assert not [t for t in told for raw in RAW if raw in t.what + t.details]


def test_vietnamese_words_dates_and_platform_names() -> None:
    load_language("vi")
    try:
        told = describe("set_status", json.dumps({"booth": "C01", "day": "2026-10-14", "status": "absent",
                                                  "previous": "expected"}), "booth")
        live = describe("start", json.dumps({"platform": "tiktok", "hosts": ["Lan"]}), "live_session")
    finally:
        load_language("en")
    assert told.what == "Gian C01 được ghi là vắng"
    assert told.details == "ngày: 14/10/2026 · trước đó: chưa đến"
    assert live.what == "Bắt đầu phiên livestream trên TikTok Shop"


def test_an_unknown_or_broken_entry_still_reads(demo_store: Store) -> None:
    assert describe("merge_booths", None) == describe("merge_booths", "")
    assert describe("merge_booths", None).what == "merge booths"
    assert describe("add", "{not json").details == "{not json"
    assert describe("add", json.dumps({"booth": "A01"}), "lot").what == "Lot ? recorded for booth A01"


def test_the_workbooks_audit_sheet_uses_the_same_words(demo_store: Store, actor: Actor, tmp_path: Path) -> None:
    event = busy_booth(demo_store, actor)
    export_workbook(demo_store, event, tmp_path / "x.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "x.xlsx")["Audit log"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    header = next(i for i, r in enumerate(rows) if "What happened" in r)
    what = rows[header].index("What happened")
    assert {"Sample fair loaded", "Booth B01 checked in", "Lot NM-0141 recorded for booth B01"} <= {
        r[what] for r in rows[header + 1:]}
    assert not [v for r in rows[header + 1:] for v in r[what:] for raw in RAW if isinstance(v, str) and raw in v]
