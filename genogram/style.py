"""The look of the genogram, read from `rules/symbols.toml` so it can change without code."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


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


@cache
def load_style() -> Style:
    text = resources.files("genogram").joinpath("rules/symbols.toml").read_text("utf-8")
    return Style(tomllib.loads(text))
