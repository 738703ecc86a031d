"""SQL for renovations: applications, their works, files, workers, history and settings."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import (
    EstateDocument,
    Renovation,
    RenovationEvent,
    RenovationFile,
    RenovationWork,
    RenovationWorker,
    WorkItem,
)
from storage.repositories.sql import upsert
from storage.tables import (
    buildings,
    estate_documents,
    renovation_events,
    renovation_files,
    renovation_settings,
    renovation_work_items,
    renovation_workers,
    renovation_works,
    renovations,
    units,
)

ENDED = ("closed", "cancelled")


async def settings(conn: AsyncConnection, estate_id: int) -> tuple[int, str]:
    """(days between inspection visits, the role reviewing applications)."""
    table = renovation_settings
    row = (await conn.execute(select(table).where(table.c.estate_id == estate_id))).first()
    return (int(row.inspect_days), str(row.reviewer_role)) if row else (2, "manager")


async def put_settings(conn: AsyncConnection, estate_id: int, values: dict[str, Any]) -> None:
    """Set some of an estate's renovation settings."""
    await upsert(conn, renovation_settings, {"estate_id": estate_id, **values}, ["estate_id"])


async def work_items(conn: AsyncConnection, estate_id: int) -> list[WorkItem]:
    """Every work item the estate stored, in its order (none: the defaults apply)."""
    table = renovation_work_items
    query = (
        select(table)
        .where(table.c.estate_id == estate_id)
        .order_by(table.c.position, table.c.code)
    )
    return [WorkItem.model_validate(r._mapping) for r in await conn.execute(query)]


async def put_work_item(conn: AsyncConnection, estate_id: int, values: dict[str, Any]) -> None:
    """Add or change one work item of an estate."""
    await upsert(
        conn, renovation_work_items, {"estate_id": estate_id, **values}, ["estate_id", "code"]
    )


async def documents(conn: AsyncConnection, estate_id: int) -> list[EstateDocument]:
    """The documents an estate uploaded (without their content)."""
    table = estate_documents
    query = (
        select(table.c.estate_id, table.c.kind, table.c.filename, table.c.file_id)
        .add_columns(table.c.updated_at)
        .where(table.c.estate_id == estate_id)
        .order_by(table.c.kind)
    )
    return [EstateDocument.model_validate(r._mapping) for r in await conn.execute(query)]


async def document_content(conn: AsyncConnection, estate_id: int, kind: str) -> bytes | None:
    """A document's bytes, to upload it the first time."""
    table = estate_documents
    query = select(table.c.content).where(table.c.estate_id == estate_id, table.c.kind == kind)
    row = (await conn.execute(query)).first()
    return bytes(row[0]) if row else None


async def put_document(conn: AsyncConnection, values: dict[str, Any]) -> None:
    """Store or replace a document (its Telegram id is forgotten with the old bytes)."""
    await upsert(conn, estate_documents, {**values, "file_id": None}, ["estate_id", "kind"])


async def set_document_file(
    conn: AsyncConnection, estate_id: int, kind: str, file_id: str
) -> None:
    """Remember the Telegram id a sent document got."""
    table = estate_documents
    await conn.execute(
        update(table)
        .where(table.c.estate_id == estate_id, table.c.kind == kind)
        .values(file_id=file_id)
    )


async def add(conn: AsyncConnection, values: dict[str, Any]) -> int:
    """Store an application; return its id."""
    result = await conn.execute(renovations.insert().values(**values))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


async def get(
    conn: AsyncConnection, renovation_id: int, *, lock: bool = False
) -> Renovation | None:
    """One application (locked for update on engines that lock rows)."""
    query = select(renovations).where(renovations.c.id == renovation_id)
    row = (await conn.execute(query.with_for_update() if lock else query)).first()
    return Renovation.model_validate(row._mapping) if row else None


async def by_permit_code(conn: AsyncConnection, code: str) -> Renovation | None:
    """The renovation whose works permit carries a code."""
    row = (
        await conn.execute(select(renovations).where(renovations.c.permit_code == code))
    ).first()
    return Renovation.model_validate(row._mapping) if row else None


async def change(conn: AsyncConnection, renovation_id: int, values: dict[str, Any]) -> None:
    """Set some columns of an application."""
    await conn.execute(
        update(renovations).where(renovations.c.id == renovation_id).values(**values)
    )


async def of_unit(conn: AsyncConnection, unit_id: int) -> list[Renovation]:
    """Every application of a unit, newest first."""
    query = (
        select(renovations)
        .where(renovations.c.unit_id == unit_id)
        .order_by(renovations.c.id.desc())
    )
    return [Renovation.model_validate(r._mapping) for r in await conn.execute(query)]


async def live_of_estate(
    conn: AsyncConnection, estate_id: int, grid_ids: Iterable[int] | None = None
) -> list[Renovation]:
    """The estate's applications not closed or cancelled (of some grids), oldest first."""
    query = (
        select(renovations)
        .join(units, units.c.id == renovations.c.unit_id)
        .where(renovations.c.estate_id == estate_id, renovations.c.state.not_in(ENDED))
        .order_by(renovations.c.id)
    )
    if grid_ids is not None:
        query = query.join(buildings, buildings.c.id == units.c.building_id).where(
            buildings.c.grid_id.in_(list(grid_ids))
        )
    return [Renovation.model_validate(r._mapping) for r in await conn.execute(query)]


async def put_works(
    conn: AsyncConnection, renovation_id: int, works: list[dict[str, Any]]
) -> None:
    """Replace the declared works of an application."""
    table = renovation_works
    await conn.execute(delete(table).where(table.c.renovation_id == renovation_id))
    if works:
        await conn.execute(
            table.insert(), [{"renovation_id": renovation_id, **work} for work in works]
        )


async def works_of(conn: AsyncConnection, renovation_id: int) -> list[RenovationWork]:
    """The declared works of an application."""
    table = renovation_works
    query = select(table).where(table.c.renovation_id == renovation_id)
    return [RenovationWork.model_validate(r._mapping) for r in await conn.execute(query)]


async def set_verdict(
    conn: AsyncConnection, renovation_id: int, code: str, verdict: str, reason: str
) -> None:
    """The reviewer's verdict on one declared work."""
    table = renovation_works
    await conn.execute(
        update(table)
        .where(table.c.renovation_id == renovation_id, table.c.code == code)
        .values(verdict=verdict, reason=reason)
    )


async def add_files(
    conn: AsyncConnection,
    renovation_id: int,
    kind: str,
    file_ids: Iterable[str],
    event_id: int | None = None,
) -> None:
    """Attach photos of a kind (to a history entry, when given)."""
    rows = [
        {"renovation_id": renovation_id, "kind": kind, "file_id": f, "event_id": event_id}
        for f in file_ids
    ]
    if rows:
        await conn.execute(renovation_files.insert(), rows)


async def drop_files(conn: AsyncConnection, renovation_id: int, kinds: Iterable[str]) -> None:
    """Remove an application's photos of some kinds (they are replaced on resubmission)."""
    table = renovation_files
    await conn.execute(
        delete(table).where(table.c.renovation_id == renovation_id, table.c.kind.in_(list(kinds)))
    )


async def files_of(conn: AsyncConnection, renovation_id: int) -> list[RenovationFile]:
    """Every photo of an application, in the order they came."""
    table = renovation_files
    query = select(table).where(table.c.renovation_id == renovation_id).order_by(table.c.id)
    return [RenovationFile.model_validate(r._mapping) for r in await conn.execute(query)]


async def add_worker(conn: AsyncConnection, values: dict[str, Any]) -> int:
    """Register a worker; return their id."""
    result = await conn.execute(renovation_workers.insert().values(**values))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


async def workers_of(conn: AsyncConnection, renovation_id: int) -> list[RenovationWorker]:
    """The workers of an application, in the order they were registered."""
    table = renovation_workers
    query = select(table).where(table.c.renovation_id == renovation_id).order_by(table.c.id)
    return [RenovationWorker.model_validate(r._mapping) for r in await conn.execute(query)]


async def worker(conn: AsyncConnection, worker_id: int) -> RenovationWorker | None:
    """One worker."""
    table = renovation_workers
    row = (await conn.execute(select(table).where(table.c.id == worker_id))).first()
    return RenovationWorker.model_validate(row._mapping) if row else None


async def worker_by_code(conn: AsyncConnection, code: str) -> RenovationWorker | None:
    """The worker whose pass carries a code."""
    table = renovation_workers
    row = (await conn.execute(select(table).where(table.c.pass_code == code))).first()
    return RenovationWorker.model_validate(row._mapping) if row else None


async def change_worker(conn: AsyncConnection, worker_id: int, values: dict[str, Any]) -> None:
    """Set some columns of a worker."""
    table = renovation_workers
    await conn.execute(update(table).where(table.c.id == worker_id).values(**values))


async def add_event(
    conn: AsyncConnection,
    renovation_id: int,
    at: datetime,
    account_id: int | None,
    action: str,
    note: str = "",
    data: dict[str, Any] | None = None,
) -> int:
    """Write one step into the history; return its id."""
    result = await conn.execute(
        renovation_events.insert().values(
            renovation_id=renovation_id,
            at=at,
            account_id=account_id,
            action=action,
            note=note,
            data=data or {},
        )
    )
    return int(result.inserted_primary_key[0])  # type: ignore[index]


async def events_of(conn: AsyncConnection, renovation_id: int) -> list[RenovationEvent]:
    """An application's history, oldest first."""
    table = renovation_events
    query = (
        select(table)
        .where(table.c.renovation_id == renovation_id)
        .order_by(table.c.at, table.c.id)
    )
    return [RenovationEvent.model_validate(r._mapping) for r in await conn.execute(query)]
