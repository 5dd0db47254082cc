"""What a drawn genogram is made of: symbols, paths and text in drawing coordinates.

The scene is built once (`genogram.scene`) and then written as SVG (`genogram.svg`) or shown
in the dashboard (`genogram.plotly_figure`), so both show the same geometry.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Point = tuple[float, float]


@dataclass(frozen=True)
class Shape:
    """A square, circle or diamond centred on (cx, cy); `half` is half its width."""

    kind: str  # square | circle | diamond
    cx: float
    cy: float
    half: float
    stroke: str
    width: float
    fill: str = "#ffffff"
    ref: str = ""  # the person's (possibly pseudonymous) id, for hover and element ids


@dataclass(frozen=True)
class Path:
    """An open or closed polyline; `dash` is an SVG stroke-dasharray ('' for solid)."""

    points: tuple[Point, ...]
    stroke: str
    width: float
    dash: str = ""
    fill: str = ""
    closed: bool = False
    role: str = ""  # what it draws: union, child, overlay, household, mark, legend


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # baseline
    text: str
    size: float
    bold: bool = False
    anchor: str = "middle"  # start | middle | end
    colour: str = "#1a1a1a"


Primitive = Shape | Path | Text


@dataclass(frozen=True)
class Hover:
    """What the dashboard shows when the pointer is over a person."""

    ref: str
    x: float
    y: float
    lines: tuple[str, ...]


@dataclass
class Scene:
    width: float
    height: float
    items: list[Primitive] = field(default_factory=list)  # in painting order
    hovers: list[Hover] = field(default_factory=list)
    title: str = "Genogram"
