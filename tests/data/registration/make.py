"""Rebuild the .xls and .ods fixtures from the same workbook as test_import's messy flat sheet:

    .venv/bin/python tests/data/registration/make.py

LibreOffice (headless) converts them, as an organiser's office would; the files are committed so the tests
do not need LibreOffice.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.test_import import messy_rows, workbook  # noqa: E402

MERGES = {"Danh sách": ["B5:B6", "C5:C6", "D5:D6", "E5:E6", "B7:B8", "C7:C8"]}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = workbook(Path(tmp) / "dang-ky.xlsx", {"Danh sách": messy_rows()}, merges=MERGES)
        for kind in ("xls", "ods"):
            subprocess.run(["libreoffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                            "--convert-to", kind, "--outdir", tmp, str(source)], check=True, capture_output=True)
            shutil.copy(Path(tmp) / f"dang-ky.{kind}", HERE / f"dang-ky.{kind}")


if __name__ == "__main__":
    main()
