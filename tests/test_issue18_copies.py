"""Issue 18: a person drawn twice (kinship2's way) where no order of the row puts a couple side
by side, and overlay lines routed after the family layout.

Every couple in one row is drawn side by side, with one partner's copy where need be; a copy
has its person's symbol and label (pseudonym when anonymised) and a dashed line to the first
symbol; emotional and abuse lines never pass through a symbol or a label nor lie along a
family line; the same workbook gives the same drawing. Speed is measured by bench/genogram.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import os
import subprocess
import sys
from pathlib import Path

import pytest

from genogram.build import Genogram, build_genogram
from genogram.clashes import Symbol, count_overlays, count_paths
from genogram.export import to_json
from genogram.layout import PersonSpot, count_lines
from genogram.overlay_routes import LANE_FIRST, LANE_STEP, LANES, MOST_LANES, OverlayRouter
from genogram.primitives import Path as Line
from genogram.primitives import Shape, Text
from genogram.style import load_style
from genogram.svg import render_svg
from tests.test_genogram_families import random_family
from tests.test_genogram_layout import check_all
from tests.test_issue18_families import (
    KINSHIP2_PEDIGREE_1,
    intermarried_family,
    read_rows,
    with_overlays,
)

TODAY = dt.date(2026, 1, 1)
ROOT = Path(__file__).resolve().parent.parent
SUBTITLE_BASELINE = 70.0  # margin 30 + title 18 + 22 (genogram.scene.build_scene)


def couples_side_by_side(genogram: Genogram) -> list[tuple[str, str]]:
    """Couples in one row with a symbol (anyone's, copies included) between the two symbols
    drawn for them; worked out from the drawn positions, not from `count_lines`."""
    layout = genogram.layout
    apart = []
    for union in layout.unions.values():
        if union.kind not in ("adjacent", "bracket"):
            continue
        a, b = sorted(layout.partner_spot(union, p).x for p in union.partners)
        row = layout.people[union.partners[0]].generation
        between = [s for s in layout.spots() if s.generation == row and a < s.x < b]
        if between:
            apart.append(union.partners)
    return apart


def _shapes_at(genogram: Genogram, spot: PersonSpot) -> list[Shape]:
    return [
        i for i in genogram.scene.items if isinstance(i, Shape) and (i.cx, i.cy) == (spot.x, spot.y)
    ]


def _words_at(genogram: Genogram, spot: PersonSpot) -> list[str]:
    """The age inside the symbol, then the label's lines under it."""
    return [
        i.text
        for i in genogram.scene.items
        if isinstance(i, Text) and i.x == spot.x and spot.top < i.y <= spot.bottom
    ]


@pytest.mark.parametrize("marriages", [2, 3, 4])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_every_couple_side_by_side_or_drawn_twice(
    tmp_path: Path, marriages: int, seed: int
) -> None:
    rows = intermarried_family(marriages, seed)
    for name, workbook in (("plain", rows), ("lines", with_overlays(rows, seed))):
        genogram = build_genogram(read_rows(tmp_path, name, workbook), today=TODAY)
        check_all(genogram)
        assert couples_side_by_side(genogram) == []
        found = count_lines(genogram.layout)
        assert found.non_adjacent == 0 and found.drawn_twice == len(genogram.layout.copies)
        assert 1 <= found.drawn_twice <= marriages  # the mother's third partner, sibships
        assert found.crossings <= len(genogram.layout.people) // 10, found


def test_the_kinship2_pedigree_needs_one_copy(tmp_path: Path) -> None:
    genogram = build_genogram(read_rows(tmp_path, "k", KINSHIP2_PEDIGREE_1), today=TODAY)
    assert couples_side_by_side(genogram) == []
    assert len(genogram.layout.copies) == 1


def test_no_copies_without_marriages_between_drawn_families() -> None:
    """Several partners of one person keep the genogram convention (date order, the far one
    joined by a bracket over the nearer): only they may be apart, and nobody is drawn twice."""
    for seed in (1, 7, 42):
        genogram = build_genogram(random_family(seed, 90, intermarriage=False), today=TODAY)
        assert genogram.layout.copies == {}
        for couple in couples_side_by_side(genogram):
            assert max(len(genogram.graph.unions_of(p)) for p in couple) >= 3, couple


@pytest.mark.parametrize("anonymise", [False, True])
def test_a_person_drawn_twice_looks_the_same_and_is_joined_by_a_dashed_line(
    tmp_path: Path, anonymise: bool
) -> None:
    rows = KINSHIP2_PEDIGREE_1
    genogram = build_genogram(read_rows(tmp_path, "k", rows), anonymise=anonymise, today=TODAY)
    layout = genogram.layout
    ((key, copy),) = layout.copies.items()
    first = layout.people[copy.person_id]
    assert copy.generation == first.generation and copy.y == first.y
    # Same symbol and same words under it (the pseudonym when anonymised).
    copy_shapes, first_shapes = _shapes_at(genogram, copy), _shapes_at(genogram, first)
    assert [(s.kind, s.half, s.ref) for s in copy_shapes] == [
        (s.kind, s.half, s.ref) for s in first_shapes
    ]
    assert copy_shapes[0].ref == genogram.refs[copy.person_id]
    words = _words_at(genogram, copy)
    assert words and words == _words_at(genogram, first)
    assert words[1:] == list(genogram.labels[copy.person_id].lines)
    if anonymise:
        assert genogram.graph.people[copy.person_id].name not in " ".join(words)
    # The partner is beside the copy and the couple's children hang between them.
    uid = key.rsplit(":", 1)[1]
    union = layout.unions[uid]
    partner = layout.people[next(p for p in union.partners if p != copy.person_id)]
    assert union.kind == "adjacent"
    assert min(copy.x, partner.x) < union.x < max(copy.x, partner.x)
    # One dashed line from the top of one symbol to the top of the other, above the row.
    (link,) = [i for i in genogram.scene.items if isinstance(i, Line) and i.role == "duplicate"
               and i.points[0][0] < layout.width]  # the key, to the right, has one too  # fmt: skip
    assert link.dash
    ends = sorted((link.points[0], link.points[-1]))
    spots = sorted((first, copy), key=lambda s: s.x)
    half = layout.symbol_size / 2
    assert all(abs(x - s.x) < half for (x, _), s in zip(ends, spots, strict=True))
    assert all(y <= first.top for _, y in link.points)
    assert "Same person, drawn twice" in render_svg(genogram.scene)
    # In the JSON contract the copy names its person and its union.
    (entry,) = to_json(genogram)["copies"]
    assert entry["id"] == genogram.refs[copy.person_id]
    assert entry["union"] == f"union-{uid[1:]}"


def test_anonymised_copies_leak_no_names(tmp_path: Path) -> None:
    rows = with_overlays(intermarried_family(4, 1), 1)
    genogram = build_genogram(read_rows(tmp_path, "f", rows), anonymise=True, today=TODAY)
    assert genogram.layout.copies
    svg = render_svg(genogram.scene)
    for person in genogram.graph.people.values():
        for part in person.name.split():
            assert f">{part}" not in svg and f"{part}<" not in svg, part


def test_overlay_lines_avoid_symbols_labels_and_family_lines(tmp_path: Path) -> None:
    families = [
        build_genogram(
            read_rows(tmp_path, f"{m}{s}", with_overlays(intermarried_family(m, s), s)),
            today=TODAY,
        )
        for m, s in itertools.product((2, 3, 4), (0, 1, 2))
    ]
    families += [build_genogram(random_family(s, 120), today=TODAY) for s in (5, 142)]
    drawn = 0
    for genogram in families:
        found = count_overlays(genogram)
        drawn += found.paths
        assert found.faults == 0, found
        lines = [i for i in genogram.scene.items if isinstance(i, Line) and i.role == "overlay"]
        assert min(y for i in lines for _, y in i.points) > SUBTITLE_BASELINE + 4
    assert drawn > 200


def test_lines_over_the_top_row_run_below_the_subtitle(tmp_path: Path) -> None:
    """Conflict between the two families' grandfathers, far apart in the top row: the line
    runs across above the row, which is moved down so that it passes under the subtitle."""
    people, relationships = intermarried_family(3, 0)
    plain = build_genogram(read_rows(tmp_path, "plain", (people, relationships)), today=TODAY)
    top = sorted((s for s in plain.layout.people.values() if s.generation == 0), key=lambda s: s.x)
    a, b = top[0].person_id, top[-1].person_id
    rows = (people, [*relationships, [a, b, "conflict", None, None]])
    genogram = build_genogram(read_rows(tmp_path, "lined", rows), today=TODAY)
    assert genogram.layout.lanes.get(0, 0) >= 1
    lines = [i for i in genogram.scene.items if isinstance(i, Line) and i.role == "overlay"]
    assert min(y for i in lines for _, y in i.points) > SUBTITLE_BASELINE + 4
    assert genogram.layout.row_y[0] > plain.layout.row_y[0]
    check_all(genogram)
    assert count_overlays(genogram).faults == 0


def test_the_overlay_counter_on_a_drawing_made_by_hand() -> None:
    """A's line to B runs through C's symbol; D's line to E through C's label; F's line to G
    along a sibship line; a line from A crossing the sibship line square on is no fault."""
    symbols = [
        Symbol(key, "square", x, y, 20.0, (x - 30, y + 30, x + 30, y + 60))
        for key, x, y in [("A", 0, 0), ("B", 200, 0), ("C", 100, 0), ("D", 100, 70),
                          ("E", 100, 200), ("F", 300, 100), ("G", 500, 100)]
    ]  # fmt: skip
    sibship = Line(((250.0, 70.0), (550.0, 70.0)), "#000", 2.0, role="child")
    lines = [
        Line(((20.0, 0.0), (180.0, 0.0)), "#000", 1.0, role="overlay"),  # A-B through C
        Line(((80.0, 80.0), (80.0, 180.0)), "#000", 1.0, role="overlay"),  # D's side to E
        Line(  # F to G along the sibship line
            ((300.0, 78.0), (300.0, 71.0), (500.0, 71.0), (500.0, 78.0)),
            "#000",
            1.0,
            role="duplicate",
        ),
        Line(((400.0, 40.0), (400.0, 90.0)), "#000", 1.0, role="overlay"),  # crosses it
    ]
    found = count_paths([sibship, *lines], symbols)
    assert (found.paths, found.through_symbols, found.through_labels) == (4, 1, 1)
    assert found.along_family_lines == 1


def _svg_digest(hash_seed: str) -> str:
    code = (
        "import datetime as dt, hashlib, sys, tempfile; from pathlib import Path; "
        "from genogram.build import build_genogram; from genogram.svg import render_svg; "
        "from tests.test_issue18_families import intermarried_family, read_rows, with_overlays; "
        "rows = with_overlays(intermarried_family(4, 2), 2); "
        "g = build_genogram(read_rows(Path(tempfile.mkdtemp()), 'f', rows), "
        "today=dt.date(2026, 1, 1)); "
        "print(len(g.layout.copies), hashlib.sha256(render_svg(g.scene).encode()).hexdigest())"
    )
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_copies_and_overlays_are_the_same_on_every_run(tmp_path: Path) -> None:
    first, second = _svg_digest("1"), _svg_digest("4242")
    assert first == second and not first.startswith("0 ")
    rows = with_overlays(intermarried_family(4, 2), 2)
    genogram = build_genogram(read_rows(tmp_path, "f", rows), today=TODAY)
    digest = hashlib.sha256(render_svg(genogram.scene).encode()).hexdigest()
    assert first.endswith(digest)


def test_every_stretch_of_overlay_line_has_a_lane_of_its_own(tmp_path: Path) -> None:
    """Rows are moved apart where more lines run across above a row than the usual lanes
    hold: routing again with as many lanes as wanted needs no more than the drawing has."""
    rows = with_overlays(intermarried_family(4, 0), 0, extra=12)
    genogram = build_genogram(read_rows(tmp_path, "f", rows), today=TODAY)
    layout, style = genogram.layout, load_style()
    assert any(n > LANES for n in layout.lanes.values())
    router = OverlayRouter(layout, style.spacing("sibship_drop"), unbounded=True)
    for rel in genogram.graph.overlays():
        a, b = layout.people[rel.person_a], layout.people[rel.person_b]
        if a.generation != b.generation:
            router.between_rows(a, b, (20.0, 20.0))
        elif abs(a.x - b.x) > 200:
            router.same_row(a, b, (20.0, 20.0))
    for row, wanted in router.demand.items():
        assert min(wanted, MOST_LANES) <= layout.lanes.get(row, LANES), (row, wanted)
    check_all(genogram)
    assert count_overlays(genogram).faults == 0
    # The lanes sit between the labels above and the sibship lines of their row.
    for row, lanes in layout.lanes.items():
        line = layout.row_y[row] - layout.symbol_size / 2 - style.spacing("sibship_drop")
        highest = router.lane_y(row, 0.0, 1.0)  # a lane no stretch used yet: the lowest
        assert line - highest == LANE_FIRST
        above = max(s.bottom for s in layout.people.values() if s.generation == row - 1)
        assert above < line - LANE_FIRST - LANE_STEP * (lanes - 1) - 4


@pytest.mark.parametrize("marriages", [2, 3, 4])
def test_a_line_goes_to_the_nearer_symbol_of_someone_drawn_twice(
    tmp_path: Path, marriages: int
) -> None:
    """The mother, drawn again beside the father or her later partner: the line between her
    and him (conflict, violence) is short, between the two symbols side by side, not one
    across the drawing to her first symbol."""
    rows = with_overlays(intermarried_family(marriages, 1), 1, extra=0)
    genogram = build_genogram(read_rows(tmp_path, "f", rows), today=TODAY)
    graph, layout = genogram.graph, genogram.layout
    role = {p.role: pid for pid, p in graph.people.items() if p.role}
    mother = role["mother"]
    ((key, copy),) = [(k, s) for k, s in layout.copies.items() if s.person_id == mother]
    beside = next(p for p in graph.unions[key.rsplit(":", 1)[1]].partners if p != mother)
    kind = {role["father"]: "conflict", role["mother's partner"]: "violence"}[beside]
    colour = load_style().get("overlay", f"{kind}_colour")
    left, right = sorted((copy.x, layout.people[beside].x))
    assert not [p for p in layout.spots() if p.generation == copy.generation and left < p.x < right]
    lines = [i for i in genogram.scene.items if isinstance(i, Line) and i.stroke == colour]
    assert any(all(left <= x <= right for x, _ in line.points) for line in lines)
    first = layout.people[mother]  # no line of that kind reaches her first symbol
    assert not any(abs(x - first.x) < layout.symbol_size for i in lines for x, _ in i.points)
