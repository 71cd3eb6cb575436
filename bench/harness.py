"""What every benchmark shares: a result with its target, timing helpers, and the large sample fair."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"


@dataclass
class Result:
    name: str
    value: float
    unit: str
    target: float | None = None
    lower_is_better: bool = True
    note: str = ""

    @property
    def ok(self) -> bool | None:
        if self.target is None:
            return None
        return self.value <= self.target if self.lower_is_better else self.value >= self.target

    def line(self) -> str:
        op = "≤" if self.lower_is_better else "≥"
        target = f"target {op} {self.target:g} {self.unit}" if self.target is not None else "(no target)"
        verdict = {True: "PASS", False: "MISS", None: "    "}[self.ok]
        note = f"  {self.note}" if self.note else ""
        return f"{verdict}  {self.name:<58} {self.value:>10.4g} {self.unit:<6} {target}{note}"


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
