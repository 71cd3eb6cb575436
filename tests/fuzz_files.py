"""A seeded mutator over valid .xlsx, .xls and .ods registration files, run in a child by test_import_fuzz.

    python -m tests.fuzz_files SEED SECONDS OUTDIR

Each mutant (bytes flipped, the file or one XML part truncated, two parts or two stretches swapped, a
number changed inside the XML) is previewed against a fresh database; one line per mutant on stdout:
`seed kind mutation outcome`, where outcome is `ok` (it imported) or `refused` (a DomainError), and anything
else ends the run with the traceback (the parent then fails, naming the seed to replay).
"""

from __future__ import annotations

import io
import random
import re
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ocop_desk.core.errors import DomainError  # noqa: E402
from ocop_desk.registration import importer  # noqa: E402
from ocop_desk.store.database import Store  # noqa: E402
from tests.hostile_files import FIXTURES  # noqa: E402
from tests.test_import import messy_rows, workbook  # noqa: E402

Mutation = Callable[[random.Random, bytes], bytes]


def flip(rnd: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rnd.randint(1, 8)):
        out[rnd.randrange(len(out))] ^= 1 << rnd.randrange(8)
    return bytes(out)


def truncate(rnd: random.Random, data: bytes) -> bytes:
    return data[: rnd.randrange(len(data))]


def swap(rnd: random.Random, data: bytes) -> bytes:
    size = rnd.randint(1, max(1, len(data) // 8))
    a, b = sorted(rnd.sample(range(len(data) - size), 2))
    if b < a + size:
        return data
    return data[:a] + data[b:b + size] + data[a + size:b] + data[a:a + size] + data[b + size:]


def bump_number(rnd: random.Random, data: bytes) -> bytes:
    """A number inside the XML (a row, a reference, a repeat count, an index) made large or negative."""
    numbers = list(re.finditer(rb"\d+", data))
    if not numbers:
        return flip(rnd, data)
    m = rnd.choice(numbers)
    new = str(rnd.choice([0, -1, 2**31, 2**32 + 5, 10**9, 1_048_577, 16_385, 65_536, 10**30])).encode()
    return data[:m.start()] + new + data[m.end():]


def in_part(mutation: Mutation) -> Mutation:
    """Apply `mutation` to one XML part of a zip (or swap two parts' contents), then zip again."""
    def mutate(rnd: random.Random, data: bytes) -> bytes:
        with zipfile.ZipFile(io.BytesIO(data)) as src:
            infos = src.infolist()
            parts = {i.filename: src.read(i) for i in infos}
        names = [n for n in parts if n.endswith((".xml", ".rels"))]
        if mutation is swap and len(names) > 1:
            a, b = rnd.sample(names, 2)
            parts[a], parts[b] = parts[b], parts[a]
        else:
            name = rnd.choice(names)
            parts[name] = mutation(rnd, parts[name]) if parts[name] else parts[name]
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in infos:
                dst.writestr(info.filename, parts[info.filename])
        return out.getvalue()
    mutate.__name__ = f"part-{mutation.__name__}"
    return mutate


WHOLE: list[Mutation] = [flip, truncate, swap]
ZIP_PARTS: list[Mutation] = [in_part(flip), in_part(truncate), in_part(swap), in_part(bump_number)]


def sources(folder: Path) -> dict[str, bytes]:
    xlsx = workbook(folder / "source.xlsx", {"Danh sách": messy_rows()},
                    merges={"Danh sách": ["B5:B6", "C5:C6", "D5:D6", "E5:E6"]})
    return {"xlsx": xlsx.read_bytes(), "xls": (FIXTURES / "dang-ky.xls").read_bytes(),
            "ods": (FIXTURES / "dang-ky.ods").read_bytes()}


def main(seed: int, seconds: float, folder: Path) -> int:
    rnd = random.Random(seed)
    originals = sources(folder)
    store = Store.open(folder / "fuzz.sqlite3")
    deadline = time.monotonic() + seconds
    n = 0
    try:
        while time.monotonic() < deadline:
            kind = ("xlsx", "xls", "ods")[n % 3]
            mutations = WHOLE + ZIP_PARTS if kind != "xls" else WHOLE + [bump_number]
            mutation = rnd.choice(mutations)
            case_seed = rnd.randrange(2**32)
            data = mutation(random.Random(case_seed), originals[kind])
            path = folder / f"mutant.{kind}"
            path.write_bytes(data)
            print(f"{case_seed} {kind} {mutation.__name__} ", end="", flush=True)
            try:
                importer.preview(store, path)
                print("ok", flush=True)
            except DomainError:
                print("refused", flush=True)
            n += 1
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]), float(sys.argv[2]), Path(sys.argv[3])))
