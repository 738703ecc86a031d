"""`butler status` (is the bot alive and keeping up?) and `butler db backup PATH`."""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from bot.clock import Clock
from bot.i18n import Translator
from bot.services.health import HealthService, Limits, Status
from bot.settings import Settings
from storage import migrate
from storage.db import Database


def _where(settings: Settings) -> str:
    """The database, without a password."""
    return make_url(settings.database_url).render_as_string(hide_password=True)


async def cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    """Print the bot's health; exit 1 when something is wrong (for a health check)."""
    path = settings.sqlite_path()
    limits = Limits(tick=args.max_tick_age, push=args.max_push_age, update=args.max_update_age)
    if path is not None and not await asyncio.to_thread(path.exists):
        found = Status(reachable=False, head=migrate.head(), problems=["status-unreachable"])
    else:
        db = Database(settings.database_url)
        try:
            found = await HealthService(db, Clock()).status(limits)
        finally:
            await db.dispose()
    if args.json:
        print(json.dumps({"healthy": found.healthy, **found.model_dump(mode="json")}))
    else:
        print(_describe(found, settings))
    return 0 if found.healthy else 1


def _describe(found: Status, settings: Settings) -> str:
    """The status as a person reads it, in the operator's language."""
    t = Translator(default=settings.default_language)
    lang = settings.default_language
    lines = [
        t.t(lang, "status-database", where=_where(settings), ok="yes" if found.reachable else "no")
    ]
    if found.reachable:
        lines.append(t.t(lang, "status-revision", revision=found.revision or "-", head=found.head))
    if found.revision == found.head:
        if found.last_tick is None or found.tick_age_s is None:
            lines.append(t.t(lang, "status-tick-never"))
        else:
            at = found.last_tick.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            lines.append(t.t(lang, "status-tick", at=at, age=round(found.tick_age_s)))
        lines.append(
            t.t(
                lang, "status-pushes", count=found.due_pushes,
                age=round(found.oldest_push_age_s or 0),
            )
        )  # fmt: skip
        lines.append(t.t(lang, "status-failed", count=found.failed_pushes_day))
        lines.append(
            t.t(
                lang, "status-updates", count=found.waiting_updates,
                age=round(found.oldest_update_age_s or 0),
            )
        )  # fmt: skip
    problems = [{"key": key} for key in found.problems]
    lines.append(
        t.t(lang, "status-unhealthy", problems=problems) if problems else t.t(lang, "status-ok")
    )
    return "\n".join(lines)


async def cmd_db_backup(args: argparse.Namespace, settings: Settings) -> int:
    """Copy a SQLite database while the bot runs; for PostgreSQL, say how."""
    t = Translator(default=settings.default_language)
    lang = settings.default_language
    source = settings.sqlite_path()
    if source is None:
        url = make_url(settings.database_url).set(drivername="postgresql")
        where = url.render_as_string(hide_password=True)
        print(t.t(lang, "backup-use-pg-dump", url=where, path=str(args.path)))
        return 1
    key, values = await asyncio.to_thread(_backup, source, Path(args.path), args.force)
    print(t.t(lang, key, **values))
    return 0 if key == "backup-done" else 1


def _backup(source: Path, target: Path, force: bool) -> tuple[str, dict[str, Any]]:
    """Copy the file consistently (SQLite's online backup); say what happened."""
    if not source.exists():
        return "backup-no-database", {"path": str(source)}
    if target.exists() and not force:
        return "backup-target-exists", {"path": str(target)}
    target.unlink(missing_ok=True)
    migrate.copy_sqlite(source, target)
    return "backup-done", {"path": str(target), "size": target.stat().st_size // 1024}


def register(sub: Any) -> None:
    """Add `butler status`."""
    status = sub.add_parser("status", help="is the bot alive and keeping up? (exit 1: no)")
    status.add_argument("--json", action="store_true")
    status.add_argument("--max-tick-age", type=float, default=Limits().tick, metavar="SECONDS")
    status.add_argument("--max-push-age", type=float, default=Limits().push, metavar="SECONDS")
    status.add_argument("--max-update-age", type=float, default=Limits().update, metavar="SECONDS")
    status.set_defaults(func=cmd_status)


def register_db(db: Any) -> None:
    """Add `butler db backup PATH`."""
    backup = db.add_parser("backup", help="copy the database while the bot runs (SQLite)")
    backup.add_argument("path")
    backup.add_argument("--force", action="store_true", help="replace an existing file")
    backup.set_defaults(func=cmd_db_backup)
