"""Every command line the README prints runs as printed, through an installed wheel's `ocop-desk`.

tests/readme_commands.py reads the lines out of the README's tables and code blocks and expands each
synopsis into its variants; here each variant's placeholders are filled with a prepared fair's real values
(a booth, a product with a lot, an open and an ended livestream session, a backup, a registration file),
and it runs as a subprocess of a clean environment whose home folder holds that fair as the default
database (so `~/.local/share/ocop-desk/ocop-desk.sqlite3` in the README is that file). Each variant starts
from the same prepared database; the lines of one code block run in order, like a shell script. A command
exits 0, or the refusal its README row documents, and every file it is asked to write exists and opens.

A command added to the README later is tested by adding it there; one whose placeholder this test does not
know fails, naming the placeholder.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from installed import clean_env, installed_app
from readme_commands import Source, commands, is_placeholder, options_of, variants

pytestmark = pytest.mark.sqlite_only  # the default database is a file; the PostgreSQL lines get a server db

LINES = commands()
PG_ADDRESSES = ("postgresql+psycopg://USER@HOST/DB", "postgresql+psycopg://ocop@192.168.1.10/ocop")
# Refusals the README documents for a variant, by the option whose absence makes it one: (command, option).
DOCUMENTED_REFUSALS = {("restore", "--yes"): 1}


def _cases() -> list[object]:
    cases = []
    for source in LINES:
        if source.text.startswith("python3 main.py") or source.block is not None:
            continue  # main.py lines run in a fresh clone (below); code blocks run as whole scripts
        for words in variants(source.text):
            cases.append(pytest.param(source, words, id=f"L{source.line}: {' '.join(words)}"))
    return cases


def _blocks() -> list[object]:
    blocks: dict[int, list[Source]] = {}
    for source in LINES:
        if source.block is not None and not source.text.startswith("python3 main.py"):
            blocks.setdefault(source.block, []).append(source)
    return [pytest.param(lines, id=f"L{lines[0].line}: block") for lines in blocks.values()]


@dataclass
class Fair:
    """The prepared world: the installed app, a home folder whose default database holds the sample fair."""

    app: Path
    root: Path
    home: Path
    snapshot: Path
    values: dict[str, str] = field(default_factory=dict)

    @property
    def db(self) -> Path:
        return self.home / ".local" / "share" / "ocop-desk" / "ocop-desk.sqlite3"

    def env(self, **extra: str) -> dict[str, str]:
        return clean_env(HOME=str(self.home), QT_QPA_PLATFORM="offscreen", **extra)

    def run(self, args: list[str], *, window: bool = False) -> subprocess.CompletedProcess[str]:
        env = self.env(OCOP_DESK_STARTUP_PROBE="quit", OCOP_DESK_OPERATOR="Nguyễn Thu Hà") if window else self.env()
        return subprocess.run([str(self.app), *args], capture_output=True, text=True, env=env, cwd=self.root / "work",
                              timeout=180, stdin=subprocess.DEVNULL)

    def must(self, *args: str) -> str:
        result = self.run(list(args))
        assert result.returncode == 0, f"ocop-desk {' '.join(args)}: {result.stderr}"
        return result.stdout

    def reset(self, state: str = "fair") -> None:
        """The default database as prepared ('fair'), or none at all ('empty': a first start)."""
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.db}{suffix}").unlink(missing_ok=True)
        if state == "fair":
            shutil.copy2(self.snapshot, self.db)
        outputs = self.root / "out"
        shutil.rmtree(outputs, ignore_errors=True)
        outputs.mkdir()


@pytest.fixture(scope="module")
def fair(tmp_path_factory: pytest.TempPathFactory) -> Fair:
    root = tmp_path_factory.mktemp("readme")
    app = installed_app(root / "install")
    (root / "work").mkdir()
    world = Fair(app, root, root / "home", root / "fair.sqlite3")
    world.db.parent.mkdir(parents=True)
    today = dt.date.today()
    world.must("--lang", "en", "demo", "--days", "2")
    event = json.loads(world.must("event", "list", "--json"))[0]["id"]
    with closing(sqlite3.connect(f"file:{world.db}?mode=ro", uri=True)) as db:  # closed: the CLI folds its WAL
        product, gtin = db.execute(
            "SELECT p.code, p.gtin FROM product p JOIN booth b ON b.producer_id = p.producer_id "
            "WHERE b.code = 'A01' AND p.gtin IS NOT NULL ORDER BY p.code LIMIT 1").fetchone()
    world.must("checkin", "A01")
    world.must("lot", "add", "A01", product, "--qty", "10", "--lot", "README-1",
               "--produced", (today - dt.timedelta(days=3)).isoformat(), "--expires", (today + dt.timedelta(days=90)).isoformat())
    open_session = json.loads(world.must("live", "start", "--host", "Lan", "--product", product, "--json"))["id"]
    world.must("live", "tally", str(open_session), product, "--qty", "3")
    ended = json.loads(world.must("live", "start", "--host", "Minh", "--product", product, "--json"))["id"]
    world.must("live", "end", str(ended), "--views", "100")
    world.must("backup")
    backup_file = json.loads(world.must("backup", "--list", "--json"))["backups"][0]["path"]
    registration = root / "dang-ky.csv"
    registration.write_text("Gian hàng;Tên chủ thể;Điện thoại;Tên sản phẩm;Số sao;Giá bán\n"
                            "C09;HTX Mật ong Cát Bà;0912345678;Mật ong rừng Cát Bà;4;250000\n", encoding="utf-8")
    shutil.copy2(world.db, world.snapshot)
    out = root / "out"
    world.values = {
        "YYYY-MM-DD": today.isoformat(), "N": "2", "K": "2", "±N": "-1",
        "ID": str(event), "NAME": "Nguyễn Thu Hà", "NAME2": "Trần Minh", "TEXT": "đếm nhầm một hộp", "VND": "1500000",
        "YYYY-MM-DDTHH:MM": (dt.datetime.now() + dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
        "VENUE": "Nhà văn hóa quận Lê Chân", "PROVINCE": "Hải Phòng", "URL": "https://truyxuat.ocop.example.vn",
        "TITLE": "Đặc sản Hải Phòng", "CHANNEL": "@ocophaiphong",
        "OUT.xlsx": str(out / "tong-ket.xlsx"), "OUT.pdf": str(out / "tem.pdf"), "OUTDIR": str(out / "site"),
        "FILE": str(registration), "restore FILE": backup_file, "SCAN": f"OCOP:B:{event}:A02",
        "BOOTH": "A01", "PRODUCT": product, "PRODUCT_OR_SCAN": product, "CODE_OR_GTIN": gtin,
        "--lot CODE": "README-2", "--booth CODE": "A01", "--product CODE": product,
        "--template NAME": "a4-3x8", "event create NAME": "Chợ phiên OCOP mùa xuân",
        "event create --to YYYY-MM-DD": (today + dt.timedelta(days=1)).isoformat(),
        "--produced DATE": (today - dt.timedelta(days=20)).strftime("%d/%m/%Y"),  # the way it is written here
        "--expires DATE": (today + dt.timedelta(days=180)).isoformat(),
        "SESSION": str(open_session), "live reopen SESSION": str(ended),
        "--to PATH_OR_URL": str(out / "ban-sao.sqlite3"),
        "PATH_OR_URL": str(world.db), "PATH": str(out / "moi.sqlite3"),
    }
    return world


def _command_of(words: list[str]) -> str:
    """`live end` of `ocop-desk live end SESSION ...`: the literal words after the program name."""
    names = []
    for word in words[1:]:
        if word.startswith("-") or is_placeholder(word):
            break
        names.append(word)
    return " ".join(names)


def _fill(fair: Fair, words: list[str], pg_url: Callable[[], str]) -> list[str]:
    command, values, args = _command_of(words), fair.values, []
    for index, word in enumerate(words[1:], start=1):
        option = words[index - 1] if words[index - 1].startswith("--") else ""
        if word in PG_ADDRESSES:
            args.append(pg_url())
        elif word.startswith("~/"):
            args.append(str(fair.home / word[2:]))  # as the shell expands it
        elif "|" in word and not word.startswith("-"):
            args.append(word.split("|")[0])  # a list of choices: the first
        elif is_placeholder(word):
            keys = ((command, option, word), (option, word), (command, word), (word,))
            for key in (" ".join(filter(None, parts)) for parts in keys):
                if key in values:
                    args.append(values[key])
                    break
            else:
                raise AssertionError(f"README line `{' '.join(words)}`: no value for the placeholder {word!r} "
                                     f"(add one to the fair fixture in {Path(__file__).name})")
        else:
            args.append(word)
    return args


def _check_outputs(words: list[str], args: list[str]) -> None:
    """The files the command was asked to write exist and open."""
    from openpyxl import load_workbook

    for option, word, value in zip(words, words[1:], args, strict=False):
        if word == "OUT.xlsx":
            workbook = load_workbook(value, read_only=True)
            assert workbook.sheetnames, value
            workbook.close()
        elif word == "OUT.pdf":
            png = Path(value).with_suffix("")
            subprocess.run(["pdftoppm", "-r", "20", "-f", "1", "-l", "1", "-png", value, str(png)], check=True)
            assert list(png.parent.glob(f"{png.name}*.png")), value
        elif word == "OUTDIR":
            assert (Path(value) / "index.html").is_file(), value
        elif (option, word) == ("--to", "PATH_OR_URL"):
            with closing(sqlite3.connect(f"file:{value}?mode=ro", uri=True)) as db:
                assert db.execute("SELECT count(*) FROM event").fetchone()[0] >= 1, value


def _expected_code(source: Source, words: list[str]) -> int:
    command = _command_of(words)
    for (name, option), code in DOCUMENTED_REFUSALS.items():
        if command == name and option not in words:
            assert f"exit {code}" in source.row, f"README line {source.line} must say the refusal's exit {code}"
            return code
    return 0


@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> Iterator[Callable[[], str]]:
    made: list[str] = []

    def make() -> str:
        pg = request.getfixturevalue("pg_databases")  # skips without a PostgreSQL server
        made.append(pg.create("empty"))
        return made[-1]

    yield make
    if made:
        for url in made:
            request.getfixturevalue("pg_databases").drop(url)


def _run_line(fair: Fair, source: Source, words: list[str], pg_url: Callable[[], str]) -> None:
    args = _fill(fair, words, pg_url)
    window = _command_of(words) == "" and "--help" not in words and "--version" not in words
    result = fair.run(args, window=window)
    expected = _expected_code(source, words)
    assert result.returncode == expected, (
        f"README line {source.line}: `ocop-desk {' '.join(args)}` exited {result.returncode}, not {expected}\n"
        f"{result.stdout}\n{result.stderr}")
    if window:
        assert result.stdout.startswith("ready"), result.stdout + result.stderr
    if "--version" in words:
        from ocop_desk import __version__

        assert result.stdout.strip() == f"ocop-desk {__version__}"
    if expected == 0:
        _check_outputs(words, args)


@pytest.mark.parametrize(("source", "words"), _cases())
def test_readme_command_runs_as_printed(fair: Fair, source: Source, words: list[str],
                                        pg_url: Callable[[], str]) -> None:
    if "COMMAND" in words:  # `ocop-desk COMMAND --help`: every command of the table
        names = sorted({_command_of(variants(s.text)[0]).split()[0] for s in LINES
                        if s.row.startswith("| `ocop-desk ") and _command_of(variants(s.text)[0])})
        assert len(names) > 15, names
        for name in names:
            result = fair.run([name, "--help"])
            assert result.returncode == 0 and "usage: ocop-desk" in result.stdout, (name, result.stderr)
        return
    fair.reset("empty" if _command_of(words) == "demo" else "fair")
    _run_line(fair, source, words, pg_url)


@pytest.mark.parametrize("lines", _blocks())
def test_readme_code_block_runs_as_printed(fair: Fair, lines: list[Source], pg_url: Callable[[], str]) -> None:
    fair.reset()
    urls: list[str] = []

    def same_server_db() -> str:  # one address in one block means one database
        if not urls:
            urls.append(pg_url())
        return urls[0]

    for source in lines:
        (words,) = variants(source.text)
        _run_line(fair, source, words, same_server_db)


def test_the_fair_is_installed_from_the_wheel_not_the_checkout(fair: Fair) -> None:
    """The entry point runs the installed package: its resources come from site-packages."""
    python = fair.app.with_name("python")
    where = subprocess.run([str(python), "-c", "import ocop_desk, ocop_desk_resources; "
                                               "print(ocop_desk.__file__); print(ocop_desk_resources.__file__)"],
                           capture_output=True, text=True, env=fair.env(), cwd=fair.root / "work", check=True)
    for line in where.stdout.split():
        assert "site-packages" in line and not line.startswith(str(Path(__file__).resolve().parent.parent)), line


def test_readme_options_agree_with_help() -> None:
    """The README's synopses of a command name every option its parser has, with --help's placeholders."""
    from ocop_desk.cli import LEGACY_FLAGS, build_parser, command_parsers

    by_prog = {p.prog.removeprefix("ocop-desk "): p for p in command_parsers(build_parser())}
    documented: dict[str, set[str]] = {}
    mismatches: list[str] = []
    for source in LINES:
        for words in variants(source.text):
            command = _command_of(words)
            if not command or source.block is not None or command not in by_prog:
                continue
            sub = by_prog[command]
            actions = {s: a for a in sub._actions for s in a.option_strings}
            for option, placeholder in options_of(words).items():
                if (command, option) in LEGACY_FLAGS and placeholder is None:
                    continue  # the old spelling the README mentions as still working
                documented.setdefault(command, set()).add(option)
                action = actions.get(option)
                shown = None if action is None else (
                    action.metavar or ("|".join(action.choices) if action.choices else action.dest.upper()))
                if action is None:
                    mismatches.append(f"README line {source.line}: `{command}` has no option {option}")
                elif action.nargs == 0 and placeholder is not None:
                    mismatches.append(f"README line {source.line}: {option} takes no value")
                elif action.nargs != 0 and shown != (placeholder or "").rstrip("0123456789"):
                    mismatches.append(f"README line {source.line}: {option} {placeholder}, --help: {option} {shown}")
    for command, sub in by_prog.items():
        own = {s for s in _own_options(sub) if s.startswith("--")} - {"--help", "--json"}
        if command not in documented and not own:
            documented[command] = set()  # a command without options needs only its line
        missing = own - documented.get(command, set())
        if missing:
            mismatches.append(f"README: `{command}` also takes {sorted(missing)}")
    assert not mismatches, "\n".join(mismatches)
    assert set(documented) == set(by_prog), f"commands without a README line: {sorted(set(by_prog) - set(documented))}"


def _own_options(sub: argparse.ArgumentParser) -> set[str]:
    """A command's option strings, less the global options every command takes after its name."""
    from ocop_desk.cli import GLOBAL_GROUP

    return {s for group in sub._action_groups if group.title != GLOBAL_GROUP
            for a in group._group_actions for s in a.option_strings}


def test_no_command_option_collides_with_a_global_option() -> None:
    from ocop_desk.cli import build_parser, command_parsers, global_options

    global_flags = {s for a in global_options()._actions for s in a.option_strings}
    for sub in command_parsers(build_parser()):
        own = _own_options(sub)
        assert not own & global_flags, f"{sub.prog}: {sorted(own & global_flags)} collide with global options"


@pytest.mark.parametrize("argv", [["--db", "F", "export", "fair.xlsx", "--event"],
                                  ["--db", "F", "export", "--event", "fair.xlsx"],
                                  ["export", "fair.xlsx", "--all-days", "--db", "F"]])
def test_the_whole_fair_export_in_every_spelling(argv: list[str]) -> None:
    from ocop_desk.cli import parse_command_line

    args = parse_command_line(argv)
    assert (args.command, args.out, args.whole_event, args.db, args.event) == ("export", "fair.xlsx", True, "F", None)


def test_global_options_after_the_command_and_event_ids_stay_global() -> None:
    from ocop_desk.cli import parse_command_line

    args = parse_command_line(["--event", "2", "--operator", "Hà", "export", "x.xlsx", "--event", "3"])
    assert (args.event, args.operator, args.whole_event) == (3, "Hà", False)  # an ID after it: the global one
    args = parse_command_line(["checkin", "A01", "--operator", "Lan", "--lang", "en", "--read-only"])
    assert (args.operator, args.lang, args.read_only, args.db) == ("Lan", "en", True, None)


def test_a_closed_pipe_is_not_a_bug(fair: Fair) -> None:
    """`ocop-desk booths | head -1`: the reader going away ends the command quietly, exit 0."""
    fair.reset()
    with subprocess.Popen([str(fair.app), "booths"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env=fair.env(), cwd=fair.root / "work") as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()
        assert process.wait(timeout=60) == 0
        assert process.stderr.read() == b""


@pytest.mark.slow
def test_the_first_readme_command_sets_up_a_fresh_clone(tmp_path: Path) -> None:
    """`python3 main.py --demo` in a fresh clone makes .venv, installs the app and opens the sample fair."""
    from installed import ROOT, clean_copy

    clone = clean_copy(tmp_path / "clone")
    home = tmp_path / "home"
    lines = [s for s in LINES if s.text.startswith("python3 main.py")]
    assert [s.text for s in lines][:1] == ["python3 main.py --demo"], "the README opens with the set-up command"
    env = clean_env(HOME=str(home), QT_QPA_PLATFORM="offscreen", OCOP_DESK_STARTUP_PROBE="quit",
                    OCOP_DESK_OPERATOR="Nguyễn Thu Hà")
    for source in lines:
        result = subprocess.run(source.text.split(), capture_output=True, text=True, env=env, cwd=clone, timeout=900)
        assert result.returncode == 0, f"README line {source.line}: {result.stderr[-3000:]}"
        assert result.stdout.startswith("ready"), result.stdout
    db = home / ".local" / "share" / "ocop-desk" / "ocop-desk.sqlite3"
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        assert conn.execute("SELECT count(*) FROM booth").fetchone()[0] == 10  # the sample fair is there
    assert (clone / ".venv" / "bin" / "ocop-desk").exists() and clone != ROOT
