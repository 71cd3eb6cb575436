"""`ocop-desk live ...`: a whole session from the command line, and refusals that change nothing."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from ocop_desk.store.database import Store
from ocop_desk.store.models import AuditEntry, LiveSession, LiveTally, ViewerSnapshot

DAY = ["--day", "2026-10-14"]


def counts(db: Path) -> tuple[int, ...]:
    store = Store.open(db)
    try:
        with store.reading() as s:
            return tuple(s.scalar(select(func.count()).select_from(t)) or 0
                         for t in (LiveSession, LiveTally, ViewerSnapshot, AuditEntry))
    finally:
        store.close()


def test_a_whole_session_from_the_cli(cli, demo_db_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = ["--db", str(demo_db_path)]
    code, out, err = cli(*db, "live", "start", "--platform", "facebook", "--host", "Quang Linh", "--host", "Bà Tân",
                         "--title", "Phiên sáng", "--product", "CHA-CHIA-HL", "--product", "8936012340037", *DAY)
    assert code == 0, err
    sid = out.strip()
    assert sid.isdigit()
    code, out, err = cli(*db, "live", "tally", sid, "CHA-CHIA-HL", "--qty", "3")
    assert code == 0 and "CHA-CHIA-HL +3 items" in out and "₫840,000" in out
    code, out, _ = cli(*db, "live", "tally", sid, "https://truyxuat.example.vn/01/08936012340037/10/L%2F1?17=270101")
    assert code == 0 and "NM-CAT-HAI-40 +1 items" in out
    code, out, _ = cli(*db, "live", "tally", sid, "OCOP|CHA-CHIA-HL|L7", "--json")
    assert code == 0 and json.loads(out)["source"] == "scan"
    code, out, _ = cli(*db, "live", "snapshot", sid, "--viewers", "1200", "--views", "5000", "--likes", "30")
    assert code == 0 and "1,200 viewers" in out
    code, out, _ = cli(*db, "live", "correct", sid, "CHA-CHIA-HL", "--qty", "-1", "--reason", "counted twice")
    assert code == 0 and "correction" in out
    code, out, _ = cli(*db, "live", "undo", sid)
    assert code == 0 and "undo: CHA-CHIA-HL +1 items" in out
    code, out, err = cli(*db, "live", "end", sid, "--views", "578000", "--unique", "300000", "--peak", "3400",
                         "--reach", "20700000", "--orders", "4", "--items", "5", "--gmv", "1240000",
                         "--direct-gmv", "1000000")
    assert code == 0, err
    assert "[ended]" in out and "Total: 5 items, 3 orders, ₫1,240,000" in out
    assert "SKU orders" in out and "(+1)  ≠" in out
    code, out, _ = cli(*db, "live", "show", sid, "--json")
    data = json.loads(out)
    assert data["status"] == "ended" and data["platform"] == "facebook"
    assert data["totals"]["revenue"] == 1_240_000 and data["totals"]["items"] == 5
    assert data["platform_totals"]["gmv"] == 1_240_000 and len(data["snapshots"]) == 1
    code, out, err = cli(*db, "live", "tally", sid, "CHA-CHIA-HL")
    assert code == 1 and "has ended" in err and "Reopen" in err
    code, out, _ = cli(*db, "live", "reopen", sid)
    assert code == 0 and "[live]" in out
    code, out, _ = cli(*db, "live", "list", "--json")
    assert json.loads(out)[0]["items"] == 5


def test_cli_refusals_store_nothing(cli, demo_db_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = ["--db", str(demo_db_path)]
    code, out, _ = cli(*db, "live", "start", "--host", "Linh", "--product", "CHA-CHIA-HL", *DAY)
    sid = out.strip()
    before = counts(demo_db_path)
    refusals = [
        (("live", "tally", sid, "CHA-CHIA-HL", "--qty", "0"), "Quantity must be between 1"),
        (("live", "tally", sid, "CHA-CHIA-HL", "--qty", "-4"), "Quantity must be between 1"),
        (("live", "tally", sid, "PATE-COT-DEN"), "not featured in this session"),
        (("live", "tally", sid, "OCOP:B:1:A01"), "booth card"),
        (("live", "tally", "999", "CHA-CHIA-HL"), "no live session with id 999"),
        (("live", "correct", sid, "CHA-CHIA-HL", "--qty", "-1", "--reason", "x"), "cannot be negative"),
        (("live", "snapshot", sid), "at least one figure"),
        (("live", "snapshot", sid, "--viewers", "-5"), "Viewers must be between 0"),
        (("live", "end", sid, "--gmv", str(10**16)), "GMV must be between 0"),
        (("live", "end", sid, "--at", "2000-01-01T00:00"), "cannot end before it starts"),
        (("live", "start", "--host", " ", *DAY), "at least one host"),
        (("live", "start", "--host", "A", "--product", "NOPE", *DAY), "No product has the code"),
        (("live", "start", "--host", "A", "--day", "2030-01-01"), "is not a day of"),
    ]
    for args, message in refusals:
        code, out, err = cli(*db, *args)
        assert code == 1, (args, err)
        assert message in err, (args, err)
        assert len(err.strip().splitlines()) == 1
    assert cli(*db, "live", "start", "--platform", "myspace", "--host", "A")[0] == 2
    assert cli(*db, "live", "tally", sid, "CHA-CHIA-HL", "--qty", "abc")[0] == 2
    assert counts(demo_db_path) == before
    assert cli(*db, "live", "undo", sid)[1].startswith("Nothing to undo")
