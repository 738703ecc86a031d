"""Write a new migration from the difference between tables.py and the migrated schema.

Usage: python -m storage.migrations.make "what changed"
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, event

from storage.db import alembic_config


def main(message: str) -> None:
    """Upgrade a scratch database to head, then autogenerate the next revision."""
    with tempfile.TemporaryDirectory() as folder:
        engine = create_engine(f"sqlite:///{Path(folder) / 'scratch.db'}")

        @event.listens_for(engine, "connect")
        def _fk(dbapi_connection: object, _record: object) -> None:
            dbapi_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[attr-defined]

        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
        with engine.begin() as conn:
            versions = Path(__file__).parent / "versions"
            number = len(list(versions.glob("[0-9]*.py"))) + 1
            command.revision(
                alembic_config(conn),
                message=message,
                autogenerate=True,
                rev_id=f"{number:04d}",
            )


if __name__ == "__main__":
    main(" ".join(sys.argv[1:]) or "change")
