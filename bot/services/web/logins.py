"""Who may open the web desk: a one-time link from `/web`, or Telegram's Mini App initData.

Only staff get in; what each may see there is what the chat lets them see (the same
services and access rules), read again on every request.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from bot.clock import Clock
from bot.errors import NotAllowed
from bot.services.people.access import BUTLER, MANAGER, TECHNICIAN, Viewer, viewer_in
from bot.services.web import initdata, session
from bot.services.web.session import Session
from storage.db import Database
from storage.models import Account
from storage.repositories import accounts, web

LINK_LIFETIME = timedelta(minutes=10)
DESK_ROLES = (MANAGER, BUTLER, TECHNICIAN)  # those who work tickets; a guard's desk is the chat


def may_use_desk(viewer: Viewer) -> bool:
    """Tell whether the viewer works tickets somewhere (the desk shows nothing to others)."""
    return any(s.role in DESK_ROLES for s in viewer.staff)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class WebLogins:
    """Links, sessions and the viewer behind a session."""

    def __init__(self, db: Database, clock: Clock, bot_token: str, secret: str) -> None:
        self._db = db
        self._clock = clock
        self._bot_token = bot_token
        self._secret = secret

    async def link(self, viewer: Viewer) -> str:
        """A new one-time login token for a staff member (valid ten minutes)."""
        if not may_use_desk(viewer):
            raise NotAllowed("web-staff-only")
        token = secrets.token_urlsafe(24)
        now = self._clock.now()
        async with self._db.transaction() as conn:
            await web.add_login(conn, viewer.account.id, _hash(token), now, now + LINK_LIFETIME)
        return token

    async def redeem(self, token: str) -> tuple[str, Session]:
        """Spend a link: the session cookie; NotAllowed when used, expired or unknown."""
        if not token or len(token) > 64:
            raise NotAllowed("web-link-spent")
        async with self._db.transaction() as conn:
            account_id = await web.use_login(conn, _hash(token), self._clock.now())
        if account_id is None:
            raise NotAllowed("web-link-spent")
        await self.staff(account_id)
        return self.issue_for(account_id, "link")

    async def from_telegram(self, init_data: str) -> tuple[str, Session]:
        """A session for whoever opened the Mini App, when Telegram's signature holds."""
        account = await self.telegram_account(init_data)
        return self.issue_for(account.id, "telegram")

    def issue_for(self, account_id: int, via: str) -> tuple[str, Session]:
        """A new session of an account: its cookie value, and the session."""
        return session.issue(self._secret, account_id, self._clock.now(), via)

    async def telegram_account(self, init_data: str) -> Account:
        """The staff account behind genuine, fresh initData; NotAllowed for anything else."""
        user = initdata.verify(init_data, self._bot_token, self._clock.now())
        if user is None:
            raise NotAllowed("web-initdata-refused")
        async with self._db.read() as conn:
            account = await accounts.by_telegram_id(conn, user.id)
        if account is None:
            raise NotAllowed("web-staff-only")
        await self.staff(account.id)
        return account

    def session(self, cookie: str) -> Session | None:
        """The session a cookie carries, if genuine and current."""
        return session.read(self._secret, cookie, self._clock.now())

    def csrf(self, current: Session) -> str:
        """The token a session's forms carry."""
        return session.csrf_token(self._secret, current)

    def csrf_ok(self, current: Session, given: str) -> bool:
        """Tell whether a form came from this session's pages."""
        return session.csrf_ok(self._secret, current, given)

    async def staff(self, account_id: int) -> Viewer:
        """The viewer of a signed-in account, who must still be staff somewhere."""
        async with self._db.read() as conn:
            account = await accounts.get(conn, account_id)
            viewer = await viewer_in(conn, account) if account else None
        if viewer is None or not may_use_desk(viewer):
            raise NotAllowed("web-staff-only")
        return viewer
