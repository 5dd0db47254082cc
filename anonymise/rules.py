"""The anonymisation vocabulary (`rules/anonymise.toml`) read once into typed records."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rulefiles import RulesError, load, rules_file


@dataclass(frozen=True)
class Role:
    label: str
    titles: tuple[str, ...]
    abbreviations: tuple[str, ...]
    phrases: tuple[str, ...]


@dataclass(frozen=True)
class OrganisationType:
    label: str
    types: tuple[str, ...]
    prefixes: tuple[str, ...]


@dataclass(frozen=True)
class Rules:
    placeholders: dict[str, str]
    male_titles: tuple[str, ...]
    female_titles: tuple[str, ...]
    other_titles: tuple[str, ...]
    roles: tuple[Role, ...]
    practitioner_by_sheet: dict[str, str]
    practitioner_by_agency: dict[str, str]
    organisations: tuple[OrganisationType, ...]
    street_types: tuple[str, ...]
    abbreviated_types: tuple[str, ...]
    buildings: tuple[str, ...]
    units: tuple[str, ...]
    name_columns: frozenset[str]
    family_words: frozenset[str]
    terms: frozenset[str]  # lower case
    rare_details: dict[str, tuple[str, ...]]
    context: ContextWordsSpec
    keep_phrases: tuple[str, ...] = ()

    @property
    def personal_titles(self) -> tuple[str, ...]:
        return self.male_titles + self.female_titles + self.other_titles

    def role_for(self, text: str) -> Role | None:
        """The role a word or phrase names ("SW", "social worker", "DC"), or None."""
        clean = " ".join(text.strip().split())
        for role in self.roles:
            if clean in role.abbreviations or clean in role.titles:
                return role
        low = clean.lower()
        for role in self.roles:
            if low in role.phrases:
                return role
        return None

    def sex_of_title(self, title: str) -> str:
        title = title.rstrip(".")
        if title in self.male_titles:
            return "M"
        if title in self.female_titles:
            return "F"
        return "U"


@dataclass(frozen=True)
class RoleSpec:
    label: str
    titles: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()


@dataclass(frozen=True)
class OrganisationSpec:
    label: str
    types: tuple[str, ...]
    prefixes: tuple[str, ...] = ()


@dataclass(frozen=True)
class TitlesSpec:
    male: tuple[str, ...]
    female: tuple[str, ...]
    other: tuple[str, ...]


@dataclass(frozen=True)
class AddressesSpec:
    street_types: tuple[str, ...]
    abbreviated_types: tuple[str, ...]
    buildings: tuple[str, ...]
    units: tuple[str, ...]


@dataclass(frozen=True)
class NamesSpec:
    name_columns: tuple[str, ...]
    family_words: tuple[str, ...]


@dataclass(frozen=True)
class TermsSpec:
    words: tuple[str, ...]


@dataclass(frozen=True)
class ContextWordsSpec:
    """Words the redaction passes read around a possible name (anonymise/wordlists.py; the
    patterns of people.py, places.py and practitioners.py, which keep only their structure)."""

    keep_role_before: tuple[str, ...]
    role_nouns: tuple[str, ...]
    weak_organisation_types: tuple[str, ...]
    sentence_verbs: tuple[str, ...]
    family_titles: tuple[str, ...]
    before_a_date: tuple[str, ...]
    before_a_weekday: tuple[str, ...]
    name_from_service: tuple[str, ...]
    before_an_address: tuple[str, ...]
    name_particles: tuple[str, ...]
    second_name_particles: tuple[str, ...]
    surname_words: tuple[str, ...] = ()

    @property
    def all_name_particles(self) -> frozenset[str]:
        """Every lower-case word that may stand inside a surname ("van der Merwe"): never a
        name by itself, so neither a practitioner's name word nor a leak-check word."""
        return frozenset((*self.name_particles, *self.second_name_particles))


def one_of(words: Iterable[str]) -> str:
    """A regex alternation of `words`, each matched as written (in the file's order), or a
    pattern that never matches when there are none (an empty alternation would match anywhere)."""
    return "|".join(re.escape(w) for w in words) or "(?!)"


@dataclass(frozen=True)
class PhrasesSpec:
    keep: tuple[str, ...] = ()


@rules_file("anonymise", "anonymise.toml")
@dataclass(frozen=True)
class AnonymiseFile:
    placeholders: dict[str, str]
    titles: TitlesSpec
    role: tuple[RoleSpec, ...]
    practitioner_by_sheet: dict[str, str]
    practitioner_by_agency: dict[str, str]
    organisation: tuple[OrganisationSpec, ...]
    addresses: AddressesSpec
    names: NamesSpec
    terms: TermsSpec
    rare_details: dict[str, tuple[str, ...]]
    context_words: ContextWordsSpec
    phrases: PhrasesSpec = PhrasesSpec()
    version: int | str | None = None  # for the reader; not used


@cache
def load_rules(path: str | Path | None = None) -> Rules:
    """The packaged rules, or those of the file at `path` (a partnership's own, or a test's)."""
    data = load(AnonymiseFile, path)
    origin = Path(path).name if path is not None else "anonymise.toml"
    context = data.context_words
    if upper := sorted(w for w in context.all_name_particles if not w.islower()):
        # They are matched as written: a capitalised "Van" is a name's first word, not a particle.
        raise RulesError(f"{origin}: [context_words] particles are lower case, not {upper[0]!r}")
    roles = tuple(
        Role(
            label=r.label,
            titles=r.titles,
            abbreviations=r.abbreviations,
            phrases=tuple(p.lower() for p in r.phrases),
        )
        for r in data.role
    )
    organisations = tuple(OrganisationType(o.label, o.types, o.prefixes) for o in data.organisation)
    addresses = data.addresses
    names = data.names
    return Rules(
        placeholders=dict(data.placeholders),
        male_titles=data.titles.male,
        female_titles=data.titles.female,
        other_titles=data.titles.other,
        roles=roles,
        practitioner_by_sheet=dict(data.practitioner_by_sheet),
        practitioner_by_agency=dict(data.practitioner_by_agency),
        organisations=organisations,
        street_types=addresses.street_types,
        abbreviated_types=addresses.abbreviated_types,
        buildings=addresses.buildings,
        units=addresses.units,
        name_columns=frozenset(n.lower() for n in names.name_columns),
        family_words=frozenset(n.lower() for n in names.family_words),
        terms=frozenset(w.lower() for w in data.terms.words),
        rare_details=dict(data.rare_details),
        context=data.context_words,
        keep_phrases=data.phrases.keep,
    )
