"""The workbook's `role` column read as a relationship phrase, in the pseudonym scheme's
words: "Father of half-sibling" -> "Half-sibling's father", "Mum's ex" -> "Mother's former
partner", "Step-grandad (maternal)" -> "Maternal step-grandfather", "Great-Nan"."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from genogram.kinship import cap, compress

_SIDES = ("maternal", "paternal")


_BASE_WORDS = {
    "mother": "mother",
    "mum": "mother",
    "mom": "mother",
    "mam": "mother",
    "mummy": "mother",
    "mommy": "mother",
    "father": "father",
    "dad": "father",
    "daddy": "father",
    "parent": "parent",
    "grandmother": "grandmother",
    "nan": "grandmother",
    "nana": "grandmother",
    "nanna": "grandmother",
    "nanny": "grandmother",
    "gran": "grandmother",
    "granny": "grandmother",
    "grandma": "grandmother",
    "grandmum": "grandmother",
    "grandfather": "grandfather",
    "grandad": "grandfather",
    "granddad": "grandfather",
    "grandpa": "grandfather",
    "grampa": "grandfather",
    "gramps": "grandfather",
    "grandparent": "grandparent",
    "sibling": "sibling",
    "sib": "sibling",
    "brother": "brother",
    "sister": "sister",
    "aunt": "aunt",
    "auntie": "aunt",
    "aunty": "aunt",
    "uncle": "uncle",
    "cousin": "cousin",
    "niece": "niece",
    "nephew": "nephew",
    "son": "son",
    "daughter": "daughter",
    "child": "child",
    "partner": "partner",
    "boyfriend": "partner",
    "girlfriend": "partner",
    "husband": "partner",
    "wife": "partner",
    "fiance": "partner",
    "fiancee": "partner",
    "fella": "partner",
    "carer": "carer",
    "twin": "sibling",
}


_MODIFIERS = {
    "step": "step",
    "half": "half",
    "great": "great",
    "foster": "foster",
    "adoptive": "adoptive",
    "adopted": "adoptive",
    "former": "former",
    "ex": "former",
    "previous": "former",
    "maternal": "maternal",
    "paternal": "paternal",
}


_POSSESSIVE = {
    "mums": "mum",
    "moms": "mom",
    "mams": "mam",
    "mothers": "mother",
    "dads": "dad",
    "fathers": "father",
    "nans": "nan",
    "grans": "gran",
    "grandmothers": "grandmother",
    "grandfathers": "grandfather",
    "sisters": "sister",
    "brothers": "brother",
    "aunts": "aunt",
    "uncles": "uncle",
    "siblings": "sibling",
    "partners": "partner",
    "sibs": "sib",
}


_SUBJECT_WORDS = {"subject", "child a", "subject child", "index child", "the child", "child"}


_GRAND = {"grandmother", "grandfather", "grandparent"}


def _role_phrase(role: str) -> list[list[str]] | None:
    """The role as segments from the subject outwards: "Father of half-sibling" ->
    [["half", "sibling"], ["father"]]; None when it is not a relationship phrase."""
    text = unicodedata.normalize("NFKD", role).encode("ascii", "ignore").decode().lower()
    sides = re.findall(r"\((maternal|paternal)\)", text)
    text = re.sub(r"\((?:maternal|paternal)\)", " ", text)
    text = re.sub(r"\([^)]*\)", " ", text)
    text = text.replace("in-law", " inlaw ").replace("in law", " inlaw ")
    text = re.sub(r"\bstep(?=[a-z])", "step ", text)
    text = re.sub(r"\bgreat(?=[a-z])", "great ", text)
    text = re.sub(r"['’]s\b", " 's", text)
    text = re.sub(r"[^a-z' ]+", " ", text)
    words = text.split()
    if not words:
        return None
    # "X of Y" -> Y's X (the last "of" binds first: "mother of father of H" -> H's father's mother)
    segments_text: list[list[str]] = []
    for part in " ".join(words).split(" of "):
        segments_text.append(part.split())
    segments_text.reverse()
    segments: list[list[str]] = []
    for phrase in segments_text:
        current: list[str] = []
        for position, word in enumerate(phrase):
            if word == "'s":
                if current:
                    segments.append(current)
                current = []
                continue
            if word in _POSSESSIVE and position < len(phrase) - 1:
                current.append(_POSSESSIVE[word])
                segments.append(current)
                current = []
                continue
            current.append(word)
        if current:
            segments.append(current)
    if sides and segments:
        segments[-1] = [*sides, *segments[-1]]
    for segment in segments:
        if not any(w in _BASE_WORDS or w == "ex" for w in segment):
            if " ".join(segment) in _SUBJECT_WORDS:
                continue
            return None
    return segments


@dataclass(frozen=True)
class _Segment:
    """One segment of a role phrase, read: its relationship word and what modifies it."""

    base: str
    mods: list[str]
    inlaw: bool
    first: bool  # nearest the subject child

    @property
    def prefix(self) -> str:
        side = next((m for m in self.mods if m in _SIDES), "")
        return f"{side} " if side else ""

    @property
    def greats(self) -> int:
        return self.mods.count("great")

    @property
    def step(self) -> bool:
        return "step" in self.mods


def _render(segment: list[str], first: bool, sex_hint: str) -> str | None:
    """One segment as a label part: ["maternal", "step", "grandad"] -> "maternal
    step-grandfather"; None when it holds no relationship word."""
    mods = [_MODIFIERS[w] for w in segment if w in _MODIFIERS]
    bases = [_BASE_WORDS[w] for w in segment if w in _BASE_WORDS]
    if not bases:
        if "former" not in mods:
            return None
        bases = ["partner"]
    read = _Segment(base=bases[-1], mods=mods, inlaw="inlaw" in segment, first=first)
    return _WORDS.get(read.base, _other)(read)


def _parent(s: _Segment) -> str:
    if "foster" in s.mods:
        word = "foster carer"
    elif "adoptive" in s.mods:
        word = f"adoptive {s.base}"
    elif s.step:
        word = {"mother": "stepmother", "father": "stepfather"}.get(s.base, "step-parent")
    elif s.greats:  # "great grandad": the first "great" is the "grand"
        word = s.prefix + "great-" * (s.greats - 1) + "grand" + s.base
    else:
        word = s.base
    return word + "-in-law" if s.inlaw else word


def _grandparent(s: _Segment) -> str:
    return s.prefix + "great-" * s.greats + ("step-" if s.step else "") + s.base


def _sibling(s: _Segment) -> str:
    kind = "half-" if "half" in s.mods else "step-" if s.step else ""
    kind = "foster " if "foster" in s.mods else "adoptive " if "adoptive" in s.mods else kind
    if s.inlaw:
        return f"{s.base}-in-law"
    return f"{kind}sibling" if s.first else f"{kind}{s.base}"


def _aunt_or_uncle(s: _Segment) -> str:
    return s.prefix + "great-" * s.greats + s.base


def _child(s: _Segment) -> str:
    if s.first and not s.step:
        return "child of {subject}"
    return ("step" if s.step else "") + s.base + ("-in-law" if s.inlaw else "")


def _partner(s: _Segment) -> str | None:
    if s.first:
        return None  # a partner of whom?
    return "former partner" if "former" in s.mods else "partner"


def _carer(s: _Segment) -> str:
    return "foster carer" if "foster" in s.mods or s.first else "carer"


def _other(s: _Segment) -> str:
    return s.prefix + s.base


# How each relationship word is rendered (any other: with its side only, "maternal cousin")
_WORDS: dict[str, Callable[[_Segment], str | None]] = {
    **dict.fromkeys(("mother", "father", "parent"), _parent),
    **dict.fromkeys(sorted(_GRAND), _grandparent),
    **dict.fromkeys(("sibling", "brother", "sister"), _sibling),
    **dict.fromkeys(("aunt", "uncle"), _aunt_or_uncle),
    **dict.fromkeys(("son", "daughter", "child"), _child),
    "partner": _partner,
    "carer": _carer,
}


def role_label(role: str, sex: str = "U") -> str | None:
    """The workbook's role as a label in the scheme's words ("Father of half-sibling" ->
    "Half-sibling's father"), or None when it is not a relationship phrase."""
    segments = _role_phrase(role)
    if not segments:
        return None
    parts: list[str] = []
    for segment in segments:
        if " ".join(segment) in _SUBJECT_WORDS:
            continue
        rendered = _render(segment, first=not parts, sex_hint=sex)
        if rendered is None:
            return None
        parts.append(rendered)
    if not parts:
        return None
    label = cap(parts[0])
    for part in parts[1:]:
        label = compress(label, part)
    return label


def is_kin_word(word: str) -> bool:
    """A word of a relationship phrase ("Great-Nan", "grandad", "maternal", "step")."""
    parts = re.split(r"[-\s]+", re.sub(r"['’]s$", "", word.lower()))
    return bool(parts) and all(
        p in _BASE_WORDS or p in _MODIFIERS or p in _POSSESSIVE or p == "ex" for p in parts if p
    )
