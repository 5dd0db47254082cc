"""What a reader trips over in a drawn genogram: overlay lines that hide what is under them.

Overlay lines (close, conflict, violence, abuse, cut off, unknown, and the dashed line joining
a person drawn twice) are routed after the family layout (`genogram.overlay_routes`). They
should never run through a symbol or a label, whose reading they would spoil, nor lie along a
union, sibship or descent line, where the two would read as one. Crossing a family line is
allowed (it cannot always be avoided) and is not counted here (`layout.count_lines` counts
the family lines' own crossings).

Counted on the drawn paths (what the SVG shows, zigzags included), so the count is checked
by the same geometry a reader sees. A line's own two symbols are not obstacles to it (it ends
on them), but their labels are.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from genogram.marks import SHAPES
from genogram.primitives import Path, Point
from genogram.style import load_style

if TYPE_CHECKING:
    from genogram.build import Genogram

OVERLAY_ROLES = ("overlay", "duplicate")
FAMILY_ROLES = ("union", "child")
INSIDE = 1.5  # how far inside an outline a line must reach to count as through it
ALONG = 3.0  # closer than this to a parallel family line, over some length, is on top of it
END_REACH = 8.0  # a path ending this close to a symbol's outline ends at that symbol

Box = tuple[float, float, float, float]  # left, top, right, bottom


@dataclass(frozen=True)
class Symbol:
    """A drawn symbol and its label's box (left, top, right, bottom)."""

    key: str
    kind: str  # square | circle | diamond
    x: float
    y: float
    half: float
    label: Box


@dataclass(frozen=True)
class OverlayCount:
    paths: int  # overlay paths drawn (a double line is two)
    through_symbols: int  # paths passing through a symbol that is not one of their ends
    through_labels: int  # paths passing through a label
    along_family_lines: int  # paths lying on a union, sibship or descent line

    @property
    def faults(self) -> int:
        return self.through_symbols + self.through_labels + self.along_family_lines


def symbols_of(genogram: Genogram) -> list[Symbol]:
    """The symbols of a built genogram, copies included, with their labels' boxes."""
    layout, graph, style = genogram.layout, genogram.graph, load_style()
    half = layout.symbol_size / 2
    result = []
    keyed = [(pid, spot) for pid, spot in layout.people.items()]
    keyed += [(key, spot) for key, spot in layout.copies.items()]
    for key, spot in keyed:
        kind = SHAPES.get(graph.people[spot.person_id].sex, "diamond")
        width, height = genogram.labels[spot.person_id].size(style)
        top = spot.y + half + style.spacing("label_gap")
        label = (spot.x - width / 2, top, spot.x + width / 2, top + height)
        result.append(Symbol(key, kind, spot.x, spot.y, half, label))
    return result


def count_overlays(genogram: Genogram) -> OverlayCount:
    """Overlay paths through symbols or labels, or along family lines, in a built genogram."""
    return count_paths(genogram.scene.items, symbols_of(genogram))


def count_paths(items: Iterable[object], symbols: Sequence[Symbol]) -> OverlayCount:
    """The counts for drawn `items` (scene primitives; only open paths are lines)."""
    paths = [i for i in items if isinstance(i, Path) and not i.closed and len(i.points) > 1]
    overlays = [p.points for p in paths if p.role in OVERLAY_ROLES]
    family = [seg for p in paths if p.role in FAMILY_ROLES for seg in _pairs(p.points)]
    through_symbols = through_labels = lying = 0
    for points in overlays:
        ends = {s.key for s in symbols if _near(s, points[0]) or _near(s, points[-1])}
        segments = list(_pairs(points))
        others = [s for s in symbols if s.key not in ends]
        through_symbols += any(_enters(s, seg) for s in others for seg in segments)
        through_labels += any(crosses_box(s.label, seg) for s in symbols for seg in segments)
        lying += any(along(seg, line) for seg in segments for line in family)
    return OverlayCount(len(overlays), through_symbols, through_labels, lying)


def _pairs(points: Sequence[Point]) -> Iterable[tuple[Point, Point]]:
    return itertools.pairwise(points)


def _inside(symbol: Symbol, point: Point, margin: float) -> bool:
    dx, dy = abs(point[0] - symbol.x), abs(point[1] - symbol.y)
    reach = symbol.half - margin
    if symbol.kind == "circle":
        return math.hypot(dx, dy) < reach
    if symbol.kind == "diamond":
        return dx + dy < reach
    return dx < reach and dy < reach


def _near(symbol: Symbol, point: Point) -> bool:
    return _inside(symbol, point, -END_REACH)


def _samples(segment: tuple[Point, Point]) -> Iterable[Point]:
    (x1, y1), (x2, y2) = segment
    steps = max(1, int(math.hypot(x2 - x1, y2 - y1)))
    for i in range(steps + 1):
        t = i / steps
        yield (x1 + (x2 - x1) * t, y1 + (y2 - y1) * t)


def _box_apart(box: Box, segment: tuple[Point, Point]) -> bool:
    (x1, y1), (x2, y2) = segment
    left, top, right, bottom = box
    return max(x1, x2) < left or min(x1, x2) > right or max(y1, y2) < top or min(y1, y2) > bottom


def _enters(symbol: Symbol, segment: tuple[Point, Point]) -> bool:
    box = (symbol.x - symbol.half, symbol.y - symbol.half, symbol.x + symbol.half,
           symbol.y + symbol.half)  # fmt: skip
    if _box_apart(box, segment):
        return False
    return any(_inside(symbol, p, INSIDE) for p in _samples(segment))


def crosses_box(box: Box, segment: tuple[Point, Point]) -> bool:
    """Does the segment reach more than INSIDE into the box?"""
    left, top, right, bottom = box
    inner = (left + INSIDE, top + INSIDE, right - INSIDE, bottom - INSIDE)
    if _box_apart(inner, segment):
        return False
    return any(inner[0] < x < inner[2] and inner[1] < y < inner[3] for x, y in _samples(segment))


def along(a: tuple[Point, Point], b: tuple[Point, Point]) -> bool:
    """Both horizontal (or both vertical), closer than ALONG, side by side for over 4 units."""
    for axis in (0, 1):  # 0: horizontal lines (same y), 1: vertical lines (same x)
        other = 1 - axis
        if abs(a[0][other] - a[1][other]) > 0.5 or abs(b[0][other] - b[1][other]) > 0.5:
            continue
        if abs(a[0][other] - b[0][other]) >= ALONG:
            continue
        low = max(min(a[0][axis], a[1][axis]), min(b[0][axis], b[1][axis]))
        high = min(max(a[0][axis], a[1][axis]), max(b[0][axis], b[1][axis]))
        if high - low > 4:
            return True
    return False
