#!/usr/bin/env python3
"""OCOP Desk start-up: parse arguments, open the store, hand it to the window or the CLI.

`python3 main.py` on a fresh machine first makes a private environment in .venv (standard library
only up to that point) and re-runs itself inside it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REQUIRED = ("PySide6", "sqlalchemy", "alembic", "openpyxl", "python_calamine", "lxml", "qrcode", "platformdirs")


def _missing_modules() -> list[str]:
    import importlib.util

    return [name for name in REQUIRED if importlib.util.find_spec(name) is None]


def _bootstrap() -> None:
    """Create .venv with the app installed, then re-run this command inside it."""
    venv = ROOT / ".venv"
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if Path(sys.prefix).resolve() == venv.resolve():
        sys.exit(f"ocop-desk: the environment in {venv} lacks {', '.join(_missing_modules())}; "
                 f"delete that folder and run this command again.")
    if not python.exists():
        print(f"Setting up OCOP Desk in {venv} (first run only)...", file=sys.stderr)
        subprocess.check_call([sys.executable, "-m", "venv", str(venv)])
    probe = "import " + ", ".join(REQUIRED) + ", ocop_desk"
    if subprocess.call([str(python), "-c", probe], stderr=subprocess.DEVNULL, cwd=ROOT) != 0:
        subprocess.check_call([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                               "--upgrade", "pip"])
        subprocess.check_call([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                               "-e", str(ROOT)])
    os.execv(str(python), [str(python), str(Path(__file__).resolve()), *sys.argv[1:]])


def main(argv: list[str] | None = None) -> int:
    from ocop_desk.cli import split_command

    argv = sys.argv[1:] if argv is None else argv
    window_args, rest = split_command(argv)
    if not rest:  # no command: the window, without importing every command's services first
        from ui.shell.app import run_window

        return run_window(window_args)
    from ocop_desk.cli import parse_command_line, run
    from ocop_desk.core.i18n import DEFAULT_LANGUAGE, load_language

    args = parse_command_line(argv)
    if args.command is None:
        from ui.shell.app import run_window

        return run_window(args)
    load_language(args.lang or DEFAULT_LANGUAGE)
    return run(args)


if __name__ == "__main__":
    if _missing_modules():
        _bootstrap()
    sys.exit(main())
