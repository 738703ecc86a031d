"""A bare python-telegram-bot echo bot: the baseline of bench/flow_load.py.

One MessageHandler answers each message with one sendMessage (the text back, with one inline
button to press); one CallbackQueryHandler answers each press with one answerCallbackQuery.
Long polling. `--concurrent-updates 1` handles one update at a time, N up to N at once:

    python -m bench.echo_bot --token 1:T --base-url http://127.0.0.1:8081/bot \
        --concurrent-updates 32
"""

from __future__ import annotations

import argparse
import logging
import sys

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

BUTTON = InlineKeyboardMarkup([[InlineKeyboardButton("↻", callback_data="echo")]])


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the message's text (or its kind) back, with the button."""
    message = update.effective_message
    if message is None:
        return
    text = message.text or message.caption or ("photo" if message.photo else "(message)")
    await context.bot.send_message(message.chat_id, text, reply_markup=BUTTON)


async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer the press."""
    if update.callback_query is not None:
        await update.callback_query.answer()


def build(args: argparse.Namespace) -> Application:
    """The application: two handlers, nothing else."""
    builder = ApplicationBuilder().token(args.token).concurrent_updates(args.concurrent_updates)
    app = builder.base_url(args.base_url).base_file_url(args.base_file_url).build()
    app.add_handler(MessageHandler(filters.ALL, echo))
    app.add_handler(CallbackQueryHandler(pressed))
    return app


def main(argv: list[str] | None = None) -> int:
    """Serve until SIGINT or SIGTERM."""
    parser = argparse.ArgumentParser(prog="echo_bot", description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--token", required=True)
    parser.add_argument("--base-url", default="https://api.telegram.org/bot")
    parser.add_argument("--base-file-url", default="https://api.telegram.org/file/bot")
    parser.add_argument("--concurrent-updates", type=int, default=1, metavar="N")
    parser.add_argument("--log-level", default="WARNING")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=args.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    build(args).run_polling(allowed_updates=Update.ALL_TYPES, drop_pending_updates=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
