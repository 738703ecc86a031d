"""Bot-side methods other than sending, editing and updates; importing this module registers
every implemented method in :data:`registry.HANDLERS`."""

from __future__ import annotations

import json
import re
from typing import Any

from . import copying, editing, payments, sending, updates  # noqa: F401  (they register methods)
from .errors import QUERY_INVALID, ApiError, bad_request
from .models import CallbackAnswer, JsonDict
from .params import Params
from .registry import lookup, method
from .state import EmulatorState

__all__ = ["lookup"]

CHAT_ACTIONS = frozenset(
    {
        "typing", "upload_photo", "record_video", "upload_video", "record_voice",
        "upload_voice", "upload_document", "choose_sticker", "find_location",
        "record_video_note", "upload_video_note",
    }
)  # fmt: skip
SCOPES = frozenset(
    {
        "default", "all_private_chats", "all_group_chats", "all_chat_administrators",
        "chat", "chat_administrators", "chat_member",
    }
)  # fmt: skip
_COMMAND = re.compile(r"^[a-z0-9_]{1,32}$")
_LANGUAGE = re.compile(r"^([a-z]{2})?$")
OK_METHODS = (
    "setMyDescription", "setMyShortDescription", "setMyName", "setChatMenuButton",
    "setMyDefaultAdministratorRights", "setMessageReaction",
)  # fmt: skip


@method("getMe")
async def get_me(state: EmulatorState, p: Params) -> Any:
    return {
        **state.bot_user(),
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


@method("logOut")
async def log_out(state: EmulatorState, p: Params) -> Any:
    return True


@method("close")
async def close(state: EmulatorState, p: Params) -> Any:
    return True


def scope_key(scope: Any) -> str:
    """The canonical form of a BotCommandScope (default scope when None)."""
    if scope is None:
        scope = {"type": "default"}
    if not isinstance(scope, dict) or scope.get("type") not in SCOPES:
        raise bad_request("can't parse BotCommandScope JSON object")
    normal = dict(scope)
    for key in ("chat_id", "user_id"):
        value = normal.get(key)
        if isinstance(value, str) and value.lstrip("-").isdigit():
            normal[key] = int(value)
    return json.dumps(normal, sort_keys=True)


def _commands_key(state: EmulatorState, p: Params) -> tuple[str, str]:
    key = scope_key(p.get("scope"))
    if "chat_id" in (scope := json.loads(key)):
        state.chat(scope["chat_id"])
    language = p.get("language_code") or ""
    if not _LANGUAGE.match(language):
        raise bad_request("invalid language code specified")
    return key, language


def _check_commands(commands: Any) -> list[JsonDict]:
    if not isinstance(commands, list) or len(commands) > 100:
        raise bad_request("can't parse commands JSON object")
    result = []
    for item in commands:
        if not isinstance(item, dict) or not _COMMAND.match(str(item.get("command", ""))):
            raise bad_request("BOT_COMMAND_INVALID")
        description = item.get("description")
        if not isinstance(description, str) or not 1 <= len(description) <= 256:
            raise bad_request("command description is empty or too long")
        result.append({"command": item["command"], "description": description})
    return result


@method("setMyCommands")
async def set_my_commands(state: EmulatorState, p: Params) -> Any:
    key = _commands_key(state, p)
    commands = _check_commands(p.get("commands"))
    if commands:
        state.commands[key] = commands
    else:
        state.commands.pop(key, None)
    return True


@method("getMyCommands")
async def get_my_commands(state: EmulatorState, p: Params) -> Any:
    return state.commands.get(_commands_key(state, p), [])


@method("deleteMyCommands")
async def delete_my_commands(state: EmulatorState, p: Params) -> Any:
    state.commands.pop(_commands_key(state, p), None)
    return True


@method("answerCallbackQuery")
async def answer_callback_query(state: EmulatorState, p: Params) -> Any:
    query_id = p.get("callback_query_id")
    query = state.queries.get(query_id) if isinstance(query_id, str) else None
    if query is None or query.answered:
        raise ApiError(400, QUERY_INVALID)
    text = p.get("text")
    if isinstance(text, str) and len(text) > 200:
        raise bad_request("MESSAGE_TOO_LONG")
    query.answered = True
    answer = CallbackAnswer(
        query_id, text, bool(p.get("show_alert")), p.get("url"), query.user_id, query.data
    )
    state.callback_answers.append(answer)
    state.chat_changed(query.user_id)
    return True


@method("sendChatAction")
async def send_chat_action(state: EmulatorState, p: Params) -> Any:
    chat = state.chat(p.get("chat_id"))
    action = p.get("action")
    if action not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    state.chat_actions.append((chat.user.user_id, str(action)))
    return True


@method("getFile")
async def get_file(state: EmulatorState, p: Params) -> Any:
    file_id = p.get("file_id")
    if not isinstance(file_id, str) or not file_id:
        raise bad_request("there is no file_id in the request")
    return state.files.get(file_id).get_file_api()


@method("getChat")
async def get_chat(state: EmulatorState, p: Params) -> Any:
    chat = state.chat(p.get("chat_id"))
    gifts = dict.fromkeys(
        ("unlimited_gifts", "limited_gifts", "unique_gifts", "premium_subscription"), True
    )
    return {
        **chat.user.chat_api(),
        "accent_color_id": 0,
        "max_reaction_count": 11,
        "accepted_gift_types": {**gifts, "gifts_from_channels": True},
    }


def _register_ok(name: str) -> None:
    async def handler(state: EmulatorState, p: Params) -> Any:
        state.bot_settings[name] = p.log_view()
        return True

    method(name)(handler)


for _name in OK_METHODS:
    _register_ok(_name)
