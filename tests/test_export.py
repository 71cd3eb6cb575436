"""The Excel export: figures round-trip through openpyxl, formula injection, safe replacement, the CLI."""

from __future__ import annotations

import datetime as dt
import errno
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ocop_desk.core.errors import DomainError, StoreError
from ocop_desk.fair.events import resolve_event
from ocop_desk.reports import export as export_mod
from ocop_desk.reports.export import export_workbook
from ocop_desk.reports.summary import summarize
from ocop_desk.store.database import Store
from tests.conftest import DEMO_DAY
from tests.summary_fixtures import INJECTIONS, add_activity, reference_figures

DAY2 = DEMO_DAY + dt.timedelta(days=1)


@pytest.fixture
def busy_store(demo_store: Store) -> Store:
    add_activity(demo_store, resolve_event(demo_store).id)
    return demo_store


def figure_rows(ws: Any) -> dict[str, tuple[Any, Any]]:
    """Label → (on site, platform) from the summary sheet's key-figures table."""
    rows: dict[str, tuple[Any, Any]] = {}
    for label, a, b, *_ in ws.iter_rows(min_row=6, max_row=30, values_only=True):
        if label is None:
            break
        rows[label] = (a, b)
    return rows


def table(ws: Any, title: str) -> list[tuple[Any, ...]]:
    """The rows of a titled section of the summary sheet (after its header row)."""
    values = list(ws.iter_rows(values_only=True))
    start = next(i for i, row in enumerate(values) if row[0] == title) + 2
    out = []
    for row in values[start:]:
        if row[0] is None:
            break
        out.append(row)
    return out


def data_rows(ws: Any) -> list[dict[str, Any]]:
    header = [c.value for c in ws[2]]
    return [dict(zip(header, row, strict=False)) for row in ws.iter_rows(min_row=3, values_only=True)]


@pytest.mark.parametrize("day", [DEMO_DAY, DAY2, None], ids=["day1", "day2", "event"])
def test_workbook_round_trips_with_the_summary_figures(busy_store: Store, tmp_path: Path,
                                                       day: dt.date | None) -> None:
    event_id = resolve_event(busy_store).id
    out = tmp_path / "tong-hop.xlsx"
    result = export_workbook(busy_store, event_id, out, day=day)
    ref = reference_figures(busy_store, event_id, day)
    summary = summarize(busy_store, event_id, day)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Summary", "Booths", "Products", "Check-ins", "Live sessions", "Live tallies",
                             "Audit log"]
    assert [s.title for s in result.sheets] == wb.sheetnames
    ws = wb["Summary"]
    assert "Chợ phiên OCOP Hải Phòng" in ws["A1"].value
    assert ("whole event" in ws["A1"].value) == (day is None)
    figures = figure_rows(ws)
    v = ref.values
    assert figures["Booths expected"][0] == v["booths_expected"]
    assert figures["Booths present"][0] == v["booths_present"]
    assert figures["Booths absent"][0] == v["booths_absent"]
    assert figures["Booths that left early"][0] == v["booths_left"]
    assert figures["Booths checked in (present or left)"][0] == v["booths_checked_in"]
    assert figures["Producers present"][0] == v["producers_present"]
    assert figures["Products checked in"][0] == v["products_checked_in"]
    assert figures["Lots checked in"][0] == v["lots"]
    assert figures["Quantity brought"][0] == v["quantity_brought"]
    assert figures["Labels printed"][0] == v["labels_printed"]
    assert figures["Live sessions"][0] == v["live_sessions"]
    assert figures["Live sessions with platform figures"][1] == v["sessions_with_platform_figures"]
    for label, key in (("Views", "views"), ("Reach", "reach"), ("Peak viewers", "peak_viewers"),
                       ("Orders", "orders"), ("Items sold", "items_sold"), ("Revenue (₫)", "revenue")):
        assert figures[label] == v[key], label
    revenue_row = next(r for r in ws.iter_rows(min_row=6, max_row=30) if r[0].value == "Revenue (₫)")
    assert revenue_row[1].number_format == "#,##0" or revenue_row[1].value is None

    attendance = table(ws, "Booths present by day")
    every_day = reference_figures(busy_store, event_id, None).attendance  # the table shows every day
    assert [(r[0].date(), *r[1:5]) for r in attendance] == every_day
    top = table(ws, "Top products by revenue (on site)")
    assert [(r[0], r[3]) for r in top] == [(p.name, p.revenue) for p in summary.top_products]
    assert {r[0]: r[2] for r in table(ws, "Revenue by producer")} == ref.by_producer
    assert {r[0]: r[2] for r in table(ws, "Revenue by province")} == ref.by_province
    assert sum(r[2] for r in table(ws, "Revenue by hour (on site)")) == sum(ref.by_hour.values())
    assert len(ws._charts) == (4 if day is None else 3)

    products = data_rows(wb["Products"])
    assert sum(r["Revenue (live, ₫)"] for r in products) == (v["revenue"][0] or 0)
    assert sum(r["Items sold (live)"] for r in products) == (v["items_sold"][0] or 0)
    assert sum(r["Quantity brought"] for r in products) == v["quantity_brought"]
    sold = {r["Code"]: r["Revenue (live, ₫)"] for r in products if r["Revenue (live, ₫)"]}
    assert sold == {k: x for k, x in ref.product_revenue.items() if x}
    sessions = data_rows(wb["Live sessions"])
    assert len(sessions) == v["live_sessions"]
    assert {r["#"]: r["Revenue (on site, ₫)"] for r in sessions if r["Revenue (on site, ₫)"]} == \
        {k: x for k, x in ref.session_revenue.items() if x}
    assert sum(r["GMV (platform, ₫)"] or 0 for r in sessions) == (v["revenue"][1] or 0)
    tallies = data_rows(wb["Live tallies"])
    assert sum(r["Revenue (₫)"] for r in tallies) == (v["revenue"][0] or 0)
    booths = data_rows(wb["Booths"])
    assert len(booths) == 11
    day_columns = [h for h in booths[0] if h.startswith("Day ")]
    for column, (_, _, present, _, _) in zip(day_columns, ref.attendance, strict=True):
        assert sum(r[column] == "Present" for r in booths) == present
    checkins = data_rows(wb["Check-ins"])
    assert all(isinstance(r["Checked in at"], dt.datetime) for r in checkins if r["Status"] != "Absent")

    for sheet in wb.worksheets[1:]:
        assert sheet.freeze_panes == "A3"
        assert sheet.auto_filter.ref.startswith("A2:")
        assert sheet["A1"].value == ws["A1"].value
        assert sheet.column_dimensions["A"].width >= 6
    prices = wb["Products"]["H3"]
    assert prices.number_format == "#,##0" and isinstance(prices.value, int)
    with zipfile.ZipFile(out) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) == (4 if day is None else 3)


def test_vietnamese_headers_and_formats(busy_store: Store, tmp_path: Path) -> None:
    from ocop_desk.core.i18n import load_language

    load_language("vi")
    out = tmp_path / "vi.xlsx"
    export_workbook(busy_store, resolve_event(busy_store).id, out, day=DEMO_DAY)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == "Tổng hợp"
    assert "14/10/2026" in wb.worksheets[0]["A1"].value
    checkins = wb.worksheets[3]
    assert checkins["A3"].number_format == "dd/mm/yyyy"
    assert checkins["F3"].number_format == "dd/mm/yyyy hh:mm"


def test_typed_formula_text_is_never_a_formula(demo_store: Store, tmp_path: Path) -> None:
    add_activity(demo_store, resolve_event(demo_store).id, injections=True)
    out = tmp_path / "inject.xlsx"
    export_workbook(demo_store, resolve_event(demo_store).id, out)
    wb = openpyxl.load_workbook(out)
    seen = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    seen.add(cell.value)
    # Every injected value is in the workbook, unchanged, as text (tab/CR-led ones too).
    assert {INJECTIONS[0], INJECTIONS[1], INJECTIONS[2], INJECTIONS[6]} <= seen
    assert any(v.startswith(INJECTIONS[3]) for v in seen)  # the hosts cell: "@cmd…, Minh Anh"
    assert any(v.startswith("\t=") for v in seen) and any(v.endswith("=1+1") and v[0] in "\r\n" for v in seen)
    with zipfile.ZipFile(out) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                xml = z.read(name).decode()
                assert not re.search(r"<(\w+:)?f[ >]", xml), name
    assert wb["Booths"]["B3"].value == INJECTIONS[0] and wb["Booths"]["B3"].quotePrefix
    assert all(ws["A1"].value.startswith("=1+1 Chợ phiên") for ws in wb.worksheets)  # the event's name


def test_failed_write_leaves_the_old_file_untouched(busy_store: Store, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "summary.xlsx"
    out.write_bytes(b"the old workbook")
    event_id = resolve_event(busy_store).id

    def disk_full(self: Any, filename: Any) -> None:
        Path(filename).write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", disk_full)
    with pytest.raises(StoreError) as caught:
        export_workbook(busy_store, event_id, out)
    assert caught.value.kind == "disk_full" and str(out) in caught.value.message
    assert "left as it was" in (caught.value.hint or "")
    assert out.read_bytes() == b"the old workbook"
    assert sorted(p.name for p in out.parent.iterdir()) == ["summary.xlsx"]


def test_file_open_elsewhere_is_reported_and_kept(busy_store: Store, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "summary.xlsx"
    out.write_bytes(b"the old workbook")

    def locked(src: Any, dst: Any) -> None:
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(export_mod.os, "replace", locked)
    with pytest.raises(StoreError, match="open in another program") as caught:
        export_workbook(busy_store, resolve_event(busy_store).id, out)
    assert caught.value.path == str(out.resolve())
    assert out.read_bytes() == b"the old workbook"
    assert sorted(p.name for p in out.parent.iterdir()) == ["summary.xlsx"]


def test_no_permission_for_the_folder_is_reported(busy_store: Store, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """(Simulated: the tests may run as root, who can write anywhere.)"""
    def refused(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(export_mod, "temp_file_beside", refused)
    with pytest.raises(StoreError, match="No permission") as caught:
        export_workbook(busy_store, resolve_event(busy_store).id, tmp_path / "x.xlsx")
    assert caught.value.kind == "read_only" and not (tmp_path / "x.xlsx").exists()


def test_cancel_midway_keeps_the_old_file(demo_store: Store, tmp_path: Path) -> None:
    add_activity(demo_store, resolve_event(demo_store).id)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "summary.xlsx"
    out.write_bytes(b"the old workbook")
    calls = []

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if len(calls) == 3:
            raise Stop

    with pytest.raises(Stop):
        export_workbook(demo_store, resolve_event(demo_store).id, out, progress=progress)
    assert out.read_bytes() == b"the old workbook"
    assert sorted(p.name for p in out.parent.iterdir()) == ["summary.xlsx"]
    done = []
    export_workbook(demo_store, resolve_event(demo_store).id, out, progress=lambda d, t: done.append((d, t)))
    assert done[-1][0] == done[-1][1] and [d for d, _ in done] == sorted(d for d, _ in done)


def test_bad_targets_are_refused(demo_store: Store, tmp_path: Path) -> None:
    event_id = resolve_event(demo_store).id
    with pytest.raises(DomainError, match=r"\.xlsx"):
        export_workbook(demo_store, event_id, tmp_path / "summary.csv")
    with pytest.raises(DomainError, match="does not exist"):
        export_workbook(demo_store, event_id, tmp_path / "nope" / "summary.xlsx")
    (tmp_path / "dir.xlsx").mkdir()
    with pytest.raises(DomainError, match="is a folder"):
        export_workbook(demo_store, event_id, tmp_path / "dir.xlsx")


def test_cli_export(cli: Any, busy_store: Store, demo_db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "day.xlsx"
    code, stdout, err = cli("--db", str(demo_db_path), "export", str(out), "--day", DEMO_DAY.isoformat())
    assert code == 0, err
    assert "day.xlsx" in stdout and out.exists()
    code, stdout, err = cli("--db", str(demo_db_path), "export", str(tmp_path / "all.xlsx"), "--event", "--json")
    assert code == 0, err
    assert '"day": null' in stdout and (tmp_path / "all.xlsx").exists()
    code, _, err = cli("--db", str(demo_db_path), "export", str(out), "--day", "2020-01-01")
    assert code == 1 and "not a day" in err
    code, _, err = cli("--db", str(demo_db_path), "export", str(out), "--day", DEMO_DAY.isoformat(), "--event")
    assert code == 2


def test_libreoffice_opens_the_workbook_without_repair(busy_store: Store, tmp_path: Path) -> None:
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        pytest.skip("libreoffice is not installed (.ci/apt-packages.txt lists libreoffice-calc)")
    out = tmp_path / "summary.xlsx"
    export_workbook(busy_store, resolve_event(busy_store).id, out)
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        [office, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(out)],
        capture_output=True, text=True, timeout=180)
    pdf = tmp_path / "summary.pdf"
    assert result.returncode == 0 and pdf.exists() and pdf.stat().st_size > 5000, result.stderr
    if shutil.which("pdftotext"):  # LibreOffice read the cells, not just an empty shell
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "Chợ phiên OCOP Hải Phòng" in text and "Key figures" in text
        assert "Checked in at" in text and "Ngao Giao Thủy" in text  # later sheets are there too
    if shutil.which("pdfinfo"):  # it prints on A4, and no chart is cut across two pages
        info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(pdf)], capture_output=True, text=True,
                              check=True).stdout
        sizes = re.findall(r"Page +\d+ size: +(.*)", info)
        assert sizes and all(size.endswith("(A4)") for size in sizes), sizes
        page = {n: subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"], capture_output=True,
                                  text=True, check=True).stdout for n in (1, 2)}
        assert "Revenue by hour (on site, ₫)" in page[1] and "Top products by revenue (₫)" in page[2]


def test_the_workbook_is_set_up_to_print(busy_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "summary.xlsx"
    export_workbook(busy_store, resolve_event(busy_store).id, out)
    wb = openpyxl.load_workbook(out)
    for ws in wb.worksheets:
        setup = ws.page_setup
        assert (setup.paperSize, setup.fitToWidth, setup.fitToHeight) == (9, 1, 0), ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        if ws.title != "Summary":
            assert ws.print_title_rows == "$2:$2", ws.title  # the header row on every page
    summary = wb["Summary"]
    names = [c.value for c in summary["B"] if isinstance(c.value, str) and c.value.startswith(("Công ty", "HTX"))]
    assert names and summary.column_dimensions["B"].width >= max(len(n) for n in names)
    assert [b.id for b in summary.row_breaks.brk] == [39]  # two charts to a page


def test_every_cell_has_its_columns_type_and_number_format(busy_store: Store, tmp_path: Path) -> None:
    """Each data cell holds the value the sheet's query gave, with its column kind's type and format:
    thousands for figures and money, the date and date-time formats, plain integers and text."""
    from ocop_desk.reports.sheets import plan
    from ocop_desk.reports.writer import DATE, DATETIME, INT, MONEY, NUM, TEXT, local_naive

    event_id = resolve_event(busy_store).id
    out = tmp_path / "kinds.xlsx"
    export_workbook(busy_store, event_id, out)
    with busy_store.reading() as session:
        sheets = {sheet.title: (sheet.cols, list(sheet.rows())) for sheet in plan(session, event_id, None).sheets[1:]}
    wb = openpyxl.load_workbook(out)
    formats = {NUM: "#,##0", MONEY: "#,##0", DATE: "d mmm yyyy", DATETIME: "d mmm yyyy hh:mm", INT: "General",
               TEXT: "General"}
    checked: dict[str, int] = dict.fromkeys(formats, 0)
    for title, (cols, rows) in sheets.items():
        ws = wb[title]
        assert [c.value for c in ws[2]] == [c.header for c in cols]
        written = list(ws.iter_rows(min_row=3, max_col=len(cols)))
        assert len(written) == len(rows), title
        for cells, values in zip(written, rows, strict=True):
            for cell, col, value in zip(cells, cols, values, strict=True):
                where = (title, cell.coordinate, col.header)
                if value is None or value == "":
                    assert cell.value is None, where
                    continue
                assert cell.number_format == formats[col.kind], where
                assert cell.data_type in ("n", "s", "d"), where
                if col.kind == DATETIME:
                    assert abs(cell.value - local_naive(value)) < dt.timedelta(milliseconds=1), where
                elif col.kind == DATE:
                    assert cell.value == dt.datetime.combine(value, dt.time()), where
                else:
                    assert cell.value == value and type(cell.value) is type(value), where
                checked[col.kind] += 1
    assert all(checked.values()), checked


def test_control_characters_and_overlong_text_are_made_excel_safe(busy_store: Store, tmp_path: Path) -> None:
    from sqlalchemy import select, update

    from ocop_desk.store.models import LiveSession, Producer

    long_notes = "Ghi chú phiên live. " * 2000  # 40,000 characters: more than a cell holds
    with busy_store.transaction() as session:
        session.execute(update(LiveSession).values(notes=long_notes))
        producer = session.scalars(select(Producer).order_by(Producer.id)).first()
        assert producer is not None
        name, producer.name = producer.name, producer.name + "\x07\x1b"
    out = tmp_path / "safe.xlsx"
    export_workbook(busy_store, resolve_event(busy_store).id, out)
    wb = openpyxl.load_workbook(out)
    notes = [r["Notes"] for r in data_rows(wb["Live sessions"])]
    assert notes and all(n == long_notes[:32767] for n in notes)
    producers = {r["Producer"] for r in data_rows(wb["Products"])}
    assert name + "\ufffd\ufffd" in producers and name + "\x07\x1b" not in producers


def test_cancelled_export_leaves_no_temporary_files(demo_store: Store, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """openpyxl streams each write-only sheet through a temporary file; a cancelled export removes them."""
    import tempfile

    add_activity(demo_store, resolve_event(demo_store).id)
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done >= 20:  # after the first data sheets
            raise Stop

    with pytest.raises(Stop):
        export_workbook(demo_store, resolve_event(demo_store).id, tmp_path / "x.xlsx", progress=progress)
    assert list(temp.iterdir()) == [] and not (tmp_path / "x.xlsx").exists()
