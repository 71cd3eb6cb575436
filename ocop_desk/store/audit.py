"""Who did what: the acting operator and the audit log every change writes into."""

from __future__ import annotations

import json
import socket
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

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
