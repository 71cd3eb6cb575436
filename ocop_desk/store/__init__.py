"""The database: the Store (engine, units of work, migrations), the ORM models and their Alembic
migrations, sorting database errors, the audit log, shared settings, backups and restore, copying between
databases, the one-window lock, the libpq password file, and the change cursor other stations poll.

May import: core.
"""
