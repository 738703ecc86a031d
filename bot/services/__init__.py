"""The domain services, wired together in one container."""

from __future__ import annotations

from dataclasses import dataclass

from bot.clock import Clock
from bot.i18n import Translator
from bot.services.access import AccessService
from bot.services.accounts import AccountService
from bot.services.broadcast import BroadcastService
from bot.services.drafts import DraftService
from bot.services.estates import EstateService
from bot.services.invites import InviteService
from bot.services.notify import Notifier
from bot.services.outbox import OutboxService
from bot.services.timers import Timers
from bot.settings import Settings
from storage.db import Database


@dataclass
class Services:
    """Everything a handler or job may call, built once per application."""

    settings: Settings
    db: Database
    clock: Clock
    translator: Translator
    accounts: AccountService
    access: AccessService
    estates: EstateService
    invites: InviteService
    drafts: DraftService
    notifier: Notifier
    outbox: OutboxService
    timers: Timers
    broadcasts: BroadcastService

    @classmethod
    def build(cls, settings: Settings, db: Database, clock: Clock) -> Services:
        """Wire the services over one database and one clock."""
        notifier = Notifier(clock)
        return cls(
            settings=settings,
            db=db,
            clock=clock,
            translator=Translator(default=settings.default_language),
            accounts=AccountService(db, clock, settings.default_language),
            access=AccessService(db),
            estates=EstateService(db, clock, settings.timezone),
            invites=InviteService(db, clock),
            drafts=DraftService(db, clock),
            notifier=notifier,
            outbox=OutboxService(db, clock),
            timers=Timers(db, clock),
            broadcasts=BroadcastService(db, clock, notifier),
        )
