"""The tally keyboard and scanner interpreter, without a window (times are given explicitly)."""

from __future__ import annotations

from ui.live.board import KeyAction, KeyInterpreter


def typed(keys: KeyInterpreter, text: str, start: float = 100.0, gap: float = 0.2) -> list[KeyAction | None]:
    return [keys.typed(ch, start + i * gap) for i, ch in enumerate(text)]


def test_digits_select_and_plus_minus_build_a_count() -> None:
    keys = KeyInterpreter()
    assert typed(keys, "3")[-1] == KeyAction("select", tile=3)
    typed(keys, "++", start=101)
    assert keys.enter(102) == KeyAction("count", tile=3, quantity=2)
    typed(keys, "+12", start=103)
    assert keys.enter(104) == KeyAction("count", tile=None, quantity=12)  # the selected tile
    typed(keys, "0−", start=105)
    assert keys.enter(106) == KeyAction("minus", tile=10, quantity=1)
    typed(keys, "2", start=107)
    assert keys.enter(108) == KeyAction("select", tile=2)
    typed(keys, "1+-", start=109)
    assert keys.enter(110) == KeyAction("invalid", tile=1, text="1+-")
    assert keys.enter(111) is None


def test_scanner_bursts_are_scans_with_or_without_enter() -> None:
    keys = KeyInterpreter()
    uri = "https://truyxuat.example.vn/01/08936012340013/10/L1"
    typed(keys, uri, gap=0.004)
    assert keys.enter(100.5) == KeyAction("scan", text=uri)
    typed(keys, "8936012340013", start=200, gap=0.004)  # a bare EAN-13 from the package's barcode
    assert keys.idle(200.3) == KeyAction("scan", text="8936012340013")
    typed(keys, "12", start=300)  # slow typing is never a scan
    assert keys.idle(301) is None and keys.buffer == "12"


def test_the_rest_of_an_offline_label_is_swallowed() -> None:
    keys = KeyInterpreter()
    typed(keys, "OCOP|MAT-ONG-TH|L1", gap=0.004)
    assert keys.enter(100.1).kind == "scan"  # type: ignore[union-attr]
    assert typed(keys, "Mat ong Tung Hang", start=100.11, gap=0.004) == [None] * 17
    assert keys.enter(100.2) is None
    assert typed(keys, "2", start=101)[-1] == KeyAction("select", tile=2)
