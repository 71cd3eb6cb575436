"""Fuzzed registration files (issue 18): bytes flipped, files and XML parts truncated or swapped, numbers in
the XML made huge, on a valid .xlsx, .xls and .ods. Every mutant ends in an import or a clear refusal (a
DomainError), in a child under a 500 MB address-space limit: an unexpected exception, a crash or an abort
fails the test, naming the seed that replays it (`python -m tests.fuzz_files SEED ...` prints each case)."""

from __future__ import annotations

import collections
import subprocess
import sys
from pathlib import Path

from tests.test_import_hostile import ROOT, _limit

SEED = 18_2026
SECONDS = 20


def test_mutated_spreadsheets_import_or_are_refused(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "tests.fuzz_files", str(SEED), str(SECONDS), str(tmp_path)],
                          cwd=ROOT, capture_output=True, text=True, timeout=SECONDS + 60, preexec_fn=_limit)
    lines = proc.stdout.splitlines()
    assert proc.returncode == 0, f"last case: {lines[-1] if lines else '-'}\n{proc.stderr[-3000:]}"
    outcomes = collections.Counter((line.split()[1], line.split()[3]) for line in lines)
    print(dict(outcomes))
    assert sum(outcomes.values()) >= 60  # enough mutants ran, even on a busy machine
    for kind in ("xlsx", "xls", "ods"):
        assert outcomes[(kind, "refused")] > 0  # the mutator does break files
        assert outcomes[(kind, "ok")] + outcomes[(kind, "refused")] >= 20
