"""The command lines the README prints, read out of its tables and code blocks, and expanded into runnable
variants: a synopsis `ocop-desk live list [--day D]` becomes `live list` and `live list --day D`: the least it
allows, everything it allows, and one for each further alternative of `[A | B]` or `(A | B)`.

Placeholders stay as they are (`D`, `OUT.xlsx`, `SESSION`); tests/test_readme_commands.py fills them with
a prepared fair's real values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
PROGRAMS = ("ocop-desk", "python3 main.py")  # the README's command lines start with one of these

# One placeholder word: upper case (OUT.xlsx, CODE_OR_GTIN, ±N) or the date pattern; `tiktok|facebook` is a
# list of choices, `--day` an option, `list` a literal word.
PLACEHOLDER = re.compile(r"^(±?[A-Z][A-Z0-9_]*(\.(xlsx|pdf))?|YYYY-MM-DD(THH:MM)?)$")


@dataclass(frozen=True)
class Source:
    """Where a command line stands in the README: a table row or a code block (its lines run in order)."""

    line: int
    text: str  # the synopsis as printed
    row: str = ""  # the whole table row or block, for what the README says of the command
    block: int | None = None  # code block number: lines of one block run as one script


@dataclass
class Group:
    optional: bool
    alternatives: list[list[Item]] = field(default_factory=list)


Item = str | Group


def commands(readme: Path = README) -> list[Source]:
    """Every command line of the README's tables and fenced code blocks, in reading order."""
    found: list[Source] = []
    in_block, block = False, 0
    for number, raw in enumerate(readme.read_text(encoding="utf-8").splitlines(), start=1):
        stripped = raw.strip()
        if stripped.startswith("```"):
            in_block = not in_block
            block += in_block
            continue
        if in_block:
            text = stripped.split("  #", 1)[0].strip()  # a trailing comment is not part of the command
            if text.startswith(PROGRAMS):
                found.append(Source(number, text, row=stripped, block=block))
        elif stripped.startswith("|"):
            for span in re.findall(r"`([^`]+)`", stripped):
                if span.startswith(PROGRAMS):
                    found.append(Source(number, span.replace("\\|", "|"), row=stripped))
    return found


def tokens(synopsis: str) -> list[str]:
    """Words, with brackets and parentheses split off (`[--day` → `[`, `--day`) and `...` dropped."""
    out: list[str] = []
    for word in synopsis.split():
        while word[:1] in "[(" and word:
            out.append(word[0])
            word = word[1:]
        tail: list[str] = []
        while word[-1:] in "])" and word:
            tail.insert(0, word[-1])
            word = word[:-1]
        if word and word != "...":
            out.append(word)
        out.extend(tail)
    return out


def parse(synopsis: str) -> list[Item]:
    """The synopsis as a tree of words and groups; a malformed one raises ValueError naming it."""
    words = tokens(synopsis)
    pos = 0

    def sequence(closing: str | None) -> list[list[Item]]:
        nonlocal pos
        alternatives: list[list[Item]] = [[]]
        while pos < len(words):
            word = words[pos]
            pos += 1
            if word in "[(":
                group = Group(optional=word == "[")
                group.alternatives = sequence("]" if word == "[" else ")")
                alternatives[-1].append(group)
            elif word in "])":
                if word != closing:
                    raise ValueError(f"unbalanced {word!r} in README command {synopsis!r}")
                return alternatives
            elif word == "|" and closing:
                alternatives.append([])
            else:
                alternatives[-1].append(word)
        if closing:
            raise ValueError(f"{closing!r} missing in README command {synopsis!r}")
        return alternatives

    top = sequence(None)
    if len(top) != 1:
        raise ValueError(f"'|' outside brackets in README command {synopsis!r}")
    return top[0]


def _render(items: list[Item], choose: dict[int, int], full: bool) -> list[str]:
    out: list[str] = []
    for item in items:
        if isinstance(item, str):
            out.append(item)
            continue
        picked = choose.get(id(item))
        if picked is None and item.optional and not full:
            continue
        out.extend(_render(item.alternatives[picked or 0], choose, full))
    return out


def _groups(items: list[Item]) -> list[Group]:
    found: list[Group] = []
    for item in items:
        if isinstance(item, Group):
            found.append(item)
            for alternative in item.alternatives:
                found.extend(_groups(alternative))
    return found


def variants(synopsis: str) -> list[list[str]]:
    """Runnable word lists: the least the synopsis allows, everything it allows (first alternatives), and each
    alternative of `[A | B]` / `(A | B)` once."""
    tree = parse(synopsis)
    found = [_render(tree, {}, full=False), _render(tree, {}, full=True)]
    for group in _groups(tree):
        for index in range(1, len(group.alternatives)):
            found.append(_render(tree, {id(group): index}, full=False))
    unique: list[list[str]] = []
    for words in found:
        if words not in unique:
            unique.append(words)
    return unique


def is_placeholder(word: str) -> bool:
    return bool(PLACEHOLDER.match(word))


def options_of(words: list[str]) -> dict[str, str | None]:
    """The options in a word list with the placeholder that follows each (None for a flag)."""
    out: dict[str, str | None] = {}
    for index, word in enumerate(words):
        if word.startswith("--"):
            following = words[index + 1] if index + 1 < len(words) else ""
            out[word] = following if is_placeholder(following) or "|" in following else None
    return out
