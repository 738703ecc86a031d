"""资料存档: one workbook per unit with everything its move-in recorded — the owner and how
they came, the bills, the 钥匙发放登记表, the 物业验收交接记录表, the photos kept, the record."""

from __future__ import annotations

import asyncio
from datetime import datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel

from bot.errors import NotFound
from bot.i18n import Translator
from bot.services.exports.sheets import Column, Sheet
from bot.services.exports.workbook import write
from bot.services.fees.common import FEE_TYPE_KEYS, digits_of
from bot.services.movein.common import STEP_KEYS
from bot.services.movein.service import MoveIns, MoveInView
from bot.services.people.access import Viewer

FILE_KEYS = {
    "notice": "movein-file-notice",
    "contract": "movein-file-contract",
    "id": "movein-file-id",
    "authorisation": "movein-file-authorisation",
    "agent_id": "movein-file-agent-id",
}
METER_KEYS = {
    "water": "movein-meter-water",
    "power": "movein-meter-power",
    "gas": "movein-meter-gas",
}
ACTION_KEYS = {
    "started": "movein-action-started",
    "joined": "movein-action-joined",
    "identity": "movein-action-identity",
    "documents": "movein-action-documents",
    "rules_accepted": "movein-action-rules-accepted",
    "fees": "movein-action-fees",
    "paid": "movein-action-paid",
    "paid_chat": "movein-action-paid-chat",
    "keys": "movein-action-keys",
    "keys_confirmed": "movein-action-keys-confirmed",
    "inspected": "movein-action-inspected",
    "inspection_confirmed": "movein-action-inspection-confirmed",
    "archived": "movein-action-archived",
}


class Archive(BaseModel):
    """A unit's move-in workbook."""

    data: bytes
    filename: str


def _local(moment: datetime | None, zone: ZoneInfo) -> datetime | None:
    return moment.astimezone(zone).replace(tzinfo=None, microsecond=0) if moment else None


def _sheet(kind: str, title: str, currency: str, *columns: tuple[str, int]) -> Sheet:
    return Sheet(kind, title, [Column(key, width) for key, width in columns], currency)


def sheets(view: MoveInView) -> list[Sheet]:
    """The move-in's sheets."""
    movein, unit, estate = view.loaded.movein, view.loaded.unit, view.loaded.estate
    zone, currency = ZoneInfo(estate.timezone), estate.currency
    summary = _sheet(
        "movein",
        "movein-sheet-summary",
        currency,
        ("movein-col-what", 24),
        ("movein-col-value", 40),
    )
    rows: list[list[Any]] = [
        [{"key": "movein-col-unit"}, unit.code],
        [{"key": "movein-col-owner"}, movein.owner_name],
        [
            {"key": "movein-col-by-agent"},
            {"key": "export-yes" if movein.by_agent else "export-no"},
        ],
        [{"key": "movein-col-step"}, {"key": STEP_KEYS[movein.step]}],
        [{"key": "movein-col-started"}, _local(movein.created_at, zone)],
        [{"key": "movein-col-rules"}, _local(movein.rules_accepted_at, zone)],
        [{"key": "movein-col-butler-signed"}, _local(movein.butler_confirmed_at, zone)],
        [{"key": "movein-col-owner-signed"}, _local(movein.owner_confirmed_at, zone)],
        [{"key": "movein-col-finished"}, _local(movein.finished_at, zone)],
    ]
    rows += [[{"key": METER_KEYS[m]}, value] for m, value in movein.meters.items()]
    summary.rows = rows
    fees = _sheet(
        "movein_fees",
        "movein-sheet-fees",
        currency,
        ("movein-col-period", 10),
        ("movein-col-fee", 14),
        ("movein-col-amount", 12),
        ("movein-col-paid", 12),
    )
    digits = digits_of(currency)
    fees.rows = [
        [b.period, {"key": FEE_TYPE_KEYS.get(b.fee_type, FEE_TYPE_KEYS["property"])},
         Decimal(b.amount_minor).scaleb(-digits), Decimal(b.paid_minor).scaleb(-digits)]
        for b in view.bills
    ]  # fmt: skip
    keys = _sheet(
        "movein_keys",
        "movein-sheet-keys",
        currency,
        ("movein-col-key", 24),
        ("movein-col-count", 8),
        ("movein-col-handed", 18),
        ("movein-col-confirmed", 18),
    )
    keys.rows = [
        [k.name, k.count, _local(k.handed_at, zone), _local(k.confirmed_at, zone)]
        for k in view.keys
    ]
    problems = _sheet(
        "movein_problems",
        "movein-sheet-inspection",
        currency,
        ("movein-col-room", 16),
        ("movein-col-problem", 40),
        ("movein-col-ticket", 10),
        ("movein-col-photos", 8),
    )
    problems.rows = [
        [p.room, p.text, view.tickets.get(p.ticket_id or 0, ""), len(p.photos)]
        for p in view.problems
    ]
    files = _sheet(
        "movein_files",
        "movein-sheet-files",
        currency,
        ("movein-col-file", 20),
        ("movein-col-at", 18),
        ("movein-col-file-id", 40),
    )
    files.rows = [
        [{"key": FILE_KEYS.get(f.kind, "movein-file-id")}, _local(f.created_at, zone), f.file_id]
        for f in view.files
    ]
    record = _sheet(
        "movein_record",
        "movein-sheet-record",
        currency,
        ("movein-col-at", 18),
        ("movein-col-action", 24),
        ("movein-col-detail", 30),
    )
    record.rows = [
        [_local(e.at, zone), {"key": ACTION_KEYS.get(e.action, "movein-action-started")}, e.detail]
        for e in view.events
    ]
    return [summary, fees, keys, problems, files, record]


class MoveInArchive:
    """Write a unit's move-in file."""

    def __init__(self, moveins: MoveIns, translator: Translator) -> None:
        self._moveins = moveins
        self._translator = translator

    async def export(self, viewer: Viewer, movein_id: int, language: str) -> Archive:
        """Staff: the move-in's workbook, in a language (written in a thread)."""
        view = await self._moveins.view(viewer, movein_id)
        if not view.staff:
            raise NotFound()
        data = await asyncio.to_thread(write, sheets(view), self._translator.bind(language))
        unit = view.loaded.unit.code
        return Archive(data=data, filename=f"{view.loaded.estate.name}-{unit}-movein.xlsx")
