"""Waiting for a page's background reads (ui/common/tasks.py LatestRead) to be shown."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject
from PySide6.QtTest import QTest

from ui.common.tasks import LatestRead


def settle(owner: QObject, timeout_s: float = 10.0) -> None:
    """Spin the event loop until every LatestRead under `owner` has delivered (or dropped) its answer."""
    deadline = time.monotonic() + timeout_s
    while any(reads.busy for reads in owner.findChildren(LatestRead)) and time.monotonic() < deadline:
        QTest.qWait(5)
    assert not any(reads.busy for reads in owner.findChildren(LatestRead)), "a background read never finished"
