"""Paths for emotional and abuse lines that never run through a symbol or a label.

A straight line between two rows would cut through names. Instead the line leaves the upper
person's symbol sideways, goes down through a clear gap beside them (preferring a gap with no
child line in it, and never on top of one or of another emotional line), crosses any rows in
between through their gaps, and reaches the lower person's symbol from above, where there are
only lines, never text.
"""

from __future__ import annotations

import itertools

from genogram.layout import Layout, PersonSpot
from genogram.primitives import Point

CLEARANCE = 10.0  # from any vertical line already in a gap
END_ROOM = 28.0  # usable room beyond the ends of a row
LANES = 2  # horizontal lanes above a row's sibship lines that fit below the labels above
LANE_FIRST = 8.0  # the lowest lane's height above the sibship lines
LANE_STEP = 8.0  # two zigzags (amplitude 3.5) one lane apart do not touch
MOST_LANES = 10  # rows are moved apart for at most this many lanes
DROP_CLEARANCE = 5.0  # from a line coming down to a sibship line


class OverlayRouter:
    """Routes several lines in turn, keeping each in a lane of its own."""

    def __init__(
        self,
        layout: Layout,
        sibship_drop: float,
        shapes: dict[str, str] | None = None,
        unbounded: bool = False,
    ) -> None:
        """`unbounded`: give every stretch a lane of its own however many that takes, and
        record in `demand` how many each row needed (see `genogram.scene.fit_lanes`)."""
        self.layout = layout
        self.unbounded = unbounded
        self.demand: dict[int, int] = {}
        self.shapes = shapes or {}
        self.sibship_drop = sibship_drop
        self.rows = {
            row: sorted((p for p in layout.spots() if p.generation == row), key=_x)
            for row in range(len(layout.rows))
        }
        self.verticals: dict[int, list[float]] = {row: [] for row in self.rows}
        for union in layout.unions.values():
            self.verticals[union.generation].append(union.x)
        for x, y in layout.dummies.values():
            row = min(self.rows, key=lambda r: abs(layout.row_y[r] - y))
            self.verticals[row].append(x)
        self.exits: dict[tuple[str, float], int] = {}
        self.spans: dict[int, list[tuple[float, float, int]]] = {}  # row -> (left, right, lane)
        self.drops: dict[int, list[float]] = {}  # row -> x of lines down to it from above
        for sibship in layout.sibships:
            row = layout.people[sibship.children[0]].generation
            self.drops.setdefault(row, []).append(sibship.route[-1][0])
        for union in layout.unions.values():  # a bracket's legs stand on its partners' tops
            if union.kind == "bracket":
                a, b = sorted((layout.partner_spot(union, p) for p in union.partners), key=_x)
                quarter = layout.symbol_size / 4
                self.drops.setdefault(a.generation, []).extend((a.x + quarter, b.x - quarter))

    def side_point(self, spot: PersonSpot, direction: float, used: int, edge: float) -> Point:
        """Where the `used`-th line leaving a symbol's side starts: above the middle (clear of
        union lines), on the outline itself, a little higher for each further line."""
        size = self.layout.symbol_size
        rise = min(size * 0.3 + 6 * used, size * 0.45)
        half = size / 2
        kind = self.shapes.get(spot.person_id, "square")
        if kind == "circle":
            reach = (half**2 - rise**2) ** 0.5
        elif kind == "diamond":
            reach = half * 1.15 - rise
        else:
            reach = half
        reach += edge - half  # the subject's double outline
        return (spot.x + direction * reach, spot.y - rise)

    def take_exit(self, pid: str, direction: float) -> int:
        """Claim a place on one side of a symbol; returns how many were taken before."""
        used = self.exits.get((pid, direction), 0)
        self.exits[(pid, direction)] = used + 1
        return used

    def between_rows(self, a: PersonSpot, b: PersonSpot, edges: tuple[float, float]) -> list[Point]:
        """A route from a to b (in different rows); `edges` are their symbols' half sizes.

        Diagonal where there is no text, vertical while passing a row's labels (in a gap).
        """
        flip = a.generation > b.generation
        upper, lower = (b, a) if flip else (a, b)
        edge_upper, edge_lower = (edges[1], edges[0]) if flip else edges
        toward = 1.0 if lower.x >= upper.x else -1.0
        direction, x = self._leave(upper, toward)
        used = self.exits.get((upper.person_id, direction), 0) - 1
        start = self.side_point(upper, direction, used, edge_upper)
        # Across to the gap at the height it left by, then down: it meets a union line in the
        # gap square on, never at a slant that would lie along it.
        route: list[Point] = [start, (x, start[1]), (x, upper.bottom + 4)]
        self.verticals[upper.generation].append(x)
        for row in range(upper.generation + 1, lower.generation):
            route += self._through(row, route[-1])
        route += self._arrive(route[-1], lower, edge_lower)
        return route[::-1] if flip else route

    def _through(self, row: int, last: Point) -> list[Point]:
        """Down through `row` in a free gap: across in a lane above its sibship lines first,
        so the line meets them square on, never at a slant."""
        x = self._crossing(row, last[0])
        self.verticals[row].append(x)
        spot = self.rows[row][0]
        route: list[Point] = []
        if abs(x - last[0]) > 1:
            lane = self.lane_y(row, last[0], x)
            route += [(last[0], lane), (x, lane)]
        return [*route, (x, spot.top - 4), (x, spot.bottom + 4)]

    def _clear_of_drops(self, spot: PersonSpot, toward: float) -> float:
        """Where on a symbol's top a line arrives or leaves: a quarter of the way toward
        `toward`, unless a sibship's line comes down there (it would run along it)."""
        size = self.layout.symbol_size
        drops = self.drops.get(spot.generation, [])
        options = [toward * size * share for share in (0.25, 0.15, 0.35, -0.25)]
        for offset in options:
            if all(abs(spot.x + offset - d) >= DROP_CLEARANCE for d in drops):
                return spot.x + offset
        return spot.x + max(options, key=lambda o: (min(abs(spot.x + o - d) for d in drops), o))

    def _arrive(self, last: Point, target: PersonSpot, edge: float) -> list[Point]:
        """Reach a symbol from above: down to a lane just over the sibship lines, across in
        it, then down; square corners only, so the line never lies along another or meets a
        line at a slant."""
        side = -1.0 if last[0] < target.x else 1.0
        end_x = self._clear_of_drops(target, side)
        if abs(end_x - last[0]) < 1:
            return [(end_x, target.y - edge)]
        lane_y = self.lane_y(target.generation, last[0], end_x)
        return [(last[0], lane_y), (end_x, lane_y), (end_x, target.y - edge)]

    def same_row(self, a: PersonSpot, b: PersonSpot, edges: tuple[float, float]) -> list[Point]:
        """Between two people of one row with others between them: up from the symbols and
        across in a lane above the row's sibship lines."""
        sign = 1.0 if b.x > a.x else -1.0
        start_x, end_x = self._clear_of_drops(a, sign), self._clear_of_drops(b, -sign)
        lane_y = self.lane_y(a.generation, start_x, end_x)
        return [
            (start_x, a.y - edges[0]),
            (start_x, lane_y),
            (end_x, lane_y),
            (end_x, b.y - edges[1]),
        ]

    def lane_y(self, row: int, start: float, end: float) -> float:
        """The height of a horizontal run from `start` to `end` above `row`'s sibship lines:
        the lowest lane with nothing else over that stretch (else the least used), so two
        such lines never lie on top of each other, nor on a sibship line or a label."""
        left, right = sorted((start, end))
        spans = self.spans.setdefault(row, [])

        def overlapping(lane: int) -> int:
            return sum(
                1
                for lo, hi, used in spans
                if used == lane and lo < right + CLEARANCE and left - CLEARANCE < hi
            )

        if self.unbounded:
            lane = next(n for n in itertools.count() if not overlapping(n))
            self.demand[row] = max(self.demand.get(row, 0), lane + 1)
        else:
            lanes = self.layout.lanes.get(row, LANES)
            lane = min(range(lanes), key=lambda n: (overlapping(n), n))
        spans.append((left, right, lane))
        top = self.layout.row_y[row] - self.layout.symbol_size / 2
        return top - self.sibship_drop - LANE_FIRST - LANE_STEP * lane

    def from_point(self, start: Point, row: int, target: PersonSpot, edge: float) -> list[Point]:
        """A route from a union's point in `row` down to a person in a lower row (a second set
        of parents), through gaps like the emotional lines."""
        x = start[0]
        if target.generation <= row:
            return [start, (target.x, target.y - edge)]
        route: list[Point] = [start, (x, self.rows[row][0].bottom + 4)]
        for number in range(row + 1, target.generation):
            route += self._through(number, route[-1])
        route += self._arrive(route[-1], target, edge)
        return route

    def _leave(self, person: PersonSpot, toward: float) -> tuple[float, float]:
        """Which side to leave by and the x of the way down: the gap toward the target if
        there is room in it. A later line leaving the same side starts higher and takes a lane
        further out, so lines from one symbol never cross each other."""
        options = []
        for direction in (toward, -toward):
            used = self.exits.get((person.person_id, direction), 0)
            x, crowded = self._gap_beside(person, direction, used)
            if x is not None:
                options.append((direction != toward, crowded, direction, x))
        if not options:
            return toward, person.x + toward * (person.half_width + 6)
        _, _, direction, x = min(options)
        self.exits[(person.person_id, direction)] = (
            self.exits.get((person.person_id, direction), 0) + 1
        )
        return direction, x

    def _gap_beside(
        self, person: PersonSpot, direction: float, used: int
    ) -> tuple[float | None, bool]:
        people = self.rows[person.generation]
        index = people.index(person)
        neighbour = index + int(direction)
        own = person.x + direction * person.half_width
        if 0 <= neighbour < len(people):
            other = people[neighbour]
            room = sorted((own, other.x - direction * other.half_width))
        else:
            room = sorted((own, own + direction * END_ROOM))
        wish = (room[0] + room[1]) / 2 + direction * (30 * used - 3)
        return self._place(room, self.verticals[person.generation], wish)

    def _crossing(self, row: int, x: float) -> float:
        """The x at which to cross `row`: in a free gap, as near to x as possible."""
        people = self.rows[row]
        if not people:
            return x
        gaps = [(people[0].x - people[0].half_width - END_ROOM, people[0].x - people[0].half_width)]
        gaps += [(p.x + p.half_width, q.x - q.half_width) for p, q in itertools.pairwise(people)]
        gaps.append(
            (people[-1].x + people[-1].half_width, people[-1].x + people[-1].half_width + END_ROOM)
        )
        best: tuple[float, bool, float, float] | None = None
        for room in gaps:
            wish = min(max(x, room[0]), room[1])
            place, crowded = self._place(room, self.verticals[row], wish)
            if place is None:
                continue
            option = (abs(place - x) // 40, crowded, abs(place - x), place)
            if best is None or option < best:
                best = option
        return best[3] if best is not None else x

    @staticmethod
    def _place(
        room: list[float] | tuple[float, float], lines: list[float], wish: float
    ) -> tuple[float | None, bool]:
        """A position in `room` at least CLEARANCE from every line (None if there is none);
        `crowded` says whether the gap already holds a line."""
        left, right = room[0] + 6, room[1] - 6
        inside = sorted(v for v in lines if left - CLEARANCE < v < right + CLEARANCE)
        if right <= left:
            return None, True
        candidates = [min(max(wish, left), right)]
        for line in inside:
            candidates += [line - CLEARANCE, line + CLEARANCE]
        valid = [
            c
            for c in candidates
            if left <= c <= right and all(abs(c - v) >= CLEARANCE for v in inside)
        ]
        if not valid:
            return None, True
        return min(valid, key=lambda c: (abs(c - wish), c)), bool(inside)


def _x(person: PersonSpot) -> float:
    return person.x
