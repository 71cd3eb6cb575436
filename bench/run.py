"""Run every benchmark and print each figure beside its target.

    python -m bench.run            # all of them
    python -m bench.run startup    # only modules whose name contains 'startup'

Each bench/bench_*.py module has `run() -> list[Result]`.
"""

from __future__ import annotations

import importlib
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    here = Path(__file__).resolve().parent
    names = sorted(p.stem for p in here.glob("bench_*.py"))
    if argv:
        names = [n for n in names if any(a in n for a in argv)]
    print(f"OCOP Desk benchmarks on {os.cpu_count()} cores (Python {sys.version.split()[0]})")
    results = []
    for name in names:
        t0 = time.perf_counter()
        module = importlib.import_module(f"bench.{name}")
        print(f"\n== {name}")
        for result in module.run():
            print(result.line(), flush=True)
            results.append(result)
        print(f"   ({time.perf_counter() - t0:.1f} s)")
    missed = [r for r in results if r.ok is False]
    print(f"\n{len(results)} figures, {len(missed)} missing their target")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
