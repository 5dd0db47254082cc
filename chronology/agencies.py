"""Canonical agency names, so "CSC", "Children's Services" and a file called
`childrens_social_care_v2.xlsx` all colour the same lane of the integrated chronology."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from pathlib import Path

# Words in file names that say nothing about the agency.
_FILE_NOISE = re.compile(
    r"\b(chronology|chronologies|chron|chrono|final|draft|copy|updated|update|version|v\d+|"
    r"rev\d*|redacted|template|export|extract|combined|submission|return|for|panel|review|"
    r"rapid|cspr|scr|child [a-z]|\d+)\b",
    re.IGNORECASE,
)


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", re.sub("['’]", "", text.lower())).split())


@cache
def aliases() -> dict[str, str]:
    """alias key -> canonical name, from rules/agencies.toml."""
    text = resources.files("chronology").joinpath("rules/agencies.toml").read_text("utf-8")
    table = tomllib.loads(text)["agencies"]
    result: dict[str, str] = {}
    for name, spec in table.items():
        result[_key(name)] = name
        for alias in spec.get("aliases", []):
            result[_key(alias)] = name
    return result


def canonical_agency(name: str) -> str:
    """The canonical name for an alias; an unknown agency is kept as written (tidied)."""
    cleaned = " ".join(name.split())
    known = aliases()
    if _key(cleaned) in known:
        return known[_key(cleaned)]
    # "Northshire CSC", "Northshire MASH": a known agency named with its area.
    return _longest_alias(cleaned) or cleaned


def _longest_alias(text: str) -> str | None:
    padded = f" {_key(text)} "
    known = aliases()
    hits = [alias for alias in known if f" {alias} " in padded]
    if not hits:
        return None
    # Longest alias wins so "childrens social care" beats "social care"; then the earliest.
    return known[max(hits, key=lambda alias: (len(alias), -padded.index(f" {alias} ")))]


def agency_from_filename(path: Path | str) -> str:
    """Agency named by a file: the longest known alias among its words, else the cleaned stem.

    `Police_Chronology_v2.xlsx` -> Police; `Riverside_Academy.xlsx` -> Education.
    """
    stem = Path(path).stem.replace("_", " ").replace("-", " ")
    found = _longest_alias(stem)
    if found:
        return found
    cleaned = " ".join(_FILE_NOISE.sub(" ", stem).split())
    return cleaned or " ".join(stem.split())
