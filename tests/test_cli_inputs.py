"""The CLI's input-validation layer (issue 18): ids beyond 2^63, paths of 5,000 characters, product references of a
thousand words or 50,000 characters end in a clear refusal (exit 1 or 2), never in a bug (exit 4)."""

from __future__ import annotations

import pytest

from ocop_desk.core.errors import DomainError
from ocop_desk.core.inputs import (
    INT64_MAX,
    MAX_SQL_WORDS,
    check_path_text,
    check_reference,
    parse_int64,
    sql_words,
)

HUGE = str(2**63)
LONG_PATH = "/tmp/" + "a" * 5000
LONG_NAME = "/tmp/" + "b" * 300 + "/x.xlsx"
THOUSAND_WORDS = " ".join(f"w{i}" for i in range(1000))
SIXTY_WORDS = " ".join(f"w{i}" for i in range(60))  # 290 characters: within the length, past the SQL words


@pytest.fixture
def fair(cli_db):  # type: ignore[no-untyped-def]
    code, _, err = cli_db("demo", "--from", "2026-10-14")
    assert code == 0, err
    return cli_db


@pytest.mark.parametrize(("args", "code", "message"), [
    (("--event", HUGE, "booths"), 2, "must be a whole number between"),
    (("booths", "--event", "-" + "9" * 40), 2, "must be a whole number between"),
    (("event", "use", HUGE), 2, "must be a whole number between"),
    (("live", "tally", HUGE, "CCHL-01"), 2, "must be a whole number between"),
    (("live", "snapshot", "1", "--views", "1" + "0" * 30), 2, "must be a whole number between"),
    (("lot", "add", "A01", "CCHL-01", "--qty", HUGE, "--day", "2026-10-14"), 2, "must be a whole number between"),
    (("lot", "add", "A01", THOUSAND_WORDS, "--qty", "1", "--day", "2026-10-14"), 1, "characters long"),
    (("lot", "add", "A01", "x" * 50_000, "--qty", "1", "--day", "2026-10-14"), 2, "50,000 characters long"),
    (("lot", "add", "A01", SIXTY_WORDS, "--qty", "1", "--day", "2026-10-14"), 1, "No product matches"),
    (("--db", LONG_PATH, "booths"), 2, "5,005 characters long"),
    (("import", LONG_PATH), 2, "5,005 characters long"),
    (("export", LONG_PATH), 2, "5,005 characters long"),
    (("site", LONG_NAME), 2, "longer than the 255 bytes"),
    (("restore", LONG_NAME, "--yes"), 2, "longer than the 255 bytes"),
    (("template", LONG_PATH), 2, "5,005 characters long"),
    (("db", "copy", "--from", LONG_PATH, "--to", "/tmp/x.sqlite3"), 2, "5,005 characters long"),
])
def test_out_of_range_input_is_refused_clearly(fair, args: tuple[str, ...], code: int,  # type: ignore[no-untyped-def]
                                               message: str) -> None:
    got, out, err = fair(*args)
    assert got == code, (got, err[-500:])
    assert message in err
    assert len(err) < 3000  # the refusal quotes a shortened value, not the 50,000 characters


def test_a_reference_of_many_words_makes_a_bounded_statement(fair) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    statements: list[str] = []

    def seen(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(Engine, "before_cursor_execute", seen)
    try:
        code, _, err = fair("lot", "add", "A01", SIXTY_WORDS, "--qty", "1", "--day", "2026-10-14")
    finally:
        event.remove(Engine, "before_cursor_execute", seen)
    assert code == 1 and "No product matches" in err
    assert max(s.count(" LIKE ") for s in statements) == MAX_SQL_WORDS


def test_a_long_name_with_repeated_words_still_finds_its_product(fair) -> None:  # type: ignore[no-untyped-def]
    """Only MAX_SQL_WORDS words reach SQL; every word is still checked on the rows found."""
    ref = " ".join(["chả", "chìa", "hạ", "lũng", "bác", "hoạt"] * 3)
    code, out, err = fair("lot", "add", "A01", ref, "--qty", "2", "--day", "2026-10-14")
    assert code == 0, err
    assert "Chả chìa Hạ Lũng Bác Hoạt" in out
    code, _, err = fair("lot", "add", "A01", ref + " nem", "--qty", "2", "--day", "2026-10-14")
    assert code == 1 and "No product matches" in err  # the ninth word, checked in Python, rules it out


def test_sql_words_are_bounded_distinct_and_longest_first() -> None:
    words = sql_words(THOUSAND_WORDS + " Chả Chả")
    assert len(words) == MAX_SQL_WORDS and len(set(words)) == MAX_SQL_WORDS
    assert all(len(w) == 4 for w in words)  # w100…w999 before w0…w99
    assert sql_words("Chả chìa chả") == ["chia", "cha"]


def test_int64_bounds() -> None:
    assert parse_int64(str(INT64_MAX), "id") == INT64_MAX
    assert parse_int64(" -5 ", "qty") == -5
    for bad in (str(INT64_MAX + 1), "9" * 5000, "1.5", "", "12abc"):
        with pytest.raises(DomainError):
            parse_int64(bad, "id")
    with pytest.raises(DomainError, match="between 1 and"):
        parse_int64("0", "id", minimum=1)


def test_paths_and_references() -> None:
    assert check_path_text("C:\\Users\\Hà\\Đăng ký.xlsx", "file")
    for bad in (LONG_PATH, LONG_NAME, "a\x00b"):
        with pytest.raises(DomainError):
            check_path_text(bad, "file")
    assert check_reference("Chả chìa", "product") == "Chả chìa"
    with pytest.raises(DomainError, match="301 characters"):
        check_reference("x" * 301, "product")
