"""The font the bot draws Chinese with: Noto Sans CJK, installed from PyPI with the project.

The package `cvttf-notosanscjk-regular` (a dependency) carries the font file; it is found
through importlib without importing the package. Only when the package is missing is a
system font that draws Chinese used instead, with one warning; with neither, there is none.
"""

from __future__ import annotations

import importlib.util
import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)
PACKAGE = "cvttf_NotoSansCJK_Regular"  # the import name of cvttf-notosanscjk-regular
FILE_NAME = "NotoSansCJKtc-Regular.otf"  # OpenType with CFF outlines; its TC face has SC too
FAMILY = "Noto Sans CJK TC"
# System fonts that draw Chinese, tried in order (Debian: fonts-noto-cjk, fonts-wqy-*).
CJK_FONTS = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "SimHei",
)


@dataclass(frozen=True)
class CjkFont:
    """A font file that draws Chinese, its family name, and whether it is the bundled one."""

    path: Path
    family: str
    bundled: bool


def bundled_font_path() -> Path | None:
    """The font file of the installed package, found without importing it."""
    try:
        spec = importlib.util.find_spec(PACKAGE)
    except (ImportError, ValueError):
        return None
    folders = (spec.submodule_search_locations or []) if spec else []
    return next((Path(f) / FILE_NAME for f in folders if (Path(f) / FILE_NAME).is_file()), None)


def system_font() -> CjkFont | None:
    """The first installed system font (as matplotlib sees them) that draws Chinese."""
    from matplotlib import font_manager  # only when the package is missing: it scans fonts

    files = {entry.name: entry.fname for entry in font_manager.fontManager.ttflist}
    name = next((name for name in CJK_FONTS if name in files), None)
    return CjkFont(Path(files[name]), name, bundled=False) if name else None


@cache
def find_cjk_font() -> CjkFont | None:
    """The bundled Noto Sans CJK; a system font only if the package is missing (warned once)."""
    path = bundled_font_path()
    if path is not None:
        return CjkFont(path, FAMILY, bundled=True)
    font = system_font()
    missing = "the font package cvttf-notosanscjk-regular is missing (reinstall the project)"
    if font is None:
        log.warning("%s and no system font draws Chinese", missing)
    else:
        log.warning("%s: Chinese is drawn with %s (%s)", missing, font.family, font.path)
    return font


def cjk_font_path() -> Path | None:
    """The font file that draws Chinese, if there is one (cached)."""
    font = find_cjk_font()
    return font.path if font else None


def cjk_font_family() -> str | None:
    """The family name of that font, if there is one."""
    font = find_cjk_font()
    return font.family if font else None
