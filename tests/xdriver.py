"""Driving the real window from outside the process, the way a coordinator does: an X server (Xvfb), keys
typed into it by xdotool (a keyboard-wedge scanner types just the same), screenshots of the screen, and
read-only looks into the SQLite file to wait on what the window has stored.

Nothing here imports Qt or the app: the test talks to the app only through the X server and its files.
"""

from __future__ import annotations

import os
import select
import shutil
import sqlite3
import struct
import subprocess
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
TOOLS = ("Xvfb", "xdotool", "xmodmap")
SCREEN = "1600x1000x24"


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def wait_for(what: str, probe: Callable[[], T], timeout: float = 20.0, interval: float = 0.1,
             check: Callable[[], None] | None = None) -> T:
    """Poll `probe` until it returns something truthy; fail naming `what` after `timeout` seconds.
    `check` runs first at every poll (it raises when waiting is pointless, e.g. the app has exited)."""
    deadline = time.monotonic() + timeout
    while True:
        if check is not None:
            check()
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


class Xvfb:
    """A virtual X server on a free display (-displayfd), its screen memory-mapped in a file (-fbdir) so that
    a screenshot is a read of that file: no extra tool, no client connection."""

    def __init__(self, folder: Path, screen: str = SCREEN) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        read_fd, write_fd = os.pipe()
        with (folder / "xvfb.log").open("wb") as log:
            self.process = subprocess.Popen(
                ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", screen, "-nolisten", "tcp", "-fbdir",
                 str(folder), "-noreset"], pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=log)
        os.close(write_fd)
        try:
            self.display = ":" + self._read_display(read_fd)
        except BaseException:
            self.stop()
            raise
        finally:
            os.close(read_fd)

    def _read_display(self, fd: int, timeout: float = 20.0) -> str:
        data = b""
        deadline = time.monotonic() + timeout
        while not data.endswith(b"\n"):
            left = deadline - time.monotonic()
            ready, _, _ = select.select([fd], [], [], max(0.0, left))
            if not ready:
                raise AssertionError(f"Xvfb gave no display number within {timeout:.0f} s")
            chunk = os.read(fd, 64)
            if not chunk:
                raise AssertionError(f"Xvfb exited ({self.process.poll()}): {(self.folder / 'xvfb.log').read_text()}")
            data += chunk
        return data.decode().strip()

    def screenshot(self, png: Path, settle: float = 3.0) -> Path:
        """The whole screen as a PNG (Xvfb keeps it as an XWD image in `folder/Xvfb_screen0`), once it has
        stopped changing (two reads 150 ms apart alike, at most `settle` seconds): no fixed sleep before it."""
        screen = self.folder / "Xvfb_screen0"
        deadline = time.monotonic() + settle
        before = screen.read_bytes()
        while True:
            time.sleep(0.15)
            now = screen.read_bytes()
            if now == before or time.monotonic() > deadline:
                break
            before = now
        xwd_to_png(now, png)
        return png

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)


def xwd_to_png(data: bytes, png: Path) -> None:
    """A 24/32-bit TrueColor XWD image (what Xvfb writes) as an RGB PNG, with the standard library only."""
    header = struct.unpack(">25I", data[:100])
    header_size, width, height, byte_order, bits_per_pixel, bytes_per_line = (
        header[0], header[4], header[5], header[7], header[11], header[12])
    ncolors = header[19]
    if bits_per_pixel != 32:
        raise ValueError(f"XWD with {bits_per_pixel} bits per pixel")
    start = header_size + ncolors * 12
    rows = []
    blue, green, red = (0, 1, 2) if byte_order == 0 else (3, 2, 1)  # LSBFirst: B G R x in memory
    for y in range(height):
        line = data[start + y * bytes_per_line:start + y * bytes_per_line + width * 4]
        rgb = bytearray(width * 3)
        rgb[0::3], rgb[1::3], rgb[2::3] = line[red::4], line[green::4], line[blue::4]
        rows.append(b"\x00" + bytes(rgb))

    def chunk(tag: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body) & 0xFFFFFFFF)

    png.parent.mkdir(parents=True, exist_ok=True)
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                    + chunk(b"IDAT", zlib.compress(b"".join(rows), 6)) + chunk(b"IEND", b""))


class Keyboard:
    """xdotool on one display: find windows by title, give them the focus, type and press keys.

    Letters the keymap lacks (ợ, ễ, ư…) are bound once to keys of their own (xmodmap) before they are typed:
    xdotool would otherwise bind a scratch key for each letter and unbind it right after the key press, and
    a window that reads the keymap a moment later sees no letter at all (“Chợ phin” for “Chợ phiên”).
    """

    def __init__(self, display: str, check: Callable[[], None] | None = None) -> None:
        self.env = {**os.environ, "DISPLAY": display}
        self.check = check
        self.bound: set[str] = set()
        self._spare: list[int] | None = None

    def bind(self, text: str) -> None:
        letters = sorted({c for c in text if ord(c) > 0x7E} - self.bound)
        if not letters:
            return
        if self._spare is None:
            self._spare = _spare_keycodes(self._xmodmap("-pke"))
        if len(letters) > len(self._spare):
            raise AssertionError(f"no spare keys left for {''.join(letters)}")
        rules = []
        for letter in letters:
            keysym = f"U{ord(letter):04X}"
            rules += ["-e", f"keycode {self._spare.pop()} = {keysym} {keysym}"]
        self._xmodmap(*rules)
        self.bound.update(letters)

    def _xmodmap(self, *args: str) -> str:
        result = subprocess.run(["xmodmap", *args], env=self.env, capture_output=True, text=True, timeout=30)
        if result.returncode != 0:
            raise AssertionError(f"xmodmap failed: {result.stderr.strip()}")
        return result.stdout

    def xdotool(self, *args: str, timeout: float = 30.0) -> str:
        result = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=timeout)
        if result.returncode != 0 and args[0] != "search":  # search answers 1 when nothing matches
            raise AssertionError(f"xdotool {' '.join(args)} failed ({result.returncode}): {result.stderr.strip()}")
        return result.stdout

    def windows(self, title: str) -> list[str]:
        """Visible windows whose title is exactly `title`."""
        return self.xdotool("search", "--onlyvisible", "--name", f"^{_regex(title)}$").split()

    def window(self, title: str, timeout: float = 20.0) -> str:
        return wait_for(f"the window “{title}”", lambda: (self.windows(title) or [None])[-1], timeout,
                        check=self.check)

    def gone(self, title: str, timeout: float = 20.0) -> None:
        wait_for(f"the window “{title}” to close", lambda: not self.windows(title), timeout, check=self.check)

    def focus(self, window: str) -> None:
        """Give `window` the keyboard (there is no window manager: this is the click on its title bar)."""
        def focused() -> bool:
            if self.xdotool("getwindowfocus").strip() == window:
                return True
            self.xdotool("windowfocus", window)
            return False

        wait_for(f"the focus on window {window}", focused, timeout=10, check=self.check)

    def type(self, text: str, *, delay_ms: int = 5, enter: bool = False) -> None:
        """Type `text` like a keyboard-wedge scanner (a few ms per character) or a person (delay_ms ~120),
        with a Return right after it when `enter`."""
        self.bind(text)
        self.xdotool("type", "--delay", str(delay_ms), "--", text, timeout=30 + len(text) * delay_ms / 1000)
        if enter:  # (after "--" xdotool takes every word as text: the Return is its own command)
            self.xdotool("key", "Return")

    def key(self, *keys: str, delay_ms: int = 40) -> None:
        self.xdotool("key", "--delay", str(delay_ms), *keys)


def _spare_keycodes(table: str) -> list[int]:
    """Keycodes of `xmodmap -pke` bound to nothing but XF86 media keys (none of which the app uses)."""
    spare = []
    for line in table.splitlines():
        head, _, syms = line.partition("=")
        names = [k for k in syms.split() if k != "NoSymbol"]
        if head.split()[:1] == ["keycode"] and names and all(k.startswith("XF86") for k in names):
            spare.append(int(head.split()[1]))
    return spare


def _regex(title: str) -> str:
    return "".join("\\" + c if c in r".^$*+?()[]{}|\\" else c for c in title)


class Database:
    """Read-only looks into the app's SQLite file while the window writes it (WAL: readers never block it)."""

    def __init__(self, path: Path, check: Callable[[], None] | None = None) -> None:
        self.path = path
        self.check = check

    @contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=5)
        try:
            yield conn
        finally:
            conn.close()

    def rows(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        if not self.path.exists():
            return []
        try:
            with self.connect() as conn:
                return conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:  # not migrated yet, or busy for a moment
            if "no such table" in str(exc) or "locked" in str(exc) or "busy" in str(exc):
                return []
            raise

    def value(self, sql: str, *params: Any) -> Any:
        found = self.rows(sql, *params)
        return found[0][0] if found else None

    def wait_rows(self, what: str, sql: str, *params: Any, count: int = 1, timeout: float = 20.0) -> list[tuple[Any, ...]]:
        """Wait until `sql` returns exactly `count` rows (what the window was asked to store), and return them."""
        return wait_for(what, lambda: (lambda r: r if len(r) == count else None)(self.rows(sql, *params)), timeout,
                        check=self.check)
