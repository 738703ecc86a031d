"""Callback data: one typed class per kind, built, parsed and matched in one neutral place.

Data is `<version>:<prefix>:<field>:<field>…`, at most 64 bytes. Services put these on push
buttons and handlers route them, so this module imports neither Telegram nor handlers.
A parsed id is only a claim: the service that reads the object checks the user may act on it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, ClassVar, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError

MAX_BYTES = 64
Id = Annotated[int, Field(ge=1, lt=2**53)]
Word = Annotated[str, Field(pattern=r"^[A-Za-z0-9_.\-]{1,32}$")]
_REGISTRY: dict[str, type[CallbackData]] = {}


class CallbackData(BaseModel):
    """Base of every kind: subclasses set `prefix` (and `version` when the format changes)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    prefix: ClassVar[str] = ""
    version: ClassVar[int] = 1

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        """Register the kind; two kinds may not share a head."""
        super().__pydantic_init_subclass__(**kwargs)
        head = cls.head()
        if head in _REGISTRY and _REGISTRY[head] is not cls:
            raise TypeError(f"callback head {head!r} used twice")
        _REGISTRY[head] = cls

    @classmethod
    def head(cls) -> str:
        """The fixed start of this kind's data."""
        return f"{cls.version}:{cls.prefix}"

    def pack(self) -> str:
        """Build the data string; raise if it would not fit Telegram's 64 bytes."""
        parts = [_text(getattr(self, name)) for name in type(self).model_fields]
        data = ":".join([self.head(), *parts])
        if len(data.encode()) > MAX_BYTES:
            raise ValueError(f"callback data too long: {data!r}")
        return data

    @classmethod
    def unpack(cls, data: object) -> Self | None:
        """Parse data of exactly this kind; anything else (old, forged, other kind) is None."""
        if not isinstance(data, str) or len(data.encode()) > MAX_BYTES:
            return None
        head = cls.head()
        if data == head:
            parts: list[str] = []
        elif data.startswith(head + ":"):
            parts = data[len(head) + 1 :].split(":")
        else:
            return None
        names = list(cls.model_fields)
        if len(parts) != len(names):
            return None
        try:
            return cls.model_validate(dict(zip(names, parts, strict=True)))
        except ValidationError:
            return None

    @classmethod
    def matches(cls, data: object) -> bool:
        """Tell whether data is of this kind (a CallbackQueryHandler pattern)."""
        return cls.unpack(data) is not None

    @classmethod
    def where(cls, **fields: object) -> Callable[[object], bool]:
        """A pattern matching this kind with given field values (a tuple: any of them)."""

        def matches(data: object) -> bool:
            parsed = cls.unpack(data)
            if parsed is None:
                return False
            for name, wanted in fields.items():
                value = getattr(parsed, name)
                if value not in wanted if isinstance(wanted, tuple) else value != wanted:
                    return False
            return True

        return matches


def _text(value: object) -> str:
    """One field as text (no colons: they separate fields)."""
    text = ("1" if value else "0") if isinstance(value, bool) else str(value)
    if ":" in text:
        raise ValueError(f"callback field with a colon: {text!r}")
    return text


def known(data: object) -> bool:
    """Tell whether data parses as any registered kind."""
    return any(kind.matches(data) for kind in _REGISTRY.values())


# --- kinds ---------------------------------------------------------------------------------


class MenuAction(CallbackData):
    """A main-menu button."""

    prefix = "menu"
    action: Word


class FlowButton(CallbackData):
    """A button of a conversation step: the flow instance, the step and the value."""

    prefix = "f"
    token: Annotated[str, Field(pattern=r"^[a-z0-9]{6}$")]
    step: Annotated[int, Field(ge=0, le=99)]
    value: Annotated[str, Field(pattern=r"^[A-Za-z0-9_.\-]{1,24}$")]


TicketVerb = Literal["acc", "go", "res", "tr", "esc", "view", "cx", "call", "ctr"]


class TicketAction(CallbackData):
    """A ticket button: accept, start, resolve, transfer, escalate, open, withdraw, call,
    record a contractor."""

    prefix = "tk"
    action: TicketVerb
    ticket_id: Id


class RateStar(CallbackData):
    """The resident's 1–5 star rating of a resolved repair."""

    prefix = "rate:star"
    ticket_id: Id
    stars: Annotated[int, Field(ge=1, le=5)]


class RateComment(CallbackData):
    """The resident adds a comment to their rating."""

    prefix = "rate:cm"
    ticket_id: Id


class ComplaintStage(CallbackData):
    """The handler closes the complaint's current stage."""

    prefix = "cp:st"
    ticket_id: Id


class ComplaintAnswer(CallbackData):
    """The resident answers the follow-up: settled or not."""

    prefix = "cp:fu"
    ticket_id: Id
    settled: Literal["y", "n"]


class ComplaintFromRepair(CallbackData):
    """The resident turns a poorly rated repair into a complaint."""

    prefix = "cp:fr"
    ticket_id: Id


class PatrolStart(CallbackData):
    """Start or continue a patrol task."""

    prefix = "pt:go"
    task_id: Id


class PatrolStep(CallbackData):
    """An answer on the patrol walk: item OK, a problem, a ticket or a violation for a problem."""

    prefix = "pt"
    action: Literal["ok", "bad", "tk", "vl"]
    task_id: Id
    position: Annotated[int, Field(ge=0, le=999)]


class ArrearsPage(CallbackData):
    """A sort and page of the arrears list."""

    prefix = "arr:list"
    sort: Literal["amount", "age"]
    page: Annotated[int, Field(ge=0, le=9999)]


class ArrearsUnit(CallbackData):
    """Open an overdue unit's card."""

    prefix = "arr:unit"
    unit_id: Id


class ArrearsLog(CallbackData):
    """Start logging a contact with an overdue unit (channel, outcome, day or words, note)."""

    prefix = "arr:log"
    unit_id: Id


class ArrearsFix(CallbackData):
    """Start correcting a collection log entry (its author, within a day)."""

    prefix = "arr:fix"
    log_id: Id


class FeeUnit(CallbackData):
    """Show one unit's statement."""

    prefix = "fee:unit"
    unit_id: Id


class FeeHistory(CallbackData):
    """Show one unit's paid bills."""

    prefix = "fee:hist"
    unit_id: Id


class FeeStop(CallbackData):
    """Stop fee reminders from a reminder."""

    prefix = "fee:stop"


class FeePay(CallbackData):
    """Pay one open bill of a unit in chat (bill 0: all of them)."""

    prefix = "fee:pay"
    unit_id: Id
    bill_id: Annotated[int, Field(ge=0, lt=2**53)]


class FeeTransfer(CallbackData):
    """Say a unit's bills were paid by transfer (starts the claim)."""

    prefix = "fee:xfer"
    unit_id: Id


class FeeQr(CallbackData):
    """Show the estate's collection QR code."""

    prefix = "fee:qr"
    unit_id: Id


class FeeReceipt(CallbackData):
    """Open the receipt of a payment."""

    prefix = "fee:rcpt"
    payment_id: Id


class TransferDecide(CallbackData):
    """Confirm a claimed transfer, or start rejecting it with a reason."""

    prefix = "xfer:do"
    action: Literal["ok", "no"]
    payment_id: Id


class RenovationStart(CallbackData):
    """Start a renovation estimate for a unit."""

    prefix = "reno:start"
    unit_id: Id


class IntakeChoice(CallbackData):
    """The resident's answer to what the bot guessed from their free text."""

    prefix = "in"
    offer_id: Id
    choice: Literal["repair", "complaint", "fees", "no"]


class HouseholdOpen(CallbackData):
    """Open a household card."""

    prefix = "hh:open"
    unit_id: Id


class HouseholdTags(CallbackData):
    """Show a household's tags to set or clear."""

    prefix = "hh:tags"
    unit_id: Id


class HouseholdTag(CallbackData):
    """Set or clear one tag of a household."""

    prefix = "hh:tag"
    unit_id: Id
    tag: Word


class HouseholdNote(CallbackData):
    """Start writing a note about a household."""

    prefix = "hh:note"
    unit_id: Id


class HouseholdUnbind(CallbackData):
    """A manager unbinds a person from a unit: ask first, then do it."""

    prefix = "hh:unbind"
    unit_id: Id
    account_id: Id
    sure: bool


class DigestItems(CallbackData):
    """The items behind a digest figure, or the per-butler table, for one local day."""

    prefix = "dg"
    kind: Literal["esc", "breach", "low", "missed", "staff"]
    day: Annotated[str, Field(pattern=r"^\d{8}$")]


class RenovationAct(CallbackData):
    """An action on a renovation application's card (open, submit, pay at the office …)."""

    prefix = "reno:do"
    action: Word
    renovation_id: Id


class RenovationPass(CallbackData):
    """An action on one worker of an application (remove before review, revoke a pass)."""

    prefix = "reno:w"
    action: Literal["rm", "revoke"]
    worker_id: Id


class RenovationApply(CallbackData):
    """Apply for a renovation of one of the resident's units."""

    prefix = "reno:apply"
    unit_id: Id


class ViolationAct(CallbackData):
    """A step on a violation (违章): open it, acknowledge its notice, confirm, handle …"""

    prefix = "vl:do"
    action: Word
    violation_id: Id


class NoticeAct(CallbackData):
    """A notice's or an emergency's button: read, safe, help, the counts, remind, update …"""

    prefix = "nt"
    action: Word
    notice_id: Id


class OutageAct(CallbackData):
    """A planned outage's button (extend it)."""

    prefix = "og"
    action: Word
    outage_id: Id


class EventAct(CallbackData):
    """A community event's button: join, cancel, open, message, a rating (r1 … r5)."""

    prefix = "ev"
    action: Word
    event_id: Id


class VoteAct(CallbackData):
    """An owners' vote's button: open, a choice (agree, disagree, abstain), staff's lists."""

    prefix = "bj"
    action: Word
    vote_id: Id


class SurveyAct(CallbackData):
    """A survey's button: answer it, open its results (and chart)."""

    prefix = "sv"
    action: Word
    survey_id: Id


class VisitorPassAct(CallbackData):
    """A resident's visitor pass: revoke it, or send its QR code again."""

    prefix = "vp"
    action: Word
    pass_id: Id


class VisitorGate(CallbackData):
    """The guard lets a checked visitor in, or refuses (the id is the gate check's)."""

    prefix = "vp:g"
    action: Word
    check_id: Id


class ReleaseAct(CallbackData):
    """A goods release: the owner approves or refuses it, the resident cancels it."""

    prefix = "gr"
    action: Word
    release_id: Id


class ReleaseGate(CallbackData):
    """The guard lets checked goods out, or refuses (the id is the gate check's)."""

    prefix = "gr:g"
    action: Word
    check_id: Id


class MoveInAct(CallbackData):
    """A move-in's button: open its card, the owner's confirmations, staff's one-tap steps."""

    prefix = "mi"
    action: Word
    movein_id: Id


class DeskAct(CallbackData):
    """An item held at the front desk: hand it over (staff), name who collects (household)."""

    prefix = "dk"
    action: Word
    item_id: Id


class MemberAct(CallbackData):
    """A household member's button (the owner's /household): add, remove (rm, rmok), extend
    a tenant's lease (ext), back to the list."""

    prefix = "hm"
    action: Word
    unit_id: Id
    account_id: Id
