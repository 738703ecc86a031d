"""Pydantic models shared by services and handlers: what repositories return."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict


class Model(BaseModel):
    """Base for read models: immutable, built from rows."""

    model_config = ConfigDict(frozen=True, from_attributes=True)


class Account(Model):
    """One Telegram user known to Butler."""

    id: int
    telegram_id: int
    name: str
    username: str | None
    language: str | None
    telegram_language: str | None
    unreachable: bool
    created_at: datetime


class Estate(Model):
    """An estate (小区) with its own time zone, currency and quiet hours."""

    id: int
    name: str
    timezone: str
    currency: str
    quiet_start: str
    quiet_end: str


class Grid(Model):
    """A grid (网格): a set of buildings one butler looks after."""

    id: int
    estate_id: int
    code: str


class Unit(Model):
    """A unit (房号) such as 3-2-301, with where it sits."""

    id: int
    estate_id: int
    building_id: int
    grid_id: int
    code: str
    building: str
    entrance: str
    room: str
    area_centi_m2: int
    usage: str
    owner_name: str
    owner_phone: str


class Occupancy(Model):
    """An account's tie to a unit: owner, tenant or family."""

    account_id: int
    unit_id: int
    estate_id: int
    grid_id: int
    unit_code: str
    relation: str


class StaffRole(Model):
    """An account's staff membership in one estate."""

    staff_id: int
    account_id: int
    estate_id: int
    role: str  # butler | manager
    grid_ids: tuple[int, ...]


class Invite(Model):
    """A one-time invite code (only its hash is stored)."""

    id: int
    kind: str  # resident | staff
    estate_id: int
    unit_id: int | None
    relation: str | None
    role: str | None
    grid_ids: list[int] | None
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None
    used_by: int | None


class OutboxMessage(Model):
    """A push waiting in (or gone through) the outbox."""

    id: int
    account_id: int
    text_key: str
    args: dict[str, Any]
    buttons: list[list[dict[str, Any]]] | None
    photos: list[str] | None
    urgent: bool
    due_at: datetime
    dedupe_key: str | None
    status: str
    attempts: int
    broadcast_id: int | None


class Recipient(Model):
    """Where and in which language a push goes."""

    account_id: int
    telegram_id: int
    language: str | None
    telegram_language: str | None
    unreachable: bool


class Timer(Model):
    """A one-off call of a service function for an object at a time."""

    id: int
    kind: str
    ref: str
    due_at: datetime
    payload: dict[str, Any]
    attempts: int


class Schedule(Model):
    """A recurring run (daily digest, patrol plan) in an estate's time zone."""

    id: int
    name: str
    kind: str
    ref: str
    timezone: str
    at_time: str
    weekdays: str
    enabled: bool
    next_due_at: datetime
    last_run_at: datetime | None
