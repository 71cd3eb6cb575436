"""Files the app writes for the user (labels PDF, workbook, traceability site) get the user's normal
permissions: a 022 umask gives 0644 files and 0755 folders, never the private 0600/0700 of a temp file."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from labels_fixtures import add_lots

from ocop_desk.core.files import temp_file_beside, temp_folder_beside
from ocop_desk.store.database import Store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_temporary_names_follow_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        file, folder = temp_file_beside(tmp_path, ".x-", ".part"), temp_folder_beside(tmp_path, ".y-")
    finally:
        os.umask(old)
    assert (mode(file), mode(folder)) == (0o640, 0o750)
    assert file.name.startswith(".x-") and file.name.endswith(".part") and file.stat().st_size == 0
    assert temp_file_beside(tmp_path, ".x-", ".part") != file  # a fresh name each time


def test_workbook_and_labels_pdf_are_readable_by_others(demo_store: Store, tmp_path: Path, umask_022: None,
                                                        qapp) -> None:  # type: ignore[no-untyped-def]
    from ocop_desk.labels.content import build_contents
    from ocop_desk.labels.render import plan_sheets, write_labels_pdf
    from ocop_desk.labels.selection import select_lots
    from ocop_desk.labels.templates import get_template
    from ocop_desk.reports.export import export_workbook

    add_lots(demo_store, per_product=1)
    export_workbook(demo_store, 1, tmp_path / "tong-hop.xlsx")
    contents = build_contents(select_lots(demo_store, 1)[:2], "https://truyxuat.example.vn")
    write_labels_pdf(tmp_path / "tem.pdf", plan_sheets(get_template(demo_store, "a4-3x8"), contents))
    assert mode(tmp_path / "tong-hop.xlsx") == 0o644
    assert mode(tmp_path / "tem.pdf") == 0o644


def test_site_folder_can_be_served(demo_store: Store, tmp_path: Path, umask_022: None) -> None:
    from ocop_desk.labels.site import build_site

    add_lots(demo_store, per_product=1)
    site = build_site(demo_store, tmp_path / "site").root
    assert mode(site) == 0o755
    assert {mode(p) for p in site.rglob("*") if p.is_file()} == {0o644}
