"""Agency colours, from rules/colours.toml, the same in every output and on screen."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

from rulefiles import load, rules_file


@rules_file("chronology", "colours.toml")
@dataclass(frozen=True)
class ColoursFile:
    spare: tuple[str, ...]  # colours for agencies not listed, in order
    agencies: dict[str, str]  # agency -> its fixed colour


@cache
def _palette() -> dict[str, Any]:
    """The file as a dict (`agencies`, `spare`), read and checked once."""
    return asdict(load(ColoursFile))


def agency_colours(agencies: Iterable[str]) -> dict[str, str]:
    """A colour (#RRGGBB) for each agency: listed ones fixed, others take spares in order."""
    palette = _palette()
    fixed: dict[str, str] = palette["agencies"]
    spare = [c for c in palette["spare"] if c not in fixed.values()]
    colours: dict[str, str] = {}
    for agency in dict.fromkeys(agencies):
        if agency in fixed:
            colours[agency] = fixed[agency]
        else:
            colours[agency] = spare[len([a for a in colours if a not in fixed]) % len(spare)]
    return colours


def contrast_with_black(colour: str) -> float:
    """WCAG contrast ratio of black text on this colour."""
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return (luminance + 0.05) / 0.05
