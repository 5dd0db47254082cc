"""Reading free-text roles ("Mum's boyfriend", "nan (maternal)") against the pseudonym scheme.

The scheme lives in `rules/pseudonyms.toml` so that the anonymisation of chronologies can load
the same file and name people the same way. This module only reads and matches it; numbering
and assignment are in `genogram.pseudonyms`.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from chronology.columns import normalise_header


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


@cache
def load_scheme(path: str | None = None) -> PseudonymScheme:
    """The pseudonym scheme (default: the packaged `rules/pseudonyms.toml`)."""
    if path is None:
        text = resources.files("genogram").joinpath("rules/pseudonyms.toml").read_text("utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    data = tomllib.loads(text)
    subject = data["subject"]
    fallback = data["fallback"]
    roles = tuple(
        RoleRule(
            label=spec["label"],
            numbered=bool(spec.get("numbered", False)),
            match=tuple(frozenset(normalise_header(m).split()) for m in spec["match"]),
        )
        for spec in data["role"]
    )
    return PseudonymScheme(
        subject_label=subject["label"],
        subject_letters=subject["letters"],
        subject_match=frozenset(normalise_header(m) for m in subject["match"]),
        adult_label=fallback["adult"],
        child_label=fallback["child"],
        adult_age=int(fallback["adult_age"]),
        roles=roles,
    )


def is_subject_role(role: str) -> bool:
    return load_scheme().is_subject(role)
