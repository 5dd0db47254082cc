"""The look of the genogram, read from `rules/symbols.toml` so it can change without code."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

from rulefiles import load, rules_file


@dataclass(frozen=True)
class Style:
    """Sizes, line styles, colours and legend wording; `raw` is the whole file as read."""

    raw: dict[str, Any]

    def get(self, section: str, key: str) -> Any:
        node: Any = self.raw
        for part in section.split("."):
            node = node[part]
        return node[key]

    @property
    def symbol_size(self) -> float:
        return float(self.raw["symbol"]["size"])

    @property
    def font_family(self) -> str:
        return str(self.raw["font"]["family"])

    def dash(self, line_style: str) -> str:
        """The stroke-dasharray of a named line style ('' is solid)."""
        return str(self.raw["lines"][line_style])

    def legend_text(self, key: str) -> str:
        return str(self.raw["legend"]["text"][key])

    def spacing(self, key: str) -> float:
        return float(self.raw["spacing"][key])


# The shape of rules/symbols.toml, section by section in the file's order (Style reads the
# checked file as a dict, by section and key, so the order and values are the file's own).


@dataclass(frozen=True)
class FontSpec:
    family: str
    label_size: float
    label_line: float
    age_size: float
    legend_size: float
    title_size: float


@dataclass(frozen=True)
class SymbolSpec:
    size: float
    stroke: str
    stroke_width: float
    fill: str
    subject_gap: float
    deceased_stroke_width: float


@dataclass(frozen=True)
class SpacingSpec:
    partner_gap: float
    sibling_gap: float
    family_gap: float
    label_gap: float
    row_clearance: float
    sibship_drop: float
    margin: float


@dataclass(frozen=True)
class LinesSpec:
    solid: str
    dashed: str
    dotted: str
    long_dash: str
    width: float
    thin: float


@dataclass(frozen=True)
class UnionSpec:
    married: str
    cohabiting: str
    partners: str
    engaged: str
    unrecorded: str
    unrecorded_colour: str
    slash_length: float


@dataclass(frozen=True)
class ChildSpec:
    birth: str
    adoptive: str
    foster: str


@dataclass(frozen=True)
class PatternSpec:
    close: str
    conflict: str
    violence: str
    abuse: str
    cut_off: str
    unknown: str


@dataclass(frozen=True)
class OverlaySpec:
    close_colour: str
    conflict_colour: str
    violence_colour: str
    abuse_colour: str
    cut_off_colour: str
    unknown_colour: str
    width: float
    zigzag_step: float
    zigzag_amplitude: float
    pattern: PatternSpec


@dataclass(frozen=True)
class DuplicateSpec:
    line: str
    colour: str
    width: float


@dataclass(frozen=True)
class HouseholdSpec:
    colour: str
    dash: str
    width: float
    padding: float


@dataclass(frozen=True)
class LegendSpec:
    title: str
    swatch: float
    text: dict[str, str]  # legend entry -> its words


@rules_file("genogram", "symbols.toml")
@dataclass(frozen=True)
class SymbolsFile:
    font: FontSpec
    symbol: SymbolSpec
    spacing: SpacingSpec
    lines: LinesSpec
    union: UnionSpec
    child: ChildSpec
    overlay: OverlaySpec
    duplicate: DuplicateSpec
    household: HouseholdSpec
    legend: LegendSpec


@cache
def load_style() -> Style:
    return Style(asdict(load(SymbolsFile)))
