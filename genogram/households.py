"""The dotted outline around the people who live together.

Members of a household sit in one or more rows. In each row they form runs of neighbours (a
non-member between them splits the run). When each row has one run and the runs of
consecutive rows overlap, one stepped outline encloses them all (parents and children in one
shape); otherwise each run gets its own outline, so nobody outside the household is ever
enclosed.
"""

from __future__ import annotations

from collections.abc import Sequence

from genogram import geometry
from genogram.layout import Layout, PersonSpot
from genogram.ordering import item_person
from genogram.primitives import Point

Box = tuple[float, float, float, float]  # left, top, right, bottom


def household_outlines(
    layout: Layout, members: Sequence[str], padding: float, subject_extra: dict[str, float]
) -> list[list[Point]]:
    """Closed outlines (rounded) around `members`; `subject_extra` widens some symbols' tops."""
    wanted = set(members)
    runs_by_row: dict[int, list[Box]] = {}
    for number, row in enumerate(layout.rows):
        run: list[PersonSpot] = []
        originals = 0
        for item in [*row, "p:\0end"]:
            if item.startswith(("s:", "d:")):
                continue
            # A person drawn a second time is enclosed where they stand among the household,
            # but a copy alone does not make an outline of its own.
            spot = layout.copies.get(item) or layout.people.get(item_person(item) or "")
            if spot is not None and spot.person_id in wanted:
                run.append(spot)
                originals += not item.startswith("c:")
                continue
            if originals:
                runs_by_row.setdefault(number, []).append(_box(run, padding, subject_extra))
            run, originals = [], 0
    rows = sorted(runs_by_row)
    outlines: list[list[Point]] = []
    stack: list[Box] = []
    previous_row = None
    for number in rows:
        boxes = runs_by_row[number]
        joins = (
            len(boxes) == 1
            and stack
            and previous_row == number - 1
            and boxes[0][0] < stack[-1][2]
            and stack[-1][0] < boxes[0][2]
        )
        if joins:
            stack.append(boxes[0])
        else:
            if stack:
                outlines.append(geometry.stacked_outline(stack))
            if len(boxes) == 1:
                stack = [boxes[0]]
            else:
                outlines += [geometry.stacked_outline([box]) for box in boxes]
                stack = []
        previous_row = number
    if stack:
        outlines.append(geometry.stacked_outline(stack))
    return [geometry.rounded(outline, radius=12) for outline in outlines]


def _box(spots: list[PersonSpot], padding: float, extra: dict[str, float]) -> Box:
    left = min(s.x - s.half_width for s in spots) - padding
    right = max(s.x + s.half_width for s in spots) + padding
    top = min(s.top - extra.get(s.person_id, 0.0) for s in spots) - padding
    bottom = max(s.bottom for s in spots) + padding / 2
    return left, top, right, bottom
