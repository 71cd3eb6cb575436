"""What the app's QR codes hold, and reading them back from a scanner.

One module so the label printer, the check-in desk and the live tally agree on every format:
- lot labels: a GS1 Digital Link URI `{resolver}/01/{GTIN-14}/10/{lot}?17={YYMMDD}`; a product
  without a GTIN gets the stable path `{resolver}/p/{product code}/10/{lot}?17={YYMMDD}`;
- lot labels offline (no website): `OCOP|{product code}|{lot}` on the first line, then readable text;
- booth cards: `OCOP:B:{event id}:{booth code}` (all QR alphanumeric characters, so the code stays small).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

# Characters GS1 allows unescaped in a Digital Link path segment are a subset of these; everything else
# is percent-encoded (RFC 3986 unreserved set).
_UNRESERVED = "-._~"
BOOTH_PREFIX = "OCOP:B:"
OFFLINE_PREFIX = "OCOP|"


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


def _base(resolver: str) -> str:
    return resolver.rstrip("/")


def lot_uri(resolver: str, *, lot: str, gtin: str | None, product_code: str, expires: dt.date | None) -> str:
    """The Digital Link for a lot: GTIN path when the product has one, else the /p/{code} path."""
    if gtin:
        path = f"/01/{gtin14(gtin)}/10/{_segment(lot)}"
    else:
        path = f"/p/{_segment(product_code)}/10/{_segment(lot)}"
    query = f"?17={expires.strftime('%y%m%d')}" if expires else ""
    return _base(resolver) + path + query


def lot_page_path(*, lot: str, gtin: str | None, product_code: str) -> str:
    """The site-relative path a lot's page must live at so its QR resolves (without the query)."""
    return lot_uri("", lot=lot, gtin=gtin, product_code=product_code, expires=None)


def offline_payload(*, product_code: str, lot: str, name: str, producer: str, province: str | None,
                    stars: int | None, produced: dt.date | None, expires: dt.date | None) -> str:
    """A self-contained text for events without a website; the first line is machine-readable."""
    lines = [f"{OFFLINE_PREFIX}{product_code}|{lot}", name]
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
            return Scan("lot", text, product_code=first[1], lot=first[2])
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
