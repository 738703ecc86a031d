"""HTTP handling of the bot side: ``/bot<token>/<method>`` and ``/file/bot<token>/<path>``."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re

from aiohttp import web

from .botapi import lookup
from .errors import ApiError, default_description, too_many_requests
from .faults import SEND_METHODS, FaultInjector
from .models import RequestRecord
from .params import read_params
from .state import EmulatorState

log = logging.getLogger(__name__)
TOKEN = re.compile(r"^\d+:[A-Za-z0-9_-]+$")


def error_response(error: ApiError) -> web.Response:
    return web.json_response(error.payload(), status=error.status)


def _stat_key(status: int) -> str:
    return "5xx" if status >= 500 else str(status)


async def _pause(state: EmulatorState, seconds: float) -> None:
    """Sleep for an injected delay; cut short when the emulator stops."""
    if seconds > 0:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(state.closed.wait(), seconds)


async def handle_bot_request(
    state: EmulatorState, faults: FaultInjector, request: web.Request
) -> web.Response:
    """Answer one Bot API request, after the global latency (getUpdates: once it has its
    updates; the request's effects are visible before that, as with a slow network)."""
    response = await _answer(state, faults, request)
    await _pause(state, faults.latency)
    return response


async def _answer(
    state: EmulatorState, faults: FaultInjector, request: web.Request
) -> web.Response:
    token = request.match_info["token"]
    if not TOKEN.match(token):
        return error_response(ApiError(401, "Unauthorized"))
    found = lookup(request.match_info["method"])
    if found is None:
        log.warning(
            "the emulator does not implement %r: answering 404", request.match_info["method"]
        )
        faults.stats["unknown_method"] += 1
        return error_response(ApiError(404, "Not Found: method not found"))
    name, handler = found
    key = name.lower()
    state.bot_id = int(token.split(":", 1)[0])
    faults.stats["requests"] += 1
    try:
        params = await read_params(request)
        state.requests.append(RequestRecord(name, params.log_view()))
        await _pause(state, faults.take_delay(key))
        drawn = faults.take_random(key, params.get("chat_id"))
        fault = drawn.outcome if drawn is not None else None
        await _unperformed(state, faults, fault)
        if (injected := faults.check(key, params.get("chat_id"))) is not None:
            raise injected
        result = await handler(state, params)
    except ApiError as exc:
        faults.stats[_stat_key(exc.status)] += 1
        return error_response(exc)
    except Exception as exc:  # an emulator bug: make it loud, but answer like a server
        log.exception("emulator failure in %s", name)
        faults.stats["5xx"] += 1
        return error_response(ApiError(500, f"Internal Server Error: emulator bug: {exc!r}"))
    finally:
        state.activity.fire()
    if key in SEND_METHODS:
        faults.stats["sent"] += 1
    if drawn is not None and fault in ("lost:502", "lost:drop"):
        drawn.message_ids = _message_ids(result)
    if fault == "lost:502":  # performed, but the answer is a gateway's error
        faults.stats["5xx"] += 1
        return error_response(ApiError(502, default_description(502, None)))
    if fault == "lost:drop" and request.transport is not None:  # performed, no answer at all
        request.transport.close()
    return web.json_response({"ok": True, "result": result})


def _message_ids(result: object) -> list[int]:
    """The ids of the messages a method's result describes (none for True and the like)."""
    items = result if isinstance(result, list) else [result]
    return [int(m["message_id"]) for m in items if isinstance(m, dict) and "message_id" in m]


async def _unperformed(state: EmulatorState, faults: FaultInjector, fault: str | None) -> None:
    """Raise the error of a random fault that leaves the request undone (see faults.py)."""
    if fault is not None and fault.startswith("500:"):
        status = int(fault.removeprefix("500:"))
        raise ApiError(status, default_description(status, None))
    if fault == "429":
        raise too_many_requests(1)
    if fault == "timeout":  # longer than the bot waits; then dropped, answered to nobody
        assert faults.random is not None
        await _pause(state, faults.random.timeout_seconds)
        raise ApiError(504, default_description(504, None))


async def handle_file_download(
    state: EmulatorState, faults: FaultInjector, request: web.Request
) -> web.Response:
    """Serve a stored file, after the global latency."""
    await _pause(state, faults.latency)
    if not TOKEN.match(request.match_info["token"]):
        return error_response(ApiError(401, "Unauthorized"))
    stored = state.files.by_path.get(request.match_info["path"])
    if stored is None:
        return error_response(ApiError(404, "Not Found"))
    content_type = stored.mime_type or "application/octet-stream"
    return web.Response(body=stored.data, headers={"Content-Type": content_type})
