"""How a vote reads: the matter, turnout against the quorum, the result with every figure,
the owner's own weight and ballot; its buttons for owners and staff."""

from __future__ import annotations

from datetime import tzinfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import VoteAct
from bot.i18n import Translate
from bot.services.votes.closing import CHOICE_KEYS, area_text, tally_args
from bot.services.votes.common import KIND_KEYS
from bot.services.votes.counting import CHOICES, Tally
from bot.services.votes.votes import VoteView
from storage.models import Unit

SILENT_AT_MOST = 40


def card(t: Translate, view: VoteView, zone: tzinfo) -> str:
    """The vote's card for the person looking at it."""
    vote = view.vote
    lines = [
        t(
            "vote-card",
            number=vote.number,
            title=vote.title,
            kind=t(KIND_KEYS[vote.kind]),
            body=vote.body or "-",
            closes=vote.closes_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
            closed=1 if vote.state == "closed" else 0,
        )
    ]
    tally = Tally.model_validate(vote.result) if vote.result else view.tally
    lines.append(figures(t, tally, closed=vote.state == "closed"))
    if view.mine is not None:
        ballot = view.mine.ballot
        lines.append(
            t(
                "vote-card-mine",
                units=", ".join(view.mine.units),
                count=len(view.mine.units),
                area=area_text(view.mine.area),
                voted=1 if ballot else 0,
                choice=t(CHOICE_KEYS[ballot.choice]) if ballot else "-",
                paper=1 if ballot and ballot.source == "paper" else 0,
                replaced=1 if ballot and ballot.replaced_paper else 0,
            )
        )
    elif view.co_owner:
        lines.append(t("vote-card-co-owner"))
    elif not view.staff:
        lines.append(t("vote-card-not-owner"))
    if view.staff:
        lines.append(
            t(
                "vote-card-voted",
                count=view.voted_units,
                total=view.roll_units,
                secret="open" if vote.state == "open" else "secret" if vote.secret else "shown",
            )
        )
    return "\n\n".join(lines)


def figures(t: Translate, tally: Tally, *, closed: bool) -> str:
    """Turnout against the two-thirds quorum; at the close, the result with every figure."""
    key = "vote-result" if closed else "vote-turnout"
    return t(
        key, **{k: t(v["key"]) if isinstance(v, dict) else v for k, v in tally_args(tally).items()}
    )


def markup(t: Translate, view: VoteView, manager: bool) -> InlineKeyboardMarkup | None:
    """An owner's three choices (theirs marked) while open; staff: paper, the silent, export."""
    vote_id = view.vote.id
    grid: list[list[InlineKeyboardButton]] = []
    is_open = view.vote.state == "open"
    if view.mine is not None and is_open:
        current = view.mine.ballot.choice if view.mine.ballot else None
        row = []
        for choice in CHOICES:
            label = t(CHOICE_KEYS[choice])
            row.append(
                InlineKeyboardButton(
                    f"✅ {label}" if choice == current else label,
                    callback_data=VoteAct(action=choice, vote_id=vote_id).pack(),
                )
            )
        grid.append(row)
    actions = []
    if view.staff and is_open:
        actions += [("vote-button-paper", "paper"), ("vote-button-silent", "silent")]
    if manager:
        actions.append(("vote-button-export", "export"))
    for key, action in actions:
        data = VoteAct(action=action, vote_id=vote_id).pack()
        grid.append([InlineKeyboardButton(t(key), callback_data=data)])
    return InlineKeyboardMarkup(grid) if grid else None


def silent(t: Translate, units: list[Unit]) -> str:
    """The units whose owner has not voted, with the owner to visit."""
    if not units:
        return t("vote-silent-none")
    lines = [t("vote-silent-head", count=len(units))]
    for unit in units[:SILENT_AT_MOST]:
        lines.append(
            t(
                "vote-silent-line",
                unit=unit.code,
                owner=unit.owner_name or "-",
                phone=unit.owner_phone or "-",
            )
        )
    if len(units) > SILENT_AT_MOST:
        lines.append(t("vote-silent-more", count=len(units) - SILENT_AT_MOST))
    return "\n".join(lines)
