"""Codes that become web paths: what a static host can serve one page for, and nothing else.

A lot QR holds `/01/{GTIN}/10/{lot}` (or `/p/{product code}/10/{lot}`), each code percent-encoded. Web servers
decode the path before they look for a file, so a `/` inside a code becomes a folder of the site
(`10/L01/2026/index.html`). That maps every code to its own page except when a part between two slashes is
empty (servers merge `//`), starts with a dot (`.` and `..` are resolved away; hosts hide `.htaccess` and other
dot files), is `index.html` (the page file of a shorter code), or, in a product code, is `10` after a slash
(`/p/A/10/B/10/C` would read both as product `A` lot `B/10/C` and product `A/10/B` lot `C`). A backslash is a
folder separator on Windows hosts. Such codes are refused where they are typed or imported.
"""

from __future__ import annotations

from ocop_desk.core.errors import DomainError
from ocop_desk.core.i18n import translate

LOT_SEPARATOR = "10"  # the path segment between a product and its lot (GS1 AI 10)


def path_problem(code: str, *, product: bool = False) -> str | None:
    """Why `code` cannot be a path on the traceability site (translated), or None when it can."""
    if "\\" in code:
        return translate("Codes", "it contains a backslash '\\'")
    parts = code.split("/")
    if any(not part for part in parts):
        return translate("Codes", "it starts or ends with '/' or has '//'")
    if any(part.startswith(".") for part in parts):
        return translate("Codes", "a part between slashes starts with '.'")
    if any(part.casefold() == "index.html" for part in parts):
        return translate("Codes", "a part between slashes is 'index.html'")
    if product and LOT_SEPARATOR in parts[1:]:
        return translate("Codes", "a part after a slash is '10' (the site would read the rest as a lot)")
    return None


def check_path_code(code: str, field: str, *, product: bool = False) -> str:
    """`code`, or a DomainError naming the field and the characters to avoid."""
    problem = path_problem(code, product=product)
    if problem is not None:
        raise DomainError(path_message(code, field, problem), hint=avoid_hint(product=product))
    return code


def path_message(code: str, field: str, problem: str) -> str:
    return translate("Codes", "{field} '{code}' cannot be the address of a web page: {problem}.").format(
        field=field, code=code, problem=problem)


def avoid_hint(*, product: bool = False) -> str:
    if product:
        return translate("Codes", "Avoid '\\', a '/' at the start or end or twice in a row ('//'), a '.' at the "
                                  "start or right after a '/', a part 'index.html', and '/10/' or a final '/10'.")
    return translate("Codes", "Avoid '\\', a '/' at the start or end or twice in a row ('//'), a '.' at the start "
                              "or right after a '/', and a part 'index.html'.")
