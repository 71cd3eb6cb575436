"""What every benchmark shares: a result with its target, timing helpers, the durable-commit floor.

A figure that has a floor or a peer (the same work with nothing of ours in it, or the tool a user would
pick instead) is judged as a ratio to it, both measured in the same run on the same machine, so the
verdict reads the same on a machine twice as slow; the absolute figures are printed beside the ratio.
"""

from __future__ import annotations

import math
import os
import sqlite3
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
QUICK_ENV = "OCOP_BENCH_QUICK"


def quick() -> bool:
    """`python -m bench.run --quick`: fewer rounds and samples, the same figures and targets."""
    return os.environ.get(QUICK_ENV) == "1"


def rounds(full: int, fast: int) -> int:
    return fast if quick() else full


@dataclass
class Result:
    name: str  # says what is timed, from where to where
    value: float
    unit: str
    target: float | None = None
    lower_is_better: bool = True
    note: str = ""
    beside: str = ""  # for a ratio: the absolute figures it was made from
    skipped: str = ""  # why there is no figure (a peer missing), printed instead of a verdict

    @classmethod
    def ratio(cls, name: str, ours: float, floor: float, unit: str, target: float, floor_name: str,
              note: str = "") -> Result:
        """`ours ÷ floor` against `target`, the two absolute figures printed beside it."""
        return cls(name, ours / floor, "×", target, note=note,
                   beside=f"{_figure(ours)} {unit} vs {floor_name} {_figure(floor)} {unit}")

    @classmethod
    def skip(cls, name: str, why: str) -> Result:
        return cls(name, math.nan, "", skipped=why)

    @property
    def ok(self) -> bool | None:
        if self.target is None or self.skipped:
            return None
        return self.value <= self.target if self.lower_is_better else self.value >= self.target

    def line(self) -> str:
        if self.skipped:
            return f"SKIP  {self.name:<66} {'—':>8}        {self.skipped}"
        op = "≤" if self.lower_is_better else "≥"
        target = f"target {op} {self.target:g} {self.unit}" if self.target is not None else "(no target)"
        verdict = {True: "PASS", False: "MISS", None: "    "}[self.ok]
        extra = "; ".join(x for x in (self.beside, self.note) if x)
        return f"{verdict}  {self.name:<66} {self.value:>8.3g} {self.unit:<5} {target:<18}  {extra}".rstrip()


def _figure(x: float) -> str:
    return f"{x:.3g}" if x < 100 else f"{x:.0f}"


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    k = max(0, min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1)))))
    return ordered[k]


def timed(fn: Callable[[], object], repeat: int = 5) -> list[float]:
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return samples


def median(samples: list[float]) -> float:
    return statistics.median(samples)


class CommitFloor:
    """A bare durable commit: sqlite3 `INSERT` + `COMMIT` in WAL mode with synchronous=FULL, the store's own
    durability, with no application code at all. No check-in can be faster on this disk; take its samples
    between the measured ones (`one()`), so both see the same load on a shared machine."""

    def __init__(self, folder: Path) -> None:
        self.samples: list[float] = []
        self._con = sqlite3.connect(folder / "commit-floor.sqlite3", isolation_level=None)
        self._con.execute("PRAGMA journal_mode = WAL")
        self._con.execute("PRAGMA synchronous = FULL")
        self._con.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT)")

    def one(self) -> None:
        t0 = time.perf_counter()
        self._con.execute("BEGIN IMMEDIATE")
        self._con.execute("INSERT INTO t (v) VALUES ('x')")
        self._con.execute("COMMIT")
        self.samples.append(time.perf_counter() - t0)

    def many(self, n: int) -> CommitFloor:
        for _ in range(n):
            self.one()
        return self

    def p99(self) -> float:
        return percentile(self.samples, 99)

    def close(self) -> None:
        self._con.close()
