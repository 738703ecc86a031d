"""The HTTP control API under ``/control/`` (JSON in and out) for a sandbox or a human.

POST /control/users                    {user_id, first_name?, language_code?, username?}
GET  /control/users
POST /control/users/{id}/send          {text} | {photo: true, caption?} | {sticker: true}
                                       | {voice: true} | {document: {filename, text?}}
                                       | {contact: {phone_number, first_name?}}
                                       | {location: {latitude, longitude}}
POST /control/users/{id}/press         {message_id?, label?, row?, col?, data?}
POST /control/users/{id}/pay           {message_id?, order_info?, total_amount?, invoice_payload?,
                                       currency?, timeout?}  (waits for the pre-checkout answer)
POST /control/users/{id}/repeat_payment  {charge_id}  (the successful_payment message again)
GET  /control/chats/{id}/transcript    ?since=<mark>
GET  /control/chats/{id}/wait          ?count=1&after=<mark>&timeout=5
GET  /control/events                   ?after=<mark>&timeout=25  (long poll: changes)
POST /control/faults                   {type: fail|delay|block|unblock|flood|clear, ...}
                                       | {type: latency, seconds} (every bot request)
                                       | {type: random, rate, seed, kinds?, timeout_seconds?}
GET  /control/stats | /control/requests?limit= | /control/callback_answers
GET  /control/payments                 (pre-checkout answers, successful payments, refunds)
GET  /control/commands                 ?scope=<json>&language_code=
GET  /control/files/{file_id}          (raw bytes)
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Awaitable, Callable
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from aiohttp import web

from .errors import ApiError
from .faults import RANDOM_KINDS
from .models import JsonDict

if TYPE_CHECKING:
    from .server import BotApiEmulator

Route = Callable[[web.Request], Awaitable[Any]]


def _wrap(route: Route) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    """JSON-encode results; LookupError -> 404, bad input -> 400, timeouts -> 408."""

    async def handler(request: web.Request) -> web.StreamResponse:
        try:
            result = await route(request)
        except LookupError as exc:
            return web.json_response({"error": str(exc)}, status=404)
        except TimeoutError as exc:
            return web.json_response({"error": str(exc)}, status=408)
        except (ValueError, TypeError, ApiError) as exc:
            return web.json_response({"error": str(exc)}, status=400)
        if isinstance(result, web.StreamResponse):
            return result
        return web.json_response(result)

    return handler


async def _body(request: web.Request) -> JsonDict:
    if not request.can_read_body:
        return {}
    body = json.loads(await request.text() or "{}")
    if not isinstance(body, dict):
        raise ValueError("the JSON body must be an object")
    return body


def _query_float(request: web.Request, name: str, default: float) -> float:
    return float(request.query.get(name, default))


async def _send(emu: BotApiEmulator, user_id: int, body: JsonDict) -> JsonDict:
    caption = body.get("caption")
    if "text" in body:
        return await emu.send_text(user_id, str(body["text"]), reply_to=body.get("reply_to"))
    if body.get("photo"):
        return await emu.send_photo(user_id, caption)
    if body.get("sticker"):
        return await emu.send_sticker(user_id)
    if body.get("voice"):
        return await emu.send_voice(user_id)
    if isinstance(doc := body.get("document"), dict):
        content = str(doc.get("text", "emulated document\n")).encode()
        return await emu.send_document(user_id, str(doc["filename"]), content, caption)
    if isinstance(contact := body.get("contact"), dict):
        phone, first = str(contact["phone_number"]), contact.get("first_name")
        return await emu.send_contact(user_id, phone, first, own=contact.get("own", True))
    if isinstance(location := body.get("location"), dict):
        lat, lon = float(location["latitude"]), float(location["longitude"])
        return await emu.send_location(user_id, lat, lon)
    raise ValueError("say what to send: text, photo, sticker, voice, document, contact, location")


def _faults(emu: BotApiEmulator, body: JsonDict) -> JsonDict:
    kind = body.pop("type", "fail")
    if kind == "fail":
        emu.fail_next(body.pop("method", None), **body)
    elif kind == "delay":
        emu.delay_next(body.get("method"), float(body["seconds"]), int(body.get("count", 1)))
    elif kind in ("block", "unblock"):
        (emu.block if kind == "block" else emu.unblock)(int(body["user_id"]))
    elif kind == "flood":
        emu.set_flood_limits(**body)
    elif kind == "latency":
        emu.set_latency(float(body["seconds"]))
    elif kind == "random":
        kinds = body.get("kinds")
        emu.set_random_faults(
            float(body["rate"]),
            int(body.get("seed", 0)),
            tuple(str(k) for k in kinds) if isinstance(kinds, list) else RANDOM_KINDS,
            timeout_seconds=float(body.get("timeout_seconds", 12.0)),
        )
    elif kind == "clear":
        emu.clear_faults()
    else:
        raise ValueError(f"unknown fault type {kind!r}")
    return {"ok": True}


class ControlRoutes:
    """Route handlers of the control API; each one returns JSON-ready data."""

    def __init__(self, emu: BotApiEmulator) -> None:
        self.emu = emu

    async def add_user(self, request: web.Request) -> Any:
        body = await _body(request)
        user_id = int(body.pop("user_id"))
        return asdict(self.emu.add_user(user_id, body.pop("first_name", "User"), **body))

    async def users(self, request: web.Request) -> Any:
        return [asdict(user) for user in self.emu.state.users.values()]

    async def send(self, request: web.Request) -> Any:
        return await _send(self.emu, _chat_id(request), await _body(request))

    async def press(self, request: web.Request) -> Any:
        body = await _body(request)
        return await self.emu.press(_chat_id(request), body.pop("message_id", None), **body)

    async def pay(self, request: web.Request) -> Any:
        body = await _body(request)
        message_id = body.pop("message_id", None)
        return asdict(await self.emu.pay(_chat_id(request), message_id, **body))

    async def repeat_payment(self, request: web.Request) -> Any:
        charge_id = str((await _body(request))["charge_id"])
        return self.emu.repeat_successful_payment(_chat_id(request), charge_id)

    async def payments(self, request: web.Request) -> Any:
        return self.emu.state.payments.to_dict()

    async def transcript(self, request: web.Request) -> Any:
        chat_id, since = _chat_id(request), int(request.query.get("since", -1))
        messages = [m.to_dict() for m in self.emu.transcript(chat_id) if m.seq > since]
        keyboard = self.emu.reply_keyboard(chat_id)
        return {"mark": self.emu.mark(), "messages": messages, "reply_keyboard": keyboard}

    async def wait(self, request: web.Request) -> Any:
        count, after = int(request.query.get("count", 1)), int(request.query.get("after", 0))
        timeout = _query_float(request, "timeout", 5)
        found = await self.emu.wait_for_bot_messages(
            _chat_id(request), count, after=after, timeout=timeout
        )
        return [m.to_dict() for m in found]

    def _changed(self, after: int) -> list[JsonDict]:
        chats = self.emu.state.chats.values()
        found = [m for chat in chats for m in chat.messages if m.seq > after]
        return [m.to_dict() for m in sorted(found, key=lambda m: m.seq)]

    async def events(self, request: web.Request) -> Any:
        """Long poll: messages (any chat, user's too) created or changed after a mark."""
        after, timeout = int(request.query.get("after", 0)), _query_float(request, "timeout", 25)

        def ready() -> bool:
            return bool(self._changed(after)) or self.emu.state.closing

        with contextlib.suppress(TimeoutError):
            await self.emu.wait_for(ready, timeout)
        return {"mark": self.emu.mark(), "messages": self._changed(after)}

    async def faults(self, request: web.Request) -> Any:
        return _faults(self.emu, await _body(request))

    async def stats(self, request: web.Request) -> Any:
        return dict(self.emu.stats)

    async def requests(self, request: web.Request) -> Any:
        limit = int(request.query.get("limit", 50))
        return [[name, params] for name, params in self.emu.requests[-limit:]]

    async def answers(self, request: web.Request) -> Any:
        return [asdict(answer) for answer in self.emu.callback_answers]

    async def commands(self, request: web.Request) -> Any:
        raw = request.query.get("scope")
        scope = json.loads(raw) if raw else None
        return self.emu.commands(scope, request.query.get("language_code", ""))

    async def file(self, request: web.Request) -> Any:
        return web.Response(body=self.emu.file_bytes(request.match_info["file_id"]))

    async def index(self, request: web.Request) -> Any:
        return web.Response(text=__doc__ or "", content_type="text/plain")

    def table(self) -> list[tuple[str, str, Route]]:
        return [
            ("GET", "/control/", self.index),
            ("POST", "/control/users", self.add_user),
            ("GET", "/control/users", self.users),
            ("POST", "/control/users/{id}/send", self.send),
            ("POST", "/control/users/{id}/press", self.press),
            ("POST", "/control/users/{id}/pay", self.pay),
            ("POST", "/control/users/{id}/repeat_payment", self.repeat_payment),
            ("GET", "/control/chats/{id}/transcript", self.transcript),
            ("GET", "/control/chats/{id}/wait", self.wait),
            ("GET", "/control/events", self.events),
            ("POST", "/control/faults", self.faults),
            ("GET", "/control/stats", self.stats),
            ("GET", "/control/requests", self.requests),
            ("GET", "/control/callback_answers", self.answers),
            ("GET", "/control/payments", self.payments),
            ("GET", "/control/commands", self.commands),
            ("GET", "/control/files/{file_id}", self.file),
        ]


def _chat_id(request: web.Request) -> int:
    return int(request.match_info["id"])


def add_control_routes(app: web.Application, emu: BotApiEmulator) -> None:
    for verb, path, route in ControlRoutes(emu).table():
        app.router.add_route(verb, path, _wrap(route))
