"""Pydantic models shared by services and handlers: what repositories return."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


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
    digest_time: str = "08:00"
    hotline: str = ""  # the office's 24-hour number, for emergencies
    vote_secret: bool = False  # owners' ballots stay hidden from staff after the close too
    staff_hours: str = ""  # HH:MM-HH:MM; "" = staff get every push at once
    staff_days: str = "0123456"


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
    developer: bool = False  # the developer's unsold unit


class Occupancy(Model):
    """An account's tie to a unit: owner, tenant or family."""

    account_id: int
    unit_id: int
    estate_id: int
    grid_id: int
    unit_code: str
    relation: str
    timezone: str = "Asia/Shanghai"
    voting: bool = False  # marked as the unit's voting owner
    lease_ends_on: date | None = None  # a tenant's binding ends with that day
    may_pay: bool = True  # what the owner lets a tenant or family member do
    may_repair: bool = True


class StaffRole(Model):
    """An account's staff membership in one estate."""

    staff_id: int
    account_id: int
    estate_id: int
    role: str  # butler | manager
    grid_ids: tuple[int, ...]
    timezone: str = "Asia/Shanghai"


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
    terms: dict[str, Any] | None = None  # an owner's invite: lease end, what they may do
    created_by: int | None = None


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
    action: str = "send"
    target_message_id: int | None = None
    card_ref: str | None = None
    card_role: str | None = None
    card_id: int | None = None
    parts_done: int = 0
    photos_failed: bool = False
    pin: bool = False


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


class Ticket(Model):
    """A repair, complaint or internal ticket."""

    id: int
    estate_id: int
    kind: str
    number: int
    unit_id: int | None
    grid_id: int
    source: str
    category: str
    location: str
    location_note: str
    description: str
    visit_time: str
    urgent: bool
    status: str
    stage: str | None
    stage_due_at: datetime | None
    callback: str | None
    reporter_account_id: int | None
    assignee_account_id: int | None
    escalated: bool
    linked_ticket_id: int | None
    resolution_note: str | None
    rating: int | None
    rating_comment: str | None
    ack_due_at: datetime | None
    resolve_due_at: datetime | None
    created_at: datetime
    accepted_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    contractor: str = ""  # the outside firm doing the work, when there is one

    @property
    def code(self) -> str:
        """The readable number, e.g. R-0042 or C-0017."""
        return f"{'C' if self.kind == 'complaint' else 'R'}-{self.number:04d}"


class BoardTicket(Ticket):
    """A ticket as the web board shows it: with its unit, grid and assignee by name."""

    unit_code: str
    grid_code: str
    assignee_name: str


class TicketEvent(Model):
    """One step in a ticket's history."""

    id: int
    ticket_id: int
    at: datetime
    actor_account_id: int | None
    actor_name: str | None = None
    action: str
    from_status: str | None
    to_status: str | None
    note: str


class Bill(Model):
    """One bill of a unit: a fee type for a period, in minor units (分)."""

    id: int
    estate_id: int
    unit_id: int
    period: str
    fee_type: str
    amount_minor: int
    paid_minor: int
    due_date: date
    paid_at: date | None
    updated_at: datetime
    written_off_at: datetime | None = None
    write_off_note: str = ""

    @property
    def open_minor(self) -> int:
        """What is still to pay (nothing, once the operator wrote the bill off)."""
        if self.written_off_at is not None:
            return 0
        return max(self.amount_minor - self.paid_minor, 0)


class PaymentSettings(Model):
    """How an estate is paid: the Telegram Payments provider token, transfer instructions."""

    estate_id: int
    provider_token: str = Field("", repr=False)  # a secret, like the bot token
    instructions: str = ""
    qr_image: bytes | None = Field(None, repr=False)


class PaymentItem(Model):
    """One bill a payment is for: what was asked and what was credited to it."""

    payment_id: int
    bill_id: int
    period: str
    fee_type: str
    amount_minor: int
    applied_minor: int


class Payment(Model):
    """A payment of some bills of a unit: an invoice in chat or a transfer to confirm."""

    id: int
    estate_id: int
    unit_id: int
    payer_account_id: int | None
    method: str  # telegram | transfer
    status: str  # invoiced | claimed | paid | rejected
    amount_minor: int
    currency: str
    receipt_no: str | None
    charge_id: str | None
    provider_charge_id: str | None
    proof_file_id: str | None
    reason: str
    decided_by: int | None
    created_at: datetime
    paid_at: datetime | None


class Refund(Model):
    """Money a payment brought that no bill owed, to be paid back by the operator."""

    id: int
    payment_id: int
    amount_minor: int
    reason: str  # overpaid | already_paid | returned (a deposit or a returned permit)
    status: str  # due | refunded
    note: str
    created_at: datetime
    refunded_at: datetime | None
    bill_id: int | None = None


class ArrearsRow(Model):
    """A unit with overdue bills: how much, and since when."""

    unit_id: int
    unit_code: str
    estate_id: int
    grid_id: int
    overdue_minor: int
    oldest_due: date


class BuildingPeriod(Model):
    """What a building's bills of one period ask and what has been paid of them."""

    building_id: int
    building_code: str
    grid_id: int
    grid_code: str
    period: str
    due_minor: int
    paid_minor: int


class CollectionLog(Model):
    """One collection entry (催缴) for a unit: a contact with its channel and outcome, a
    promise to pay on a day, or a payment (with its amount and receipt number as note)."""

    id: int
    unit_id: int
    staff_account_id: int | None
    kind: str  # contact | promise | payment (before 0015: called | visited | message | note)
    channel: str | None = None  # phone | visit | chat | notice | transfer
    outcome: str | None = None  # no_answer | will_pay | promised | refused | disputed | …
    note: str
    promised_date: date | None
    amount_minor: int | None = None
    created_at: datetime
    updated_at: datetime | None = None


class PatrolPlan(Model):
    """A patrol route (巡查): a checklist walked on a schedule in one grid."""

    id: int
    estate_id: int
    grid_id: int
    name: str
    checklist: list[Any]
    at_time: str
    weekdays: str
    assignee_account_id: int | None
    is_default: bool
    enabled: bool


class PatrolTask(Model):
    """One walk of a plan on one local date."""

    id: int
    plan_id: int
    estate_id: int
    grid_id: int
    local_date: date
    due_at: datetime
    status: str
    assignee_account_id: int | None
    position: int
    progress_chat_id: int | None
    progress_message_id: int | None
    started_at: datetime | None
    finished_at: datetime | None


class PatrolResult(Model):
    """The outcome of one checklist item."""

    task_id: int
    position: int
    ok: bool
    note: str
    photo_file_id: str | None
    ticket_id: int | None


class FlowState(BaseModel):
    """A person's conversation in progress: which flow, what is answered, the live card."""

    account_id: int
    name: str
    token: str
    status: str = "active"  # active | paused | done
    draft: dict[str, Any] = {}
    answered: list[str] = []
    ui: dict[str, Any] = {}
    card_message_id: int | None = None
    title_key: str
    keep_draft: bool = False
    result_ref: str | None = None
    started_at: datetime
    updated_at: datetime


class InboxUpdate(Model):
    """An update received and waiting to be handled."""

    update_id: int
    chat_key: int
    payload: dict[str, Any]
    attempts: int


class Card(Model):
    """A message showing an object's current state to one person."""

    id: int
    ref: str
    account_id: int
    message_id: int
    role: str


class IntakeOffer(Model):
    """What the bot guessed from a resident's free text."""

    id: int
    account_id: int
    text: str
    guess: dict[str, Any]
    created_at: datetime


class Member(Model):
    """A person bound to a unit, as staff see them on the household card."""

    account_id: int
    telegram_id: int
    name: str
    username: str | None
    relation: str
    lease_ends_on: date | None = None
    may_pay: bool = True
    may_repair: bool = True
    added_by_name: str | None = None  # the owner who invited them in chat


class UnitNote(Model):
    """A note staff keep about a household."""

    id: int
    unit_id: int
    author_account_id: int | None
    author_name: str | None
    text: str
    created_at: datetime


# --- renovation -------------------------------------------------------------------------------


class WorkItem(Model):
    """A kind of work an estate lets residents declare (墙面, 地面, 砸墙 …)."""

    code: str
    name_zh: str
    name_en: str
    wet: bool  # works of wet areas start only after the waterproof test passes
    measured: bool  # declared with its area (wall demolition)
    position: int = 0
    active: bool = True


class EstateDocument(Model):
    """A document the estate hands out (装修管理规定 …), as uploaded."""

    estate_id: int
    kind: str
    filename: str
    file_id: str | None
    updated_at: datetime


class Renovation(Model):
    """One renovation of a unit, from application to deposit refund."""

    id: int
    estate_id: int
    unit_id: int
    number: str
    applicant_account_id: int | None
    relation: str
    state: str
    usage: str
    start_date: date
    end_date: date
    second: bool
    debris_centi_m2: int
    contractor_name: str
    contractor_licence: str
    contractor_qualification: str
    rules_read_at: datetime
    owner_approved_by: int | None
    permit_number: str | None
    permit_code: str | None
    permit_state: str
    water_state: str
    water_at: datetime | None
    next_inspection_on: date | None
    fix_by: date | None
    deduction_minor: int
    created_at: datetime
    updated_at: datetime


class RenovationWork(Model):
    """A declared work item of an application, with the reviewer's verdict."""

    renovation_id: int
    code: str
    area_centi_m2: int
    verdict: str
    reason: str


class RenovationWorker(Model):
    """A registered worker (施工人员) and their pass (出入证)."""

    id: int
    renovation_id: int
    name: str
    id_number: str
    photo_file_id: str
    state: str
    pass_number: str | None
    pass_code: str | None
    reason: str
    created_at: datetime


class RenovationFile(Model):
    """A photo attached to an application or to one of its steps."""

    id: int
    renovation_id: int
    kind: str
    file_id: str
    event_id: int | None


class RenovationEvent(Model):
    """One step of an application's history."""

    id: int
    renovation_id: int
    at: datetime
    account_id: int | None
    action: str
    note: str
    data: dict[str, Any]


class ViolationKind(Model):
    """A kind of violation an estate records (堵塞消防通道, 违章停车 …)."""

    code: str
    category: str
    name_zh: str
    name_en: str
    position: int = 0
    active: bool = True


class Violation(Model):
    """One violation (违章), from the report or the 劝导 to its close and the follow-up."""

    id: int
    estate_id: int
    grid_id: int | None
    unit_id: int | None
    number: str
    kind: str
    category: str
    serious: bool
    source: str
    renovation_id: int | None
    reporter_account_id: int | None
    handler_account_id: int | None
    place: str
    facts: str
    state: str
    step: str
    rule: str
    remedy: str
    deadline: date | None
    notice_state: str
    pending: dict[str, Any] | None
    loss_minor: int
    bill_id: int | None
    outcome: str
    created_at: datetime
    updated_at: datetime
    closed_at: datetime | None
    followed_up_at: datetime | None


class ViolationEvent(Model):
    """One step of a violation's history."""

    id: int
    violation_id: int
    at: datetime
    account_id: int | None
    action: str
    note: str
    data: dict[str, Any]


class Notice(Model):
    """A notice (通知) or an emergency (突发事件) to an audience."""

    id: int
    estate_id: int
    author_account_id: int | None
    kind: str
    scope: str
    targets: list[str]
    owners_only: bool
    texts: dict[str, str]
    photos: list[str]
    important: bool
    urgent: bool
    emergency_kind: str
    place: str
    state: str
    send_at: datetime
    sent_at: datetime | None
    broadcast_id: int | None
    reminded_at: datetime | None
    closed_at: datetime | None
    created_at: datetime


class NoticeRecipient(Model):
    """One person a notice went to, and what they did with it."""

    notice_id: int
    account_id: int
    unit_id: int | None
    read_at: datetime | None
    answer: str
    answered_at: datetime | None


class NoticeEvent(Model):
    """An emergency's update, call for help or all clear."""

    id: int
    notice_id: int
    at: datetime
    account_id: int | None
    action: str
    text: str


class Outage(Model):
    """A planned outage of water, power, gas or a lift."""

    id: int
    estate_id: int
    author_account_id: int | None
    kind: str
    scope: str
    targets: list[str]
    starts_at: datetime
    ends_at: datetime
    reason: str
    state: str
    created_at: datetime


class CommunityEvent(Model):
    """A community event (社区文化活动) residents sign up for."""

    id: int
    estate_id: int
    author_account_id: int | None
    title: str
    place: str
    starts_at: datetime
    capacity: int
    scope: str
    targets: list[str]
    state: str
    created_at: datetime


class EventSignup(Model):
    """One resident's sign-up: how many people, going or on the waiting list."""

    event_id: int
    account_id: int
    people: int
    state: str
    rating: int | None
    created_at: datetime
    updated_at: datetime


class Vote(Model):
    """An owners' vote (业主表决): the matter, its kind, the period, the result at the close."""

    id: int
    estate_id: int
    number: str
    author_account_id: int | None
    title: str
    body: str
    kind: str
    files: list[dict[str, str]]
    state: str
    secret: bool
    opens_at: datetime
    closes_at: datetime
    result: dict[str, Any] | None
    notice_id: int | None
    created_at: datetime
    closed_at: datetime | None


class Survey(Model):
    """A survey (custom, or the quarterly 客户满意度调查) residents answer until it closes."""

    id: int
    estate_id: int
    author_account_id: int | None
    kind: str
    title: str
    title_key: str | None
    scope: str
    targets: list[str]
    state: str
    closes_at: datetime
    remind_at: datetime | None
    invited: int
    created_at: datetime
    closed_at: datetime | None


class VoteRollUnit(Model):
    """A unit on a vote's roll, with its owner's key and area as at the opening."""

    vote_id: int
    unit_id: int
    voter_key: str
    area_centi_m2: int
    unit_code: str = ""
    grid_id: int = 0


class VoteBallot(Model):
    """One owner's ballot as it stands."""

    vote_id: int
    voter_key: str
    choice: str
    source: str
    account_id: int | None
    entered_by: int | None
    photo: str | None
    replaced_paper: bool
    cast_at: datetime
    changes: int


class VoteEvent(Model):
    """A ballot cast, changed or replaced."""

    id: int
    vote_id: int
    voter_key: str
    action: str
    choice: str
    account_id: int | None
    at: datetime


class SurveyQuestion(Model):
    """One question: its kind, its text as typed (or a locale key), its choices."""

    survey_id: int
    position: int
    kind: str
    text: str
    text_key: str | None
    options: list[str]


class SurveyResponse(Model):
    """One resident's answers to a survey: who (their unit and its grid), when."""

    survey_id: int
    account_id: int
    unit_id: int | None
    grid_id: int | None
    changes: int
    created_at: datetime
    updated_at: datetime


class SurveyAnswer(Model):
    """The answer to one question: a rating, the chosen options, or a text."""

    survey_id: int
    account_id: int
    position: int
    rating: int | None
    choices: list[int] | None
    text: str | None


class MoveIn(Model):
    """A move-in (入住手续): the unit, the butler running it, the owner once they joined."""

    id: int
    estate_id: int
    unit_id: int
    butler_account_id: int | None
    owner_account_id: int | None
    owner_name: str
    code_hash: str | None
    step: str
    state: str
    by_agent: bool
    rules_accepted_at: datetime | None
    bill_ids: list[int]
    meters: dict[str, str]
    butler_confirmed_at: datetime | None
    owner_confirmed_at: datetime | None
    created_at: datetime
    finished_at: datetime | None


class MoveInFile(Model):
    """A photo kept with a move-in: an ID, the 入住通知单, a contract, an authorisation …"""

    id: int
    movein_id: int
    step: str
    kind: str
    file_id: str
    created_at: datetime


class MoveInKey(Model):
    """A key handed over (钥匙发放登记表), confirmed by the owner."""

    id: int
    movein_id: int
    name: str
    count: int
    handed_at: datetime
    confirmed_at: datetime | None


class MoveInProblem(Model):
    """A problem found walking the unit (验房), with its repair ticket."""

    id: int
    movein_id: int
    room: str
    text: str
    photos: list[str]
    ticket_id: int | None
    created_at: datetime


class MoveInEvent(Model):
    """A step of a move-in: who, when, what."""

    id: int
    movein_id: int
    at: datetime
    account_id: int | None
    action: str
    detail: str


class DeskItem(Model):
    """An item held at the front desk for a unit (客户物品), until it is handed over."""

    id: int
    estate_id: int
    unit_id: int
    kind: str  # parcel | key | document | other
    description: str
    photo: str | None
    code: str  # the pickup code the household shows
    state: str  # held | handed | returned
    registered_by: int | None
    handed_by: int | None
    handed_to: str  # who took it ("": the household themselves)
    collector: str  # whom the household named to collect it
    reminded_at: datetime | None
    created_at: datetime
    handed_at: datetime | None


class HeldItem(Model):
    """An item with its unit and grid, as the desk lists it."""

    item: DeskItem
    unit_code: str
    grid_id: int
    grid_code: str


class VisitorPass(Model):
    """访客: a resident's one-time pass for a visitor, with its unit's code and grid."""

    id: int
    estate_id: int
    unit_id: int
    account_id: int | None
    name: str
    people: int
    plate: str
    valid_from: datetime
    valid_until: datetime
    code: str
    state: str  # active | used | revoked
    notify: bool
    used_at: datetime | None
    created_at: datetime
    unit_code: str = ""
    grid_id: int = 0


class GoodsRelease(Model):
    """物品放行: items a resident takes out on a day, a tenant's approved by the owner first."""

    id: int
    estate_id: int
    unit_id: int
    account_id: int | None
    items: str
    day: date
    code: str
    state: str  # awaiting_owner | approved | refused | used | expired | cancelled
    decided_by: int | None
    decided_at: datetime | None
    used_at: datetime | None
    created_at: datetime
    unit_code: str = ""
    grid_id: int = 0


class GateCheck(Model):
    """One check at the gate: what was typed, what it found, let in or refused, why."""

    id: int
    estate_id: int
    guard_account_id: int | None
    kind: str  # visitor | release | worker | permit | unknown
    ref_id: int | None
    typed: str
    outcome: str  # pending | admitted | refused
    reason: str
    at: datetime
