"""Alembic environment: runs on the connection the Store hands over (config.attributes['connection'])."""

from alembic import context
from sqlalchemy import Connection, create_engine

from ocop_desk.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # command-line use by developers: `alembic -x url=sqlite:///x.db ...`
        url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///dev.sqlite3")
        with create_engine(url).connect() as conn:
            _run(conn)
            conn.commit()
        return
    _run(connection)


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
