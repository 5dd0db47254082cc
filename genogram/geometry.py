"""Plain 2-D helpers for the drawing: zigzags, parallel lines, arrowheads, rounded outlines.

Everything is a list of points, so the SVG and the plotly figure draw exactly the same shapes.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

Point = tuple[float, float]


def length(points: Sequence[Point]) -> float:
    return sum(math.dist(a, b) for a, b in itertools.pairwise(points))


def point_along(points: Sequence[Point], distance: float) -> tuple[Point, Point]:
    """The point `distance` along a polyline and the unit direction there."""
    for a, b in itertools.pairwise(points):
        step = math.dist(a, b)
        if step == 0:
            continue
        if distance <= step:
            t = distance / step
            direction = ((b[0] - a[0]) / step, (b[1] - a[1]) / step)
            return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t), direction
        distance -= step
    a, b = points[-2], points[-1]
    step = math.dist(a, b) or 1.0
    return b, ((b[0] - a[0]) / step, (b[1] - a[1]) / step)


def shorten(a: Point, b: Point, from_a: float, from_b: float) -> tuple[Point, Point]:
    """The segment a-b cut back by the given distances at each end (to stop at symbol edges)."""
    total = math.dist(a, b)
    if total <= from_a + from_b + 1:
        return a, b
    ux, uy = (b[0] - a[0]) / total, (b[1] - a[1]) / total
    return (a[0] + ux * from_a, a[1] + uy * from_a), (b[0] - ux * from_b, b[1] - uy * from_b)


def zigzag(points: Sequence[Point], step: float, amplitude: float, margin: float) -> list[Point]:
    """A zigzag following the polyline, straight for `margin` at each end."""
    total = length(points)
    if total <= 2 * margin + step:
        return list(points)
    result = [points[0], point_along(points, margin)[0]]
    distance, side = margin + step / 2, 1
    while distance < total - margin - step / 2:
        (x, y), (dx, dy) = point_along(points, distance)
        result.append((x - dy * amplitude * side, y + dx * amplitude * side))
        distance += step
        side = -side
    result += [point_along(points, total - margin)[0], points[-1]]
    return result


def offset(points: Sequence[Point], distance: float) -> list[Point]:
    """The polyline moved sideways by `distance` (for the double line of 'close')."""
    result = []
    for index, point in enumerate(points):
        a = points[max(index - 1, 0)]
        b = points[min(index + 1, len(points) - 1)]
        step = math.dist(a, b) or 1.0
        nx_, ny_ = -(b[1] - a[1]) / step, (b[0] - a[0]) / step
        result.append((point[0] + nx_ * distance, point[1] + ny_ * distance))
    return result


def arrowhead(tip: Point, direction: Point, size: float) -> list[Point]:
    """A closed triangle pointing along `direction` with its tip at `tip`."""
    dx, dy = direction
    base = (tip[0] - dx * size, tip[1] - dy * size)
    half = size * 0.45
    return [
        tip,
        (base[0] - dy * half, base[1] + dx * half),
        (base[0] + dy * half, base[1] - dx * half),
    ]


def arc(a: Point, b: Point, rise: float, samples: int = 24) -> list[Point]:
    """A quadratic curve from a to b bulging `rise` upwards (negative y) at its middle."""
    control = ((a[0] + b[0]) / 2, min(a[1], b[1]) - 2 * rise)
    result = []
    for i in range(samples + 1):
        t = i / samples
        x = (1 - t) ** 2 * a[0] + 2 * (1 - t) * t * control[0] + t**2 * b[0]
        y = (1 - t) ** 2 * a[1] + 2 * (1 - t) * t * control[1] + t**2 * b[1]
        result.append((x, y))
    return result


def slash(centre: Point, size: float) -> list[Point]:
    """The short diagonal stroke that marks a separation on a union line."""
    x, y = centre
    return [(x - size * 0.3, y + size / 2), (x + size * 0.3, y - size / 2)]


def rounded(polygon: Sequence[Point], radius: float, samples: int = 4) -> list[Point]:
    """A closed orthogonal polygon with its corners rounded (returned closed)."""
    count = len(polygon)
    result: list[Point] = []
    for index in range(count):
        previous, corner, following = (
            polygon[index - 1],
            polygon[index],
            polygon[(index + 1) % count],
        )
        r = min(radius, math.dist(previous, corner) / 2, math.dist(corner, following) / 2)
        start = _towards(corner, previous, r)
        end = _towards(corner, following, r)
        for i in range(samples + 1):
            t = i / samples
            x = (1 - t) ** 2 * start[0] + 2 * (1 - t) * t * corner[0] + t**2 * end[0]
            y = (1 - t) ** 2 * start[1] + 2 * (1 - t) * t * corner[1] + t**2 * end[1]
            result.append((x, y))
    result.append(result[0])
    return result


def _towards(a: Point, b: Point, distance: float) -> Point:
    total = math.dist(a, b) or 1.0
    return (a[0] + (b[0] - a[0]) * distance / total, a[1] + (b[1] - a[1]) * distance / total)


def stacked_outline(boxes: Sequence[tuple[float, float, float, float]]) -> list[Point]:
    """One outline around boxes stacked top to bottom (left, top, right, bottom), each touching
    the next halfway between them; the boxes must overlap horizontally in turn."""
    middles = [(a[3] + b[1]) / 2 for a, b in itertools.pairwise(boxes)]
    tops = [boxes[0][1], *middles]
    bottoms = [*middles, boxes[-1][3]]
    right_side: list[Point] = []
    left_side: list[Point] = []
    for (left, _, right, _), top, bottom in zip(boxes, tops, bottoms, strict=True):
        right_side += [(right, top), (right, bottom)]
        left_side += [(left, top), (left, bottom)]
    points = [left_side[0], *right_side, *reversed(left_side[1:])]
    return _drop_collinear(points)


def _drop_collinear(points: Sequence[Point]) -> list[Point]:
    result: list[Point] = []
    for point in points:
        if result and math.dist(result[-1], point) < 1e-6:
            continue
        result.append(point)
    cleaned: list[Point] = []
    count = len(result)
    for index, point in enumerate(result):
        a, b = result[index - 1], result[(index + 1) % count]
        cross = (point[0] - a[0]) * (b[1] - point[1]) - (point[1] - a[1]) * (b[0] - point[0])
        if abs(cross) > 1e-6:
            cleaned.append(point)
    return cleaned
