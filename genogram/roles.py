"""Reading free-text roles ("Mum's boyfriend", "nan (maternal)") against the pseudonym scheme.

The scheme lives in `rules/pseudonyms.toml` so that the anonymisation of chronologies can load
the same file and name people the same way. This module only reads and matches it; numbering
and assignment are in `genogram.pseudonyms`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from chronology.columns import normalise_header
from rulefiles import load, rules_file


@dataclass(frozen=True)
class RoleRule:
    """One role label and the word sets that select it."""

    label: str
    numbered: bool
    match: tuple[frozenset[str], ...]


@dataclass(frozen=True)
class PseudonymScheme:
    subject_label: str
    subject_letters: str
    subject_match: frozenset[str]
    adult_label: str
    child_label: str
    adult_age: int
    roles: tuple[RoleRule, ...]

    def rule_for(self, role: str) -> RoleRule | None:
        """The first rule all of whose words (for one entry) appear in the role, or None."""
        words = frozenset(normalise_header(role).split())
        if not words:
            return None
        for rule in self.roles:
            if any(entry <= words for entry in rule.match):
                return rule
        return None

    def is_subject(self, role: str) -> bool:
        """Whole-role match only: "mother of subject" is not the subject."""
        return normalise_header(role) in self.subject_match


@dataclass(frozen=True)
class SubjectSpec:
    label: str
    letters: str
    match: tuple[str, ...]


@dataclass(frozen=True)
class FallbackSpec:
    adult: str
    child: str
    adult_age: int


@dataclass(frozen=True)
class RoleSpec:
    label: str
    match: tuple[str, ...]
    numbered: bool = False


@rules_file("genogram", "pseudonyms.toml")
@dataclass(frozen=True)
class PseudonymsFile:
    subject: SubjectSpec
    fallback: FallbackSpec
    role: tuple[RoleSpec, ...]
    version: int | str | None = None  # for the reader; not used


@cache
def load_scheme(path: str | None = None) -> PseudonymScheme:
    """The pseudonym scheme (default: the packaged `rules/pseudonyms.toml`)."""
    data = load(PseudonymsFile, path)
    roles = tuple(
        RoleRule(
            label=spec.label,
            numbered=spec.numbered,
            match=tuple(frozenset(normalise_header(m).split()) for m in spec.match),
        )
        for spec in data.role
    )
    return PseudonymScheme(
        subject_label=data.subject.label,
        subject_letters=data.subject.letters,
        subject_match=frozenset(normalise_header(m) for m in data.subject.match),
        adult_label=data.fallback.adult,
        child_label=data.fallback.child,
        adult_age=data.fallback.adult_age,
        roles=roles,
    )


def is_subject_role(role: str) -> bool:
    return load_scheme().is_subject(role)
