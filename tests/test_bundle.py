"""The self-contained bundle (packaging/build.sh), run the way a coordinator's laptop runs it: no Python
beside it, no project on the path, a fresh data folder.

Runs when OCOP_BUNDLE names the bundled executable: `.ci/run` builds the bundle after the suite and runs
this file against it (a missing executable then fails). In the suite itself (`bash tests/run.sh`) it is skipped.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from tests.labels_scan import decode_pdf
from tests.xdriver import Database, Keyboard, Xvfb, missing_tools, wait_for

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = os.environ.get("OCOP_BUNDLE", "")
pytestmark = pytest.mark.skipif(not BUNDLE, reason="set OCOP_BUNDLE to the bundled executable "
                                "(bash packaging/build.sh builds dist/ocop-desk/ocop-desk)")


@pytest.fixture(scope="module")
def exe() -> Path:
    path = Path(BUNDLE).resolve()
    assert path.is_file() and os.access(path, os.X_OK), f"no bundled executable at {path}: run packaging/build.sh"
    return path


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bundle-home")


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What a fresh user account has: no virtualenv, no PYTHONPATH, no Python on PATH but the system's."""
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TZ": os.environ.get("TZ", "UTC"),
           "OCOP_DESK_DATA": str(home / "data")}
    env.update(extra)
    return env


def bundled(exe: Path, home: Path, *args: str, expect: int = 0, **env: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(exe), *args], cwd=home, env=clean_env(home, **env), capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == expect, f"ocop-desk {' '.join(args)} exited {done.returncode}:\n{done.stderr}"
    return done


def test_bundle_carries_no_python_of_ours(exe: Path) -> None:
    """What runs is the frozen app: no source tree, no site-packages of a venv inside the bundle."""
    folder = exe.parent
    assert not list(folder.rglob("site-packages")), "the bundle holds a site-packages folder"
    assert not (folder / "_internal" / "ui").exists() or not list((folder / "_internal" / "ui").rglob("*.py"))
    # Alembic needs its migration scripts as files; the resources travel with the app
    internal = folder / "_internal"
    assert list((internal / "ocop_desk" / "store" / "migrations" / "versions").glob("0001_*.py"))
    assert list((internal / "ocop_desk_resources" / "i18n").glob("*_vi.qm"))
    assert list((internal / "ocop_desk_resources" / "label_templates").glob("*.json"))
    assert (internal / "ocop_desk_resources" / "site" / "page.html").is_file()
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for needed in ("platforms/libqxcb.so", "platforms/libqoffscreen.so", "printsupport", "imageformats"):
        assert (plugins / needed).exists(), f"Qt plugin missing from the bundle: {needed}"


def test_version(exe: Path, home: Path) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert bundled(exe, home, "--version").stdout.strip() == f"ocop-desk {version}"


def test_headless_jobs(exe: Path, home: Path) -> None:
    """demo, import of the blank template's example, check-in, labels (every QR decodes), export, site."""
    bundled(exe, home, "demo")
    assert "*" in bundled(exe, home, "event", "list").stdout

    bundled(exe, home, "template", "blank.xlsx")
    example = home / "example.xlsx"
    _keep_example_rows(home / "blank.xlsx", example)
    db2 = str(home / "from-template.sqlite3")
    bundled(exe, home, "--db", db2, "import", str(example))
    bundled(exe, home, "--db", db2, "checkin", _first_booth(example))
    board = json.loads(bundled(exe, home, "--db", db2, "booths", "--json").stdout)
    assert (board["present"], board["expected"]) == (1, 1)

    bundled(exe, home, "checkin", "A01")
    board = json.loads(bundled(exe, home, "booths", "--json").stdout)
    assert [b["code"] for b in board["booths"] if b["status"] == "present"] == ["A01"]

    today = dt.date.today()
    dates = ("--produced", (today - dt.timedelta(days=2)).isoformat(),
             "--expires", (today + dt.timedelta(days=180)).isoformat())
    for lot in ("L01", "L02"):
        bundled(exe, home, "lot", "add", "A01", "CHA-CHIA-HL", "--qty", "5", "--lot", lot, *dates)
    bundled(exe, home, "lot", "add", "A01", "CHA-LA-LOT", "--qty", "3", *dates)
    bundled(exe, home, "labels", "labels.pdf")
    codes = [text for page in decode_pdf(home / "labels.pdf") for text in page]
    assert len(codes) == 3, codes
    assert all(code.startswith("https://") for code in codes), codes

    bundled(exe, home, "export", "day.xlsx")
    workbook = openpyxl.load_workbook(home / "day.xlsx", read_only=True)
    assert len(workbook.sheetnames) >= 2
    workbook.close()

    bundled(exe, home, "site", "site")
    assert (home / "site" / "index.html").is_file()


def _keep_example_rows(blank: Path, out: Path) -> None:
    """The blank template's example rows (marked "Ví dụ", skipped on import) made into real rows."""
    workbook = openpyxl.load_workbook(blank)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            if row and row[0].value == "Ví dụ":
                row[0].value = 1
    workbook.save(out)


def _first_booth(example: Path) -> str:
    workbook = openpyxl.load_workbook(example, read_only=True)
    try:
        for sheet in workbook.worksheets:
            rows = list(sheet.iter_rows(values_only=True))
            headers = next((r for r in rows if r and any(isinstance(v, str) and "Booth" in v for v in r if v)), None)
            if headers is None:
                continue
            col = next(i for i, v in enumerate(headers) if isinstance(v, str) and "Booth" in v)
            for r in rows:
                if r and r[0] == 1 and isinstance(r[col], str):
                    return r[col]
    finally:
        workbook.close()
    raise AssertionError("the template's example has no booth code")


@pytest.fixture
def xserver(tmp_path: Path) -> Iterator[Xvfb]:
    missing = missing_tools()
    if missing:
        pytest.fail(f"needs {', '.join(missing)} (apt-get install xvfb xdotool x11-xserver-utils)")
    server = Xvfb(tmp_path / "x")
    try:
        yield server
    finally:
        server.stop()


def test_window_opens_on_the_sample_fair_and_closes(exe: Path, tmp_path: Path, xserver: Xvfb) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = clean_env(home, DISPLAY=xserver.display, QT_QPA_PLATFORM="xcb")
    log = (tmp_path / "window.log").open("w")
    app = subprocess.Popen([str(exe), "--demo", "--operator", "Hà"], cwd=home, env=env, stdout=log,
                           stderr=subprocess.STDOUT)
    try:
        def alive() -> None:
            if app.poll() is not None:
                raise AssertionError(f"the bundled window exited {app.returncode}: "
                                     f"{(tmp_path / 'window.log').read_text()}")

        keys = Keyboard(xserver.display, check=alive)
        window = keys.window("OCOP Desk", timeout=60)
        db = Database(home / "data" / "ocop-desk.sqlite3", check=alive)
        shot = ROOT / "tests" / "artefacts" / "bundle-window.png"
        shot.parent.mkdir(parents=True, exist_ok=True)
        try:
            wait_for("the sample fair's 10 booths", lambda: db.value("SELECT count(*) FROM booth") == 10,
                     timeout=30, check=alive)
        finally:
            xserver.screenshot(shot)
        keys.xdotool("windowfocus", "--sync", window)  # no window manager: this is the click on its title
        keys.key("ctrl+q")
        wait_for("the window to close", lambda: app.poll() is not None, timeout=30)
        assert app.returncode == 0, (tmp_path / "window.log").read_text()
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(10)
        log.close()


def test_opens_a_database_of_the_current_release(exe: Path, tmp_path: Path) -> None:
    """A newer bundle opens an older database through the migrations: here, one made by this source tree."""
    db = tmp_path / "made-by-source.sqlite3"
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "demo"], check=True,
                   capture_output=True, timeout=120, cwd=ROOT)
    home = tmp_path / "home"
    home.mkdir()
    out = bundled(exe, home, "--db", str(db), "booths").stdout
    assert "A01" in out
