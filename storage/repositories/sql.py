"""Small SQL helpers that differ by dialect."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncConnection


async def insert_ignore(
    conn: AsyncConnection, table: Table, values: dict[str, Any], conflict: list[str]
) -> bool:
    """Insert a row unless one with the same unique columns exists; True when inserted."""
    maker = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
    statement = maker(table).values(**values).on_conflict_do_nothing(index_elements=conflict)
    result = await conn.execute(statement)
    return result.rowcount == 1
