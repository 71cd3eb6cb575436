from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ocop_desk.core.textnorm import fold, search_blob
from ocop_desk.registration.values import blob_fast, fold_fast

VIET = "aàáảãạăằắẳẵặâầấẩẫậđeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
ALPHABET = st.sampled_from(list(VIET + VIET.upper() + " \t\n\u00a0\u2003|-.0123456789Ñçßøæ") + ["e\u0301", "й", "Ω"])


@settings(max_examples=400, deadline=None)
@given(st.lists(ALPHABET, max_size=30).map("".join))
def test_fast_fold_equals_fold(text: str) -> None:
    assert fold_fast(text) == fold(text)


@given(st.lists(st.one_of(st.none(), st.text(max_size=12)), max_size=4))
def test_fast_blob_equals_search_blob(parts: list[str | None]) -> None:
    assert blob_fast(*parts) == search_blob(*parts)


def test_examples() -> None:
    assert fold_fast("  Chả   chìa ĐÔNG trùng ") == "cha chia dong trung"
