"""Small SQL helpers that differ by dialect: inserts that meet an existing row."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Row, Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection

Insert = postgresql.Insert | sqlite.Insert


def insert(conn: AsyncConnection, table: Table) -> Insert:
    """Return the dialect's INSERT, the one that knows ON CONFLICT."""
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


async def insert_ignore(
    conn: AsyncConnection, table: Table, values: dict[str, Any], conflict: list[str]
) -> bool:
    """Insert a row unless one with the same unique columns exists; True when inserted."""
    statement = insert(conn, table).values(**values)
    result = await conn.execute(statement.on_conflict_do_nothing(index_elements=conflict))
    return result.rowcount == 1


def _on_conflict_update(
    statement: Insert,
    columns: Sequence[str],
    conflict: Sequence[str],
    update: Sequence[str] | Mapping[str, Any] | None,
    where: ColumnElement[bool] | None,
) -> Insert:
    """Add ON CONFLICT (conflict) DO UPDATE SET … [WHERE …] to an INSERT."""
    if update is None:
        update = [name for name in columns if name not in conflict]
    if isinstance(update, Mapping):
        changes = dict(update)
    else:
        changes = {name: statement.excluded[name] for name in update}
    return statement.on_conflict_do_update(index_elements=conflict, set_=changes, where=where)


async def upsert(
    conn: AsyncConnection,
    table: Table,
    values: Mapping[str, Any],
    conflict: Sequence[str],
    *,
    update: Sequence[str] | Mapping[str, Any] | None = None,
    where: ColumnElement[bool] | None = None,
    returning: Sequence[ColumnElement[Any]] = (),
) -> Row[Any] | None:
    """Insert a row or update the one with the same `conflict` columns; return `returning`."""
    # `update`: the columns of `values` to write on a conflict (default: all but `conflict`),
    # or a mapping of columns to expressions. `where`: update a conflicting row only if true.
    # The result is None when no row was written (`where` false) or nothing was returned.
    statement = insert(conn, table).values(**values)
    statement = _on_conflict_update(statement, list(values), conflict, update, where)
    if not returning:
        await conn.execute(statement)
        return None
    return (await conn.execute(statement.returning(*returning))).first()


async def upsert_many(
    conn: AsyncConnection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    conflict: Sequence[str],
    *,
    update: Sequence[str] | None = None,
) -> None:
    """Upsert many rows with the same columns, as `upsert` does one."""
    if not rows:
        return
    statement = _on_conflict_update(insert(conn, table), list(rows[0]), conflict, update, None)
    await conn.execute(statement, list(rows))
