"""Hostile and damaged registration files are refused by the CLI with exit 1, naming the file and the problem,
within 10 s of CPU and under a 500 MB address-space limit, and nothing is written (issue 18).

Each import runs in a child process with RLIMIT_AS = 500 MB: a reader that tried to build what such a file
asks for would die there (MemoryError, or calamine's abort), not pass. The child's CPU time and peak RSS
come from wait4; wall time is also bounded, loosely, as the test machine is shared.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ocop_desk.registration import guard
from ocop_desk.store.database import Store
from ocop_desk.store.models import Event, Product
from tests import hostile_files as h

ROOT = Path(__file__).resolve().parents[1]
ADDRESS_SPACE = 500_000_000
CPU_LIMIT_S = 10.0
WALL_LIMIT_S = 60.0


@dataclass
class Run:
    code: int
    stderr: str
    stdout: str
    cpu: float
    wall: float
    peak_mb: float


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def run_and_measure(db: Path, path: Path) -> Run:
    """The child's exit code, CPU time and peak RSS (from wait4: Popen.wait would reap it first)."""
    out, err = path.with_suffix(".out"), path.with_suffix(".err")
    with out.open("w") as fo, err.open("w") as fe:
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--lang", "en", "--db", str(db), "import",
                                 str(path)], stdout=fo, stderr=fe, preexec_fn=_limit, cwd=ROOT)
        deadline = started + WALL_LIMIT_S
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - started
    return Run(proc.returncode, err.read_text(), out.read_text(), usage.ru_utime + usage.ru_stime, wall,
               usage.ru_maxrss / 1024)


HOSTILE: dict[str, tuple[str, Callable[[Path], Path], str]] = {
    "cell at row 2,000,000,000": (".xlsx", h.far_cell, "row 2,000,000,000"),
    "far cell in a sheet stored under another name": (".xlsx", h.moved_far_cell, "row 100,000,000"),
    "one 2 GB shared string": (".xlsx", h.huge_shared_string, "sharedStrings.xml would unpack to 2000 MB"),
    "3 GB zip bomb": (".xlsx", h.zip_bomb, "would unpack to 3000 MB"),
    "zip bomb that lies about its size": (".xlsx", lambda p: h.zip_bomb(p, 300, declared=50_000),
                                          "compressed data is damaged"),
    "zip bomb whose CRC matches its declared size": (".xlsx", h.crc_matched_bomb,
                                                     "larger than its declared uncompressed size"),
    "damaged deflate data": (".xlsx", h.damaged_deflate, "compressed data is damaged"),
    "sheet XML cut in half": (".xlsx", h.truncated_xml, "cannot be read as a spreadsheet"),
    "entity-expansion bomb": (".xlsx", h.entity_bomb, "declares a DTD or entities"),
    "external entity": (".xlsx", h.external_entity, "declares a DTD or entities"),
    "two cells 17 billion cells apart": (".xlsx", h.wide_area, "17,179,869,184 cells"),
    "a long shared string in 1,200 cells": (".xlsx", h.shared_amplified, "36 MB of text"),
    ".xls stream declaring 4 GB": (".xls", h.xls_declared_huge, "declares 4,294,967,040 bytes"),
    ".xls sector chain looping": (".xls", h.xls_sector_loop, "a loop in a sector chain"),
    ".xls cell at row 65,535 column 255": (".xls", h.xls_far_cell, "16,777,216 cells"),
    ".xls used area ending before it starts": (".xls", h.xls_reversed_dimensions, "ends before it starts"),
    ".ods value repeated over 16 billion cells": (".ods", h.ods_repeated, "beyond the last row"),
    ".ods table that never closes": (".ods", h.ods_unclosed_table, "a table or row that does not close"),
    ".ods external entity": (".ods", h.ods_entity, "declares a DTD or entities"),
}


@pytest.fixture(scope="module")
def empty_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("db") / "ocop.sqlite3"
    Store.open(db).close()  # migrated once, so each child only reads the file
    return db


def stored(db: Path) -> tuple[int, int]:
    store = Store.open(db)
    try:
        with store.reading() as s:
            return (s.scalar(select(func.count()).select_from(Event)) or 0,
                    s.scalar(select(func.count()).select_from(Product)) or 0)
    finally:
        store.close()


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_file_is_refused_fast_and_bounded(case: str, empty_db: Path, tmp_path: Path) -> None:
    suffix, build, problem = HOSTILE[case]
    path = build(tmp_path / f"dang-ky{suffix}")
    run = run_and_measure(empty_db, path)
    print(f"{case}: exit {run.code}, CPU {run.cpu:.2f} s, wall {run.wall:.2f} s, peak {run.peak_mb:.0f} MB")
    assert run.code == 1, (run.code, run.stderr[-2000:])
    assert path.name in run.stderr and problem in run.stderr, run.stderr
    assert "Nothing was changed" in run.stderr
    assert run.cpu < CPU_LIMIT_S and run.wall < WALL_LIMIT_S
    assert run.peak_mb < ADDRESS_SPACE / 1e6
    assert stored(empty_db) == (0, 0)


def test_the_guard_is_what_stops_them(tmp_path: Path) -> None:
    """Without the guard, calamine itself aborts the process on such a file (the reason the guard runs first)."""
    path = h.far_cell(tmp_path / "far.xlsx", row=100_000_000)
    with pytest.raises(guard.FileRefused, match="row 100,000,000"):
        guard.check_spreadsheet(path)
    script = ("import sys, python_calamine as c; "
              "c.CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0).to_python()")
    proc = subprocess.run([sys.executable, "-c", script, str(path)], preexec_fn=_limit, capture_output=True,
                          timeout=WALL_LIMIT_S)
    assert proc.returncode != 0  # SIGABRT (or a MemoryError), never a normal read


def test_a_good_file_passes_under_the_same_limits(tmp_path: Path) -> None:
    db = tmp_path / "ocop.sqlite3"
    Store.open(db).close()
    path = h.xlsx(tmp_path / "good.xlsx", h.sheet_xml(h.good_rows()))
    run = run_and_measure(db, path)
    assert run.code == 0, run.stderr
    assert stored(db)[1] == 1


def test_ceilings_leave_room_for_the_largest_registration_lists() -> None:
    """20,000 products × 15 columns is 300,000 cells; the ceilings stay well above what such a list needs."""
    assert guard.MAX_CELLS >= 5 * 20_000 * 15
    assert guard.MAX_PART_BYTES >= 5 * 10_500_000  # the bench workbook's sheet XML
    assert guard.EXCEL_ROWS == 1_048_576 and guard.EXCEL_COLUMNS == 16_384
