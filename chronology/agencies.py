"""Agencies as the panel sees them: the organisation that recorded an entry (Midwifery, Health
Visiting, the ICB) and its sector (Health), from rules/agencies.toml.

Why two levels: merging every health service into "Health" hid which service was involved,
while a name per spelling ("CSC", "Children's Services") would split one agency's lane. So a
name an agency writes is matched to a known organisation where one fits, a name a person
typed is kept as written, and the sector is looked up for filtering and grouping.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rulefiles import load, rules_file

OTHER_SECTOR = "Other"

# Words in file names that say nothing about the agency.
_FILE_NOISE = re.compile(
    r"\b(chronology|chronologies|chron|chrono|final|draft|copy|copy of|updated|update|version|"
    r"v\d+|rev\d*|redacted|template|export|extract|combined|submission|return|returns|for|of|"
    r"the|and|panel|review|rapid|cspr|scr|lcspr|data|sheet\d*|book\d*|new|child [a-z]|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|[a-z]{3}\d{2}|\d+)\b",
    re.IGNORECASE,
)
# "Agency: Youth Justice Service" in a title block or on a cover sheet.
_NAMED = re.compile(
    r"^\s*(?:agency|organisation|organization|service|agency name|provider|team)\s*[:\-–]\s*(.+)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Organisation:
    name: str
    sector: str
    generic: bool
    aliases: tuple[str, ...]
    named_identifies: bool = False  # "Ridgeway Surgery": its own name can locate a family


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9&]+", " ", re.sub("['’]", "", text.lower())).split()).replace(
        "&", " "
    )


@dataclass(frozen=True)
class OrganisationSpec:
    sector: str = OTHER_SECTOR
    generic: bool = False
    aliases: tuple[str, ...] = ()
    named_identifies: bool = False


@rules_file("chronology", "agencies.toml")
@dataclass(frozen=True)
class AgenciesFile:
    organisations: dict[str, OrganisationSpec]
    sectors: tuple[str, ...] = ()


@cache
def _rules() -> tuple[dict[str, Organisation], tuple[str, ...]]:
    data = load(AgenciesFile)
    organisations = {
        name: Organisation(name, spec.sector, spec.generic, spec.aliases, spec.named_identifies)
        for name, spec in data.organisations.items()
    }
    return organisations, data.sectors


def organisations() -> dict[str, Organisation]:
    """Known organisations by display name."""
    return _rules()[0]


def sectors() -> tuple[str, ...]:
    """The sectors, in the order the panel expects them."""
    return _rules()[1]


@cache
def aliases() -> dict[str, str]:
    """alias key -> organisation name (each name is its own alias)."""
    result: dict[str, str] = {}
    for organisation in organisations().values():
        for alias in (organisation.name, *organisation.aliases):
            result[_key(alias)] = organisation.name
    return result


def canonical_agency(name: str) -> str:
    """The organisation an agency's own wording names; an unknown name is kept as written."""
    cleaned = " ".join(name.split())
    return known_organisation(cleaned) or cleaned


@cache  # called per row and per event with a handful of distinct names
def known_organisation(text: str) -> str | None:
    """The known organisation a name is or contains ("Northshire CSC" -> Children's Social
    Care; "Northgate Hospital ED" -> Emergency Department: specific beats generic)."""
    key = _key(text)
    known = aliases()
    if key in known:
        return known[key]
    padded = f" {key} "
    hits = [alias for alias in known if f" {alias} " in padded]
    if not hits:
        return None
    every = organisations()

    def rank(alias: str) -> tuple[bool, int, int]:
        return (not every[known[alias]].generic, len(alias), -padded.index(f" {alias} "))

    return known[max(hits, key=rank)]


def sector_of(agency: str) -> str:
    """The sector of an organisation (an unknown one by the aliases inside its name)."""
    found = known_organisation(agency)
    return organisations()[found].sector if found else OTHER_SECTOR


def agency_from_text(lines: Iterable[str]) -> str | None:
    """An agency a file names in its title block, caption or cover sheet: an "Agency: X" line
    first (kept as written, matched to a known organisation where it fits), else the first
    line naming a known organisation."""
    texts = [line for line in lines if line and len(line) <= 200]
    for line in texts:
        match = _NAMED.match(line)
        if match:
            value = match.group(1).strip(" .")
            if value:
                return canonical_agency(value)
    for line in texts:
        found = known_organisation(line)
        if found is not None and not organisations()[found].generic:
            return found
    return None


def agency_in_filename(path: Path | str) -> str | None:
    """The known organisation a file name gives (`Police_Chronology_v2.xlsx` -> Police)."""
    return known_organisation(Path(path).stem.replace("_", " ").replace("-", " "))


def agency_from_filename(path: Path | str) -> str:
    """A label from a file name: its known organisation, else its words without the noise
    ("Doyle.csv" -> "Doyle": treated as identifying until a person confirms the agency)."""
    found = agency_in_filename(path)
    if found:
        return found
    stem = Path(path).stem.replace("_", " ").replace("-", " ")
    cleaned = " ".join(re.sub(r"[^\w' ]+", " ", _FILE_NOISE.sub(" ", stem)).split())
    if len(cleaned) >= 3 and any(c.isalpha() for c in cleaned):
        return cleaned
    return " ".join(stem.split()) or Path(path).name
