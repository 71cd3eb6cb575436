"""`ocop-desk backup` / `ocop-desk backup --list` / `ocop-desk restore`."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from ocop_desk.store import backup
from ocop_desk.store.instance_lock import InstanceLock


def events_in(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT name FROM event ORDER BY id")]
    finally:
        con.close()


def test_backup_list_and_restore_round_trip(cli, demo_db_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli("--db", str(demo_db_path), "backup")
    assert code == 0, err
    assert "Backed up" in out and str(demo_db_path) in out
    made = backup.list_backups(demo_db_path)
    assert len(made) == 1 and made[0].reason == "cli" and str(made[0].path) in out
    code, _, _ = cli("--db", str(demo_db_path), "event", "create", "Chợ phiên mới", "--from", "2026-11-01",
                     "--to", "2026-11-02")
    assert code == 0 and len(events_in(demo_db_path)) == 2
    code, out, _ = cli("--db", str(demo_db_path), "backup", "--list")
    assert code == 0 and made[0].path.name in out and "from the CLI" in out
    code, out, err = cli("--db", str(demo_db_path), "restore", str(made[0].path), "--yes")
    assert code == 0, err
    assert "booths" in out and "10" in out and "(now: 10)" in out and "Restored" in out
    assert events_in(demo_db_path) == ["Chợ phiên OCOP Hải Phòng"]
    code, out, _ = cli("--db", str(demo_db_path), "backup", "--list", "--json")
    listed = json.loads(out)["backups"]
    assert [b["reason"] for b in listed] == ["before-restore", "cli"]
    safety = Path(listed[0]["path"])
    assert events_in(safety) == ["Chợ phiên OCOP Hải Phòng", "Chợ phiên mới"]  # nothing lost by restoring


def test_restore_needs_confirmation_and_shows_the_preview(cli, demo_store, demo_db_path: Path) -> None:  # type: ignore[no-untyped-def]
    info = backup.make_backup(demo_store, "manual")
    demo_store.close()
    code, out, err = cli("--db", str(demo_db_path), "restore", str(info.path))
    assert code == 1 and "confirm with --yes" in err and "taken" in out
    code, out, _ = cli("--db", str(demo_db_path), "restore", str(info.path), "--json")
    data = json.loads(out)
    assert code == 0 and data["restored"] is False and data["preview"]["counts"]["booths"] == 10
    assert [b.reason for b in backup.list_backups(demo_db_path)] == ["manual"]  # no safety copy: nothing done


def test_restore_is_refused_while_a_window_has_the_file(cli, demo_store, demo_db_path: Path) -> None:  # type: ignore[no-untyped-def]
    info = backup.make_backup(demo_store, "manual")
    with InstanceLock.acquire(demo_db_path, operator="Thu Hà"):
        code, out, _ = cli("--db", str(demo_db_path), "backup", "--list")
        assert code == 0 and "Open now in OCOP Desk on" in out and "Thu Hà" in out
        code, _, err = cli("--db", str(demo_db_path), "restore", str(info.path), "--yes")
        assert code == 3 and "Cannot restore" in err and "Thu Hà" in err and "Close OCOP Desk there first" in err
        # short commands are not blocked by the window's lock
        code, _, _ = cli("--db", str(demo_db_path), "event", "list")
        assert code == 0


def test_restore_of_a_bad_file_changes_nothing(cli, demo_db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "x.sqlite3"
    bad.write_bytes(b"junk" * 100)
    code, _, err = cli("--db", str(demo_db_path), "restore", str(bad), "--yes")
    assert code == 1 and "not an OCOP Desk database or backup" in err and str(bad) in err
    assert backup.list_backups(demo_db_path) == []
    code, _, err = cli("--db", str(demo_db_path), "restore", "--latest", "--yes")
    assert code == 1 and "no usable backup" in err


def test_usage_errors(cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("--db", str(db_path), "restore")[0] == 2
    assert cli("--db", str(db_path), "restore", "a", "--latest")[0] == 2


def test_postgres_is_told_to_use_pg_dump(cli) -> None:  # type: ignore[no-untyped-def]
    for args in (("backup",), ("backup", "--list"), ("restore", "--latest", "--yes")):
        code, _, err = cli("--db", "postgresql+psycopg://ocop@127.0.0.1:1/ocop", *args)
        assert code == 1 and "PostgreSQL" in err and "pg_dump" in err
