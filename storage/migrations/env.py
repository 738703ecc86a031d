"""Alembic environment: runs on the connection handed over by storage.db."""

from alembic import context

from storage.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through `butler db upgrade`")
# Batch mode (copy and move tables) only where ALTER TABLE is too weak: SQLite.
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
