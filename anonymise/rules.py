"""The anonymisation vocabulary (`rules/anonymise.toml`) read once into typed records."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


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


@cache
def load_rules() -> Rules:
    text = resources.files("anonymise").joinpath("rules/anonymise.toml").read_text("utf-8")
    data = tomllib.loads(text)
    roles = tuple(
        Role(
            label=r["label"],
            titles=tuple(r.get("titles", ())),
            abbreviations=tuple(r.get("abbreviations", ())),
            phrases=tuple(p.lower() for p in r.get("phrases", ())),
        )
        for r in data["role"]
    )
    organisations = tuple(
        OrganisationType(o["label"], tuple(o["types"]), tuple(o.get("prefixes", ())))
        for o in data["organisation"]
    )
    addresses = data["addresses"]
    names = data["names"]
    return Rules(
        placeholders=dict(data["placeholders"]),
        male_titles=tuple(data["titles"]["male"]),
        female_titles=tuple(data["titles"]["female"]),
        other_titles=tuple(data["titles"]["other"]),
        roles=roles,
        practitioner_by_sheet=dict(data["practitioner_by_sheet"]),
        practitioner_by_agency=dict(data["practitioner_by_agency"]),
        organisations=organisations,
        street_types=tuple(addresses["street_types"]),
        abbreviated_types=tuple(addresses["abbreviated_types"]),
        buildings=tuple(addresses["buildings"]),
        units=tuple(addresses["units"]),
        name_columns=frozenset(n.lower() for n in names["name_columns"]),
        family_words=frozenset(n.lower() for n in names["family_words"]),
        terms=frozenset(w.lower() for w in data["terms"]["words"]),
        rare_details={k: tuple(v) for k, v in data["rare_details"].items()},
        keep_phrases=tuple(data.get("phrases", {}).get("keep", ())),
    )
