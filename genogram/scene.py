"""Turning a layout into the drawn genogram: every line, symbol, label and the key.

Painting order matters for legibility: household outlines first (behind everything), then
union and child lines, then emotional lines, then symbols (which hide line ends), then labels,
then the key and the title.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass

from genogram import geometry, marks
from genogram.clashes import Box, along, crosses_box
from genogram.households import household_outlines
from genogram.labels import Label
from genogram.layout import Layout, PersonSpot, UnionSpot
from genogram.legend import draw_legend, legend_size
from genogram.model import FamilyGraph
from genogram.overlay_routes import LANE_STEP, LANES, MOST_LANES, OverlayRouter
from genogram.primitives import Hover, Path, Point, Primitive, Scene, Text
from genogram.style import Style

TITLE_HEIGHT = 74.0


@dataclass(frozen=True)
class SceneText:
    """Words that vary with anonymisation: ids, labels, hover lines, title and subtitle."""

    refs: Mapping[str, str]
    labels: Mapping[str, Label]
    hovers: Mapping[str, tuple[str, ...]]
    title: str
    subtitle: str


def build_scene(
    graph: FamilyGraph,
    layout: Layout,
    words: SceneText,
    households: Mapping[str, list[str]],
    style: Style,
) -> Scene:
    used: set[str] = {"age"}
    items: list[Primitive] = []
    items += _households(layout, households, graph.subjects, style, used)
    items += _unions(graph, layout, style, used)
    router = _router(graph, layout, style)
    items += _children(graph, layout, style, used, router)
    items += _copy_links(graph, layout, style, used, router)
    family = [
        segment
        for item in items
        if isinstance(item, Path) and item.role in ("union", "child")
        for segment in itertools.pairwise(item.points)
    ]
    items += _overlays(graph, layout, style, used, router, family)
    items += _symbols(graph, layout, words, style, used)
    items += _labels(layout, words, style)
    margin = style.spacing("margin")
    legend_w, legend_h = legend_size(style, used)
    title_size = float(style.get("font", "title_size"))
    items += [
        Text(margin, margin + title_size, words.title, title_size, bold=True, anchor="start"),
        Text(
            margin,
            margin + title_size + 22,
            words.subtitle,
            float(style.get("font", "label_size")),
            anchor="start",
            colour="#404040",
        ),
    ]
    left = layout.width
    items += draw_legend(style, used, left, margin + TITLE_HEIGHT)
    width = left + legend_w + margin
    height = max(layout.height, margin + TITLE_HEIGHT + legend_h + margin)
    hovers = [
        Hover(words.refs[spot.person_id], spot.x, spot.y, words.hovers[spot.person_id])
        for spot in layout.spots()
    ]
    return Scene(width, height, items, hovers, words.title)


def _router(
    graph: FamilyGraph, layout: Layout, style: Style, unbounded: bool = False
) -> OverlayRouter:
    shapes = {pid: marks.SHAPES.get(p.sex, "diamond") for pid, p in graph.people.items()}
    return OverlayRouter(layout, style.spacing("sibship_drop"), shapes, unbounded)


def fit_lanes(graph: FamilyGraph, layout: Layout, style: Style) -> Layout:
    """The layout with rows moved apart where more overlay lines run across above a row than
    the lanes under the labels above it hold, so each stretch keeps a lane of its own (lines
    one on top of another read as one). Routes once with as many lanes as wanted to count."""
    router = _router(graph, layout, style, unbounded=True)
    used: set[str] = set()
    _children(graph, layout, style, used, router)
    _copy_links(graph, layout, style, used, router)
    _overlays(graph, layout, style, used, router, [])
    need = {row: min(n, MOST_LANES) for row, n in router.demand.items() if n > LANES or row == 0}
    if not need:
        return layout
    # Lanes over the top row would run through the subtitle: all of them are made room for.
    room = {row: (n - (LANES if row else 0)) * LANE_STEP for row, n in need.items()}
    return layout.spread_rows(room, need, style.spacing("sibship_drop"))


def _edge(graph: FamilyGraph, pid: str, style: Style) -> float:
    return marks.symbol_edge(style, pid in graph.subjects)


def _households(
    layout: Layout,
    households: Mapping[str, list[str]],
    subjects: list[str],
    style: Style,
    used: set[str],
) -> list[Primitive]:
    colour = str(style.get("household", "colour"))
    width = float(style.get("household", "width"))
    dash = str(style.get("household", "dash"))
    padding = float(style.get("household", "padding"))
    extra = {pid: float(style.get("symbol", "subject_gap")) for pid in subjects}
    items: list[Primitive] = []
    for members in households.values():
        drawn = [pid for pid in members if pid in layout.people]
        if len(drawn) < 2:
            continue
        outlines = household_outlines(layout, drawn, padding, extra)
        # A household split into pieces is hard to read; only the subject's is drawn so.
        if len(outlines) > 1 and not set(subjects) & set(drawn):
            continue
        used.add("household")
        for outline in outlines:
            items.append(Path(tuple(outline), colour, width, dash, role="household"))
    return items


def _unions(graph: FamilyGraph, layout: Layout, style: Style, used: set[str]) -> list[Primitive]:
    size = style.symbol_size
    items: list[Primitive] = []
    for uid, spot in layout.unions.items():
        union = graph.unions[uid]
        status = graph.status(union)
        if spot.kind == "single":
            items.append(
                marks.child_line(style, _lone_parent_line(graph, layout, spot, style), "birth")
            )
            continue
        used.add(status.line)
        if status.ended in ("separated", "divorced"):
            used.add(status.ended)
        has_children = any(graph.primary_union.get(c) == uid for c, _ in union.children)
        if spot.kind == "adjacent":
            a, b = sorted((layout.partner_spot(spot, p) for p in spot.partners), key=_x)
            left = a.x + _edge(graph, a.person_id, style)
            right = b.x - _edge(graph, b.person_id, style)
            points = [(left, a.y), (right, b.y)]
            slash = ((left + spot.x) / 2 if has_children else (left + right) / 2, a.y)
        elif spot.kind == "bracket":
            a, b = sorted((layout.partner_spot(spot, p) for p in spot.partners), key=_x)
            la = a.x + size / 4
            lb = b.x - size / 4
            points = [
                (la, a.y - _edge(graph, a.person_id, style)),
                (la, spot.y),
                (lb, spot.y),
                (lb, b.y - _edge(graph, b.person_id, style)),
            ]
            slash = ((la + spot.x) / 2 if has_children else (la + lb) / 2, spot.y)
        else:
            points, slash = _cross_union(graph, layout, spot, style)
        items += marks.union_line(style, points, status.line, status.ended, slash)
    return items


def _lone_parent_line(
    graph: FamilyGraph, layout: Layout, spot: UnionSpot, style: Style
) -> list[Point]:
    """From a lone parent to the slot their children hang from: straight across, or, when
    someone stands between them (the parent's partner), over the top like a bracket, so the
    line never runs through a symbol or the age inside it."""
    parent = layout.people[spot.partners[0]]
    side = 1 if spot.x > parent.x else -1
    low, high = sorted((parent.x, spot.x))
    between = [
        s for s in layout.spots()
        if s.generation == parent.generation and s is not parent and low < s.x < high
    ]  # fmt: skip
    if not between:
        start = parent.x + side * _edge(graph, parent.person_id, style)
        return [(start, parent.y), (spot.x, parent.y)]
    levels = [
        u.level
        for u in layout.unions.values()
        if u.kind == "bracket" and u.generation == parent.generation
    ]
    y = parent.y - style.symbol_size / 2 - 6 - 5 * (max(levels, default=0) + 1)
    leg = parent.x + side * style.symbol_size / 4
    return [(leg, parent.y - _edge(graph, parent.person_id, style)), (leg, y), (spot.x, y),
            (spot.x, spot.y)]  # fmt: skip


def _cross_union(
    graph: FamilyGraph, layout: Layout, spot: UnionSpot, style: Style
) -> tuple[list[Point], Point]:
    """A union between rows: from the upper partner's side down to the slot by the lower one."""
    lower = next(layout.people[p] for p in spot.partners if layout.people[p].y == spot.y)
    upper = next(layout.people[p] for p in spot.partners if p != lower.person_id)
    toward = 1 if spot.x > upper.x else -1
    beside = 1 if spot.x > lower.x else -1
    start = (upper.x + toward * _edge(graph, upper.person_id, style), upper.y)
    end = (lower.x + beside * _edge(graph, lower.person_id, style), lower.y)
    return [start, (spot.x, spot.y), end], ((spot.x + end[0]) / 2, spot.y)


def _children(
    graph: FamilyGraph, layout: Layout, style: Style, used: set[str], router: OverlayRouter
) -> list[Primitive]:
    items: list[Primitive] = []
    twins = [set(t) for t in graph.twin_sets]
    for sibship in layout.sibships:
        union = graph.unions[sibship.union_id]
        kinds = dict(union.children)
        route = list(sibship.route)
        if len(route) > 1:
            items.append(marks.child_line(style, route, "birth"))
        hang: dict[str, float] = {}
        groups: list[list[str]] = []
        for group in twins:
            members = [c for c in sibship.children if c in group]
            if len(members) > 1:
                groups.append(members)
                apex = sum(layout.people[c].x for c in members) / len(members)
                for child in members:
                    hang[child] = apex
        for child in sibship.children:
            hang.setdefault(child, layout.people[child].x)
        xs = [*hang.values(), route[-1][0]]
        y = sibship.line_y
        if max(xs) - min(xs) > 0.5:
            items.append(marks.child_line(style, [(min(xs), y), (max(xs), y)], "birth"))
        for child in sibship.children:
            spot = layout.people[child]
            kind = kinds.get(child, "birth")
            used.add(kind)
            top = spot.y - _edge(graph, child, style)
            items.append(marks.child_line(style, [(hang[child], y), (spot.x, top)], kind))
        for members in groups:
            used.add("twin")
            pair = frozenset(members[:2])
            if pair in graph.identical_twins:
                used.add("identical_twin")
                ends = []
                for child in members[:2]:
                    spot = layout.people[child]
                    top = spot.y - _edge(graph, child, style)
                    ends.append((hang[child] + (spot.x - hang[child]) * 0.45, y + (top - y) * 0.45))
                items.append(Path(tuple(ends), "#1a1a1a", 2.0, role="child"))
    items += _other_parents(graph, layout, style, used, router)
    return items


def _other_parents(
    graph: FamilyGraph, layout: Layout, style: Style, used: set[str], router: OverlayRouter
) -> list[Primitive]:
    """Lines from a second set of parents (birth parents of an adopted child, say) to the
    child, who is drawn under the first."""
    items: list[Primitive] = []
    for uid, spot in layout.unions.items():
        for child, kind in graph.unions[uid].children:
            if graph.primary_union.get(child) == uid or child not in layout.people:
                continue
            target = layout.people[child]
            used.add(kind)
            route = router.from_point(
                (spot.x, spot.y), spot.generation, target, _edge(graph, child, style)
            )
            line = marks.child_line(style, route, kind)
            items.append(Path(line.points, "#6e6e6e", 1.3, line.dash, role="child"))
    return items


def _copy_links(
    graph: FamilyGraph, layout: Layout, style: Style, used: set[str], router: OverlayRouter
) -> list[Primitive]:
    """A person drawn twice: a dashed line joins the two symbols, kinship2's convention. It
    leaves each symbol from the top and runs in a lane above the row's sibship lines, so it
    never runs through a symbol or along a family line."""
    items: list[Primitive] = []
    for copy in layout.copies.values():
        used.add("drawn_twice")
        original = layout.people[copy.person_id]
        edge = _edge(graph, copy.person_id, style)
        points = router.same_row(original, copy, (edge, edge))
        items.append(marks.copy_link(style, points))
    return items


def _x(spot: PersonSpot) -> float:
    return spot.x


def _cut_off_mark(
    points: list[Point], family: list[tuple[Point, Point]], boxes: list[Box]
) -> float | None:
    """Where along a cut-off line to break it: the usual place unless a bar would lie along a
    family line there (a bar on a descent line reads as part of it) or reach into a label."""
    total = geometry.length(points)
    if total <= 80:
        return None
    for share in (0.7, 0.6, 0.8, 0.5, 0.4, 0.3):
        bars = marks.cut_off_bars(points, total * share)
        if not any(along(bar, line) for bar in bars for line in family) and not any(
            crosses_box(box, bar) for bar in bars for box in boxes
        ):
            return total * share
    return None


def _nearest_symbols(
    layout: Layout, pid_a: str, pid_b: str
) -> tuple[tuple[str, PersonSpot], tuple[str, PersonSpot]]:
    """(item, place) of each end of a line between two people: for someone drawn twice, the
    symbol nearer the other person (a mother drawn again beside her partner: the line about
    that partner goes to that symbol, not across the drawing)."""

    def symbols(pid: str) -> list[tuple[str, PersonSpot]]:
        found = [(f"p:{pid}", layout.people[pid])]
        return found + [(k, s) for k, s in layout.copies.items() if s.person_id == pid]

    pairs = itertools.product(symbols(pid_a), symbols(pid_b))
    return min(
        pairs,
        key=lambda p: (abs(p[0][1].generation - p[1][1].generation), abs(p[0][1].x - p[1][1].x)),
    )


def _overlays(
    graph: FamilyGraph,
    layout: Layout,
    style: Style,
    used: set[str],
    router: OverlayRouter,
    family: list[tuple[Point, Point]],
) -> list[Primitive]:
    items: list[Primitive] = []
    boxes = [(s.x - s.half_width, s.top, s.x + s.half_width, s.bottom) for s in layout.spots()]
    for rel in graph.overlays():
        if rel.person_a not in layout.people or rel.person_b not in layout.people:
            continue
        (item_a, a), (item_b, b) = _nearest_symbols(layout, rel.person_a, rel.person_b)
        used.add(rel.type)
        edge_a, edge_b = _edge(graph, a.person_id, style), _edge(graph, b.person_id, style)
        if a.generation == b.generation:
            row = layout.rows[a.generation]
            ia, ib = sorted((row.index(item_a), row.index(item_b)))
            between = [i for i in row[ia + 1 : ib] if i.startswith(("p:", "c:"))]
            sign = 1 if b.x > a.x else -1
            if not between:
                taken = max(
                    router.take_exit(a.person_id, sign), router.take_exit(b.person_id, -sign)
                )
                start = router.side_point(a, sign, taken, edge_a)
                end = router.side_point(b, -sign, taken, edge_b)
                y = min(start[1], end[1])
                points = [(start[0], y), (end[0], y)]
            else:
                points = router.same_row(a, b, (edge_a, edge_b))
        else:
            points = router.between_rows(a, b, (edge_a, edge_b))
        mark = _cut_off_mark(points, family, boxes) if rel.type == "cut_off" else None
        items += marks.overlay(style, rel.type, points, mark)
    return items


def _symbols(
    graph: FamilyGraph, layout: Layout, words: SceneText, style: Style, used: set[str]
) -> list[Primitive]:
    items: list[Primitive] = []
    for spot in layout.spots():
        pid = spot.person_id
        person = graph.people[pid]
        deceased = graph.is_deceased(pid)
        subject = pid in graph.subjects
        used.add({"M": "male", "F": "female"}.get(person.sex, "unknown_sex"))
        if deceased:
            used.add("deceased")
        if subject:
            used.add("subject")
        age = graph.age(pid)
        items += marks.symbol(
            style,
            person.sex,
            spot.x,
            spot.y,
            subject=subject,
            deceased=deceased,
            age=age.text() if age is not None else "",
            ref=words.refs[pid],
        )
    return items


def _labels(layout: Layout, words: SceneText, style: Style) -> list[Primitive]:
    size = float(style.get("font", "label_size"))
    line = float(style.get("font", "label_line"))
    gap = style.spacing("label_gap")
    items: list[Primitive] = []
    for spot in layout.spots():
        top = spot.y + style.symbol_size / 2 + gap
        label = words.labels[spot.person_id]
        for index, text in enumerate(label.lines):
            baseline = top + index * line + size * 0.95
            items.append(Text(spot.x, baseline, text, size, bold=index < label.bold))
    return items
