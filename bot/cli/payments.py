"""`butler payments setup|refunds|refund` and `butler bills write-off`: the operator's side.

The provider token (from @BotFather's Payments) is a secret like the bot token: it is read
from an environment variable or a file, never from the command line, and never printed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
from pathlib import Path
from typing import Any

from bot.cli.estates import _database, _Output, _with_json
from bot.clock import Clock
from bot.errors import AppError, InvalidInput
from bot.services import Services
from bot.services.fees.common import money
from bot.services.fees.payment_admin import PaymentAdmin
from bot.settings import Settings

REASON_KEYS = {
    "overpaid": "cli-refund-reason-overpaid",
    "already_paid": "cli-refund-reason-already-paid",
    "returned": "cli-refund-reason-returned",
}
STATUS_KEYS = {"due": "cli-refund-status-due", "refunded": "cli-refund-status-refunded"}


def _token(args: argparse.Namespace) -> str | None:
    """The provider token from --provider-token-env or --provider-token-file."""
    if args.provider_token_env:
        value = os.environ.get(args.provider_token_env, "")
        if not value:
            raise InvalidInput("cli-payments-no-token", source=args.provider_token_env)
        return value
    if args.provider_token_file:
        return Path(args.provider_token_file).read_text(encoding="utf-8").strip()
    return "" if args.no_payments_in_chat else None


async def cmd_setup(args: argparse.Namespace, settings: Settings) -> int:
    """Change an estate's payment settings, then print them (the token only as set or not)."""
    out = _Output(settings, args.json)
    async with _database(settings) as db:
        services = Services.build(settings, db, Clock())
        try:
            estate = await services.estates.by_name(args.estate)
            qr = await asyncio.to_thread(Path(args.qr).read_bytes) if args.qr else None
            text = args.instructions
            if args.instructions_file:
                text = await asyncio.to_thread(Path(args.instructions_file).read_text, "utf-8")
            found = await PaymentAdmin(db, Clock()).configure(
                estate,
                provider_token=_token(args),
                instructions=text,
                qr_image=qr,
                clear_qr=args.no_qr,
            )
        except AppError as error:
            return out.error(error)
        except OSError as error:
            return out.error(InvalidInput("cli-payments-bad-file", reason=str(error)))
    state = {
        "estate": estate.name,
        "in_chat": bool(found.provider_token),
        "instructions": found.instructions,
        "qr": found.qr_image is not None,
    }
    if out.as_json:
        out.data(state)
        return 0
    yes, no = out.text("cli-yes"), out.text("cli-no")
    print(
        out.text(
            "cli-payments-settings",
            estate=estate.name,
            chat=yes if state["in_chat"] else no,
            qr=yes if state["qr"] else no,
            instructions=found.instructions or "-",
        )
    )
    return 0


async def cmd_refunds(args: argparse.Namespace, settings: Settings) -> int:
    """List the refunds to pay back (or all of them)."""
    out = _Output(settings, args.json)
    async with _database(settings) as db:
        try:
            estate = await Services.build(settings, db, Clock()).estates.by_name(args.estate)
            lines = await PaymentAdmin(db, Clock()).refunds(estate, None if args.all else "due")
        except AppError as error:
            return out.error(error)
    if out.as_json:
        out.data([line.model_dump(mode="json") for line in lines])
        return 0
    print(out.text("cli-refunds-title", estate=estate.name, count=len(lines)))
    for line in lines:
        print(
            "  "
            + out.text(
                "cli-refund-line",
                id=line.refund.id,
                unit=line.unit,
                amount=money(line.refund.amount_minor, line.payment.currency),
                reason=out.text(REASON_KEYS.get(line.refund.reason, "cli-refund-reason-overpaid")),
                status=out.text(STATUS_KEYS.get(line.refund.status, "cli-refund-status-due")),
                charge=line.payment.charge_id or line.payment.receipt_no or "-",
            )
        )
    return 0


async def cmd_refund(args: argparse.Namespace, settings: Settings) -> int:
    """Record that a refund was paid back."""
    out = _Output(settings, args.json)
    async with _database(settings) as db:
        try:
            estate = await Services.build(settings, db, Clock()).estates.by_name(args.estate)
            done = await PaymentAdmin(db, Clock()).mark_refunded(estate, args.refund_id, args.note)
        except AppError as error:
            return out.error(error)
    if out.as_json:
        out.data(done.model_dump(mode="json"))
    else:
        print(out.text("cli-refund-done", id=done.id))
    return 0


async def cmd_write_off(args: argparse.Namespace, settings: Settings) -> int:
    """Write a bill off: it is owed no more and never reminded again."""
    out = _Output(settings, args.json)
    async with _database(settings) as db:
        services = Services.build(settings, db, Clock())
        try:
            estate = await services.estates.by_name(args.estate)
            bill = await services.fees.write_off(
                estate, args.unit, args.period, args.fee_type, args.note
            )
        except AppError as error:
            return out.error(error)
    if out.as_json:
        out.data(bill.model_dump(mode="json"))
    else:
        amount = money(bill.amount_minor - bill.paid_minor, estate.currency)
        print(
            out.text(
                "cli-bill-written-off",
                unit=args.unit,
                period=bill.period,
                type=bill.fee_type,
                amount=amount,
            )
        )
    return 0


def register(sub: Any) -> None:
    """Add `butler payments …` and `butler bills write-off`."""
    family = sub.add_parser("payments", help="how an estate is paid, and refunds")
    commands = family.add_subparsers(dest="payments_command", required=True)
    setup = commands.add_parser("setup", help="payments in chat, transfer details, the QR code")
    setup.add_argument("--estate", required=True)
    token = setup.add_mutually_exclusive_group()
    token.add_argument("--provider-token-env", help="read the provider token from this variable")
    token.add_argument("--provider-token-file", help="read the provider token from this file")
    token.add_argument("--no-payments-in-chat", action="store_true", help="forget the token")
    text = setup.add_mutually_exclusive_group()
    text.add_argument("--instructions", help="how to pay by transfer (bank, account, payee)")
    text.add_argument("--instructions-file")
    qr = setup.add_mutually_exclusive_group()
    qr.add_argument("--qr", help="the collection QR code, a PNG or JPEG file")
    qr.add_argument("--no-qr", action="store_true")
    _with_json(setup).set_defaults(func=cmd_setup)
    refunds = commands.add_parser("refunds", help="list the refunds to pay back")
    refunds.add_argument("--estate", required=True)
    refunds.add_argument("--all", action="store_true", help="paid-back ones too")
    _with_json(refunds).set_defaults(func=cmd_refunds)
    refund = commands.add_parser("refund", help="record that a refund was paid back")
    refund.add_argument("refund_id", type=int)
    refund.add_argument("--estate", required=True)
    refund.add_argument("--note", default="", help="how it was paid back")
    _with_json(refund).set_defaults(func=cmd_refund)
    bills = sub.add_parser("bills", help="bills: write one off")
    bill_commands = bills.add_subparsers(dest="bills_command", required=True)
    off = bill_commands.add_parser("write-off", help="stop asking for a bill (it is owed no more)")
    off.add_argument("unit")
    off.add_argument("period", help="YYYY-MM")
    off.add_argument("fee_type")
    off.add_argument("--estate", required=True)
    off.add_argument("--note", default="")
    _with_json(off).set_defaults(func=cmd_write_off)
