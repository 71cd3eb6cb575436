"""The file dialogs never open the files they list: SQLite's lock on the database's -shm must survive them."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from ui.common import file_dialogs


def posix_locks(folder: Path) -> set[str]:
    """Names of the files in `folder` on which this process holds a POSIX lock (from /proc/locks)."""
    names = {path.stat().st_ino: path.name for path in folder.iterdir()}
    held = set()
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        if fields[1] == "POSIX" and fields[4] == str(os.getpid()):
            inode = int(fields[5].split(":")[-1])
            if inode in names:
                held.add(names[inode])
    return held


def show_folder(qtbot, dialog: QFileDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    deadline = time.monotonic() + 2.0  # the model gathers each file's icon and type in a thread
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.05)
    dialog.reject()


@pytest.mark.qt_log_ignore("propagateSizeHints")
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/locks")
@pytest.mark.skipif(file_dialogs.NATIVE, reason="native dialogs are not Qt's")
def test_listing_the_database_folder_keeps_sqlites_locks(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    con = sqlite3.connect(tmp_path / "fair.sqlite3", isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("CREATE TABLE t (a)")
    con.execute("INSERT INTO t VALUES (1)")
    assert "fair.sqlite3-shm" in posix_locks(tmp_path)
    show_folder(qtbot, file_dialogs.make_dialog(None, "Save labels as PDF", str(tmp_path / "tem.pdf"),
                                                "PDF files (*.pdf)"))
    assert "fair.sqlite3-shm" in posix_locks(tmp_path)  # a plain QFileDialog drops it (MIME sniffing)
    con.close()
