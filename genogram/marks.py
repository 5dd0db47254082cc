"""Drawing the standard genogram marks as primitives: symbols, union lines, emotional lines.

The same functions draw the family and the legend's samples, so the key always matches.
"""

from __future__ import annotations

import itertools
import math

from genogram import geometry
from genogram.primitives import Path, Point, Primitive, Shape, Text
from genogram.style import Style

SHAPES = {"M": "square", "F": "circle", "U": "diamond"}
DIAMOND_SCALE = 1.15  # a diamond as wide as a square looks smaller


def symbol(
    style: Style,
    sex: str,
    cx: float,
    cy: float,
    *,
    subject: bool = False,
    deceased: bool = False,
    age: str = "",
    ref: str = "",
    half: float | None = None,
) -> list[Primitive]:
    """A person's symbol: shape, double outline for the subject, X if deceased, age inside."""
    half = half if half is not None else style.symbol_size / 2
    stroke = str(style.get("symbol", "stroke"))
    width = float(style.get("symbol", "stroke_width"))
    fill = str(style.get("symbol", "fill"))
    kind = SHAPES.get(sex, "diamond")
    scale = DIAMOND_SCALE if kind == "diamond" else 1.0
    result: list[Primitive] = []
    if subject:
        gap = float(style.get("symbol", "subject_gap"))
        result.append(Shape(kind, cx, cy, half * scale + gap, stroke, width, fill, ref))
    result.append(Shape(kind, cx, cy, half * scale, stroke, width, fill, ref))
    if deceased:
        reach = {"square": half, "circle": half * 0.72, "diamond": half * scale / 2}[kind]
        line = float(style.get("symbol", "deceased_stroke_width"))
        for sign in (1, -1):
            points = ((cx - reach, cy - reach * sign), (cx + reach, cy + reach * sign))
            result.append(Path(points, stroke, line, role="mark"))
    if age:
        size = float(style.get("font", "age_size"))
        if deceased:
            box_w, box_h = len(age) * size * 0.62 + 4, size + 2
            box = (
                (cx - box_w / 2, cy - box_h / 2),
                (cx + box_w / 2, cy - box_h / 2),
                (cx + box_w / 2, cy + box_h / 2),
                (cx - box_w / 2, cy + box_h / 2),
            )
            result.append(Path(box, "none", 0, fill=fill, closed=True, role="mark"))
        result.append(Text(cx, cy + size * 0.36, age, size, bold=True))
    return result


def symbol_edge(style: Style, subject: bool = False) -> float:
    """How far from a symbol's centre a line attached to its side starts."""
    edge = style.symbol_size / 2
    return edge + (float(style.get("symbol", "subject_gap")) if subject else 0.0)


def union_line(
    style: Style,
    points: list[Point],
    line: str,
    ended: str | None,
    slash_at: Point | None = None,
) -> list[Primitive]:
    """A couple's line in its status style, with one slash (separated) or two (divorced)."""
    dash = style.dash(str(style.get("union", line)))
    colour = str(style.get("union", "unrecorded_colour")) if line == "unrecorded" else "#1a1a1a"
    width = float(style.get("lines", "thin" if line == "unrecorded" else "width"))
    result: list[Primitive] = [Path(tuple(points), colour, width, dash, role="union")]
    if ended in ("separated", "divorced") and slash_at is not None:
        size = float(style.get("union", "slash_length"))
        shifts = (0.0,) if ended == "separated" else (-4.0, 4.0)
        for shift in shifts:
            centre = (slash_at[0] + shift, slash_at[1])
            result.append(Path(tuple(geometry.slash(centre, size)), "#1a1a1a", 2.0, role="union"))
    return result


def child_line(style: Style, points: list[Point], kind: str) -> Path:
    dash = style.dash(str(style.get("child", kind)))
    return Path(tuple(points), "#1a1a1a", float(style.get("lines", "width")), dash, role="child")


def copy_link(style: Style, points: list[Point]) -> Path:
    """The dashed line joining the two symbols of a person drawn twice."""
    dash = style.dash(str(style.get("duplicate", "line")))
    colour, width = str(style.get("duplicate", "colour")), float(style.get("duplicate", "width"))
    return Path(tuple(points), colour, width, dash, role="duplicate")


CUT_GAP = 5.0  # half the break in a cut-off line


def cut_off_bars(points: list[Point], mark: float) -> list[tuple[Point, Point]]:
    """The two bars across a cut-off line whose break is `mark` along it."""
    bars = []
    for distance in (mark - CUT_GAP, mark + CUT_GAP):
        (x, y), (dx, dy) = geometry.point_along(points, distance)
        bars.append(((x - dy * 7, y + dx * 7), (x + dy * 7, y - dx * 7)))
    return bars


def overlay(
    style: Style, kind: str, points: list[Point], mark: float | None = None
) -> list[Primitive]:
    """An emotional or abuse line along `points` (from person_a to person_b); `mark` is how
    far along a cut-off line its break is (by default 0.7 of the way)."""
    colour = str(style.get("overlay", f"{kind}_colour"))
    width = float(style.get("overlay", "width"))
    step = float(style.get("overlay", "zigzag_step"))
    amplitude = float(style.get("overlay", "zigzag_amplitude"))
    pattern = str(style.get("overlay.pattern", kind))
    if pattern == "double":
        return [
            Path(tuple(geometry.offset(points, 2.6)), colour, width, role="overlay"),
            Path(tuple(geometry.offset(points, -2.6)), colour, width, role="overlay"),
        ]
    if pattern == "zigzag":
        zig = geometry.zigzag(points, step, amplitude, margin=4)
        return [Path(tuple(zig), colour, width, role="overlay")]
    if pattern in ("zigzag_arrow", "zigzag_line_arrow"):
        total = geometry.length(points)
        head = 11.0
        tip, direction = geometry.point_along(points, total)
        trimmed = _trim_end(points, head * 0.8)
        zig = geometry.zigzag(trimmed, step, amplitude, margin=4)
        arrow = geometry.arrowhead(tip, direction, head)
        drawn: list[Primitive] = [Path(tuple(zig), colour, width, role="overlay")]
        if pattern == "zigzag_line_arrow":
            # within the zigzag's own width, so lanes 8 apart still keep lines apart
            drawn.append(Path(tuple(trimmed), colour, width * 0.6, role="overlay"))
        drawn.append(Path(tuple(arrow), colour, 1.0, fill=colour, closed=True, role="overlay"))
        return drawn
    if pattern == "broken":
        total = geometry.length(points)
        if mark is None:
            mark = total * 0.7 if total > 80 else total / 2
        first = _trim_end(points, total - mark + CUT_GAP)
        second = list(reversed(_trim_end(list(reversed(points)), mark + CUT_GAP)))
        result: list[Primitive] = [
            Path(tuple(first), colour, width, role="overlay"),
            Path(tuple(second), colour, width, role="overlay"),
        ]
        for bar in cut_off_bars(points, mark):
            result.append(Path(bar, colour, width, role="overlay"))
        return result
    if pattern != "dashed_query":
        raise ValueError(f"rules/symbols.toml [overlay.pattern] {kind}: unknown '{pattern}'")
    # a dashed grey line with a question mark at its middle
    middle, _ = geometry.point_along(points, geometry.length(points) / 2)
    dash = style.dash("dashed")
    size = float(style.get("font", "label_size"))
    return [
        Path(tuple(points), colour, width, dash, role="overlay"),
        Path(_square(middle, 7), "none", 0, fill="#ffffff", closed=True, role="overlay"),
        Text(middle[0], middle[1] + size * 0.36, "?", size, bold=True, colour=colour),
    ]


def _square(centre: Point, half: float) -> tuple[Point, ...]:
    x, y = centre
    return ((x - half, y - half), (x + half, y - half), (x + half, y + half), (x - half, y + half))


def _trim_end(points: list[Point], cut: float) -> list[Point]:
    """The polyline without its last `cut` units."""
    total = geometry.length(points)
    keep = max(total - cut, 0.0)
    result = [points[0]]
    travelled = 0.0
    for a, b in itertools.pairwise(points):
        step = math.dist(a, b)
        if travelled + step >= keep:
            end, _ = geometry.point_along([a, b], keep - travelled)
            result.append(end)
            return result
        result.append(b)
        travelled += step
    return result
