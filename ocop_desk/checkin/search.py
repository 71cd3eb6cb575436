"""Search-as-you-type for the check-in desk, fast enough for every keystroke over tens of thousands of products.

Scanning 20,000 product rows with LIKE on each keystroke costs more than the 10 ms a keystroke may take
on a busy laptop, so the desk keeps a small in-memory index per event: for each booth, its folded code,
its producer's folded text and one blob of its products' folded texts. The index is rebuilt when the
catalogue's version stamp changes (new or re-imported producers, products, booths), and at least every
`MAX_AGE` seconds so that edits made elsewhere show up too.
"""

from __future__ import annotations

import time
import weakref
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocop_desk.core.textnorm import fold
from ocop_desk.store.database import Store
from ocop_desk.store.models import Booth, Producer, Product, Setting

CATALOG_VERSION_KEY = "catalog_version"
MAX_AGE = 60.0  # rebuild at least this often (seconds)
RECHECK = 2.0  # look at the version stamp at most this often while typing (seconds)


@dataclass
class _Entry:
    booth_id: int
    code: str
    zone: str | None
    producer: str
    producer_id: int
    phone: str | None
    code_key: str
    producer_text: str
    products_text: str
    products: list[tuple[str, str]]  # (folded text, display name), sorted by name


@dataclass
class _Index:
    stamp: tuple[object, ...]
    built: float
    entries: list[_Entry]
    checked: float = 0.0
    last_query: str = ""
    last_matches: list[_Entry] | None = None


_CACHE: weakref.WeakKeyDictionary[Store, dict[int, _Index]] = weakref.WeakKeyDictionary()


def _stamp(session: Session, event_id: int) -> tuple[object, ...]:
    booths = select(func.count(Booth.id), func.max(Booth.id), func.sum(Booth.producer_id)).where(
        Booth.event_id == event_id)
    row = session.execute(select(
        select(func.max(Product.id)).scalar_subquery(),
        select(func.max(Producer.id)).scalar_subquery(),
        select(Setting.value).where(Setting.key == CATALOG_VERSION_KEY).scalar_subquery(),
    )).one()
    return (*tuple(row), *tuple(session.execute(booths).one()))


def _build(session: Session, event_id: int, stamp: tuple[object, ...]) -> _Index:
    rows = session.execute(
        select(Booth.id, Booth.code, Booth.zone, Producer.name, Producer.id, Producer.phone, Producer.search_text)
        .join(Producer, Booth.producer_id == Producer.id).where(Booth.event_id == event_id)
        .order_by(Booth.code)
    ).all()
    producer_ids = {r[4] for r in rows}
    products: dict[int, list[tuple[str, str]]] = {}
    if producer_ids:
        stmt = (select(Product.producer_id, Product.search_text, Product.name)
                .where(Product.producer_id.in_(select(Booth.producer_id).where(Booth.event_id == event_id)))
                .order_by(Product.name))
        for producer_id, text, name in session.execute(stmt):
            products.setdefault(producer_id, []).append((text, name))
    entries = []
    for booth_id, code, zone, name, producer_id, phone, text in rows:
        mine = products.get(producer_id, [])
        entries.append(_Entry(booth_id, code, zone, name, producer_id, phone, fold(code),
                              f"{fold(code)} | {text} | {fold(name)}", "\n".join(t for t, _ in mine), mine))
    return _Index(stamp, time.monotonic(), entries)


def invalidate(store: Store) -> None:
    """Forget the indexes of `store` (called after an import in this process)."""
    _CACHE.pop(store, None)


def _index(store: Store, event_id: int) -> _Index:
    per_store = _CACHE.setdefault(store, {})
    found = per_store.get(event_id)
    now = time.monotonic()
    if found is not None and now - found.checked < RECHECK and now - found.built < MAX_AGE:
        return found
    with store.reading() as session:
        stamp = _stamp(session, event_id)
        if found is None or found.stamp != stamp or now - found.built > MAX_AGE:
            found = per_store[event_id] = _build(session, event_id, stamp)
    found.checked = now
    return found


@dataclass(frozen=True)
class RawHit:
    booth_id: int
    code: str
    zone: str | None
    producer: str
    producer_id: int
    phone: str | None
    matched: str


def search_booths(store: Store, event_id: int, query: str, limit: int = 20) -> list[RawHit]:
    """Booths where every word of `query` is in the code, the producer (name, address, phone) or the products."""
    words = fold(query).split()
    if not words:
        return []
    joined = " ".join(words)
    index = _index(store, event_id)
    # Typing extends the query: what matches now is among what matched a keystroke ago.
    pool = index.entries
    if index.last_matches is not None and index.last_query and joined.startswith(index.last_query):
        pool = index.last_matches
    matches = [e for e in pool if all(w in e.producer_text or w in e.products_text for w in words)]
    index.last_query, index.last_matches = joined, matches
    ranked: list[tuple[int, str, _Entry]] = []
    for entry in matches:
        if entry.code_key == joined:
            rank = 0
        elif entry.code_key.startswith(joined):
            rank = 1
        elif joined in entry.producer_text:
            rank = 2
        else:
            rank = 3
        ranked.append((rank, entry.code, entry))
    ranked.sort(key=lambda r: (r[0], r[1]))
    hits = []
    for _, _, e in ranked[:limit]:
        matched = ""
        if not all(w in e.producer_text for w in words):
            matched = next((name for text, name in e.products if all(w in text for w in words)), "")
            if not matched:
                matched = next((name for text, name in e.products if any(w in text for w in words)), "")
        hits.append(RawHit(e.booth_id, e.code, e.zone, e.producer, e.producer_id, e.phone, matched))
    return hits
