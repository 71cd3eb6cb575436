"""What the app's QR codes hold, and reading them back from a scanner.

One module so the label printer, the check-in desk and the live tally agree on every format:
- lot labels: a GS1 Digital Link URI `{resolver}/01/{GTIN-14}/10/{lot}?17={YYMMDD}`; a product
  without a GTIN gets the stable path `{resolver}/p/{product code}/10/{lot}?17={YYMMDD}`;
- lot labels offline (no website): `OCOP|{product code}|{lot}` on the first line, then readable text
  (`%` and `|` inside a code written `%25` and `%7C`);
- booth cards: `OCOP:B:{event id}:{booth code}` (all QR alphanumeric characters, so the code stays small).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from ocop_desk.core.errors import DomainError
from ocop_desk.core.i18n import translate

# Characters GS1 allows unescaped in a Digital Link path segment are a subset of these; everything else
# is percent-encoded (RFC 3986 unreserved set).
_UNRESERVED = "-._~"
BOOTH_PREFIX = "OCOP:B:"
OFFLINE_PREFIX = "OCOP|"
# AI 17 holds YYMMDD; readers put a year more than 50 years ahead in the previous century (GS1 General
# Specifications 7.12), so an expiry further ahead than this would be read as a date in the past.
AI17_MAX_YEARS_AHEAD = 49
# The longest site address (in ASCII, as the QR holds it): with a GTIN and a 20-character lot the whole link
# stays under about 200 bytes, a version-10 QR code whose modules are still 0.4 mm on a 25 mm square.
RESOLVER_MAX = 100


def gtin14(gtin: str) -> str:
    """GTIN-8/12/13/14 → 14 digits (left-padded), checking the check digit."""
    digits = gtin.strip()
    if not digits.isdigit() or len(digits) not in (8, 12, 13, 14):
        raise ValueError(f"a GTIN has 8, 12, 13 or 14 digits: {gtin!r}")
    padded = digits.rjust(14, "0")
    if gtin_check_digit(padded[:13]) != int(padded[13]):
        raise ValueError(f"wrong GTIN check digit: {gtin!r}")
    return padded


def gtin_check_digit(body: str) -> int:
    """GS1 mod-10 check digit for the digits before it (weights 3,1,3,... from the right)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10


def _segment(value: str) -> str:
    return quote(value, safe=_UNRESERVED)


@functools.lru_cache(maxsize=64)
def _base(resolver: str) -> str:
    """The resolver as a URI: an address stored before it was checked may still have a non-ASCII host."""
    if not resolver or resolver.isascii():
        return resolver.rstrip("/")
    return _ascii_uri(urlsplit(resolver.rstrip("/")))


def _ascii_uri(parts: tuple[str, str, str, str, str]) -> str:
    scheme, netloc, path, _query, _fragment = parts
    host, colon, port = netloc.rpartition(":") if netloc.rpartition(":")[2].isdigit() else (netloc, "", "")
    labels = [label.encode("idna").decode("ascii") if not label.isascii() else label for label in host.split(".")]
    netloc = ".".join(labels).lower() + colon + port
    return urlunsplit((scheme.lower(), netloc, quote(path, safe="/%" + _UNRESERVED + "!$&'()*+,;=:@"), "", ""))


def clean_resolver(value: str | None) -> str | None:
    """'https://truyxuất.example.vn/' → 'https://xn--truyxut-co4c.example.vn' (None or '' clears it): a URI the QR
    can hold as it is, short enough to keep the codes small."""
    text = (value or "").strip()
    if not text:
        return None
    hint = translate("Payloads", "Write it like https://truyxuat.example.vn (no ? or # part).")
    parts = urlsplit(text) if len(text) <= 4 * RESOLVER_MAX else None
    if (parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname or parts.query
            or parts.fragment or "@" in parts.netloc or any(c.isspace() for c in text)):
        raise DomainError(translate("Payloads", "'{value}' is not a web address a phone can open.").format(
            value=text[:80]), hint=hint)
    try:
        uri = _ascii_uri(parts).rstrip("/")
    except (UnicodeError, ValueError):
        raise DomainError(translate("Payloads", "The host name in '{value}' cannot be written in a web "
                                                "address.").format(value=text[:80]), hint=hint) from None
    if len(uri) > RESOLVER_MAX:
        raise DomainError(
            translate("Payloads", "The site address is {n} characters long as the QR code holds it; at most {max} "
                                  "keep the codes small enough to scan.").format(n=len(uri), max=RESOLVER_MAX),
            hint=translate("Payloads", "Use a shorter address, such as a subdomain of the organiser's site."))
    return uri


def ai17(expires: dt.date, today: dt.date | None = None) -> str:
    """An expiry date as AI 17 (YYMMDD); ValueError when a reader would take it for another century."""
    if expiry_problem(expires, today):
        raise ValueError(f"expiry {expires.isoformat()} is more than {AI17_MAX_YEARS_AHEAD} years ahead")
    return expires.strftime("%y%m%d")


def expiry_problem(expires: dt.date | None, today: dt.date | None = None) -> str | None:
    """Why an expiry date cannot go into a GS1 QR code (translated), or None."""
    today = today or dt.date.today()
    if expires is None:
        return None
    text = expires.strftime("%y%m%d")
    if expires.year - today.year <= AI17_MAX_YEARS_AHEAD and gs1_date(text, today) == expires:
        return None
    wrong = gs1_date(text, today)
    return translate("Payloads", "an expiry date more than {n} years ahead ({date}) would be read from a GS1 QR "
                                 "code as {wrong}").format(n=AI17_MAX_YEARS_AHEAD, date=expires.strftime("%d/%m/%Y"),
                                                           wrong=wrong.strftime("%d/%m/%Y"))


def check_expiry(expires: dt.date | None, field: str) -> dt.date | None:
    """A DomainError at entry for an expiry no label could carry (refused, never clamped: a clamped date lies)."""
    problem = expiry_problem(expires)
    if problem:
        raise DomainError(f"{field}: {problem}.", hint=translate("Payloads", "Check the year of the expiry date."))
    return expires


def lot_uri(resolver: str, *, lot: str, gtin: str | None, product_code: str, expires: dt.date | None) -> str:
    """The Digital Link for a lot: GTIN path when the product has one, else the /p/{code} path."""
    if gtin:
        path = f"/01/{gtin14(gtin)}/10/{_segment(lot)}"
    else:
        path = f"/p/{_segment(product_code)}/10/{_segment(lot)}"
    query = f"?17={ai17(expires)}" if expires else ""
    return _base(resolver) + path + query


def lot_page_path(*, lot: str, gtin: str | None, product_code: str) -> str:
    """The site-relative path a lot's page must live at so its QR resolves (without the query)."""
    return lot_uri("", lot=lot, gtin=gtin, product_code=product_code, expires=None)


def offline_payload(*, product_code: str, lot: str, name: str, producer: str, province: str | None,
                    stars: int | None, produced: dt.date | None, expires: dt.date | None) -> str:
    """A self-contained text for events without a website; the first line is machine-readable."""
    lines = [f"{OFFLINE_PREFIX}{_offline_field(product_code)}|{_offline_field(lot)}", name]
    if stars:
        lines.append(f"OCOP {stars} sao")
    lines.append(f"{producer} – {province}" if province else producer)
    dates = []
    if produced:
        dates.append(f"NSX {produced.strftime('%d/%m/%Y')}")
    if expires:
        dates.append(f"HSD {expires.strftime('%d/%m/%Y')}")
    if dates:
        lines.append("  ".join(dates))
    return "\n".join(lines)


def _offline_field(value: str) -> str:
    return value.replace("%", "%25").replace("|", "%7C")


_OFFLINE_ESCAPE = re.compile(r"%(25|7C)", re.IGNORECASE)


def _offline_value(field: str) -> str:
    return _OFFLINE_ESCAPE.sub(lambda m: "%" if m.group(1) == "25" else "|", field)


def booth_payload(event_id: int, booth_code: str) -> str:
    return f"{BOOTH_PREFIX}{event_id}:{booth_code.upper()}"


@dataclass(frozen=True)
class Scan:
    """What a scanned or typed text turned out to be."""

    kind: str  # "lot", "booth" or "text" (anything else: a typed code or a search)
    text: str
    gtin: str | None = None
    product_code: str | None = None
    lot: str | None = None
    expires: dt.date | None = None
    event_id: int | None = None
    booth_code: str | None = None


_GTIN_PATH = re.compile(r"/01/(\d{14})/10/([^/?#]+)")
_CODE_PATH = re.compile(r"/p/([^/?#]+)/10/([^/?#]+)")
_EXPIRY = re.compile(r"(?:^|&)17=(\d{6})(?:&|$)")


def gs1_date(yymmdd: str, today: dt.date | None = None) -> dt.date:
    """A GS1 YYMMDD date with the GS1 century rule (General Specifications 7.12): a year more than 50 years
    ahead of today is in the previous century, one 50 or more years behind in the next (so 69 is 2069,
    not strptime's 1969). DD 00 means the last day of the month. Raises ValueError for impossible dates."""
    year_now = (today or dt.date.today()).year
    yy, month, day = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:6])
    century = year_now // 100 * 100
    diff = yy - year_now % 100
    if diff >= 51:
        century -= 100
    elif diff <= -50:
        century += 100
    year = century + yy
    if not 1 <= month <= 12:
        raise ValueError(f"month {month} in GS1 date {yymmdd!r}")
    if day == 0:
        next_month = dt.date(year + month // 12, month % 12 + 1, 1)
        return next_month - dt.timedelta(days=1)
    return dt.date(year, month, day)


_CONTROLS = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def _without_controls(text: str) -> str:
    """Scanners send GS (FNC1), tabs and worse; no control character reaches a query (PostgreSQL refuses NUL)."""
    return _CONTROLS.sub("", text)


def parse_scan(raw: str) -> Scan:
    """Recognise a booth card, a lot label (Digital Link or offline text), or plain text."""
    text = _without_controls(raw).strip()
    upper = text.upper()
    if upper.startswith(BOOTH_PREFIX):
        rest = text[len(BOOTH_PREFIX):]
        event, _, code = rest.partition(":")
        if event.isdigit() and code:
            return Scan("booth", text, event_id=int(event), booth_code=code.strip().upper())
    if text.startswith(OFFLINE_PREFIX):
        first = text.splitlines()[0].split("|")
        if len(first) >= 3 and first[1] and first[2]:
            return Scan("lot", text, product_code=_offline_value(first[1]), lot=_offline_value(first[2]))
    if "://" in text or text.startswith("/"):
        parts = urlsplit(text)
        expires = None
        if match := _EXPIRY.search(parts.query):
            try:
                expires = gs1_date(match.group(1))
            except ValueError:
                expires = None
        if match := _GTIN_PATH.search(parts.path):
            return Scan("lot", text, gtin=match.group(1), lot=_without_controls(unquote(match.group(2))),
                        expires=expires)
        if match := _CODE_PATH.search(parts.path):
            return Scan("lot", text, product_code=_without_controls(unquote(match.group(1))),
                        lot=_without_controls(unquote(match.group(2))), expires=expires)
    return Scan("text", text)
