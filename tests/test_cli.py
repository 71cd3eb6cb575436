from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_demo_then_event_list(cli_db) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli_db("demo", "--from", "2026-10-14")
    assert code == 0, err
    assert "10 producers" in out and "22 products" in out and "10 booths" in out
    code, out, _ = cli_db("event", "list", "--json")
    data = json.loads(out)
    assert code == 0 and data[0]["name"] == "Chợ phiên OCOP Hải Phòng" and data[0]["current"] is True
    assert data[0]["booths"] == 10


def test_event_create_use_and_errors(cli_db) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli_db("event", "create", "Hà Nội", "--from", "2026-08-31",
                       "--to", "2026-09-04", "--province", "Hà Nội", "--json")
    assert code == 0
    created = json.loads(out)
    assert len(created["days"]) == 5
    code, out, _ = cli_db("event", "create", "B", "--from", "2026-01-01", "--to", "2026-01-01")
    assert code == 0 and "Created event" in out
    code, out, _ = cli_db("event", "use", str(created["id"]))
    assert code == 0 and "Hà Nội" in out
    code, out, err = cli_db("event", "use", "999")
    assert code == 1 and out == "" and err.startswith("ocop-desk: There is no event with id 999.")
    assert len(err.strip().splitlines()) == 1
    code, _, err = cli_db("event", "create", "C", "--from", "2026-13-01", "--to", "2026-01-01")
    assert code == 1 and "2026-13-01: there is no month 13" in err


def test_usage_errors_exit_2(cli_db) -> None:  # type: ignore[no-untyped-def]
    assert cli_db("no-such-command")[0] == 2
    assert cli_db("event", "create", "X")[0] == 2  # --from/--to missing
    assert cli_db("event", "use", "abc")[0] == 2


def test_bad_database_exits_3_with_the_file_named(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not sqlite at all")
    code, _, err = cli("--db", str(bad), "event", "list")
    assert code == 3 and str(bad) in err
    assert bad.read_bytes() == b"not sqlite at all"


def test_messages_are_vietnamese_by_default(db_path: Path) -> None:
    env = dict(os.environ, OCOP_DESK_DB=str(db_path))
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "event", "use", "5"],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 1
    assert "Không có sự kiện mã 5" in result.stderr


def test_entry_point_and_env_database(tmp_path: Path) -> None:
    db = tmp_path / "env.sqlite3"
    env = dict(os.environ, OCOP_DESK_DB=str(db))
    exe = Path(sys.executable).parent / "ocop-desk"
    result = subprocess.run([str(exe), "--lang", "en", "demo"], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert db.exists()
    result = subprocess.run([str(exe), "--lang", "en", "event", "list"], capture_output=True, text=True, env=env,
                            timeout=60)
    assert "Chợ phiên OCOP Hải Phòng" in result.stdout
