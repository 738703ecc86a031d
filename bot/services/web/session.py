"""The web app's session: a signed cookie naming the account, and a CSRF token tied to it.

`account.issued.expires.via` signed with HMAC-SHA256 under the web secret; nothing else is
kept on the server, so any worker process reads any session. Who the account is and what
it may see is read from the database on every request (a person unbound loses the web too).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import datetime, timedelta

from pydantic import BaseModel

LIFETIME = timedelta(hours=12)
VIA = ("link", "telegram")


class Session(BaseModel):
    """A signed-in account."""

    account_id: int
    issued: int  # unix seconds
    expires: int
    via: str  # how it began: a one-time link, or Telegram's initData


def _mac(secret: str, payload: str) -> str:
    digest = hmac.new(secret.encode(), payload.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def issue(secret: str, account_id: int, now: datetime, via: str) -> tuple[str, Session]:
    """A cookie value for a new session, and the session."""
    issued = int(now.timestamp())
    session = Session(
        account_id=account_id,
        issued=issued,
        expires=issued + int(LIFETIME.total_seconds()),
        via=via,
    )
    payload = f"{account_id}.{session.issued}.{session.expires}.{via}"
    return f"{payload}.{_mac(secret, payload)}", session


def read(secret: str, cookie: str, now: datetime) -> Session | None:
    """The session a cookie carries, if it is ours and not expired."""
    parts = cookie.split(".")
    if len(parts) != 5 or parts[3] not in VIA:
        return None
    payload = ".".join(parts[:4])
    if not hmac.compare_digest(_mac(secret, payload).encode(), parts[4].encode()):
        return None
    try:
        account_id, issued, expires = (int(p) for p in parts[:3])
    except ValueError:
        return None
    if not issued <= now.timestamp() < expires:
        return None
    return Session(account_id=account_id, issued=issued, expires=expires, via=parts[3])


def csrf_token(secret: str, session: Session) -> str:
    """The token every form of this session carries back."""
    return _mac(secret, f"csrf:{session.account_id}.{session.issued}")


def csrf_ok(secret: str, session: Session, given: str) -> bool:
    """Tell whether a form's token belongs to this session."""
    return hmac.compare_digest(csrf_token(secret, session).encode(), given.encode())
