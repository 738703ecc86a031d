"""Helpers of the renovation tests: an application permitted through the services, its card."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from bot.services.flows import new_token
from bot.services.people.access import Viewer
from bot.services.renovation.applications import ApplyInput, WorkerInput
from storage.models import FlowState
from tests.e2e.chat import Chat
from tests.e2e.fee_helpers import viewer
from tests.harness import Harness

LICENCE = "91310000MA1FL0AB3K"
ZHANG = "11010519491231002X"
LI = "440524198001010013"


def at(month: int, day: int, hour: int = 1) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


def count(bot: Harness, user_id: int, fragment: str) -> int:
    return sum(fragment in (m.text or "") for m in bot.emu.bot_messages(user_id))


async def flow_token(bot: Harness, who: Viewer, name: str) -> str:
    """An open flow of a person, whose token a service call consumes as the flow's confirm."""
    token = new_token()
    now = bot.clock.now()
    state = FlowState(
        account_id=who.account.id, name=name, token=token, title_key="-", started_at=now,
        updated_at=now,
    )  # fmt: skip
    await bot.services.flows.save(state)
    return token


async def permitted(bot: Harness, owner: int, manager: int, butler: int, unit: int) -> int:
    """An application for floors only, approved and paid at the office: its id."""
    services = bot.services
    form = ApplyInput(
        unit_id=unit,
        start_date=date(2026, 12, 3),
        end_date=date(2026, 12, 20),
        usage="residential",
        works=["floors"],
        debris_m2=Decimal(80),
        second=True,
        contractor_name="Meijia",
        contractor_licence=LICENCE,
        contractor_qualification="Grade II",
        licence_photos=["l"],
        qualification_photos=["q"],
        drawings=["d"],
    )
    resident_viewer = await viewer(bot, owner)
    token = await flow_token(bot, resident_viewer, "renovation_apply")
    rid = await services.renovations.apply(resident_viewer, form, token)
    worker = WorkerInput(name="Zhang San", id_number=ZHANG, photo="p")
    token = await flow_token(bot, resident_viewer, "renovation_worker")
    await services.renovations.add_worker(resident_viewer, rid, worker, token)
    assert await services.renovations.submit(resident_viewer, rid) == "submitted"
    reviewer = await viewer(bot, manager)
    token = await flow_token(bot, reviewer, "renovation_review")
    assert await services.renovations.review(reviewer, rid, {}, token) == "approved"
    await services.permits.counter(await viewer(bot, butler), rid)
    return rid


async def open_card(chat: Chat, number: str) -> None:
    await chat.send("/renovation")
    listing = await chat.expect(number)
    label = next(x for x in listing.button_labels() if number in x)
    await chat.press(label, message_id=listing.message_id)
    await chat.expect("🏠 Renovation", number)
