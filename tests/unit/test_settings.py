"""Settings: defaults, and one clear line for a bad value."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.settings import SettingsError, load_settings


def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("BUTLER_DATABASE_URL", "BUTLER_DEFAULT_LANGUAGE", "BUTLER_BOT_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    settings = load_settings(_env_file=None)
    assert settings.database_url == "sqlite+aiosqlite:///data/butler.db"
    assert settings.default_language == "zh-Hans"
    assert settings.timezone == "Asia/Shanghai"
    assert settings.bot_token is None


@pytest.mark.parametrize(
    "url",
    [
        "sqlite+aiosqlite:///data/other.db",
        "postgresql+asyncpg://butler:secret@db.local:5432/butler",
    ],
)
def test_both_engines_are_accepted(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    monkeypatch.setenv("BUTLER_DATABASE_URL", url)
    settings = load_settings(_env_file=None)
    assert settings.database_url == url
    assert (settings.sqlite_path() is None) == url.startswith("postgresql")


@pytest.mark.parametrize(
    ("name", "value", "fragment"),
    [
        ("BUTLER_DATABASE_URL", "nonsense", "BUTLER_DATABASE_URL"),
        ("BUTLER_DATABASE_URL", "mysql://x/y", "unsupported driver"),
        ("BUTLER_DATABASE_URL", "postgresql://x/y", "unsupported driver"),  # psycopg2
        ("BUTLER_DEFAULT_LANGUAGE", "fr", "BUTLER_DEFAULT_LANGUAGE"),
        ("BUTLER_TIMEZONE", "Mars/Base", "unknown time zone"),
    ],
)
def test_bad_value_names_the_setting(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, fragment: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as caught:
        load_settings(_env_file=None)
    assert fragment in str(caught.value)
    assert "\n" not in str(caught.value)


def test_cli_stops_with_one_line_on_a_bad_setting(tmp_path: object) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "db", "upgrade"],
        env={"BUTLER_DEFAULT_LANGUAGE": "klingon", "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
        cwd=str(tmp_path),
        timeout=60,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "BUTLER_DEFAULT_LANGUAGE" in lines[0]
