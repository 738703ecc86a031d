"""SQL for pruning what is no longer needed: old pushes, fired timers, login failures …"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, Table, delete, or_
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.tables import cards, flows, inbox_done, intake_offers, login_failures, outbox, timers

FINISHED_PUSHES = ("sent", "failed", "cancelled", "unreachable", "merged")
FINISHED_TIMERS = ("done", "cancelled", "failed")


async def _batched(conn: AsyncConnection, table: Table, condition: ColumnElement[bool]) -> int:
    """Delete what matches, and say how many rows went."""
    return int((await conn.execute(delete(table).where(condition))).rowcount)


async def old_pushes(conn: AsyncConnection, before: datetime) -> int:
    """Pushes that ended before a moment."""
    return await _batched(
        conn, outbox, (outbox.c.status.in_(FINISHED_PUSHES)) & (outbox.c.created_at < before)
    )


async def old_timers(conn: AsyncConnection, before: datetime) -> int:
    """Timers that fired, or were cancelled, before a moment."""
    return await _batched(
        conn, timers, (timers.c.status.in_(FINISHED_TIMERS)) & (timers.c.due_at < before)
    )


async def old_login_failures(conn: AsyncConnection, before: datetime) -> int:
    """Wrong invite codes typed before a moment."""
    return await _batched(conn, login_failures, login_failures.c.at < before)


async def old_flows(conn: AsyncConnection, before: datetime) -> int:
    """Conversations finished or abandoned before a moment (open ones are kept)."""
    finished = or_(flows.c.status == "done", flows.c.status == "paused")
    return await _batched(conn, flows, finished & (flows.c.updated_at < before))


async def old_offers(conn: AsyncConnection, before: datetime) -> int:
    """Guesses from free text made before a moment."""
    return await _batched(conn, intake_offers, intake_offers.c.created_at < before)


async def old_handled_updates(conn: AsyncConnection, before: datetime) -> int:
    """The memory of updates handled before a moment."""
    return await _batched(conn, inbox_done, inbox_done.c.done_at < before)


async def old_cards(conn: AsyncConnection, before: datetime) -> int:
    """Cards sent before a moment: a message that old is scrolled far out of sight."""
    return await _batched(conn, cards, cards.c.created_at < before)
