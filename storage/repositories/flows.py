"""SQL for conversations in progress: one row per person, written in one statement."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import FlowState
from storage.repositories.sql import upsert
from storage.tables import flows

ACTIVE, PAUSED, DONE = "active", "paused", "done"
OPEN = (ACTIVE, PAUSED)


async def get(conn: AsyncConnection, account_id: int) -> FlowState | None:
    """Return the person's flow row (of any status)."""
    row = (await conn.execute(select(flows).where(flows.c.account_id == account_id))).first()
    return None if row is None else FlowState.model_validate(dict(row._mapping))


async def put(conn: AsyncConnection, state: FlowState) -> None:
    """Store the flow row, replacing whatever the person had."""
    await upsert(conn, flows, state.model_dump(), ["account_id"])


async def remove(conn: AsyncConnection, account_id: int) -> None:
    """Forget the person's flow."""
    await conn.execute(delete(flows).where(flows.c.account_id == account_id))


async def claim(conn: AsyncConnection, account_id: int, token: str, now: datetime) -> bool:
    """Mark an open flow done; False when it was not open (already done, or another flow)."""
    result = await conn.execute(
        update(flows)
        .where(
            flows.c.account_id == account_id,
            flows.c.token == token,
            flows.c.status.in_(OPEN),
        )
        .values(status=DONE, updated_at=now)
    )
    return result.rowcount == 1


async def result_of(conn: AsyncConnection, account_id: int, token: str) -> str | None:
    """Return what a finished flow produced (None when unknown)."""
    query = select(flows.c.result_ref).where(
        flows.c.account_id == account_id, flows.c.token == token, flows.c.status == DONE
    )
    return (await conn.execute(query)).scalar_one_or_none()


async def set_result(conn: AsyncConnection, account_id: int, token: str, ref: str) -> None:
    """Record what a finished flow produced."""
    await conn.execute(
        update(flows)
        .where(flows.c.account_id == account_id, flows.c.token == token)
        .values(result_ref=ref)
    )


async def idle(conn: AsyncConnection, before: datetime, limit: int) -> list[FlowState]:
    """Active flows with no answer since a moment, oldest first."""
    query = (
        select(flows)
        .where(flows.c.status == ACTIVE, flows.c.updated_at < before)
        .order_by(flows.c.updated_at)
        .limit(limit)
    )
    return [FlowState.model_validate(dict(row._mapping)) for row in await conn.execute(query)]


async def set_status(
    conn: AsyncConnection, account_id: int, token: str, status: str, now: datetime
) -> bool:
    """Change the status of one flow instance (its last answer's time is kept)."""
    result = await conn.execute(
        update(flows)
        .where(
            flows.c.account_id == account_id,
            flows.c.token == token,
            flows.c.status.in_(OPEN),
        )
        .values(status=status, card_message_id=None)
    )
    return result.rowcount == 1


async def set_card(conn: AsyncConnection, account_id: int, token: str, message_id: int) -> None:
    """Point a flow at the message that now carries its question."""
    await conn.execute(
        update(flows)
        .where(flows.c.account_id == account_id, flows.c.token == token)
        .values(card_message_id=message_id)
    )
