"""The built wheel carries what a user needs: texts in both languages, migrations, samples.

The wheel is built from a copy of the tree (offline, no build isolation), installed in a
fresh virtual environment, and run from a folder outside the tree. Its dependencies come
from the development environment's site-packages, added as a plain path (so the editable
install of the tree there stays inactive): nothing is fetched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
IGNORE = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "data", ".*_cache", "bench"
)
PROBE = """
import bot
from bot.i18n import Translator
from bot.sandbox.personas import BILLS_FILE, UNITS_FILE
t = Translator()
print(bot.__file__)
print(t.t("en", "help-header"))
print(t.t("zh-Hans", "help-header"))
print(UNITS_FILE.is_file() and BILLS_FILE.is_file())
"""


def _run(*argv: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in argv], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_the_wheel_installs_and_speaks_both_languages(tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, symlinks=True, ignore=IGNORE)
    pip = [sys.executable, "-m", "pip"]
    _run(*pip, "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", tmp_path, ".", cwd=source)
    (wheel,) = tmp_path.glob("butler-*.whl")
    fresh = tmp_path / "fresh"
    _run(sys.executable, "-m", "venv", "--without-pip", fresh, cwd=tmp_path)
    python = fresh / "bin" / "python"
    _run(*pip, "--python", python, "install", "--no-deps", "--no-index", "-q", wheel, cwd=tmp_path)
    site = _run(
        python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=tmp_path
    )
    (Path(site.strip()) / "butler-deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    work = tmp_path / "elsewhere"
    work.mkdir()

    where, english, chinese, samples = _run(python, "-c", PROBE, cwd=work).splitlines()
    assert Path(where).is_relative_to(fresh)
    assert english == "What I can do for you:"
    assert chinese != "help-header" and any("\u4e00" <= c <= "\u9fff" for c in chinese)
    assert samples == "True"

    env = {k: v for k, v in os.environ.items() if not k.startswith("BUTLER_")}
    env |= {"BUTLER_DATABASE_URL": f"sqlite+aiosqlite:///{work / 'butler.db'}"}
    assert "up to date" in _run(fresh / "bin" / "butler", "db", "upgrade", cwd=work, env=env)
    no_token = subprocess.run(
        [fresh / "bin" / "butler", "run"], cwd=work, env=env, capture_output=True, text=True
    )
    assert no_token.returncode == 2
    assert "BUTLER_BOT_TOKEN" in no_token.stderr and "butler sandbox" in no_token.stderr
