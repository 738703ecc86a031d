"""Every text exists in both languages, with the same arguments, and is used by the code."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from fluent.syntax import FluentParser
from fluent.syntax import ast as fast
from fluent.syntax.visitor import Visitor

from bot.i18n import Translator, pick_language
from bot.settings import SUPPORTED_LANGUAGES

KEY_SHAPE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)+$")
ROOT = Path(__file__).resolve().parents[2]
CODE_DIRS = ("bot", "handlers")
NOT_TEXT = ("bot/sandbox/emulator",)  # the emulator speaks the Bot API, not to people
TEMPLATES = ROOT / "bot" / "web" / "templates"  # the desk's pages name their keys as t("…")
TEMPLATE_KEY = re.compile(r"""\bt\(\s*["']([a-z0-9-]+)["']""")

LOCALES = Path(__file__).resolve().parents[2] / "locales"  # the source the package links


class _Variables(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: fast.VariableReference) -> None:
        self.names.add(node.id.name)


def _messages(language: str) -> dict[str, set[str]]:
    """Map each key of a language to the variables it uses."""
    found: dict[str, set[str]] = {}
    for path in sorted((LOCALES / language).glob("*.ftl")):
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        for entry in resource.body:
            assert not isinstance(entry, fast.Junk), f"{path}: cannot parse {entry.content!r}"
            if isinstance(entry, fast.Message):
                assert entry.id.name not in found, f"{path}: duplicate key {entry.id.name}"
                visitor = _Variables()
                visitor.visit(entry)
                found[entry.id.name] = visitor.names
    return found


def _code_strings() -> set[str]:
    """Return every string constant in the code."""
    constants: set[str] = set()
    for folder in CODE_DIRS:
        for path in (ROOT / folder).rglob("*.py"):
            if any(path.relative_to(ROOT).as_posix().startswith(skip) for skip in NOT_TEXT):
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    constants.add(node.value)
    for template in TEMPLATES.glob("*.html"):
        constants |= set(TEMPLATE_KEY.findall(template.read_text(encoding="utf-8")))
    return constants


def _key_like(constants: set[str], known: set[str]) -> set[str]:
    """Constants shaped like a text key of one of our areas (`invite-…`, `error-…`)."""
    areas = {key.split("-")[0] for key in known}
    return {c for c in constants if KEY_SHAPE.match(c) and c.split("-")[0] in areas}


def test_both_languages_have_the_same_keys_and_arguments() -> None:
    zh, en = _messages("zh-Hans"), _messages("en")
    assert sorted(set(zh) - set(en)) == [], "keys missing in English"
    assert sorted(set(en) - set(zh)) == [], "keys missing in zh-Hans"
    mismatched = {key: (zh[key], en[key]) for key in zh if zh[key] != en[key]}
    assert mismatched == {}


def test_every_key_the_code_uses_exists() -> None:
    known = set(_messages("en"))
    assert sorted(_key_like(_code_strings(), known) - known) == []


def test_every_key_is_used_by_the_code() -> None:
    assert sorted(set(_messages("en")) - _code_strings()) == []


def test_rendering_in_both_languages() -> None:
    translator = Translator()
    assert translator.t("en", "start-need-code", name="Lin").startswith("Hello, Lin")
    assert translator.t("zh-Hans", "start-need-code", name="Lin").startswith("Lin，您好")
    assert set(translator.bundles) == set(SUPPORTED_LANGUAGES)


def test_language_choice() -> None:
    assert pick_language(None, "zh-hans") == "zh-Hans"
    assert pick_language(None, "zh-TW") == "zh-Hans"
    assert pick_language(None, "en-US") == "en"
    assert pick_language(None, "de") == "en"
    assert pick_language("en", "zh-hans") == "en"
    assert pick_language(None, None, "zh-Hans") == "zh-Hans"


NAME_VARIABLES = (
    "name",
    "names",
    "handlers",
    "reporter",
    "residents",
    "who",
    "butlers",
    "walker",
    "assignee",
)
CJK = "[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]"


def test_chinese_lists_use_the_enumeration_comma_and_names_no_stray_spaces() -> None:
    """王管家、李管家将与您联系: no ", " in Chinese lists, no space between a name and Chinese."""
    found = []
    for path in sorted((LOCALES / "zh-Hans").glob("*.ftl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if re.search(f"{CJK}, |, {CJK}", line):
                found.append(f"{path.name}:{number}: ASCII comma in Chinese: {line.strip()}")
            for name in NAME_VARIABLES:
                placeable = rf"\{{ \${name} \}}"
                if re.search(rf"{CJK}\s+{placeable}|{placeable}\s+{CJK}", line):
                    found.append(f"{path.name}:{number}: space around ${name}: {line.strip()}")
    assert found == []


def test_names_are_joined_as_each_language_joins_them() -> None:
    translator = Translator()
    names = {"names": ["王管家", "李管家"]}
    assert translator.t("zh-Hans", "complain-filed", code="C-0001", handlers=names).startswith(
        "✅ 您的投诉编号 C-0001。王管家、李管家将与您联系"
    )
    assert "Wang, Li will contact you" in translator.t(
        "en", "complain-filed", code="C-0001", handlers={"names": ["Wang", "Li"]}
    )
