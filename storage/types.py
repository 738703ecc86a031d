"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Dialect, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.types import TypeDecorator, TypeEngine


def dumps(value: Any) -> str:
    """Serialize JSON the one way both engines store it."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime: timestamptz on PostgreSQL, naive UTC on SQLite; read back aware UTC."""

    impl = DateTime
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        """Use timestamptz on PostgreSQL, a plain DATETIME elsewhere."""
        if dialect.name == "postgresql":
            return dialect.type_descriptor(DateTime(timezone=True))
        return dialect.type_descriptor(DateTime())

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Refuse naive datetimes; pass aware UTC to PostgreSQL, naive UTC to SQLite."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        utc = value.astimezone(UTC)
        return utc if dialect.name == "postgresql" else utc.replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Return an aware datetime in UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class JSONText(TypeDecorator[Any]):
    """JSON: JSONB on PostgreSQL, compact sorted text on SQLite; None is SQL NULL on both."""

    impl = Text
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        """Use JSONB on PostgreSQL, text elsewhere."""
        if dialect.name == "postgresql":
            return dialect.type_descriptor(JSONB(none_as_null=True))
        return dialect.type_descriptor(Text())

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        """Serialize for SQLite; JSONB serializes the value itself."""
        if value is None or dialect.name == "postgresql":
            return value
        return dumps(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        """Parse the text of SQLite; JSONB arrives parsed."""
        if value is None or dialect.name == "postgresql":
            return value
        return json.loads(value)
