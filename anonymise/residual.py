"""What automated redaction may have missed, for a person to check before anything is
published (the ICO's "motivated intruder" test): capitalised words that are neither ordinary
English nor a known role or term (possible unrecognised names or places), ages and dates that
remain, long numbers, rare details, and names of the family that are also ordinary words
("Will", "Rose") left where they were written in lower case."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from anonymise.redact import TOKEN
from anonymise.register import Register
from anonymise.rules import load_rules
from anonymise.words import fold, is_ordinary, is_term

_AGE = re.compile(
    r"\(\s*\d{1,2}\s*\)|\baged?\s+\d{1,2}\b|\b\d{1,2}[\s-]*(?:years?|yrs?|yo|y/o)[\s-]*old\b"
    r"|\b\d{1,2}\s*-?\s*year\s*-?\s*old\b|\b\d{1,2}yo\b",
    re.IGNORECASE,
)
_DAY_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b")
_LONG_NUMBER = re.compile(r"(?<![\w£$.,])\d{5,}(?![\w.,])")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n•–—(\[\"'‘“]|\s-)\s*$")


@dataclass(frozen=True)
class Residual:
    where: str
    field: str
    kind: str  # possible name | age | date | number | rare detail | name as ordinary word
    text: str
    context: str


class ResidualFinder:
    """Scans anonymised text; built once per register."""

    def __init__(self, register: Register) -> None:
        self.register = register
        self.rules = load_rules()

    @cached_property
    def _safe_words(self) -> frozenset[str]:
        """Words of pseudonyms, placeholders and roles: capitalised by design."""
        words: set[str] = set()
        texts = [e.pseudonym for e in self.register.entries] + list(
            self.rules.placeholders.values()
        )
        for role in self.rules.roles:
            texts += [role.label, *role.titles, *role.abbreviations, *role.phrases]
        for org in self.rules.organisations:
            texts += [org.label, *org.types]
        texts += [*self.rules.street_types, *self.rules.buildings, *self.rules.units]
        for text in texts:
            words.update(fold(w) for w in TOKEN.findall(text))
        return frozenset(words)

    @cached_property
    def _ordinary_names(self) -> re.Pattern[str] | None:
        words = {
            fold(token)
            for entry in self.register.of_kind("person", "practitioner")
            for name in entry.names
            for token in TOKEN.findall(name)
            if len(token) > 2 and is_ordinary(token) and not is_term(token)
        }
        if not words:
            return None
        return re.compile(r"\b(" + "|".join(sorted(map(re.escape, words))) + r")\b")

    @cached_property
    def _rare(self) -> re.Pattern[str]:
        phrases = sorted(
            {p for values in self.rules.rare_details.values() for p in values},
            key=len,
            reverse=True,
        )
        return re.compile(r"\b(" + "|".join(map(re.escape, phrases)) + r")\b", re.IGNORECASE)

    def find(self, text: str, where: str, field: str, date_mode: str) -> list[Residual]:
        if not text:
            return []
        found: list[Residual] = []

        def add(kind: str, match: re.Match[str]) -> None:
            start, end = match.span()
            context = text[max(0, start - 30) : end + 30].replace("\n", " ")
            found.append(Residual(where, field, kind, match.group(), context))

        for match in TOKEN.finditer(text):
            word = match.group()
            if not word[:1].isupper() or len(word) < 2 or fold(word) in self._safe_words:
                continue
            if is_term(word) or (word.isupper() and len(word) <= 5):
                continue
            sentence_start = bool(
                _SENTENCE_START.search(text[max(0, match.start() - 5) : match.start()])
            )
            if is_ordinary(word) and (sentence_start or word.isupper()):
                continue
            if is_ordinary(word) and not _only_capitalised(word):
                continue
            add("possible name", match)
        for match in _AGE.finditer(text):
            add("age", match)
        for match in _DAY_DATE.finditer(text):
            add("date", match)
        if date_mode == "age":
            for match in re.finditer(r"\b(?:19|20)\d\d\b", text):
                add("date", match)
        for match in _LONG_NUMBER.finditer(text):
            add("number", match)
        for match in self._rare.finditer(text):
            add("rare detail", match)
        if self._ordinary_names is not None:
            for match in self._ordinary_names.finditer(text):
                add("name as ordinary word", match)
        return found


def is_common_name(word: str) -> bool:
    """An ordinary word that is also a common first name or surname."""
    return fold(word) in _COMMON_NAME_WORDS


def _only_capitalised(word: str) -> bool:
    """An ordinary word that is also a common first name or surname ("Will", "Grant"):
    worth a look when capitalised mid-sentence."""
    return fold(word) in _COMMON_NAME_WORDS


_COMMON_NAME_WORDS = frozenset(
    {
        "will",
        "rose",
        "grace",
        "mark",
        "bill",
        "jack",
        "may",
        "june",
        "april",
        "august",
        "dawn",
        "hope",
        "faith",
        "joy",
        "ray",
        "pat",
        "sue",
        "jan",
        "summer",
        "sky",
        "amber",
        "ruby",
        "jade",
        "holly",
        "ivy",
        "lily",
        "daisy",
        "poppy",
        "robin",
        "frank",
        "grant",
        "rich",
        "price",
        "hall",
        "wood",
        "king",
        "young",
        "green",
        "brown",
        "white",
        "black",
        "hill",
        "ward",
        "cook",
        "baker",
        "carter",
        "smith",
        "taylor",
        "walker",
        "wright",
        "turner",
        "hunter",
        "mason",
        "miller",
        "fisher",
        "shaw",
        "moss",
        "hart",
        "booth",
        "khan",
        "lee",
        "nan",
        "sandy",
        "gaz",
        "max",
        "harry",
        "sam",
        "chase",
        "brook",
        "clay",
        "dale",
        "reed",
        "rowe",
        "lowe",
        "dunn",
        "quinn",
        "patel",
        "reeves",
        "crystal",
        "autumn",
        "heather",
        "iris",
        "jasmine",
        "willow",
        "storm",
        "river",
        "star",
        "destiny",
        "charity",
        "honey",
        "misty",
        "cherry",
        "violet",
        "rosemary",
        "skye",
        "paige",
        "brooke",
        "earl",
        "duke",
        "rocky",
        "angel",
        "candy",
        "ginger",
        "olive",
        "pearl",
        "rusty",
        "scarlet",
        "sunny",
        "penny",
        "tiffany",
        "gene",
        "don",
        "art",
        "guy",
        "victor",
        "noble",
        "bishop",
        "marsh",
    }
)
