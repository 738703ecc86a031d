"""Settings read from the environment (prefix BUTLER_) and from `.env`."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

SUPPORTED_LANGUAGES = ("zh-Hans", "en")
TELEGRAM_API_URL = "https://api.telegram.org/bot"
TELEGRAM_FILE_URL = "https://api.telegram.org/file/bot"
SUPPORTED_DRIVERS = ("sqlite+aiosqlite", "postgresql+asyncpg")


class RetentionDays(BaseModel):
    """How long each kind of row is kept, in days (BUTLER_RETENTION__PUSHES=120 …).

    Tickets, their events, bills and collection logs are the estate's records: never pruned.
    """

    pushes: int = Field(default=90, ge=1)  # pushes sent, failed or cancelled
    timers: int = Field(default=90, ge=1)  # timers fired or cancelled
    login_failures: int = Field(default=30, ge=1)
    flows: int = Field(default=30, ge=1)  # conversations finished or abandoned (drafts)
    offers: int = Field(default=30, ge=1)  # guesses from a resident's free text
    handled_updates: int = Field(default=2, ge=1)  # memory of updates already handled
    cards: int = Field(default=365, ge=1)  # messages kept live
    web_logins: int = Field(default=30, ge=1)  # one-time web links, after they ran out


class Settings(BaseSettings):
    """Everything the process can be told from outside."""

    model_config = SettingsConfigDict(
        env_prefix="BUTLER_",
        env_file=".env",
        env_file_encoding="utf-8",
        env_nested_delimiter="__",
        extra="ignore",
    )

    bot_token: SecretStr | None = None
    database_url: str = "sqlite+aiosqlite:///data/butler.db"
    api_base_url: str = TELEGRAM_API_URL
    api_file_url: str = TELEGRAM_FILE_URL
    default_language: str = "zh-Hans"
    timezone: str = "Asia/Shanghai"
    log_level: str = "INFO"
    tick_seconds: float = Field(default=2.0, gt=0, le=60)
    flow_idle_minutes: int = Field(default=30, ge=1, le=24 * 60)
    # An urgent repair nobody accepted is escalated again this often (a normal one daily).
    escalate_every_minutes: int = Field(default=30, ge=5, le=24 * 60)
    concurrency: int = Field(default=16, ge=1, le=512)  # chats handled at once per process
    webhook_url: str | None = None  # set: Telegram posts updates here instead of polling
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = Field(default=8443, ge=1, le=65535)
    webhook_secret: SecretStr | None = None  # default: derived from the bot token
    web: bool = True  # serve the web desk and Mini App (BUTLER_WEB=false: not)
    web_listen: str = "127.0.0.1"
    web_port: int = Field(default=8088, ge=0, le=65535)
    web_url: str | None = None  # the desk's public address; by default http://listen:port
    web_secret: SecretStr | None = None  # signs the desk's cookies; default: from the token
    retention: RetentionDays = RetentionDays()

    @field_validator("database_url")
    @classmethod
    def _check_database_url(cls, value: str) -> str:
        try:
            url = make_url(value)
        except ArgumentError as exc:
            raise ValueError(f"not a database URL: {value!r}") from exc
        if url.drivername not in SUPPORTED_DRIVERS:
            raise ValueError(
                f"unsupported driver {url.drivername!r}; use one of {SUPPORTED_DRIVERS}"
            )
        return value

    @field_validator("default_language")
    @classmethod
    def _check_language(cls, value: str) -> str:
        for code in SUPPORTED_LANGUAGES:
            if value.lower() == code.lower():
                return code
        raise ValueError(f"unknown language {value!r}; use one of {SUPPORTED_LANGUAGES}")

    @field_validator("timezone")
    @classmethod
    def _check_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @field_validator("log_level")
    @classmethod
    def _check_log_level(cls, value: str) -> str:
        level = value.upper()
        if level not in logging.getLevelNamesMapping():
            raise ValueError(f"unknown log level {value!r}")
        return level

    @field_validator("webhook_url", "web_url")
    @classmethod
    def _check_webhook_url(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        if not value.startswith(("https://", "http://")):
            raise ValueError(f"not an http(s) URL: {value!r}")
        return value

    def webhook_token(self) -> str:
        """The secret Telegram sends back with every webhook request."""
        if self.webhook_secret is not None:
            return self.webhook_secret.get_secret_value()
        token = self.bot_token.get_secret_value() if self.bot_token else ""
        return hashlib.sha256(f"butler-webhook:{token}".encode()).hexdigest()[:48]

    def web_key(self) -> str:
        """The secret the web desk signs its sessions with."""
        if self.web_secret is not None:
            return self.web_secret.get_secret_value()
        token = self.bot_token.get_secret_value() if self.bot_token else ""
        return hashlib.sha256(f"butler-web:{token}".encode()).hexdigest()

    def web_address(self, port: int | None = None) -> str:
        """Where people open the desk (no trailing slash)."""
        if self.web_url:
            return self.web_url.rstrip("/")
        host = "127.0.0.1" if self.web_listen in ("0.0.0.0", "::", "") else self.web_listen
        return f"http://{host}:{port or self.web_port}"

    def sqlite_path(self) -> Path | None:
        """Return the database file for a SQLite URL, else None."""
        url = make_url(self.database_url)
        if not url.drivername.startswith("sqlite") or url.database in (None, "", ":memory:"):
            return None
        return Path(url.database)


class SettingsError(Exception):
    """A setting has a bad value; the message is one line naming it."""


def load_settings(**overrides: object) -> Settings:
    """Read the settings, turning a validation error into one clear line."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        name = "BUTLER_" + str(first["loc"][0]).upper() if first["loc"] else "settings"
        message = str(first["msg"]).removeprefix("Value error, ")
        raise SettingsError(f"{name}: {message}") from None
