"""The label commands end to end: labels, booth-cards, site, resolver; the print log and reprints."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from labels_fixtures import add_lots
from labels_scan import decode_pdf

from ocop_desk.core import payloads
from ocop_desk.labels.render import Calibration
from ocop_desk.labels.selection import LotFilter, select_lots
from ocop_desk.labels.service import (
    LabelRequest,
    get_calibration,
    labels_pdf,
    print_log,
    reprint_request,
    set_calibration,
)
from ocop_desk.store.database import Store


@pytest.fixture(autouse=True)
def _application(qapp):  # type: ignore[no-untyped-def]
    """Painting needs a Qt application; make it the QApplication pytest-qt expects, before any command
    would create a bare QGuiApplication."""
    return qapp


@pytest.fixture
def lots_db(demo_db_path: Path) -> Path:
    store = Store.open(demo_db_path)
    add_lots(store)
    store.close()
    return demo_db_path


def test_labels_command_filters_logs_and_scans(cli, lots_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "a01.pdf"
    code, stdout, err = cli("--db", str(lots_db), "labels", str(out), "--booth", "A01", "--booth", "a02",
                            "--copies", "2", "--start", "5", "--json")
    assert code == 0, err
    result = json.loads(stdout)
    assert result["lots"] == 4 and result["labels"] == 8 and result["pages"] == 1
    decoded = [t for page in decode_pdf(out, dpi=150) for t in page]
    assert len(decoded) == 8 and len(set(decoded)) == 4
    for text in decoded:
        scan = payloads.parse_scan(text)
        assert scan.kind == "lot" and urlsplit(text).netloc == "truyxuat.example.vn"

    # --unprinted now skips those four lots; no filter = every lot of the event.
    code, stdout, _ = cli("--db", str(lots_db), "labels", str(tmp_path / "rest.pdf"), "--unprinted", "--json",
                          "--workers", "0")
    assert code == 0 and json.loads(stdout)["lots"] == 22 - 4
    code, stdout, err = cli("--db", str(lots_db), "labels", str(tmp_path / "none.pdf"), "--unprinted")
    assert code == 1 and "There are no lots to label" in err and not (tmp_path / "none.pdf").exists()
    code, stdout, _ = cli("--db", str(lots_db), "labels", str(tmp_path / "all.pdf"), "--template", "roll-40x30")
    assert code == 0 and "22 label(s) for 22 lot(s) on 22 page(s)" in stdout

    store = Store.open(lots_db)
    try:
        jobs = print_log(store, 1)
        assert [(j.kind, j.template, j.label_count, j.lots) for j in jobs] == [
            ("lot_labels", "roll-40x30", 22, 22), ("lot_labels", "a4-3x8", 18, 18), ("lot_labels", "a4-3x8", 8, 4)]
        assert jobs[0].operator == "cli"
        rows = select_lots(store, 1, LotFilter(booth_codes=("A01",)))
        assert all(r.printed == 3 for r in rows)  # 2 copies, then 1 in the "every lot" print
    finally:
        store.close()


def test_labels_command_errors(cli, lots_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "x.pdf"
    for args, message in (
        (["--copies", "0"], "Copies must be between 1 and 500; got 0."),
        (["--start", "30"], "Start position 30 is not on a 24-label page."),
        (["--template", "nope"], "There is no label template called 'nope'."),
        (["--day", "2027-01-01"], "2027-01-01 is not a day of"),
        (["--booth", "A01", "--booth", "Z99"], "No booth Z99 at this event."),
    ):
        code, _, err = cli("--db", str(lots_db), "labels", str(out), *args)
        assert code == 1 and message in err, err
        assert not out.exists()
    code, _, err = cli("--db", str(lots_db), "resolver", "ftp://x")
    assert code == 1 and "is not a web address" in err
    code, _, _ = cli("--db", str(lots_db), "resolver", "")
    assert code == 0
    code, _, err = cli("--db", str(lots_db), "labels", str(out))
    assert code == 1 and "no traceability site address" in err
    code, stdout, err = cli("--db", str(lots_db), "labels", str(out), "--offline", "--booth", "B01")
    assert code == 0, err
    assert all(t.startswith("OCOP|") for page in decode_pdf(out, dpi=150) for t in page)


def test_resolver_changes_what_the_qr_holds(cli, lots_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, stdout, _ = cli("--db", str(lots_db), "resolver", "https://tx.hp.gov.vn/ocop/")
    assert code == 0 and stdout.strip() == "https://tx.hp.gov.vn/ocop"
    out = tmp_path / "l.pdf"
    assert cli("--db", str(lots_db), "labels", str(out), "--booth", "A01")[0] == 0
    decoded = sorted(t for page in decode_pdf(out, dpi=150) for t in page)
    assert decoded[0].startswith("https://tx.hp.gov.vn/ocop/01/08936012340013/10/")


def test_booth_cards_scan_as_booths(cli, lots_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "cards.pdf"
    code, stdout, err = cli("--db", str(lots_db), "booth-cards", str(out))
    assert code == 0 and "Wrote 10 booth card(s)" in stdout, err
    pages = decode_pdf(out, dpi=150)
    assert len(pages) == 10
    scans = [payloads.parse_scan(page[0]) for page in pages]
    assert [(s.kind, s.event_id, s.booth_code) for s in scans][:2] == [("booth", 1, "A01"), ("booth", 1, "A02")]
    code, _, err = cli("--db", str(lots_db), "booth-cards", str(out), "--booth", "Z99")
    assert code == 1 and "No booth Z99" in err


def test_site_has_a_page_at_every_qr_path(cli, lots_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    labels = tmp_path / "all.pdf"
    assert cli("--db", str(lots_db), "labels", str(labels))[0] == 0
    site = tmp_path / "site"
    code, stdout, err = cli("--db", str(lots_db), "site", str(site))
    assert code == 0 and "Copy that folder to https://truyxuat.example.vn" in stdout, err
    decoded = [t for page in decode_pdf(labels, dpi=150) for t in page]
    assert len(decoded) == 22
    for uri in decoded:
        page = site / urlsplit(uri).path.strip("/") / "index.html"
        text = page.read_text(encoding="utf-8")
        scan = payloads.parse_scan(uri)
        assert f"<dd>{scan.lot}</dd>" in text and "Ngày sản xuất" in text and "Hạn sử dụng" in text
        assert "Chợ phiên OCOP Hải Phòng" in text and "Địa chỉ" in text
        for href in __import__("re").findall(r'href="([^"]+)"', text):  # every link resolves
            target = (page.parent / href).resolve()
            assert target.exists(), (page, href)
    assert (site / "01" / "08936012340013" / "index.html").exists()  # product index
    assert (site / "nsx" / "HP-BH" / "index.html").exists()  # producer index
    # Rebuilding replaces the old site; a folder that is not ours is left alone.
    assert cli("--db", str(lots_db), "site", str(site))[0] == 0
    other = tmp_path / "mine"
    other.mkdir()
    (other / "notes.txt").write_text("x")
    code, _, err = cli("--db", str(lots_db), "site", str(other))
    assert code == 1 and "is not a site made by OCOP Desk" in err and (other / "notes.txt").exists()


def test_reprint_and_calibration(lots_db: Path, actor, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    store = Store.open(lots_db)
    try:
        first = labels_pdf(store, actor, tmp_path / "a.pdf",
                           LabelRequest(event_id=1, lot_filter=LotFilter(booth_codes=("B01",)), copies=3,
                                        template="a4-2x7"))
        request, copies = reprint_request(store, first.job_id)
        assert request.template == "a4-2x7" and request.copies == 3 and len(copies) == first.lots
        again = labels_pdf(store, actor, tmp_path / "b.pdf", request)
        assert again.labels == first.labels and again.job_id != first.job_id
        assert sorted(t for p in decode_pdf(tmp_path / "b.pdf", dpi=150) for t in p) == \
            sorted(t for p in decode_pdf(tmp_path / "a.pdf", dpi=150) for t in p)
        assert get_calibration(store, "Zebra GK420t") == Calibration()
        set_calibration(store, actor, "Zebra GK420t", Calibration(1.5, -0.5, 1.01))
        assert get_calibration(store, "Zebra GK420t") == Calibration(1.5, -0.5, 1.01)
        with pytest.raises(Exception, match="between -20 and 20 mm"):
            set_calibration(store, actor, "Zebra GK420t", Calibration(40, 0, 1))
    finally:
        store.close()
