"""A text under redaction, and what the passes share: each found span becomes a one-character
placeholder (a private-use code point), so later passes never see inside an earlier
replacement; all are put back when the text is rendered."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from anonymise.wordlists import VERBS
from anonymise.words import fold, is_ordinary, is_proper_noun

BASE = 0xF0000
PLACEHOLDER = re.compile("[\U000f0000-\U000ffffd]")
HELD = "[\U000f0000-\U000ffffd]"  # a placeholder (PLACEHOLDER's characters), inside a pattern
TOKEN = re.compile(r"[^\W\d_]+(?:['’](?![sS]\b)[^\W\d_]+)*")
NAME_WORD = r"[A-Z][^\W\d_]*(?:['’-][A-Za-z][^\W\d_]*)*"
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n•–—]|\s-)\s*[\"'‘“(\[]*\s*$")


def without_apostrophes(word: str) -> str:
    return word.replace("'", "").replace("’", "")


@dataclass
class Ctx:
    """Where a text sits: its kind of field, agency, sheet, event date and a label for reports.

    field: "text" (free text), "practitioner" (a column naming who wrote the entry), "name"
    (a column of names such as Patient), "filename" or "reference".
    """

    field: str = "text"
    agency: str = ""
    sheet: str = ""
    date: dt.date | None = None
    where: str = ""


@dataclass(frozen=True)
class Replacement:
    original: str
    replacement: str
    kind: str
    key: str = ""
    note: str = ""


class Work:
    """A text under redaction: found spans become placeholders, rendered at the end."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.parts: list[Replacement] = []

    def put(self, original: str, replacement: str, kind: str, key: str = "", note: str = "") -> str:
        self.parts.append(Replacement(original, replacement, kind, key, note))
        return chr(BASE + len(self.parts) - 1)

    def part(self, char: str) -> Replacement:
        return self.parts[ord(char) - BASE]

    def kinds(self, *kinds: str) -> str:
        """A character class of the placeholders of these kinds ('' when there are none)."""
        chars = [chr(BASE + i) for i, p in enumerate(self.parts) if p.kind in kinds]
        return "[" + "".join(chars) + "]" if chars else ""

    def original(self, text: str) -> str:
        return PLACEHOLDER.sub(lambda m: self.part(m.group()).original, text)


def is_sentence_start(text: str, start: int) -> bool:
    before = PLACEHOLDER.sub("x", text[max(0, start - 40) : start])
    return bool(_SENTENCE_END.search(before)) or not before.strip()


def words_before(text: str, start: int, count: int) -> list[tuple[int, str]]:
    """Up to `count` words directly before `start`, nearest last, with their start offsets."""
    found: list[tuple[int, str]] = []
    position = start
    for _ in range(count):
        match = re.search(r"([A-Za-z][A-Za-z'’-]*)\s+$", text[:position])
        if not match:
            break
        found.insert(0, (match.start(1), match.group(1)))
        position = match.start(1)
    return found


@functools.cache
def agency_words() -> frozenset[str]:
    """One-word names of agencies and services ("probation", "police", "camhs"): never a
    person's name in a chronology."""
    from chronology.agencies import aliases, organisations

    words = {alias for alias in aliases() if " " not in alias and alias.isalpha()}
    words |= {fold(name) for name in organisations() if " " not in name}
    return frozenset(words)


def name_like(word: str) -> bool:
    """Could open a person's name: not ordinary English, a name in the dictionary, or an
    ordinary word that is also a common first name ("Summer", "Grace")."""
    from anonymise.residual import is_common_name

    return not is_ordinary(word) or is_proper_noun(word) or is_common_name(word)


def sentence_word(word: str) -> bool:
    """A word that opens a sentence rather than a name ("Attended", "Spoke", "With")."""
    low = word.lower()
    return low in VERBS or (is_ordinary(word) and low.endswith(("ed", "ing", "ly", "ion")))


def titlecase(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and not word.isupper()


def clean_name(name: str) -> str:
    return " ".join(PLACEHOLDER.sub("", name).split()).strip(" ,.:;-–")
