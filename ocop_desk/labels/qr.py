"""QR symbols for labels: encoded by the `qrcode` library, shaped for the label painter.

Error correction M (15% recovery: survives a scuffed thermal label) and qrcode's own mode segmentation.
The mask is fixed instead of searched: the search builds and scores the symbol eight times and is most of
qrcode's time, while every mask decodes (the tests scan every printed code). Mask 2 is the one whose
ISO 18004 penalty is on average closest to the searched best for our payloads (links and booth codes).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import qrcode
from qrcode import util
from qrcode.constants import ERROR_CORRECT_M
from qrcode.exceptions import DataOverflowError

from ocop_desk.core.errors import DomainError
from ocop_desk.core.i18n import translate

ERROR_CORRECTION = ERROR_CORRECT_M  # never lowered for speed
MASK_PATTERN = 2
SEGMENT_MIN = 20  # a run of digits or capitals this long gets its own compact segment (qrcode's default)
QUIET_ZONE = 4  # modules of light margin on every side (ISO/IEC 18004)
PARALLEL_FROM = 200  # distinct codes below which a helper process costs more than it saves

_DARK_RUN = re.compile(b"\x01+")


@dataclass(frozen=True)
class QrMatrix:
    """A QR symbol without its quiet zone: `rows[r][c]` is 1 when module (r, c) is dark."""

    size: int
    rows: tuple[bytes, ...]
    lines: tuple[tuple[int, int, int], ...]  # (row, first column, width) of every dark run

    @property
    def version(self) -> int:
        return (self.size - 17) // 4

    def dark(self, row: int, col: int) -> bool:
        return bool(self.rows[row][col])

    def runs(self) -> list[tuple[int, int, int, int]]:
        """Dark areas as (col, row, width, height) rectangles: horizontal runs merged, then identical
        runs on consecutive rows merged into one taller rectangle (fewer shapes, smaller PDF)."""
        by_row: list[set[tuple[int, int]]] = [set() for _ in range(self.size + 1)]
        for row, col, width in self.lines:
            by_row[row].add((col, width))
        open_runs: dict[tuple[int, int], int] = {}  # (col, width) -> first row
        out: list[tuple[int, int, int, int]] = []
        for r, current in enumerate(by_row):
            for key in [k for k in open_runs if k not in current]:
                first = open_runs.pop(key)
                out.append((key[0], first, key[1], r - first))
            for key in current:
                open_runs.setdefault(key, r)
        return out


def _too_long(text_length: int) -> DomainError:
    return DomainError(
        translate("Labels", "This text is too long for a QR code ({n} characters).").format(n=text_length),
        hint=translate("Labels", "Shorten the site address or the lot code."))


def _encode(text: str) -> QrMatrix:
    chunks = list(util.optimal_data_chunks(text, minimum=SEGMENT_MIN))
    shape = tuple((chunk.mode, len(chunk)) for chunk in chunks)
    version = _VERSIONS.get(shape)
    code = qrcode.QRCode(version=version, error_correction=ERROR_CORRECTION, border=0, mask_pattern=MASK_PATTERN)
    for chunk in chunks:
        code.add_data(chunk)
    try:
        code.make(fit=version is None)
    except (DataOverflowError, ValueError):  # qrcode 8 says "Invalid version (was 41...)" (its issue #322)
        raise _too_long(len(text)) from None
    _VERSIONS[shape] = code.version
    rows = tuple(bytes(row) for row in code.get_matrix())  # border 0: the symbol itself, as booleans
    lines = tuple((r, m.start(), m.end() - m.start()) for r, row in enumerate(rows) for m in _DARK_RUN.finditer(row))
    return QrMatrix(len(rows), rows, lines)


# The smallest version that holds some data depends only on its segments' modes and lengths, so qrcode's
# `best_fit` (a third of its encoding time) runs once per such shape: a print job's links share a few.
_VERSIONS: dict[tuple[tuple[int, int], ...], int] = {}


_CACHE: dict[str, QrMatrix] = {}
_CACHE_LIMIT = 2048
_PENDING: Iterator[tuple[str, QrMatrix]] | None = None


def _remember(text: str, matrix: QrMatrix) -> QrMatrix:
    if len(_CACHE) >= _CACHE_LIMIT:
        _CACHE.clear()
    _CACHE[text] = matrix
    return matrix


def encode(text: str) -> QrMatrix:
    """The QR symbol for `text` (cached: copies, reprints and preview repaints cost nothing)."""
    found = _CACHE.get(text)
    if found is None:
        if _PENDING is not None:
            for done, matrix in _PENDING:  # results of `prefetch`, in the order they will be asked for
                _remember(done, matrix)
                if done == text:
                    return matrix
        found = _remember(text, _encode(text))
    return found


def _fork_is_safe() -> bool:
    """Forking is cheap and safe only before Qt has started any thread (headless commands, benchmarks)."""
    import threading

    if not hasattr(os, "fork") or threading.active_count() > 1:
        return False
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.instance() is None


@contextmanager
def prefetch(texts: list[str], workers: int) -> Iterator[None]:
    """Encode `texts` in `workers` forked helper processes while the caller paints: `encode` picks the
    results up in order as it needs them. Falls back to encoding on demand (workers = 0, few codes, or Qt
    already running: forking a process with Qt's threads is unsafe, so the window always encodes inline)."""
    global _PENDING
    distinct = [t for t in dict.fromkeys(texts) if t not in _CACHE]
    if workers < 1 or len(distinct) < PARALLEL_FROM or not _fork_is_safe():
        yield
        return
    import multiprocessing

    pool = multiprocessing.get_context("fork").Pool(workers)
    try:
        _PENDING = zip(distinct, pool.imap(_encode, distinct, chunksize=16), strict=True)
        yield
    finally:
        _PENDING = None
        pool.terminate()
        pool.join()
