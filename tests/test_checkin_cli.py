from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from openpyxl import load_workbook


def test_checkin_states_and_exit_codes(cli, demo_db_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = ("--db", str(demo_db_path))
    code, out, err = cli(*db, "checkin", "OCOP:B:1:A01", "--day", "2026-10-14", "--operator", "Lan")
    assert code == 0 and out.startswith("Checked in: booth A01 – Cơ sở Chả chìa Hạ Lũng Bác Hoạt (Khu A) at ")
    code, out, _ = cli(*db, "--operator", "Hà", "checkin", "a01", "--day", "2026-10-14")
    assert code == 0 and "Already checked in today at " in out and "by Lan" in out and "No second record" in out
    code, out, _ = cli(*db, "checkin", "Z99", "--day", "2026-10-14")
    assert code == 1 and "Unknown code 'Z99'" in out
    code, out, _ = cli(*db, "checkin", "B01", "--day", "2026-10-14", "--json")
    data = json.loads(out)
    assert code == 0 and data["state"] == "checked_in" and data["booth"]["code"] == "B01" and data["by"] == "cli"
    code, _, err = cli(*db, "checkin", "B01", "--day", "2030-01-01")
    assert code == 1 and "not a day of" in err


def test_booths_lists_statuses(cli, demo_db_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = ("--db", str(demo_db_path))
    cli(*db, "checkin", "A02", "--day", "2026-10-15")
    code, out, _ = cli(*db, "booths", "--day", "2026-10-15", "--json")
    data = json.loads(out)
    assert code == 0 and data["present"] == 1 and data["expected"] == 10 and len(data["booths"]) == 10
    assert next(b for b in data["booths"] if b["code"] == "A02")["status"] == "present"
    code, out, _ = cli(*db, "booths", "--day", "2026-10-15")
    assert "1 present of 10 expected" in out and "A02" in out


def test_lot_add_by_name_code_and_ambiguity(cli, demo_db_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = ("--db", str(demo_db_path))
    code, out, err = cli(*db, "lot", "add", "B03", "mat ong tung hang", "--qty", "12", "--day", "2026-10-14",
                         "--produced", "01/09/2026", "--expires", "2027-09-01", "--json")
    assert code == 0, err
    rec = json.loads(out)
    assert rec["product_code"] == "MAT-ONG-TH" and rec["quantity"] == 12 and rec["lot_code"] == "261014B03-01"
    assert rec["expires_on"] == "2027-09-01" and rec["warnings"] == []
    code, _, err = cli(*db, "lot", "add", "B01", "nuoc mam", "--qty", "3", "--day", "2026-10-14")
    assert code == 1 and "matches 2 products" in err and "NM-CAT-HAI-30" in err
    expired = ("lot", "add", "B01", "NM-CAT-HAI-30", "--qty", "3", "--lot", "L7", "--day", "2026-10-14",
               "--expires", "2020-01-01")
    code, out, err = cli(*db, *expired)  # an expiry already past needs an explicit yes
    assert code == 1 and "already past its expiry" in err and "--accept-dates" in err and out == ""
    code, out, _ = cli(*db, *expired, "--accept-dates")
    assert code == 0 and "Recorded lot L7" in out and "Warning: This lot is already past its expiry" in out
    code, _, err = cli(*db, "lot", "add", "B01", "NM-CAT-HAI-30", "--qty", "3", "--lot", "L7", "--day", "2026-10-14")
    assert code == 1 and "already recorded" in err
    code, out, _ = cli(*db, "lot", "list", "--json")
    assert [r["lot_code"] for r in json.loads(out)] == ["L7", "261014B03-01"]


def test_template_and_import(cli, db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = ("--db", str(db_path))
    out_file = tmp_path / "mau.xlsx"
    code, out, _ = cli(*db, "template", str(out_file))
    assert code == 0 and out_file.exists()
    wb = load_workbook(out_file)
    ws = wb["Chủ thể"]
    for c, v in enumerate([1, "P1", "HTX Chè Tân Cương", None, None, "Thái Nguyên", "0988000111"], start=1):
        ws.cell(row=4, column=c, value=v)
    ws = wb["Sản phẩm"]
    for c, v in enumerate([1, "S1", "Chè Tân Cương", "P1", None, "hộp", "150.000", "★★★★"], start=1):
        ws.cell(row=4, column=c, value=v)
    wb.save(out_file)
    code, out, _ = cli(*db, "import", "--preview", str(out_file))
    assert code == 0 and "Would create the event 'mau'" in out and "Products: 1 added" in out
    code, out, _ = cli(*db, "event", "list")
    assert "No events yet" in out  # the preview wrote nothing
    code, out, _ = cli(*db, "import", str(out_file), "--json")
    data = json.loads(out)
    assert code == 0 and data["written"] and data["event_created"] and data["products"]["added"] == 1
    ws = wb["Sản phẩm"]
    ws.cell(row=4, column=8, value=9)
    wb.save(out_file)
    code, _, err = cli(*db, "import", str(out_file))
    assert code == 1 and "1 problem(s)" in err and "row 4, column 'Hạng sao': star rating 9 is outside 1–5" in err


def test_a_day_outside_the_fair_names_the_fair_s_days_not_the_option(cli, demo_db_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("--db", str(demo_db_path), "checkin", "A01", "--day", "2026-12-20")
    assert code == 1 and "2026-12-20 is not a day of" in err
    assert "2026-10-14, 2026-10-15, 2026-10-16" in err and "Give one with --day" not in err


def test_a_booth_that_left_is_said_to_have_left_and_back_marks_it_present(cli, demo_db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ocop_desk.checkin import desk
    from ocop_desk.store.audit import Actor
    from ocop_desk.store.database import Store

    db = ("--db", str(demo_db_path))
    day = ("--day", "2026-10-14")
    assert cli(*db, "checkin", "B03", *day)[0] == 0
    store = Store.open(str(demo_db_path))
    try:
        desk.set_status(store, Actor("Lan", "desk-2"), 1, dt.date(2026, 10, 14), "B03", "left")
    finally:
        store.close()
    code, out, _ = cli(*db, "booths", *day, "--json")
    data = json.loads(out)
    assert (data["present"], data["left"], data["checked_in"]) == (0, 1, 1)
    code, out, _ = cli(*db, "checkin", "B03", *day)
    assert code == 0 and "then left at" in out and "--back" in out
    code, out, _ = cli(*db, "checkin", "B03", *day, "--back")
    assert code == 0 and "is present again" in out
    code, out, _ = cli(*db, "booths", *day)
    assert "1 present of 10 expected; 1 checked in, of whom 0 left" in out
