"""Walking a patrol: start, each item OK or a problem, a ticket for a problem in one tap."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.services import flows
from bot.services.patrols.tasks import PatrolTasks, TaskView, rules
from bot.services.people.access import Viewer, may_work_grid
from bot.services.tickets.repairs import TicketService
from storage.db import Database
from storage.models import PatrolTask, Ticket
from storage.repositories import estates, patrols, renovations

OPEN = (rules.PENDING, rules.IN_PROGRESS)


class PatrolWalk:
    """What a butler does with a patrol task in chat."""

    def __init__(
        self, db: Database, clock: Clock, tickets: TicketService, tasks: PatrolTasks
    ) -> None:
        self._db = db
        self._clock = clock
        self._tickets = tickets
        self._tasks = tasks

    async def _view(self, conn: AsyncConnection, task: PatrolTask) -> TaskView:
        plan = await patrols.plan(conn, task.plan_id)
        assert plan is not None
        found = await patrols.results(conn, task.id)
        live = []
        if "renovation" in plan.checklist:  # 装修户: the households under renovation, by name
            for renovation in await renovations.live_of_estate(
                conn, task.estate_id, [task.grid_id]
            ):
                if renovation.state in ("permitted", "completed", "fixing"):
                    unit = await estates.unit(conn, renovation.unit_id)
                    code = unit.code if unit else "-"
                    live.append(f"{renovation.number} {code} → {renovation.end_date.isoformat()}")
        return TaskView(
            task=task,
            checklist=plan.checklist,
            done=len(found),
            problems=sum(not r.ok for r in found),
            renovations=live,
        )

    async def view(self, viewer: Viewer, task_id: int) -> TaskView:
        """Return a task the viewer works, with its progress."""
        async with self._db.read() as conn:
            task = await self._load(conn, viewer, task_id)
            return await self._view(conn, task)

    async def _load(self, conn: AsyncConnection, viewer: Viewer, task_id: int) -> PatrolTask:
        task = await patrols.task(conn, task_id)
        if task is None or not may_work_grid(viewer, task.estate_id, task.grid_id):
            raise NotFound()
        return task

    async def today(self, viewer: Viewer) -> list[TaskView]:
        """Today's tasks in the viewer's grids (a manager: the whole estate); staff only."""
        if not viewer.butler_grids() and not viewer.managed_estates():
            raise NotAllowed()
        found: list[TaskView] = []
        async with self._db.read() as conn:
            estate_ids = {e for e, _ in viewer.butler_grids()} | viewer.managed_estates()
            for estate_id in sorted(estate_ids):
                estate = await estates.estate(conn, estate_id)
                assert estate is not None
                day = self._clock.now().astimezone(ZoneInfo(estate.timezone)).date()
                grid_ids = [g.id for g in await estates.grids_of(conn, estate_id)]
                for task in await patrols.tasks_on(conn, grid_ids, day):
                    if may_work_grid(viewer, task.estate_id, task.grid_id):
                        found.append(await self._view(conn, task))
        return found

    async def start(self, viewer: Viewer, task_id: int) -> TaskView:
        """Begin (or continue) a task; the one who starts it is its assignee."""
        async with self._db.transaction() as conn:
            task = await self._load(conn, viewer, task_id)
            if task.status not in OPEN:
                raise InvalidInput("patrol-task-closed")
            if task.status == rules.PENDING:
                values = {
                    "status": rules.IN_PROGRESS,
                    "started_at": self._clock.now(),
                    "assignee_account_id": viewer.account.id,
                }
                await patrols.update_task(conn, task.id, [rules.PENDING], values)
            fresh = await patrols.task(conn, task.id)
            assert fresh is not None
            if task.status == rules.PENDING:
                await self._tasks.refresh(conn, fresh)
            return await self._view(conn, fresh)

    async def remember_message(
        self, viewer: Viewer, task_id: int, chat_id: int, message_id: int
    ) -> None:
        """Keep where the progress message is, to edit it in place."""
        async with self._db.transaction() as conn:
            task = await self._load(conn, viewer, task_id)
            values = {"progress_chat_id": chat_id, "progress_message_id": message_id}
            await patrols.update_task(conn, task.id, list(OPEN), values)

    async def answer(
        self,
        viewer: Viewer,
        task_id: int,
        position: int,
        ok: bool,
        note: str = "",
        photo: str | None = None,
        token: str | None = None,
    ) -> TaskView:
        """Record the current item (a repeated tap on an old item changes nothing)."""
        if len(note) > rules.MAX_NOTE:
            raise InvalidInput("patrol-note-too-long", limit=rules.MAX_NOTE)
        async with self._db.transaction() as conn:
            if token is not None:
                await flows.claim(conn, viewer.account.id, token, self._clock.now())
                await flows.record(conn, viewer.account.id, token, f"patrol:{task_id}")
            task = await self._load(conn, viewer, task_id)
            view = await self._view(conn, task)
            if task.status != rules.IN_PROGRESS or position != task.position:
                return view
            await patrols.put_result(
                conn,
                {
                    "task_id": task.id,
                    "position": position,
                    "ok": ok,
                    "note": note,
                    "photo_file_id": photo,
                    "at": self._clock.now(),
                },
            )
            values: dict[str, object] = {"position": position + 1}
            if position + 1 >= len(view.checklist):
                values |= {"status": rules.DONE, "finished_at": self._clock.now()}
            await patrols.update_task(conn, task.id, [rules.IN_PROGRESS], values)
            fresh = await patrols.task(conn, task.id)
            assert fresh is not None
            if fresh.status == rules.DONE:
                await self._tasks.refresh(conn, fresh)
            return await self._view(conn, fresh)

    async def open_ticket(
        self, viewer: Viewer, task_id: int, position: int, item_text: str
    ) -> Ticket:
        """Open an internal repair ticket for a problem found on the walk."""
        async with self._db.transaction() as conn:
            task = await self._load(conn, viewer, task_id)
            found = {r.position: r for r in await patrols.results(conn, task.id)}
            result = found.get(position)
            if result is None or result.ok:
                raise NotFound()
            if result.ticket_id is not None:
                raise InvalidInput("patrol-ticket-exists")
            ticket = await self._tickets.create(
                conn,
                estate_id=task.estate_id,
                grid_id=task.grid_id,
                reporter_id=viewer.account.id,
                photos=[result.photo_file_id] if result.photo_file_id else [],
                values={
                    "source": "patrol",
                    "category": "public_area",
                    "location": "public",
                    "location_note": item_text[:200],
                    "description": result.note or item_text,
                },
            )
            await patrols.set_result_ticket(conn, task.id, position, ticket.id)
        return ticket
