"""getUpdates (long polling) and the webhook methods."""

from __future__ import annotations

import asyncio
from typing import Any

from .errors import ApiError, bad_request
from .params import Params
from .registry import method
from .state import DEFAULT_UPDATES, EmulatorState

WEBHOOK_ACTIVE = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
TERMINATED = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)


def _set_allowed(state: EmulatorState, allowed: Any) -> None:
    if allowed is None:
        return
    if not isinstance(allowed, list) or not all(isinstance(a, str) for a in allowed):
        raise bad_request("can't parse allowed updates JSON object")
    state.allowed_updates = frozenset(allowed) or DEFAULT_UPDATES


@method("getUpdates")
async def get_updates(state: EmulatorState, p: Params) -> Any:
    if state.webhook_url:
        raise ApiError(409, WEBHOOK_ACTIVE)
    limit = min(max(int(p.get("limit") or 100), 1), 100)
    timeout = max(float(p.get("timeout") or 0.0), 0.0)
    _set_allowed(state, p.get("allowed_updates"))
    offset = p.get("offset")
    state.confirm(offset if isinstance(offset, int) else None)
    state.poll_generation += 1
    generation = state.poll_generation
    state.updates_signal.fire()  # an older long poll now ends with a 409 Conflict
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        if generation != state.poll_generation:
            raise ApiError(409, TERMINATED)
        updates = state.pending(limit)
        remaining = deadline - loop.time()
        if updates or state.closing or remaining <= 0:
            return updates
        await state.updates_signal.wait(remaining)


@method("setWebhook")
async def set_webhook(state: EmulatorState, p: Params) -> Any:
    url = p.get("url")
    if not isinstance(url, str):
        raise bad_request("bad webhook: an HTTPS URL must be provided for webhook")
    if p.get("drop_pending_updates"):
        state.updates.clear()
    _set_allowed(state, p.get("allowed_updates"))
    secret = p.get("secret_token")
    state.webhook_url = url or None
    state.webhook_secret = secret if isinstance(secret, str) else None
    state.updates_signal.fire()
    return True


@method("deleteWebhook")
async def delete_webhook(state: EmulatorState, p: Params) -> Any:
    if p.get("drop_pending_updates"):
        state.updates.clear()
    state.webhook_url = None
    return True


@method("getWebhookInfo")
async def get_webhook_info(state: EmulatorState, p: Params) -> Any:
    return {
        "url": state.webhook_url or "",
        "has_custom_certificate": False,
        "pending_update_count": len(state.updates),
        "allowed_updates": sorted(state.allowed_updates),
    }
