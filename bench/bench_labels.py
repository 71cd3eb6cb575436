"""1,000 QR traceability labels to a PDF: time and size, side by side with Debian's gLabels.

- "large fair": 1,000 distinct lots of the large sample fair through the whole user action
  (`labels_pdf`: select, build payloads, encode, paint, write, log), each run in a fresh process so
  no cache is warm (the CLI's own default of forked QR encoders, `default_workers()`).
- "peer rows": the very rows gLabels prints (`/work/shared/peers/glabels/make_peer.py`: same URLs,
  names, producers, A4 3 x 8 of 70 x 37 mm), rendered by us and by `glabels-3-batch`, wall time of
  each command, and the ratio.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.fair import large_fair
from bench.harness import Result, median

ROOT = Path(__file__).resolve().parent.parent
PEER = Path("/work/shared/peers/glabels/make_peer.py")
RUNS = 5
RATIO_TARGET = 4.5  # gLabels time / ours on the same 1,000 rows, measured in the same run

_LARGE = r"""
import os, sys, time
from sqlalchemy import select
from ocop_desk.store.audit import Actor
from ocop_desk.cli.labels import default_workers
from ocop_desk.labels.selection import LotFilter
from ocop_desk.labels.service import LabelRequest, labels_pdf
from ocop_desk.store.models import Event, Lot
from ocop_desk.store.database import Store
store = Store.open(sys.argv[1])
with store.transaction() as s:
    s.get(Event, 1).resolver_base = "https://truyxuat.example.vn"
    ids = s.scalars(select(Lot.id).where(Lot.produced_on.is_not(None), Lot.expires_on.is_not(None))
                    .order_by(Lot.id).limit(1000)).all()
t0 = time.perf_counter()
result = labels_pdf(store, Actor("bench"), sys.argv[2],
                    LabelRequest(event_id=1, lot_filter=LotFilter(lot_ids=tuple(ids)), template="a4-3x8"),
                    workers=default_workers())
print(time.perf_counter() - t0, result.labels, result.lots)
"""

_PEER_ROWS = r"""
import csv, sys
from ocop_desk.cli.labels import default_workers
from ocop_desk.labels.content import LabelContent
from ocop_desk.labels.render import plan_sheets, write_labels_pdf
from ocop_desk.labels.templates import builtin_templates
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
contents = [LabelContent(i, r["url"], r["name"], r["producer"], None, r["lot"], "", r["expiry"], None)
            for i, r in enumerate(rows)]
template = next(t for t in builtin_templates() if t.name == "a4-3x8")
write_labels_pdf(sys.argv[2], plan_sheets(template, contents), workers=default_workers())
"""


def _python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                          check=True, timeout=300)


def _wall(cmd: list[str], env: dict[str, str] | None = None) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, capture_output=True, check=True, timeout=600, env=env)
    return time.perf_counter() - t0


def run() -> list[Result]:
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        inner, sizes = [], []
        for i in range(RUNS):
            db = large_fair(copy_to=work / f"fair{i}.sqlite3")
            out = work / f"large{i}.pdf"
            seconds, labels, lots = _python(_LARGE, str(db), str(out)).stdout.split()
            assert int(labels) == int(lots) == 1000
            inner.append(float(seconds))
            sizes.append(out.stat().st_size)
            db.unlink()
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        results.append(Result("1,000 distinct lots of the large fair to a PDF (median of 5)", median(inner), "s", 2.0,
                              note=f"select + encode + paint + write + log; min {min(inner):.2f} s; "
                                   f"load average {load:.1f} on {os.cpu_count()} cores"))
        results.append(Result("PDF size for 1,000 labels (A4 3 x 8, 42 pages)", sizes[0] / 1e6, "MB", 2.0))

        subprocess.run([sys.executable, str(PEER), str(work / "peer"), "1000"], check=True, capture_output=True)
        csv_path = work / "peer" / "data.csv"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
        ours_cmd = [sys.executable, "-c", _PEER_ROWS, str(csv_path), str(work / "ours.pdf")]
        ours = [_wall(ours_cmd, env) for _ in range(RUNS)]
        ours_size = (work / "ours.pdf").stat().st_size
        glabels = shutil.which("glabels-3-batch")
        if glabels is None:
            results.append(Result("same 1,000 peer rows, ours (whole command, median of 5)", median(ours), "s",
                                  note=f"{ours_size / 1e6:.2f} MB; glabels-3-batch is not installed "
                                       "(apt-get install glabels), so no side-by-side figure"))
            return results
        peer = [_wall([glabels, "-o", str(work / "peer.pdf"), str(work / "peer" / "labels.glabels")])
                for _ in range(RUNS)]
        peer_size = (work / "peer.pdf").stat().st_size
        results.append(Result("same 1,000 peer rows, ours (whole command, median of 5)", median(ours), "s",
                              note=f"{ours_size / 1e6:.2f} MB"))
        results.append(Result("same 1,000 peer rows, gLabels 3 glabels-3-batch (median of 5)", median(peer), "s",
                              note=f"{peer_size / 1e6:.2f} MB (8.97 s on an idle machine per peers/README: "
                                   "a gauge of this run's load)"))
        results.append(Result("gLabels time / our time (higher = we are faster)", median(peer) / median(ours), "x",
                              RATIO_TARGET, lower_is_better=False,
                              note=f"size ours/peer {ours_size / peer_size:.2f}"))
    return results
