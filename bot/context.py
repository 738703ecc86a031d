"""The typed CallbackContext: services and the current account as attributes."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from telegram.ext import Application, CallbackContext, ExtBot

from storage.models import Account, FlowState

if TYPE_CHECKING:
    from bot.services import Services
    from bot.services.people.access import Viewer

Data = dict[Any, Any]
ButlerApp = Application[Any, "BotContext", Any, Any, Any, Any]


class BotContext(CallbackContext[ExtBot[None], Data, Data, Data]):
    """Context of one update: who is writing, in which language, and the services."""

    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        chat_id: int | None = None,
        user_id: int | None = None,
    ) -> None:
        super().__init__(application, chat_id, user_id)
        self.account: Account | None = None
        self.viewer: Viewer | None = None
        self.flow: FlowState | None = None  # the conversation as it stood when the update came
        self.language: str = self.services.settings.default_language

    @property
    def services(self) -> Services:
        """Return the application's services."""
        services: Services = self.application.bot_data["services"]
        return services

    def t(self, key: str, **args: Any) -> str:
        """Render a text in this user's language."""
        return self.services.translator.t(self.language, key, **args)

    def require_account(self) -> Account:
        """Return the account of this update (set by the identify handler)."""
        if self.account is None:
            raise RuntimeError("update without a user")
        return self.account

    def require_viewer(self) -> Viewer:
        """Return who is writing, with their units and roles (set by identify)."""
        if self.viewer is None:
            raise RuntimeError("update without a user")
        return self.viewer

    def zone(self) -> ZoneInfo:
        """The time zone this person lives or works in (their estate's)."""
        default = self.services.settings.timezone
        return ZoneInfo(self.viewer.timezone(default) if self.viewer else default)

    def today(self) -> date:
        """Today's date where this person is."""
        return self.services.clock.now().astimezone(self.zone()).date()

    def t_everywhere(self, key: str, **args: Any) -> list[str]:
        """A text in every language (to recognise a typed button label)."""
        translator = self.services.translator
        return [translator.t(language, key, **args) for language in translator.bundles]
