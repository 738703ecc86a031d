"""Guess what a resident's free text asks for: a repair, a complaint, a fee question, or none.

A keyword model over the vocabularies in ``vocabulary``: both languages are matched on every
message (Chinese as substrings of the normalised text, English on word stems), each match
adds its weights to labels, and a few rules turn the label scores into one guess.

Routing rules:
1. A broken thing is a repair, even when the resident is annoyed about it: "电梯坏了三天没人修"
   is repair/elevator (they want it fixed). Dissatisfaction with people, behaviour or service
   is a complaint: "维修工态度很差" is complaint/attitude. A device that fails ("门禁坏了，谁都
   能进") is a repair; people getting in because someone propped the door open is security.
2. Lights and power of any kind, in a home or a corridor, are electricity; the location says
   where. Lifts win over whatever they are mentioned with (a lift's door, light or button is
   an elevator job); a gas smell or a stove that will not ignite is gas.
3. doors_windows covers doors, locks, windows, screens, door closers, intercoms and the 门禁
   entry gates people walk through; a vehicle barrier (道闸) is public_area.
4. public_area is every shared facility other than lifts: roads, paving, railings, benches,
   bins, playgrounds, fitness equipment, barriers, fallen trees, ducts, fire equipment, notice
   boards. Building fabric (walls, ceilings, tiles) is public_area in a shared place and other
   at home, so "other" is always a unit job. Water from a pipe, tap or drain is water wherever
   it is, and water leaking from upstairs is repair/water in the resident's unit.
5. A full bin, a dirty stairwell or a dirty lift is sanitation; a broken bin is a repair.
   Neighbour renovation, dancing, barking and parties are noise, but noise made by a named
   thing (电梯异响, a lift banging, a pipe hissing) is that thing's symptom, so a repair.
   Pets, smells, smoking and belongings in the corridor are neighbours; fire lanes full of
   cars are parking; strangers, theft, sleeping guards, e-bikes charged indoors and things
   thrown from height are security.
6. Asking about bills (how much, when due, how to pay, did it arrive, receipts) is fee; money
   plus dissatisfaction ("charged twice", "unreasonable", "I refuse to pay") is complaint/fees.
7. Greetings, thanks, "it's fixed now", and topics handled elsewhere (parcels, visitors,
   renovation applications, votes, events) are unknown.

Location: elevator and public_area are public; otherwise public when the place words
(corridor, lobby, garage, 楼道, 大堂, 地库 …) outweigh the home words (my flat, kitchen, 我家,
卫生间 …), else unit, since a resident reporting a tap means their own tap.

Confidence grows with the evidence for the winning intent and with its margin over the
runner-up (including the evidence for "unknown"). Below OFFER_THRESHOLD the guess is unknown:
0.4 lets through a thing plus a symptom ("灯" + "不亮"), a complaint word, or one decisive
repair word with nothing against it ("电梯", "pothole"); a lone symptom ("坏了"), a minor hint
("wall") or a message that weighs as much for "unknown" stays below it and is not offered.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from bot.services.intake.vocabulary import (
    COMPLAINT_TYPES,
    CONTRACTIONS,
    EN,
    LABELS,
    NEGATORS,
    REPAIR_CATEGORIES,
    STEM_KEEP,
    UNAPOSTROPHED,
    ZH,
)

Scores = defaultdict[str, float]
Entries = dict[str, list[tuple[str, float]]]
Trie = dict[str, "Trie"]

OFFER_THRESHOLD = 0.4
MAX_CHARS = 1000  # the opening of a message says what it is about; this bounds the time
PUBLIC_ONLY = ("elevator", "public_area")
SIGNALS = ("broken", "grievance", "question", "resolved", "unknown")
_NOT_ALNUM = re.compile(r"[\W_]+")
_WORD = r"(?<!\S)(?:{})(?!\S)"  # an English phrase starts and ends on word boundaries


@dataclass(frozen=True)
class Guess:
    """One classification of a resident's message.

    intent is repair, complaint, fee or unknown; category is one of REPAIR_CATEGORIES for a
    repair, one of COMPLAINT_TYPES for a complaint, else None; location is unit or public for
    a repair, else None. confidence is how sure the guess is: a routed guess has at least
    OFFER_THRESHOLD; an unknown one carries 1 minus the confidence of the best route declined.
    """

    intent: str
    category: str | None
    location: str | None
    confidence: float


def classify(text: str) -> Guess:
    """Guess the intent, category and location of one free-text message."""
    text = text[:MAX_CHARS]
    scores: Scores = defaultdict(float)
    _match_zh(text, scores)
    _match_en(text, scores)
    if "?" in text or "？" in text:
        scores["question"] += 1
    return _decide(scores)


def _decide(s: Scores) -> Guess:
    """Turn label scores into a guess, applying the routing rules."""
    if s["fee"] and (s["grievance"] or s["complaint.fees"]):
        s["complaint.fees"] += s["fee"]
    category, obj = _best(s, "repair.", REPAIR_CATEGORIES)
    if s["repair.elevator"] >= 4:
        category, obj = "elevator", max(obj, s["repair.elevator"])
    kind, typ = _best(s, "complaint.", COMPLAINT_TYPES)
    if obj >= 3 and kind == "noise":
        s["broken"] += typ
        kind, typ = _best(s, "complaint.", tuple(t for t in COMPLAINT_TYPES if t != "noise"))
    routes = {
        "repair": _repair_score(obj, s["broken"]),
        "complaint": typ + s["grievance"] if typ else s["grievance"] / 2,
        "fee": s["fee"] + min(s["question"], 3) if s["fee"] else 0.0,
    }
    unknown = s["unknown"] + 2 * s["resolved"]
    intent = max(routes, key=lambda name: routes[name])
    best = routes[intent]
    rival = max([unknown, *(v for k, v in routes.items() if k != intent)])
    confidence = _confidence(best, rival) if best > unknown else 0.0
    if confidence < OFFER_THRESHOLD:
        return Guess("unknown", None, None, round(1 - confidence, 3))
    confidence = round(confidence, 3)
    if intent == "complaint":
        return Guess("complaint", kind if typ else "other", None, confidence)
    if intent == "fee":
        return Guess("fee", None, None, confidence)
    location = _location(category, s)
    if category == "other" and location == "public":
        category = "public_area"
    return Guess("repair", category if obj else "other", location, confidence)


def _best(s: Scores, prefix: str, names: tuple[str, ...]) -> tuple[str, float]:
    """Return the highest-scoring name under prefix (the first listed wins a tie)."""
    name = max(names, key=lambda n: s[prefix + n])
    return name, s[prefix + name]


def _repair_score(obj: float, broken: float) -> float:
    """Score a repair: a thing plus a clear symptom counts fully, either alone only in part."""
    if obj:
        return obj * min(1.0, 0.6 + 0.2 * broken) + broken
    return broken * 0.3


def _confidence(best: float, rival: float) -> float:
    """Map the winning score and its nearest rival to a confidence in 0..1."""
    strength = 1 - math.exp(-best / 3)
    margin = (best - rival) / best
    return strength * (0.5 + 0.5 * margin)


def _location(category: str, s: Scores) -> str:
    """Say whether the repair is inside the unit or in a public area."""
    if category in PUBLIC_ONLY:
        return "public"
    return "public" if s["public"] > s["unit"] else "unit"


# Matching: normalise, split, stem, then scan with one longest-first alternation per language.


def _compact(text: str) -> str:
    """Normalise for substring matching: half-width, lower-case, letters and digits only."""
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", text).lower())


def _words(text: str) -> list[str]:
    """Split English text into stemmed words, with contractions spelled out."""
    text = unicodedata.normalize("NFKC", text).lower().replace("’", "'")
    for short, full in CONTRACTIONS:
        text = text.replace(short, full)
    words = " ".join(UNAPOSTROPHED.get(w, w) for w in re.findall(r"[a-z0-9]+", text))
    return [_stem(w) for w in words.split()]


def _stem(word: str) -> str:
    """Strip common English endings so leak, leaks, leaking and leaked meet."""
    if word in STEM_KEEP or len(word) <= 3:
        return word
    if word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith("sses") or (word.endswith("es") and word[-3] in "xzh"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("ied"):
        word = word[:-3] + "y"
    elif (word.endswith("ing") and len(word) >= 6) or (word.endswith("ed") and len(word) >= 5):
        word = word[: -3 if word.endswith("ing") else -2]
        if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "aeiouslz":
            word = word[:-1]
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    if word.endswith("y") and len(word) > 3 and word[-2] not in "aeiou":
        word = word[:-1]
    return word


def _entries(table: str, labels: Iterable[str], key: Callable[[str], str]) -> Entries:
    """Index the table's lines of the given labels by normalised term: term -> [(label, w)]."""
    weights: dict[str, dict[str, float]] = defaultdict(dict)
    for line in filter(None, map(str.strip, table.splitlines())):
        head, _, terms = line.partition(":")
        label, weight = head.split()
        if label not in LABELS:
            raise ValueError(f"unknown intake label {label!r}")
        if label not in labels:
            continue
        for term in filter(None, (key(t) for t in terms.split(","))):
            weights[term][label] = max(weights[term].get(label, 0.0), float(weight))
    return {term: list(by_label.items()) for term, by_label in weights.items()}


def _alternation(terms: Iterable[str]) -> str:
    """Build a regex matching any of terms, the longest where several fit (a trie, so fast)."""
    trie: Trie = {}
    for term in terms:
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: Trie) -> str:
    """Render a trie node as a regex; a term that may end here makes the rest optional."""
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@cache
def _scanners(language: str) -> tuple[tuple[re.Pattern[str], Entries], ...]:
    """Compile one language's table once: a longest-first scanner for things, one for signals."""
    table, key, frame = (ZH, _compact, "{}") if language == "zh" else (EN, _line, _WORD)
    things = tuple(lab for lab in LABELS if lab not in SIGNALS)
    compiled = []
    for family in (things, SIGNALS):
        entries = _entries(table, family, key)
        compiled.append((re.compile(frame.format(_alternation(entries))), entries))
    return tuple(compiled)


def _line(text: str) -> str:
    """Join the stemmed English words of text with single spaces."""
    return " ".join(_words(text))


def _match_zh(text: str, scores: Scores) -> None:
    """Add the weights of every Chinese term found in text."""
    line = _compact(text)
    for pattern, entries in _scanners("zh"):
        for found in pattern.findall(line):
            for label, weight in entries[found]:
                scores[label] += weight


def _match_en(text: str, scores: Scores) -> None:
    """Add the weights of every English phrase found in text; "nobody fixed it" means broken."""
    line = _line(text)
    for pattern, entries in _scanners("en"):
        for found in pattern.finditer(line):
            for label, weight in entries[found.group()]:
                negated = label == "resolved" and _negated(line, found.start())
                scores["broken" if negated else label] += weight


def _negated(line: str, start: int) -> bool:
    """Say whether one of the three (stemmed) words before position start negates what follows."""
    return any(w in _stem_set(NEGATORS) for w in line[:start].rsplit(maxsplit=3)[-3:])


@cache
def _stem_set(words: tuple[str, ...]) -> frozenset[str]:
    """Stem a tuple of words once."""
    return frozenset(_stem(w) for w in words)
