"""An in-repo Telegram Bot API emulator for tests and the terminal sandbox.

A loopback aiohttp server that a real python-telegram-bot ``Application`` talks to (through
``base_url`` / ``base_file_url``), plus a control API (Python and HTTP) to play users.
"""

from .errors import ApiError
from .files import StoredFile, make_png
from .models import (
    CallbackAnswer,
    EmulatorUser,
    Invoice,
    Payment,
    PaymentResult,
    PreCheckoutAnswer,
    RequestRecord,
    SentMessage,
    StarRefund,
)
from .server import BotApiEmulator, serve_forever

__all__ = [
    "ApiError",
    "BotApiEmulator",
    "CallbackAnswer",
    "EmulatorUser",
    "Invoice",
    "Payment",
    "PaymentResult",
    "PreCheckoutAnswer",
    "RequestRecord",
    "SentMessage",
    "StarRefund",
    "StoredFile",
    "make_png",
    "serve_forever",
]
