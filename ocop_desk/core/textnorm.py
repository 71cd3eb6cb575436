"""Accent- and case-folding for Vietnamese search ("cha chia" finds "Chả chìa")."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_STRIP = str.maketrans({"đ": "d", "Đ": "d"})


def fold(text: str | None) -> str:
    """Lower-case, drop diacritics (đ→d), collapse white space."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.translate(_STRIP))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", bare).strip().lower()


def search_blob(*parts: str | None) -> str:
    """One folded string for a row's searchable fields, separated so a match never spans two fields."""
    return " | ".join(fold(p) for p in parts if p)
