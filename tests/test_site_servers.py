"""Every printed QR opens its own lot's page on real web servers: Python's http.server, nginx and Apache httpd.

Lots whose codes use most of GS1's 82 characters (AI 10) are recorded through the lot service, printed as labels,
the labels' QR codes decoded from the PDF, and each one fetched from each server, as a phone would. Every link
inside the site is crawled too. The servers run on loopback ports with throwaway configurations; as root they run
as www-data, so they also prove the site is readable by another user.
"""

from __future__ import annotations

import html
import http.client
import os
import pwd
import re
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from labels_scan import decode_pdf
from sqlalchemy import select

from ocop_desk.checkin.lots import add_lot
from ocop_desk.core import payloads
from ocop_desk.core.errors import DomainError
from ocop_desk.fair.catalog import product_search_text
from ocop_desk.registration.values import CellProblem, parse_product_code
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import Booth, Event, Product

# Lot codes (≤ 20 characters of GS1's set 82) that a naive layout would send to a 404 or to another lot's page.
GS1_LOTS = [
    "L01/2026", "L01", "L01/2026/B", "A/B", "A%2FB", "%41", "A", "Q?x=1&y=2", "50%", "%2e%2e", "L1..",
    "!\"'()*+,", ":;<=>_", "x=1;y=2", "L/10/X", "ABCabc", "abcABC", "*", "a.b-c_d", "0123456789",
    "KLMNOPQRSTUVWXYZ", "efghijklmnopqrstuvwx",
]
# Products without a GTIN: their code is part of the QR path.
CODE_PRODUCTS = {"SP/2026/01": ["L01", "L01/2026"], "Mật ong/hoa nhãn 500g": ["M?1"], "10": ["10", "10/10"]}
SERVERS = ("http.server", "nginx", "apache")
APACHE_MODULES = Path("/usr/lib/apache2/modules")


@pytest.fixture(autouse=True)
def _application(qapp):  # type: ignore[no-untyped-def]
    return qapp


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _record_lots(store: Store) -> list[tuple[str, str]]:
    """(product name, lot code) of every lot recorded, through the same service as the lot form and the CLI."""
    actor = Actor(operator="test")
    with store.transaction() as session:
        event = session.scalars(select(Event)).one()
        booth = session.scalars(select(Booth).where(Booth.event_id == event.id).order_by(Booth.code)).first()
        assert booth is not None and booth.producer_id is not None
        with_gtin = session.scalars(select(Product).where(Product.producer_id == booth.producer_id,
                                                          Product.gtin.is_not(None))).first()
        assert with_gtin is not None
        for code in CODE_PRODUCTS:
            name = f"Sản phẩm {code}"
            session.add(Product(code=code, name=name, producer_id=booth.producer_id,
                                search_text=product_search_text(name, code, None, None)))
        event_id, booth_code, first_day = event.id, booth.code, event.starts_on
        gtin_product = (with_gtin.code, with_gtin.name)
    recorded = []
    # Products without GTIN named by their name: SQLite's upper() leaves 'ậ' alone, so a code with it is not found.
    plan = [(gtin_product, GS1_LOTS)] + [((f"Sản phẩm {code}",) * 2, lots) for code, lots in CODE_PRODUCTS.items()]
    for (ref, name), lots in plan:
        for lot in lots:
            add_lot(store, actor, event_id, booth_code, ref, 5, lot_code=lot, produced=first_day,
                    expires=first_day.replace(year=first_day.year + 1), day=first_day)
            recorded.append((name, lot))
    return recorded


@pytest.fixture
def site_and_labels(cli, demo_db_path: Path) -> Iterator[tuple[Path, list[str], list[tuple[str, str]], str]]:  # type: ignore[no-untyped-def]
    """The site (in a folder other users may enter), the decoded QR codes of its labels, the lots, `site`'s output."""
    store = Store.open(demo_db_path)
    try:
        lots = _record_lots(store)
    finally:
        store.close()
    base = Path(tempfile.mkdtemp(prefix="ocop-site-"))
    base.chmod(0o755)
    old_umask = os.umask(0o022)
    try:
        code, stdout, err = cli("--db", str(demo_db_path), "labels", str(base / "labels.pdf"), "--workers", "0")
        assert code == 0, err
        code, site_out, err = cli("--db", str(demo_db_path), "site", str(base / "site"))
        assert code == 0, err
    finally:
        os.umask(old_umask)
    qr = [text for page in decode_pdf(base / "labels.pdf", dpi=150) for text in page]
    qr = [t for t in qr if urlsplit(t).path.split("/")[1] in ("01", "p")]
    try:
        yield base / "site", qr, lots, site_out
    finally:
        shutil.rmtree(base, ignore_errors=True)


def _as_root() -> bool:
    return os.geteuid() == 0


def _wait_for(port: int, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"server exited {proc.returncode}: {log.read_text() if log.exists() else ''}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise AssertionError("server did not start")


def _nginx(site: Path, work: Path, port: int) -> list[str]:
    for sub in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (work / sub).mkdir()
    user = "user www-data;" if _as_root() else ""
    conf = work / "nginx.conf"
    conf.write_text(f"""{user}
worker_processes 1;
daemon off;
pid {work}/nginx.pid;
error_log {work}/error.log;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path {work}/body; proxy_temp_path {work}/proxy; fastcgi_temp_path {work}/fastcgi;
    uwsgi_temp_path {work}/uwsgi; scgi_temp_path {work}/scgi;
    server {{ listen 127.0.0.1:{port}; root {site}; }}
}}
""")
    return ["nginx", "-p", str(work), "-e", str(work / "error.log"), "-c", str(conf)]


def _apache(site: Path, work: Path, port: int, plain_port: int) -> list[str]:
    """Debian's enabled modules with their settings, and Debian's defaults for the document root; one virtual
    host with the line the README asks for, one without it (to show what it is for)."""
    user = "User www-data\nGroup www-data" if _as_root() else ""
    conf = work / "apache2.conf"
    conf.write_text(f"""ServerRoot /etc/apache2
DefaultRuntimeDir {work}
PidFile {work}/httpd.pid
ErrorLog {work}/error.log
LogLevel warn
{user}
IncludeOptional mods-enabled/*.load
IncludeOptional mods-enabled/*.conf
AccessFileName .htaccess
<FilesMatch "^\\.ht">
    Require all denied
</FilesMatch>
<Directory />
    Options FollowSymLinks
    AllowOverride None
    Require all denied
</Directory>
<Directory {site}/>
    Options Indexes FollowSymLinks
    AllowOverride None
    Require all granted
</Directory>
ServerName localhost
Listen 127.0.0.1:{port}
Listen 127.0.0.1:{plain_port}
<VirtualHost 127.0.0.1:{port}>
    DocumentRoot {site}
    AllowEncodedSlashes On
</VirtualHost>
<VirtualHost 127.0.0.1:{plain_port}>
    DocumentRoot {site}
</VirtualHost>
""")
    return ["apache2", "-f", str(conf), "-DFOREGROUND"]


@pytest.fixture
def servers(site_and_labels: tuple[Path, list[str], list[tuple[str, str]], str]) -> Iterator[dict[str, int]]:
    """name -> port of each running server (plus 'apache-default' without AllowEncodedSlashes)."""
    missing = [name for name in ("nginx", "apache2") if shutil.which(name) is None]
    if missing:
        pytest.skip(f"not installed: {missing} (apt-get install nginx-light apache2; .ci/apt-packages.txt)")
    site = site_and_labels[0]
    work = Path(tempfile.mkdtemp(prefix="ocop-servers-"))
    if _as_root():
        www = pwd.getpwnam("www-data")
        os.chown(work, www.pw_uid, www.pw_gid)  # apache's workers write their lock files here
    ports = {name: _free_port() for name in (*SERVERS, "apache-default")}
    commands = {
        "http.server": [sys.executable, "-m", "http.server", "--bind", "127.0.0.1", "--directory", str(site),
                        str(ports["http.server"])],
        "nginx": _nginx(site, work, ports["nginx"]),
        "apache": _apache(site, work, ports["apache"], ports["apache-default"]),
    }
    env = dict(os.environ, APACHE_LOG_DIR=str(work), APACHE_RUN_DIR=str(work), APACHE_LOCK_DIR=str(work))
    procs = []
    try:
        for name, command in commands.items():
            with open(work / f"{name}.err", "wb") as err:
                proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, env=env,
                                        start_new_session=True)
            procs.append(proc)
            _wait_for(ports[name], proc, work / f"{name}.err")
        yield ports
    finally:
        for proc in procs:
            if proc.poll() is None:
                os.killpg(proc.pid, 15)
        for proc in procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, 9)
                proc.wait()
        shutil.rmtree(work, ignore_errors=True)


def fetch(port: int, target: str, conn: http.client.HTTPConnection | None = None) -> tuple[int, str, str]:
    """GET `target` (path and query, sent as it is) following redirects: (status, final target, body)."""
    own = conn is None
    conn = conn or http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        for _ in range(4):
            conn.request("GET", target)
            response = conn.getresponse()
            body = response.read()
            if response.status not in (301, 302, 307, 308):
                return response.status, target, body.decode("utf-8", "replace")
            location = urlsplit(urljoin(f"http://127.0.0.1:{port}{target}", response.headers["Location"]))
            target = location.path + (f"?{location.query}" if location.query else "")
        raise AssertionError(f"redirect loop at {target}")
    finally:
        if own:
            conn.close()


def _lot_of(page: str) -> str:
    found = re.search(r"<dt>Số lô</dt><dd>(.*?)</dd>", page)
    assert found, page[:300]
    return html.unescape(found.group(1))


def test_every_qr_opens_its_own_lot_on_every_server(site_and_labels, servers) -> None:  # type: ignore[no-untyped-def]
    site, qr, lots, _ = site_and_labels
    assert len(qr) == len(lots) and len(set(qr)) == len(qr)
    for name in SERVERS:
        conn = http.client.HTTPConnection("127.0.0.1", servers[name], timeout=10)
        for text in qr:
            parts = urlsplit(text)
            scan = payloads.parse_scan(text)
            status, final, page = fetch(servers[name], f"{parts.path}?{parts.query}", conn)
            assert status == 200, (name, text)
            assert _lot_of(page) == scan.lot, (name, text)
            if scan.product_code:
                assert html.escape(f"Sản phẩm {scan.product_code}") in page, (name, text)
            # The links of the page as the QR opened it (the server may have redirected to another spelling).
            for href in re.findall(r'href="([^"]+)"', page):
                url = urlsplit(urljoin(f"http://127.0.0.1:{servers[name]}{final}", html.unescape(href)))
                status, _, linked = fetch(servers[name], url.path, conn)
                assert status == 200, (name, text, href)
                if href.endswith("index.html") and "Các lô hàng" in linked:  # the product page lists this lot
                    assert f"Lô {html.escape(scan.lot or '')}<" in linked, (name, text, href)
        conn.close()
    # Apache as Debian installs it answers 404 to every %2F, which is why `site` prints the line and the README
    # says where it goes; every other code opens there too.
    plain = {text: fetch(servers["apache-default"], urlsplit(text).path)[0] for text in qr}
    assert {t for t, status in plain.items() if status != 200} == {t for t in qr if "%2F" in t}


def test_every_link_inside_the_site_opens_on_every_server(site_and_labels, servers) -> None:  # type: ignore[no-untyped-def]
    site, qr, lots, _ = site_and_labels
    pages = sum(1 for _ in site.rglob("index.html"))
    for name in SERVERS:
        port = servers[name]
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        seen: dict[str, str] = {}
        queue = ["/"]
        while queue:
            target = queue.pop()
            status, final, body = fetch(port, target, conn)
            assert status == 200, (name, target)
            if not final.endswith(".css"):
                seen[final.removesuffix("index.html")] = body
                for href in re.findall(r'(?:href)="([^"]+)"', body):
                    url = urlsplit(urljoin(f"http://127.0.0.1:{port}{final}", html.unescape(href)))
                    if url.path not in seen and url.path.removesuffix("index.html") not in seen:
                        queue.append(url.path)
                        seen[url.path] = ""
        conn.close()
        crawled = {k for k, v in seen.items() if v}
        assert len(crawled) == pages, name  # every page is reachable, and each only once
        lot_pages = [_lot_of(v) for v in seen.values() if "<dt>Số lô</dt>" in v]
        assert sorted(lot_pages) == sorted(lot for _, lot in lots), name


def test_site_files_have_the_users_permissions_and_hosting_note(site_and_labels) -> None:  # type: ignore[no-untyped-def]
    site, qr, _, output = site_and_labels
    assert stat.S_IMODE(site.stat().st_mode) == 0o755
    assert {stat.S_IMODE(p.stat().st_mode) for p in site.rglob("*")} == {0o755, 0o644}
    slashes = sum("%2F" in t for t in qr)
    assert slashes and f"{slashes} QR code(s) hold a '/' written %2F" in output and "AllowEncodedSlashes On" in output
    # Pages at the decoded path: the prefix lot, the longer one and the one with an encoded slash all differ.
    gtin_dir = next((site / "01").iterdir())
    for lot, file in (("L01", "10/L01"), ("L01/2026", "10/L01/2026"), ("A%2FB", "10/A%2FB"), ("A/B", "10/A/B")):
        assert _lot_of((gtin_dir / file / "index.html").read_text(encoding="utf-8")) == lot


@pytest.mark.parametrize("code", ["..", ".", "../../x", "..%2F..%2Fx", "a//b", "/x", "x/", "x/index.html",
                                  ".htaccess", "x/./y", "INDEX.HTML"])
def test_codes_no_host_can_serve_are_refused_at_entry(demo_store: Store, code: str) -> None:
    from ocop_desk.checkin.lots import check_lot_code

    with pytest.raises(DomainError) as refused:
        check_lot_code(code)
    assert "cannot be the address of a web page" in refused.value.message
    assert "Avoid" in (refused.value.hint or "")
    with pytest.raises(CellProblem, match="cannot be the address of a web page.*Avoid"):
        parse_product_code(code)


def test_product_codes_that_would_read_as_a_lot_are_refused() -> None:
    for code in ("A/10/B", "A/10", "SP/x/10"):
        with pytest.raises(CellProblem, match="'10'"):
            parse_product_code(code)
    assert parse_product_code("10/A") == "10/A" and parse_product_code("SP/2026/10a") == "SP/2026/10a"


def test_lot_form_and_cli_refuse_them_too(cli, demo_db_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = Store.open(demo_db_path)
    try:
        with store.reading() as session:
            booth = session.scalars(select(Booth).order_by(Booth.code)).first()
            assert booth is not None
            product = session.scalars(select(Product).where(Product.producer_id == booth.producer_id)).first()
            assert product is not None
            booth_code, product_code = booth.code, product.code
    finally:
        store.close()
    code, _, err = cli("--db", str(demo_db_path), "lot", "add", booth_code, product_code, "--qty", "3",
                          "--lot", "../../x")
    assert code == 1 and "cannot be the address of a web page" in err and "Avoid" in err


def test_any_stored_code_is_published_or_named_never_a_crash(demo_store: Store, tmp_path: Path) -> None:
    """Codes stored before the checks (or by another tool): producers '.' and 'index.html' get pages of their
    own, a lot '..' is left out and named, and a site under a path links from that path."""
    from ocop_desk.labels.site import build_site, hosting_notes
    from ocop_desk.store.models import Lot, Producer

    lots_store = demo_store
    with lots_store.transaction() as session:
        event = session.scalars(select(Event)).one()
        event.resolver_base = "https://truyxuat.example.vn/ocop/"
        producers = list(session.scalars(select(Producer).order_by(Producer.id)).all())[:2]
        producers[0].code, producers[1].code = ".", "index.html"
        booth = session.scalars(select(Booth).where(Booth.producer_id == producers[0].id)).first()
        product = session.scalars(select(Product).where(Product.producer_id == producers[0].id,
                                                        Product.gtin.is_not(None))).first()
        assert booth is not None and product is not None
        day = event.days[0]
        for code in ("..", "L/1", "ok"):
            session.add(Lot(product_id=product.id, booth_id=booth.id, event_day_id=day.id, lot_code=code, quantity=1))
        other = session.scalars(select(Product).where(Product.producer_id == producers[1].id)).first()
        assert other is not None
        session.add(Lot(product_id=other.id, booth_id=booth.id, event_day_id=day.id, lot_code="P2", quantity=1))
    result = build_site(lots_store, tmp_path / "site")
    assert result.lots == 3 and len(result.skipped) == 1 and "'..'" in result.skipped[0]
    notes = "\n".join(hosting_notes(result))
    assert "1 lot(s) have no page" in notes and "1 QR code(s) hold a '/'" in notes
    site = result.root
    assert (site / "nsx" / "~2E" / "index.html").exists() and (site / "nsx" / "index~2Ehtml" / "index.html").exists()
    gtin = payloads.gtin14(product.gtin or "")
    slashed = (site / "01" / gtin / "10" / "L" / "1" / "index.html").read_text(encoding="utf-8")
    assert 'href="/ocop/assets/site.css"' in slashed and f'href="/ocop/01/{gtin}/index.html"' in slashed
    plain = (site / "01" / gtin / "10" / "ok" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../../../assets/site.css"' in plain and 'href="../../index.html"' in plain
    assert not (site / "01" / gtin / "index.html").read_text(encoding="utf-8").count("Lô ..<")


def test_import_names_the_row_of_a_product_code_no_host_can_serve(store: Store, tmp_path: Path) -> None:
    from ocop_desk.core.errors import ValidationFailed
    from ocop_desk.registration import importer

    path = tmp_path / "reg.csv"
    path.write_text("Booth;Producer name;Product code;Product name\nC01;HTX A;SP/2026/01;Dưa gang\n"
                    "C01;HTX A;SP/../x;Thuốc lào\n", encoding="utf-8")
    with pytest.raises(ValidationFailed) as refused:
        importer.import_registration(store, Actor("x"), path)
    assert len(refused.value.problems) == 1
    assert "row 3" in refused.value.problems[0] and "'SP/../x' cannot be the address of a web page" in \
        refused.value.problems[0]
    path.write_text(path.read_text(encoding="utf-8").replace("SP/../x", "SP/2026/02"), encoding="utf-8")
    assert importer.import_registration(store, Actor("x"), path).products.added == 2
