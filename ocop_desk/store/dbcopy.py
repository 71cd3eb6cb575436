"""Moving a fair between databases, and checking that a database can be used.

`copy_database` takes every table from one database to another (SQLite file ⇄ PostgreSQL server) in
foreign-key order, keeping ids, in one transaction on the target (all or nothing), then resets the
PostgreSQL id sequences and verifies the per-table counts. `check_database` tells whether a path or URL
can be opened, without creating or upgrading anything.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Table, delete, func, insert, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from ocop_desk.core.errors import DomainError, StoreError, StoreErrorKind
from ocop_desk.core.i18n import translate
from ocop_desk.store.database import Store, describe_target, script_revisions, to_url
from ocop_desk.store.models import Base

BATCH = 2000


@dataclass(frozen=True)
class TableCount:
    table: str
    source: int
    target: int

    @property
    def ok(self) -> bool:
        return self.source == self.target


@dataclass
class CopyResult:
    source: str
    target: str
    tables: list[TableCount] = field(default_factory=list)
    replaced: bool = False

    @property
    def ok(self) -> bool:
        return all(t.ok for t in self.tables)

    @property
    def rows(self) -> int:
        return sum(t.target for t in self.tables)

    def as_json(self) -> dict[str, object]:
        return {
            "source": self.source,
            "target": self.target,
            "replaced": self.replaced,
            "ok": self.ok,
            "tables": {t.table: {"source": t.source, "target": t.target} for t in self.tables},
        }


def tables() -> list[Table]:
    """Every table of the schema, parents before children (the order rows can be inserted in)."""
    return list(Base.metadata.sorted_tables)


def count_rows(session: Session) -> dict[str, int]:
    return {t.name: session.scalar(select(func.count()).select_from(t)) or 0 for t in tables()}


def copy_database(
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    *,
    replace: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> CopyResult:
    """Copy a whole OCOP Desk database to another (created and migrated if new); see the module doc."""
    src_url, dst_url = to_url(source), to_url(target)
    if _same_database(src_url, dst_url):
        raise DomainError(
            translate("DbCopy", "The source and the target are the same database ({where}).").format(
                where=describe_target(src_url)),
            hint=translate("DbCopy", "Give another target."),
        )
    src = Store.open(source, read_only=True)
    try:
        dst = Store.open(target)
        try:
            return _copy(src, dst, replace=replace, progress=progress)
        finally:
            dst.close()
    finally:
        src.close()


def _same_database(a: str, b: str) -> bool:
    ua, ub = make_url(a), make_url(b)
    if ua.get_backend_name() != ub.get_backend_name():
        return False
    if ua.get_backend_name() == "sqlite":
        return Path(ua.database or "").resolve() == Path(ub.database or "").resolve()
    return (ua.host, ua.port or 5432, ua.database) == (ub.host, ub.port or 5432, ub.database)


def _copy(src: Store, dst: Store, *, replace: bool, progress: Callable[[int, int], None] | None) -> CopyResult:
    result = CopyResult(source=src.location, target=dst.location)
    with src.reading() as reader:
        if src.backend == "postgresql":  # one consistent snapshot while other stations keep writing
            reader.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        source_counts = count_rows(reader)
        total = sum(source_counts.values())
        done = 0
        with dst.transaction() as writer:
            existing = {name: n for name, n in count_rows(writer).items() if n}
            if existing and not replace:
                raise DomainError(
                    translate("DbCopy", "The target {where} already holds data ({what}); nothing was copied.").format(
                        where=dst.location, what=", ".join(f"{name} {n}" for name, n in existing.items())),
                    hint=translate("DbCopy", "Choose an empty database, or add --replace to overwrite what it "
                                             "holds."),
                )
            if existing:
                result.replaced = True
                for table in reversed(tables()):
                    writer.execute(delete(table))
            for table in tables():
                order = list(table.primary_key.columns)
                # Streamed in batches (a server-side cursor on PostgreSQL): 100,000 tallies never sit in memory.
                rows = reader.execute(select(table).order_by(*order).execution_options(yield_per=BATCH)).mappings()
                while batch := rows.fetchmany(BATCH):
                    writer.execute(insert(table), [dict(r) for r in batch])
                    done += len(batch)
                    if progress is not None:
                        progress(done, total)
            if dst.backend == "postgresql":
                _reset_sequences(writer)
    with dst.reading() as check:
        target_counts = count_rows(check)
    result.tables = [TableCount(name, source_counts[name], target_counts[name]) for name in source_counts]
    if not result.ok:
        bad = ", ".join(f"{t.table} {t.source}→{t.target}" for t in result.tables if not t.ok)
        raise StoreError(
            StoreErrorKind.IO,
            translate("DbCopy", "The copy to {where} does not match the source ({bad}).").format(
                where=dst.location, bad=bad),
            hint=translate("DbCopy", "Run the copy again with --replace; the source was not changed."),
            path=dst.location,
        )
    return result


def _reset_sequences(session: Session) -> None:
    """After inserting explicit ids, the next id PostgreSQL hands out must follow the largest copied one."""
    for table in tables():
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        session.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
        ))


# -- checking a database ---------------------------------------------------------------------------


@dataclass(frozen=True)
class DbCheck:
    """What `ocop-desk db check` and Settings ▸ Database report about a path or URL."""

    location: str
    backend: str
    state: str  # ready, empty, new, needs_upgrade
    server_version: str | None = None
    events: int = 0
    revision: str | None = None

    def describe(self) -> str:
        texts = {
            "ready": translate("DbCopy", "Connected. It is an OCOP Desk database with {n} event(s).").format(
                n=self.events),
            "empty": translate("DbCopy", "Connected. The database is empty: OCOP Desk will set it up on first "
                                         "use."),
            "new": translate("DbCopy", "The file does not exist yet: OCOP Desk will create it on first use."),
            "needs_upgrade": translate("DbCopy", "Connected. It is an OCOP Desk database from an older version: "
                                                 "it will be upgraded on first use."),
        }
        return texts[self.state]

    def as_json(self) -> dict[str, object]:
        return {"location": self.location, "backend": self.backend, "state": self.state,
                "server_version": self.server_version, "events": self.events, "revision": self.revision,
                "message": self.describe()}


def check_database(target: str | os.PathLike[str]) -> DbCheck:
    """Connect and look, changing nothing; raises StoreError saying what is wrong (unreachable, not ours...)."""
    url = to_url(target)
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite" and parsed.database and not Path(parsed.database).exists():
        parent = Path(parsed.database).parent
        if not parent.exists() or not os.access(parent, os.W_OK):
            raise StoreError(
                StoreErrorKind.READ_ONLY,
                translate("DbCopy", "Cannot create {where}: the folder is missing or read-only.").format(
                    where=parsed.database),
                hint=translate("DbCopy", "Choose a folder you can write to."),
                path=parsed.database,
            )
        return DbCheck(parsed.database, backend, "new")
    # Store.open would refuse an empty or older database read-only: look at the revision without migrating.
    store = Store.inspect(url)
    try:
        revision = store.revision()
        version = None
        if backend == "postgresql":
            with store.guard(), store.engine.connect() as conn:
                version = str(conn.exec_driver_sql("SHOW server_version").scalar())
        revisions = script_revisions()
        if revision is None:
            return DbCheck(store.location, backend, "empty", version)
        if revision not in revisions.known:
            raise StoreError(
                StoreErrorKind.TOO_NEW,
                translate("DbCopy", "{where} was made by a newer version of OCOP Desk.").format(
                    where=store.location),
                hint=translate("DbCopy", "Install the newer version on this station first."),
                path=store.location,
            )
        if revision != revisions.head:
            return DbCheck(store.location, backend, "needs_upgrade", version, revision=revision)
        with store.reading() as session:
            events = session.scalar(text("SELECT COUNT(*) FROM event")) or 0
        return DbCheck(store.location, backend, "ready", version, events=int(events), revision=revision)
    finally:
        store.close()
