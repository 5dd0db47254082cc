"""Where every symbol goes: generations in rows, then x positions from the row order.

Rows come from `genogram.generations`, the order within rows from `genogram.ordering`. The x
positions minimise, over the whole drawing, how far each sibship is from hanging centred under
its parents' union (plus a gentle pull keeping couples short), subject to the row order and to
minimum gaps wide enough for each person's label. The problem is solved one row at a time with
an exact isotonic regression (pool-adjacent-violators) and repeated until nothing moves, which
is deterministic: the same family gives the same picture, to the last decimal.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from genogram.generations import assign_generations
from genogram.model import FamilyGraph
from genogram.ordering import (
    Block,
    Structure,
    anchor_of,
    build_structure,
    copy_item,
    item_person,
    person_item,
    person_of,
    union_anchor_items,
)
from genogram.style import Style, load_style

MIN_SIDE_ROOM = 16.0  # beside a symbol, so a union line has room for its marks
SLOT_HALF_WIDTH = 5.0
DUMMY_HALF_WIDTH = 4.0
SLOT_GAP = 10.0
MAX_SWEEPS = 400
TOLERANCE = 0.01


@dataclass(frozen=True)
class PersonSpot:
    """A person's symbol centre and the box their symbol and label take up."""

    person_id: str
    generation: int
    x: float
    y: float
    half_width: float  # of the symbol-and-label box
    top: float
    bottom: float


@dataclass(frozen=True)
class UnionSpot:
    """Where a union is drawn: `x`, `y` is the point its children's line starts from."""

    union_id: str
    kind: str  # adjacent | bracket | single | cross
    partners: tuple[str, ...]
    x: float
    y: float
    generation: int
    level: int = 0  # for brackets: 1 is nearest the symbols
    slot_x: float | None = None


@dataclass(frozen=True)
class SibshipSpot:
    """One couple's children in one row: the line they hang from and how it is reached."""

    union_id: str
    children: tuple[str, ...]  # person ids, oldest first
    line_y: float
    route: tuple[tuple[float, float], ...]  # from the union point down to the sibship line


@dataclass
class Layout:
    people: dict[str, PersonSpot]
    unions: dict[str, UnionSpot]
    sibships: list[SibshipSpot]
    rows: list[list[str]]  # items in order per row (p:, s:, d: ids)
    row_y: list[float]
    width: float
    height: float
    crossings: int
    symbol_size: float
    dummies: dict[str, tuple[float, float]] = field(default_factory=dict)
    # People drawn a second time beside a partner (item `c:<person>:<union>` -> the copy's
    # place; its person_id is the person's), where no order of the row puts the couple together.
    copies: dict[str, PersonSpot] = field(default_factory=dict)
    # Lanes for overlay lines above a row's sibship lines, where more than the usual fit.
    lanes: dict[int, int] = field(default_factory=dict)

    def generation(self, pid: str) -> int:
        return self.people[pid].generation

    def partner_spot(self, union: UnionSpot, pid: str) -> PersonSpot:
        """Where `pid` is drawn for `union`: their copy beside the partner if they have one."""
        copy = self.copies.get(copy_item(pid, union.union_id))
        return copy if copy is not None else self.people[pid]

    def spots(self) -> list[PersonSpot]:
        """Every symbol drawn, copies included."""
        return [*self.people.values(), *self.copies.values()]

    def spread_rows(
        self, room: Mapping[int, float], lanes: Mapping[int, int], drop: float
    ) -> Layout:
        """A copy with `room[r]` more space just above row r's sibship lines (`drop` above
        its symbols), for the lanes of overlay lines; everything from there down moves by it.
        Only heights change, so the order, the positions across and every line's shape stay."""
        cuts = [
            (self.row_y[r] - self.symbol_size / 2 - drop - 0.5, extra) for r, extra in room.items()
        ]

        def y(value: float) -> float:
            return value + sum(extra for cut, extra in cuts if value >= cut)

        def spot(s: PersonSpot) -> PersonSpot:
            return replace(s, y=y(s.y), top=y(s.top), bottom=y(s.bottom))

        return Layout(
            people={pid: spot(s) for pid, s in self.people.items()},
            unions={uid: replace(u, y=y(u.y)) for uid, u in self.unions.items()},
            sibships=[
                replace(s, line_y=y(s.line_y), route=tuple((a, y(b)) for a, b in s.route))
                for s in self.sibships
            ],
            rows=self.rows,
            row_y=[y(v) for v in self.row_y],
            width=self.width,
            height=y(self.height),
            crossings=self.crossings,
            symbol_size=self.symbol_size,
            dummies={k: (a, y(b)) for k, (a, b) in self.dummies.items()},
            copies={k: spot(s) for k, s in self.copies.items()},
            lanes={**self.lanes, **lanes},
        )


@dataclass
class _Term:
    """weight * (sum(coef * x[item]) + const) ** 2"""

    weight: float
    coefs: dict[str, float]
    const: float = 0.0


def layout_family(
    graph: FamilyGraph,
    label_sizes: Mapping[str, tuple[float, float]],
    style: Style | None = None,
    top: float = 0.0,
) -> Layout:
    """Lay out every person of `graph`; `label_sizes` gives each person's label (width, height).

    `top` leaves room above the first row (for a title).
    """
    style = style or load_style()
    size = style.symbol_size
    generation = assign_generations(graph)
    structure = build_structure(graph, generation)
    half = {
        person_item(pid): max(size / 2 + MIN_SIDE_ROOM, label_sizes.get(pid, (0.0, 0.0))[0] / 2 + 2)
        for pid in graph.people
    }
    for row in structure.rows:
        for item in row:
            if item.startswith("c:"):
                half[item] = half[person_item(structure.copies[item])]
            elif item.startswith("s:"):
                half[item] = SLOT_HALF_WIDTH
            elif item.startswith("d:"):
                half[item] = DUMMY_HALF_WIDTH
    gaps = [_row_gaps(row, half, structure, style) for row in structure.rows]
    x = _initial(structure.rows, gaps)
    terms = _terms(graph, structure, half, gaps)
    _solve(structure.rows, gaps, terms, x)
    label_height = max((h for _, h in label_sizes.values()), default=0.0)
    return _result(graph, structure, x, half, label_height, style, top)


def _row_gaps(
    row: Sequence[str], half: dict[str, float], structure: Structure, style: Style
) -> list[float]:
    """Minimum distance between the centres of each pair of neighbours in a row."""
    result = []
    for a, b in itertools.pairwise(row):
        if a.startswith("s:") or b.startswith("s:"):
            result.append(half[a] + half[b] + SLOT_GAP)
        elif structure.unit_of.get(a) == structure.unit_of.get(b):
            # Partners: symmetric, so the midpoint of their line is clear of both labels.
            result.append(2 * max(half[a], half[b]) + style.spacing("partner_gap"))
        elif structure.block_of.get(a) == structure.block_of.get(b):
            result.append(half[a] + half[b] + style.spacing("sibling_gap"))
        else:
            result.append(half[a] + half[b] + style.spacing("family_gap"))
    return result


def _initial(rows: list[list[str]], gaps: list[list[float]]) -> dict[str, float]:
    x: dict[str, float] = {}
    for row, row_gaps in zip(rows, gaps, strict=True):
        position = 0.0
        for index, item in enumerate(row):
            if index:
                position += row_gaps[index - 1]
            x[item] = position
        for item in row:
            x[item] -= position / 2
    return x


def _union_point(
    graph: FamilyGraph, structure: Structure, uid: str, half: dict[str, float]
) -> tuple[dict[str, float], float]:
    """The union's drop point as a linear function of item positions (coefs, const)."""
    if structure.union_kind[uid] != "same":
        return {f"s:{uid}": 1.0}, 0.0
    a, b = union_anchor_items(structure, graph.unions[uid], graph)
    return {a: 0.5, b: 0.5}, 0.0


def _terms(
    graph: FamilyGraph, structure: Structure, half: dict[str, float], gaps: list[list[float]]
) -> list[_Term]:
    terms: list[_Term] = []
    for block in structure.sibships:
        kind, name = anchor_of(block)
        if kind == "item":
            top, const = {name: 1.0}, 0.0
        else:
            top, const = _union_point(graph, structure, name, half)
        offsets = _compact_offsets(block, structure, gaps)
        for child in block.children:
            coefs = {child: 1.0}
            for item, coef in top.items():
                coefs[item] = coefs.get(item, 0.0) - coef
            terms.append(_Term(1.0, coefs, -const - offsets[child]))
    position = {item: (r, i) for r, row in enumerate(structure.rows) for i, item in enumerate(row)}
    for union in graph.unions.values():
        uid = union.union_id
        if structure.union_kind[uid] == "same":
            drawn = union_anchor_items(structure, union, graph)
            a, b = sorted(drawn, key=position.__getitem__)
            row, index = position[a]
            minimum = gaps[row][index] if position[b][1] == index + 1 else 0.0
            together = structure.unit_of.get(a) == structure.unit_of.get(b)
            terms.append(_Term(0.5 if together else 0.3, {b: 1.0, a: -1.0}, -minimum))
        elif structure.union_kind[uid] == "cross":
            upper = next(p for p in union.partners if p != structure.slot_owner[uid])
            terms.append(_Term(0.2, {f"s:{uid}": 1.0, person_item(upper): -1.0}))
    used = {item for term in terms for item in term.coefs}
    for rel in graph.links:
        a, b = person_item(rel.person_a), person_item(rel.person_b)
        if a not in position or b not in position:
            continue
        if a not in used or b not in used:
            terms.append(_Term(0.05, {a: 1.0, b: -1.0}))
    return terms


def _compact_offsets(
    block: Block, structure: Structure, gaps: list[list[float]]
) -> dict[str, float]:
    """Each child's offset from the centre of its sibship when packed as tightly as allowed."""
    children, items = block.children, block.items
    for row, row_items in enumerate(structure.rows):
        if items[0] in row_items:
            start = row_items.index(items[0])
            row_gaps = gaps[row]
            break
    else:  # pragma: no cover - every block is in a row
        raise KeyError(items[0])
    position = {items[0]: 0.0}
    for index in range(1, len(items)):
        position[items[index]] = position[items[index - 1]] + row_gaps[start + index - 1]
    centre = (position[children[0]] + position[children[-1]]) / 2
    return {child: position[child] - centre for child in children}


def _solve(
    rows: list[list[str]], gaps: list[list[float]], terms: list[_Term], x: dict[str, float]
) -> None:
    by_item: dict[str, list[_Term]] = {}
    for term in terms:
        for item in term.coefs:
            by_item.setdefault(item, []).append(term)
    order = list(range(len(rows)))
    for sweep in range(MAX_SWEEPS):
        moved = 0.0
        for number in order if sweep % 2 == 0 else order[::-1]:
            row = rows[number]
            if not row:
                continue
            targets, weights = [], []
            for item in row:
                numerator = denominator = 0.0
                for term in by_item.get(item, ()):
                    coef = term.coefs[item]
                    rest = term.const + sum(
                        c * x[other] for other, c in term.coefs.items() if other != item
                    )
                    numerator -= term.weight * coef * rest
                    denominator += term.weight * coef * coef
                if denominator == 0.0:
                    targets.append(x[item])
                    weights.append(1e-3)
                else:
                    targets.append(numerator / denominator)
                    weights.append(denominator)
            new = isotonic_with_gaps(targets, weights, gaps[number])
            for item, value in zip(row, new, strict=True):
                moved = max(moved, abs(value - x[item]))
                x[item] = value
        if moved < TOLERANCE:
            break


def isotonic_with_gaps(
    targets: Sequence[float], weights: Sequence[float], gaps: Sequence[float]
) -> list[float]:
    """Positions closest (weighted least squares) to `targets` with x[i+1] - x[i] >= gaps[i].

    Pool-adjacent-violators on the positions shifted by the cumulative gaps.
    """
    shift = [0.0]
    for gap in gaps:
        shift.append(shift[-1] + gap)
    pools: list[list[float]] = []  # [value, weight, count]
    for target, weight, offset in zip(targets, weights, shift, strict=True):
        pools.append([target - offset, weight, 1])
        while len(pools) > 1 and pools[-2][0] > pools[-1][0]:
            value, weight_b, count = pools.pop()
            pool = pools[-1]
            total = pool[1] + weight_b
            pool[0] = (pool[0] * pool[1] + value * weight_b) / total
            pool[1] = total
            pool[2] += count
    result = []
    for value, _, count in pools:
        result += [value] * int(count)
    return [value + offset for value, offset in zip(result, shift, strict=True)]


def _result(
    graph: FamilyGraph,
    structure: Structure,
    x: dict[str, float],
    half: dict[str, float],
    label_height: float,
    style: Style,
    top: float,
) -> Layout:
    size = style.symbol_size
    margin = style.spacing("margin")
    row_height = (
        size
        + style.spacing("label_gap")
        + label_height
        + style.spacing("row_clearance")
        + style.spacing("sibship_drop")
    )
    left = min((x[i] - half[i] for row in structure.rows for i in row), default=0.0)
    for item in x:
        x[item] += margin - left
    row_y = [top + margin + size / 2 + r * row_height for r in range(len(structure.rows))]
    people, copies = {}, {}
    for number, row in enumerate(structure.rows):
        for item in row:
            pid = item_person(item) or structure.copies.get(item)
            if pid is None:
                continue
            y = row_y[number]
            bottom = y + size / 2 + style.spacing("label_gap") + label_height
            spot = PersonSpot(pid, number, x[item], y, half[item], y - size / 2, bottom)
            if item.startswith("c:"):
                copies[item] = spot
            else:
                people[pid] = spot
    unions = _union_spots(graph, structure, x, half, row_y, size)
    sibships = _sibship_spots(graph, structure, x, unions, row_y, style)
    right = max((x[i] + half[i] for row in structure.rows for i in row), default=0.0)
    bottom = max((p.bottom for p in people.values()), default=0.0)
    dummies = {
        item: (x[item], row_y[n])
        for n, row in enumerate(structure.rows)
        for item in row
        if item.startswith("d:")
    }
    return Layout(
        people=people,
        unions=unions,
        sibships=sibships,
        rows=structure.rows,
        row_y=row_y,
        width=right + margin,
        height=bottom + margin,
        crossings=structure.crossings,
        symbol_size=size,
        dummies=dummies,
        copies=copies,
    )


def _union_spots(
    graph: FamilyGraph,
    structure: Structure,
    x: dict[str, float],
    half: dict[str, float],
    row_y: list[float],
    size: float,
) -> dict[str, UnionSpot]:
    index = {item: (r, i) for r, row in enumerate(structure.rows) for i, item in enumerate(row)}

    def drawn_person(item: str) -> str:
        return structure.copies.get(item) or person_of(item)

    spots: dict[str, UnionSpot] = {}
    brackets: list[tuple[str, int, int, int]] = []  # uid, row, left index, right index
    for union in sorted(graph.unions.values(), key=graph.union_key):
        uid = union.union_id
        kind = structure.union_kind[uid]
        row = structure.union_row[uid]
        if kind in ("single", "cross"):
            slot = f"s:{uid}"
            spots[uid] = UnionSpot(
                uid, kind, union.partners, x[slot], row_y[row], row, slot_x=x[slot]
            )
            continue
        drawn = union_anchor_items(structure, union, graph)
        a, b = sorted(drawn, key=index.__getitem__)
        ia, ib = index[a][1], index[b][1]
        between = [i for i in structure.rows[row][ia + 1 : ib] if not i.startswith("s:")]
        if not between:
            middle = (x[a] + x[b]) / 2
            clear = x[a] + half[a] < middle < x[b] - half[b]
            drop = middle if clear else (x[a] + half[a] + x[b] - half[b]) / 2
            partners = (drawn_person(a), drawn_person(b))
            spots[uid] = UnionSpot(uid, "adjacent", partners, drop, row_y[row], row)
        else:
            brackets.append((uid, row, ia, ib))
    levels: list[tuple[int, int, int, int]] = []  # row, left, right, level
    for uid, row, ia, ib in sorted(brackets, key=lambda b: (b[3] - b[2], b[1], b[2])):
        taken = {lv for r, lo, hi, lv in levels if r == row and lo <= ib and ia <= hi}
        level = next(n for n in range(1, 100) if n not in taken)
        levels.append((row, ia, ib, level))
        items = structure.rows[row][ia : ib + 1]
        kids = [
            x[person_item(c)]
            for c, _ in graph.unions[uid].children
            if graph.primary_union.get(c) == uid and person_item(c) in x
        ]
        middle = (x[items[0]] + x[items[-1]]) / 2
        if kids:  # drop nearest the children, within the couple's span
            middle = min(max(sum(kids) / len(kids), x[items[0]]), x[items[-1]])
        # The drop goes through the gap nearest the middle, but not between two partners of
        # another couple, whose children it would seem to be.
        gaps = [
            (
                structure.unit_of.get(p) == structure.unit_of.get(q),
                (x[p] + half[p] + x[q] - half[q]) / 2,
            )
            for p, q in itertools.pairwise(items)
        ]
        drop = min(gaps, key=lambda g: (g[0], abs(g[1] - middle), g[1]))[1]
        y = row_y[row] - size / 2 - 6 - 5 * level
        partners = (drawn_person(items[0]), drawn_person(items[-1]))
        spots[uid] = UnionSpot(uid, "bracket", partners, drop, y, row, level)
    return spots


def _sibship_spots(
    graph: FamilyGraph,
    structure: Structure,
    x: dict[str, float],
    unions: dict[str, UnionSpot],
    row_y: list[float],
    style: Style,
) -> list[SibshipSpot]:
    size = style.symbol_size
    drop = style.spacing("sibship_drop")

    def line_y(row: int) -> float:
        return row_y[row] - size / 2 - drop

    result = []
    for block in structure.sibships:
        if block.children[0].startswith("d:"):
            continue
        chain: list[str] = []
        anchor = block.anchor
        while anchor is not None and anchor[0] == "item":
            chain.append(anchor[1])
            anchor = next(b.anchor for b in structure.sibships if b.children == [anchor[1]])
        assert anchor is not None
        union = unions[anchor[1]]
        route = [(union.x, union.y)]
        for dummy in reversed(chain):
            row = int(dummy.rsplit(":", 1)[1])
            route += [(route[-1][0], line_y(row)), (x[dummy], line_y(row))]
        child_row = structure.generation[person_of(block.children[0])]
        route.append((route[-1][0], line_y(child_row)))
        children = tuple(person_of(c) for c in block.children)
        result.append(SibshipSpot(union.union_id, children, line_y(child_row), tuple(route)))
    return result


# --------------------------------------------------------------------------- line crossings


@dataclass(frozen=True)
class LineCount:
    """How tangled a laid-out genogram is, counted on the drawn geometry.

    `crossings` counts pairs of line segments that cross (or run on top of each other) away
    from a shared end, by the kinds of line involved: `union` (a couple's line, brackets and
    unions across rows included), `sibship` (the horizontal line children hang from) and
    `descent` (from a union down to a sibship line, and from that line down to each child).
    `non_adjacent` counts couples drawn in one row with someone between them (a person drawn
    a second time beside their partner makes the couple adjacent); `drawn_twice`, those copies.
    """

    crossings: int
    by_kind: dict[str, int]
    non_adjacent: int
    couples: int  # couples drawn in one row
    drawn_twice: int = 0


_Segment = tuple[str, str, float, float, float, float]  # kind, owner, x1, y1, x2, y2
_EPS = 0.5


def _line_segments(layout: Layout) -> list[_Segment]:
    half = layout.symbol_size / 2
    segments: list[_Segment] = []
    people = layout.people
    for uid, spot in layout.unions.items():
        owner = f"u:{uid}"
        if spot.kind == "adjacent":
            a, b = sorted((layout.partner_spot(spot, p) for p in spot.partners), key=_x)
            segments.append(("union", owner, a.x + half, a.y, b.x - half, b.y))
        elif spot.kind == "bracket":
            a, b = sorted((layout.partner_spot(spot, p) for p in spot.partners), key=_x)
            la, lb = a.x + half / 2, b.x - half / 2
            segments += [
                ("union", owner, la, a.y - half, la, spot.y),
                ("union", owner, la, spot.y, lb, spot.y),
                ("union", owner, lb, spot.y, lb, b.y - half),
            ]
        elif spot.kind == "cross":
            lower = next(people[p] for p in spot.partners if people[p].y == spot.y)
            upper = next(people[p] for p in spot.partners if p != lower.person_id)
            segments += [
                ("union", owner, upper.x, upper.y, spot.x, spot.y),
                ("union", owner, spot.x, spot.y, lower.x, lower.y),
            ]
        else:  # single parent: a short line to the slot beside them
            parent = people[spot.partners[0]]
            segments.append(("union", owner, parent.x, parent.y, spot.x, spot.y))
    for sibship in layout.sibships:
        owner = f"u:{sibship.union_id}"
        for (x1, y1), (x2, y2) in itertools.pairwise(sibship.route):
            if abs(x1 - x2) > _EPS or abs(y1 - y2) > _EPS:
                segments.append(("descent", owner, x1, y1, x2, y2))
        xs = [people[c].x for c in sibship.children] + [sibship.route[-1][0]]
        if max(xs) - min(xs) > _EPS:
            segments.append(("sibship", owner, min(xs), sibship.line_y, max(xs), sibship.line_y))
        for child in sibship.children:
            below = people[child]
            segments.append(("descent", owner, below.x, sibship.line_y, below.x, below.top))
    return segments


def segments_cross(s: _Segment, t: _Segment) -> bool:
    """Do two segments cross or overlap, other than at a point both end at?"""
    _, _, ax, ay, bx, by = s
    _, _, cx, cy, dx, dy = t
    if (
        max(ax, bx) < min(cx, dx) - _EPS
        or max(cx, dx) < min(ax, bx) - _EPS
        or max(ay, by) < min(cy, dy) - _EPS
        or max(cy, dy) < min(ay, by) - _EPS
    ):
        return False
    rx, ry, sx, sy = bx - ax, by - ay, dx - cx, dy - cy
    denominator = rx * sy - ry * sx
    if abs(denominator) < 1e-9:  # parallel: only collinear overlaps of some length count
        if abs((cx - ax) * ry - (cy - ay) * rx) > _EPS * max(abs(rx) + abs(ry), 1.0):
            return False
        if abs(ry) <= _EPS:  # horizontal
            low, high = max(min(ax, bx), min(cx, dx)), min(max(ax, bx), max(cx, dx))
        else:
            low, high = max(min(ay, by), min(cy, dy)), min(max(ay, by), max(cy, dy))
        return high - low > _EPS
    t_s = ((cx - ax) * sy - (cy - ay) * sx) / denominator
    t_t = ((cx - ax) * ry - (cy - ay) * rx) / denominator
    length_s, length_t = abs(rx) + abs(ry), abs(sx) + abs(sy)
    inner_s = _EPS / length_s < t_s < 1 - _EPS / length_s
    inner_t = _EPS / length_t < t_t < 1 - _EPS / length_t
    return inner_s and inner_t


def count_lines(layout: Layout) -> LineCount:
    """Crossings between union, sibship and descent lines, and couples drawn apart."""
    segments = _line_segments(layout)
    segments.sort(key=lambda s: min(s[2], s[4]))
    by_kind: dict[str, int] = {}
    total = 0
    for index, s in enumerate(segments):
        right = max(s[2], s[4]) + _EPS
        for t in segments[index + 1 :]:
            if min(t[2], t[4]) > right:
                break
            if s[1] == t[1] or not segments_cross(s, t):
                continue
            kind = "-".join(sorted((s[0], t[0])))
            by_kind[kind] = by_kind.get(kind, 0) + 1
            total += 1
    couples = apart = 0
    rows: dict[int, list[float]] = {}
    for spot in layout.spots():
        rows.setdefault(spot.generation, []).append(spot.x)
    for union in layout.unions.values():
        if union.kind not in ("adjacent", "bracket"):
            continue
        a, b = sorted(layout.partner_spot(union, p).x for p in union.partners)
        couples += 1
        xs = rows[layout.people[union.partners[0]].generation]
        if any(a + _EPS < x < b - _EPS for x in xs):
            apart += 1
    return LineCount(
        total, dict(sorted(by_kind.items())), apart, couples, drawn_twice=len(layout.copies)
    )


def _x(spot: PersonSpot) -> float:
    return spot.x
