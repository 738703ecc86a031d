"""The people a newcomer plays in the sandbox, and the demo estate they live in."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

SAMPLES = Path(str(files("bot.sandbox") / "samples"))  # in a wheel; in the tree, a link
ESTATE = "湖畔花园"
UNITS_FILE = SAMPLES / "units.csv"
BILLS_FILE = SAMPLES / "bills.csv"
RENOVATION_DOCUMENTS = {  # what the demo estate gives residents to read before applying
    "rules": "装修管理规定.txt",
    "lift": "装修期电梯使用管理规定.txt",
    "notice": "装修告知书.txt",
}
GRID = "A"
RESIDENT_UNIT = "1-1-101"  # grid A, with overdue property and water bills in bills.csv


@dataclass(frozen=True)
class Persona:
    """An emulated Telegram user with a role in the demo estate."""

    key: str
    user_id: int
    name: str
    role_key: str  # locale key of the short role label

    def aliases(self) -> set[str]:
        """Words that pick this persona after `:as` (role, name, first letter)."""
        return {self.key, self.key[0], self.name.lower()}


RESIDENT = Persona("resident", 880001, "林芳", "sandbox-role-resident")
BUTLER = Persona("butler", 880002, "王管家", "sandbox-role-butler")
MANAGER = Persona("manager", 880003, "张经理", "sandbox-role-manager")
GUARD = Persona("guard", 880004, "赵保安", "sandbox-role-guard")
NEWCOMER = Persona("newcomer", 880005, "陈新", "sandbox-role-newcomer")  # bound to nothing yet
PERSONAS = (RESIDENT, BUTLER, MANAGER, GUARD, NEWCOMER)


def find_persona(word: str, role_labels: dict[str, str]) -> Persona | None:
    """Return the persona a word names (role, name, initial, or localized role label)."""
    wanted = word.strip().lower()
    for persona in PERSONAS:
        if wanted in persona.aliases() or wanted == role_labels[persona.key].lower():
            return persona
    return None


def telegram_language(language: str) -> str:
    """The Telegram language_code the personas' clients send for a sandbox language."""
    return "en" if language == "en" else "zh-hans"
