"""Which registration field a column header names, however the organiser wrote it.

Headers are compared after folding (no accents, lower case, single spaces, no punctuation or
bracketed notes), so "Tên sản phẩm", "TEN SAN PHAM (*)" and "Product name" all mean `product_name`.
A cell holding two languages ("Tên sản phẩm\\nProduct name" or "Tên sản phẩm / Product name") counts
when either half matches.
"""

from __future__ import annotations

import re

from ocop_desk.core.textnorm import fold

# field -> the folded ways organisers write its header
SYNONYMS: dict[str, tuple[str, ...]] = {
    "row_no": ("stt", "so tt", "so thu tu", "tt", "no", "#", "n0"),
    "producer_code": ("ma chu the", "ma don vi", "ma co so", "ma ctocop", "ma chu the ocop", "producer code",
                      "producer id", "ma nha san xuat"),
    "producer_name": ("ten chu the", "chu the", "chu the ocop", "ten chu the ocop", "don vi", "ten don vi",
                      "co so", "ten co so", "co so san xuat", "ten co so san xuat", "don vi san xuat",
                      "ten don vi san xuat", "nha san xuat", "ten nha san xuat", "producer", "producer name",
                      "doanh nghiep", "ten doanh nghiep", "htx", "ten htx", "chu the san xuat"),
    "producer_kind": ("loai hinh", "loai hinh chu the", "loai hinh to chuc", "kind", "producer type",
                      "type of producer"),
    "address": ("dia chi", "dia chi chu the", "dia chi san xuat", "address"),
    "province": ("tinh", "tinh thanh", "tinh thanh pho", "tinh tp", "province", "province city", "dia phuong"),
    "phone": ("dien thoai", "so dien thoai", "sdt", "dt", "dien thoai lien he", "so dt", "phone", "phone number",
              "tel", "mobile"),
    "contact": ("nguoi lien he", "nguoi dai dien", "dai dien", "contact", "contact person", "ho ten nguoi lien he"),
    "product_code": ("ma san pham", "ma sp", "product code", "product id", "sku", "ma hang"),
    "product_name": ("ten san pham", "san pham", "ten sp", "sp", "san pham ocop", "ten san pham ocop", "product",
                     "product name", "ten hang", "mat hang"),
    "category": ("nhom san pham", "nhom", "nhom nganh", "danh muc", "phan loai", "loai san pham", "category",
                 "product category", "nganh hang"),
    "unit": ("don vi tinh", "dvt", "unit", "quy cach", "quy cach dong goi", "packaging"),
    "price": ("gia", "gia ban", "don gia", "gia niem yet", "gia ban le", "price", "unit price", "gia vnd",
              "gia ban vnd", "gia dong"),
    "stars": ("hang sao", "so sao", "sao", "xep hang", "xep hang sao", "hang ocop", "xep hang ocop", "stars",
              "star rating", "rating", "ocop stars", "ocop rating", "hang"),
    "certificate_no": ("so giay chung nhan", "so chung nhan", "giay chung nhan", "so gcn", "gcn",
                       "so quyet dinh", "quyet dinh cong nhan", "certificate", "certificate no", "certificate number"),
    "certificate_expires": ("han chung nhan", "han giay chung nhan", "ngay het han chung nhan", "hieu luc den",
                            "chung nhan het han", "het han chung nhan", "han gcn", "certificate expires",
                            "certificate valid to", "certificate expiry", "valid until", "valid to"),
    "gtin": ("ma vach", "gtin", "ean", "barcode", "ma gtin", "ma vach gtin", "ma vach ean", "bar code"),
    "description": ("mo ta", "mo ta san pham", "gioi thieu", "description"),
    "booth_code": ("gian hang", "so gian hang", "ma gian hang", "so gian", "vi tri gian hang", "booth",
                   "booth code", "booth no", "booth number", "stand", "ki ot", "kiot", "so ki ot"),
    "zone": ("khu", "khu vuc", "khu vuc gian hang", "zone", "area", "hall"),
    "days": ("ngay tham gia", "ngay dang ky", "cac ngay tham gia", "ngay", "days", "attending days", "dates"),
    "note": ("ghi chu", "note", "notes", "remarks"),
}

# A bare "Tên"/"Mã" means the thing the sheet is about.
_BARE_NAME = ("ten", "name", "ho ten")
_BARE_CODE = ("ma", "code", "ma so", "id")
_PRODUCER_SHEETS = ("chu the", "producer", "don vi", "co so", "doanh nghiep")
_BOOTH_SHEETS = ("gian hang", "booth", "stand")

_LOOKUP: dict[str, str] = {variant: key for key, variants in SYNONYMS.items() for variant in variants}
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_PUNCT = re.compile(r"[^0-9a-z# ]+")

PRODUCER_FIELDS = ("producer_code", "producer_name", "producer_kind", "address", "province", "phone", "contact")
PRODUCT_FIELDS = ("product_code", "product_name", "category", "unit", "price", "stars", "certificate_no",
                  "certificate_expires", "gtin", "description")
BOOTH_FIELDS = ("booth_code", "zone", "days")
# Fields that only describe a producer or its booth: in a flat sheet they may be merged or left blank
# under the first row of a producer's block, so they are filled down.
GROUP_FIELDS = PRODUCER_FIELDS + BOOTH_FIELDS
IGNORED_FIELDS = ("row_no", "note")


def _normalise(text: str) -> str:
    folded = fold(_BRACKETS.sub(" ", text)).replace("*", " ")
    folded = folded.replace("/", " ").replace("-", " ").replace("_", " ").replace(".", " ")
    return " ".join(_PUNCT.sub(" ", folded).split())


def sheet_subject(sheet_name: str) -> str:
    """What a sheet is about, from its name: "producer", "booth" or "product"."""
    name = fold(sheet_name)
    if any(word in name for word in _PRODUCER_SHEETS):
        return "producer"
    if any(word in name for word in _BOOTH_SHEETS):
        return "booth"
    return "product"


def match_header(value: object, subject: str = "product") -> str | None:
    """The field a header cell names, or None when it is not a registration column."""
    if value is None:
        return None
    text = str(value).strip()
    if not text or len(text) > 120:
        return None
    parts = [text, *re.split(r"[\n/|]", text)]
    for part in parts:
        key = _normalise(part)
        if not key:
            continue
        if key in _LOOKUP:
            return _LOOKUP[key]
        if key in _BARE_NAME:
            return {"producer": "producer_name", "booth": "producer_name"}.get(subject, "product_name")
        if key in _BARE_CODE:
            return {"producer": "producer_code", "booth": "booth_code"}.get(subject, "product_code")
    return None
