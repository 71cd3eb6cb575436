"""Run the benchmarks and print each figure beside its target; exit 1 when a target is missed.

    python -m bench.run                 # all of them
    python -m bench.run checkin live    # bench_checkin and bench_live (a name that is no module's: every
                                        # module containing it, e.g. 'check' or 'page')
    python -m bench.run --quick startup # fewer rounds and samples (a smoke run; tails are noisier)
    python -m bench.run --list          # the benchmark modules

Each bench/bench_*.py module has `run() -> list[Result]`. Exit status: 0 when every target is met (a figure
skipped for a missing peer is not a miss), 1 when one is missed, 2 when a benchmark failed to run.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.harness import QUICK_ENV, Result  # noqa: E402 - after the platform is set for Qt


def _modules() -> list[str]:
    here = Path(__file__).resolve().parent
    return sorted(p.stem for p in here.glob("bench_*.py"))


def _wanted(arg: str, name: str, names: list[str]) -> bool:
    """`checkin` is bench_checkin alone (a module of that name exists); `check` is every module containing it."""
    exact = arg if arg.startswith("bench_") else f"bench_{arg}"
    return name == exact if exact in names else arg in name


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="run only the modules whose name contains one of these")
    parser.add_argument("--quick", action="store_true", help="fewer rounds and samples")
    parser.add_argument("--list", action="store_true", help="list the benchmark modules and exit")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = _parse(argv)
    names = _modules()
    if args.list:
        print("\n".join(n.removeprefix("bench_") for n in names))
        return 0
    if args.names:
        names = [n for n in names if any(_wanted(a, n, names) for a in args.names)]
        if not names:
            print(f"no benchmark matches {' '.join(args.names)}; see --list", file=sys.stderr)
            return 2
    if args.quick:
        os.environ[QUICK_ENV] = "1"
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"OCOP Desk benchmarks on {os.cpu_count()} cores (Python {sys.version.split()[0]}), load average "
          f"{load:.1f}{' — quick mode' if args.quick else ''}")
    print("Ratios (×) are ours ÷ a floor or a peer measured in the same run; the absolute figures follow them.")
    results: list[Result] = []
    failed: list[str] = []
    for name in names:
        t0 = time.perf_counter()
        print(f"\n== {name}", flush=True)
        try:
            module = importlib.import_module(f"bench.{name}")
            for result in module.run():
                print(result.line(), flush=True)
                results.append(result)
        except Exception:  # noqa: BLE001 - one broken benchmark must not hide the others' figures
            traceback.print_exc()
            failed.append(name)
        print(f"   ({time.perf_counter() - t0:.1f} s)", flush=True)
    return _summary(results, failed)


def _summary(results: list[Result], failed: list[str]) -> int:
    missed = [r for r in results if r.ok is False]
    skipped = [r for r in results if r.skipped]
    judged = sum(1 for r in results if r.ok is not None)
    print(f"\n{len(results)} figures, {judged} with a target: {len(missed)} missed, {len(skipped)} skipped"
          + (f"; {len(failed)} benchmark(s) failed to run: {', '.join(failed)}" if failed else ""))
    for r in missed:
        print(f"  MISS {r.name}: {r.value:.3g} {r.unit}, target {'≤' if r.lower_is_better else '≥'} {r.target:g}")
    if failed:
        return 2
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
