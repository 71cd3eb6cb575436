"""Who did what: the acting operator, the audit log every change writes into, and the log told in words."""

from __future__ import annotations

import functools
import json
import socket
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from ocop_desk.core.i18n import current_language, translate
from ocop_desk.store.models import AuditEntry


def default_station() -> str:
    return socket.gethostname() or "station"


@dataclass(frozen=True)
class Actor:
    """The operator on shift and the station (laptop) they work at."""

    operator: str | None = None
    station: str = field(default_factory=default_station)


SYSTEM = Actor(operator=None, station="system")


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: int | None = None,
    *,
    event_id: int | None = None,
    **details: Any,
) -> None:
    """Add an audit entry to the caller's unit of work (so it commits or rolls back with the change)."""
    session.add(
        AuditEntry(
            operator=actor.operator,
            station=actor.station,
            action=action,
            entity=entity,
            entity_id=entity_id,
            event_id=event_id,
            details=json.dumps(details, ensure_ascii=False, default=str, sort_keys=True) if details else None,
        )
    )


# -- what an entry means, in words a coordinator reads (Booth ▸ History, the workbook's audit sheet) ------

# Keys kept for the record but meaningless to a reader (database ids, a file's hash).
_HIDDEN = frozenset({"checkin_id", "sha256", "product_id", "session_id", "undoes", "event_created"})
_PLATFORMS = {"tiktok": "TikTok Shop", "facebook": "Facebook", "shopee": "Shopee", "youtube": "YouTube"}


@dataclass(frozen=True)
class AuditText:
    """One audit entry told in words: `what` happened (to which booth, lot, session) and the values."""

    what: str
    details: str


class _Blanks(dict[str, str]):
    """A headline's field the entry lacks (an older entry) reads "?" rather than failing."""

    def __missing__(self, key: str) -> str:
        return "?"


def _headlines() -> dict[str, str]:
    return _headlines_in(current_language())


@functools.lru_cache(maxsize=4)  # per language: an export describes thousands of entries
def _headlines_in(language: str) -> dict[str, str]:
    return {
        "check_in": translate("Audit", "Booth {booth} checked in"),
        "undo": translate("Audit", "Check-in of booth {booth} undone"),
        "set_status": translate("Audit", "Booth {booth} marked {status}"),
        "add": translate("Audit", "Lot {lot} recorded for booth {booth}"),
        "import": translate("Audit", "Registration list imported from {file}"),
        "load_demo": translate("Audit", "Sample fair loaded"),
        "create/event": translate("Audit", "Fair created: {name}"),
        "use/event": translate("Audit", "Fair chosen as the current one"),
        "set_resolver": translate("Audit", "Traceability site address set"),
        "print": translate("Audit", "{labels} label(s) printed"),
        "calibrate": translate("Audit", "Printer {printer} calibrated"),
        "save/label_template": translate("Audit", "Label template {name} saved"),
        "delete/label_template": translate("Audit", "Label template {name} deleted"),
        "update/setting": translate("Audit", "Automatic backups changed"),
        "start/live_session": translate("Audit", "Live session started on {platform}"),
        "update/live_session": translate("Audit", "Live session details changed"),
        "set_price": translate("Audit", "Live price changed"),
        "end/live_session": translate("Audit", "Live session ended"),
        "reopen": translate("Audit", "Live session reopened"),
        "snapshot": translate("Audit", "Platform figures recorded"),
        "count": translate("Audit", "Sale counted"),
        "correction": translate("Audit", "Tally corrected"),
        "undo/live_tally": translate("Audit", "Count undone"),
    }


def _labels() -> dict[str, str]:
    return _labels_in(current_language())


@functools.lru_cache(maxsize=4)  # per language: an export describes thousands of entries
def _labels_in(language: str) -> dict[str, str]:
    return {
        "day": translate("Audit", "day"), "status": translate("Audit", "status"), "quantity": translate("Audit", "quantity"),
        "produced": translate("Audit", "produced"), "expires": translate("Audit", "expires"), "product": translate("Audit", "product"),
        "checked_in_at": translate("Audit", "checked in at"), "checked_in_by": translate("Audit", "checked in by"),
        "template": translate("Audit", "template"), "destination": translate("Audit", "saved to"), "kind": translate("Audit", "kind"),
        "resolver": translate("Audit", "address"), "interval_minutes": translate("Audit", "every (minutes)"),
        "keep": translate("Audit", "copies kept"), "hosts": translate("Audit", "hosts"), "products": translate("Audit", "products"),
        "orders": translate("Audit", "orders"), "reason": translate("Audit", "reason"), "ended_at": translate("Audit", "ended at"),
        "taken_at": translate("Audit", "at"), "was_ended_at": translate("Audit", "had ended at"), "viewers": translate("Audit", "viewers"),
        "views": translate("Audit", "views"), "revenue": translate("Audit", "revenue"), "items_sold": translate("Audit", "items sold"),
        "producers": translate("Audit", "producers"), "booths": translate("Audit", "booths"), "dx": translate("Audit", "right (mm)"),
        "dy": translate("Audit", "down (mm)"), "scale": translate("Audit", "scale (%)"), "started_at": translate("Audit", "started at"),
        "title": translate("Audit", "title"), "previous": translate("Audit", "before"), "platform": translate("Audit", "platform"), "file": translate("Audit", "file"),
    }


def _words() -> dict[str, str]:
    return _words_in(current_language())


@functools.lru_cache(maxsize=4)  # per language: an export describes thousands of entries
def _words_in(language: str) -> dict[str, str]:
    return {"present": translate("Audit", "present"), "left": translate("Audit", "left"), "absent": translate("Audit", "absent"),
            "expected": translate("Audit", "expected"), "added": translate("Audit", "added"), "updated": translate("Audit", "updated"),
            "unchanged": translate("Audit", "unchanged"), "count": translate("Audit", "count"), "correction": translate("Audit", "correction"),
            "labels": translate("Audit", "labels"), "booth_cards": translate("Audit", "booth cards"), "other": translate("Audit", "other")}


def _value(value: Any) -> str:
    """A stored value as it reads: dates dd/mm/yyyy (vi), platforms by name, lists and counts joined."""
    import datetime as dt

    from ocop_desk.core.formatting import fmt_date, fmt_datetime, fmt_int

    if isinstance(value, bool):
        return translate("Audit", "yes") if value else translate("Audit", "no")
    if isinstance(value, int):
        return fmt_int(value)
    if isinstance(value, list):
        return ", ".join(_value(v) for v in value)
    if isinstance(value, dict):
        words = _words()
        return ", ".join(f"{words.get(k, k)} {_value(v)}" for k, v in value.items() if v)
    text = str(value)
    try:
        if len(text) == 10:
            return fmt_date(dt.date.fromisoformat(text))
        if len(text) > 10 and text[10] in "T ":
            stamp = dt.datetime.fromisoformat(text)
            return fmt_datetime(stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC))
    except ValueError:
        pass
    return _PLATFORMS.get(text) or _words().get(text) or text


def describe(action: str, details: str | None, entity: str | None = None) -> AuditText:
    """The entry as a headline and its remaining values ("day: 14/10/2026 · status: expected → present")."""
    try:
        data = json.loads(details) if details else {}
    except ValueError:
        data = {"": details}
    if not isinstance(data, dict):
        data = {"": data}
    headlines = _headlines()
    template = headlines.get(f"{action}/{entity}") or headlines.get(action)
    values = {k: _value(v) for k, v in data.items() if v not in (None, "", [], {})}
    if "old" in values or "new" in values:
        values["price"] = f"{values.pop('old', '—')} → {values.pop('new', '—')}"
    used: set[str] = set()
    if template:
        what = template.format_map(_Blanks(values))
        used = {name for name in values if "{" + name + "}" in template}
    else:
        what = action.replace("_", " ")
    labels = _labels() | {"price": translate("Audit", "price")}
    parts = [f"{labels.get(k, k.replace('_', ' '))}: {v}" if k else v
             for k, v in values.items() if k not in used and k not in _HIDDEN]
    return AuditText(what, " · ".join(parts))
