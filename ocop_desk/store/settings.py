"""Settings kept in the database, shared by every station on it (the current event, resolver base...)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocop_desk.store.models import Setting


def get_setting(session: Session, key: str, default: str | None = None) -> str | None:
    value = session.scalar(select(Setting.value).where(Setting.key == key))
    return default if value is None else value


def set_setting(session: Session, key: str, value: str | None) -> None:
    row = session.get(Setting, key)
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
