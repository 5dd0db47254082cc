"""Issue 18: couples from two drawn families side by side, few crossings, on generated
family workbooks (two, three and four inter-family marriages, half-siblings through both
parents, the mother's later partner with his own family) and on kinship2's sample pedigree 1.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import networkx as nx
import pytest

from genogram.build import Genogram, build_genogram
from genogram.layout import (
    Layout,
    PersonSpot,
    SibshipSpot,
    UnionSpot,
    count_lines,
    layout_family,
)
from genogram.style import load_style
from genogram.svg import render_svg
from tests.test_genogram_families import random_family
from tests.test_genogram_layout import check_all
from tests.test_issue18_families import KINSHIP2_PEDIGREE_1, intermarried_family, read_rows

TODAY = dt.date(2026, 1, 1)


def fewest_couples_apart(genogram: Genogram) -> tuple[int, int]:
    """Two lower bounds on couples drawn apart, whatever the order (without drawing anyone
    twice): (1) siblings stay together, so two sibships meet at one place only: in each row,
    couples between different sibships minus the most sibship pairs a left-to-right order can
    put side by side; (2) a person has two sides: partners in the same row beyond two."""
    graph, layout = genogram.graph, genogram.layout
    blood = set(graph.primary_union)
    row = {p: s.generation for p, s in layout.people.items()}
    joined = nx.Graph()
    couples = 0
    for union in graph.unions.values():
        if len(union.partners) == 2 and set(union.partners) <= blood:
            a, b = union.partners
            if row[a] == row[b]:
                couples += 1
                joined.add_edge((row[a], graph.primary_union[a]), (row[b], graph.primary_union[b]))
    sibships = couples
    for component in nx.connected_components(joined):
        sibships -= max(
            sum(joined.has_edge(x, y) for x, y in itertools.pairwise(order))
            for order in itertools.permutations(sorted(component))
        )
    sides = 0
    for pid in graph.people:
        same_row = [
            u
            for u in graph.unions_of(pid)
            if len(u.partners) == 2 and len({row[p] for p in u.partners}) == 1
        ]
        sides += max(0, len(same_row) - 2)
    return sibships, sides


@pytest.mark.parametrize("marriages", [2, 3, 4])
@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_intermarried_families(tmp_path: Path, marriages: int, seed: int) -> None:
    family = read_rows(tmp_path, "family", intermarried_family(marriages, seed))
    genogram = build_genogram(family, today=TODAY)
    check_all(genogram)
    found = count_lines(genogram.layout)
    sibships, sides = fewest_couples_apart(genogram)
    # The mother has three partners in her row (the earlier one, the father, the later one),
    # so one of her couples cannot be side by side; any more only where sibships force it.
    # Each such couple is drawn with one partner twice, and no other couple is.
    assert sides >= 1
    assert found.non_adjacent == 0, found
    assert max(sibships, sides) <= found.drawn_twice <= sibships + sides, found
    assert found.crossings <= len(family.people) // 3, found
    again = build_genogram(family, today=TODAY)
    assert render_svg(again.scene) == render_svg(genogram.scene)
    anonymised = build_genogram(family, anonymise=True, today=TODAY)
    check_all(anonymised)
    drawn = count_lines(anonymised.layout)
    assert drawn.non_adjacent == 0
    assert drawn.drawn_twice <= sibships + sides


def test_intermarried_families_mostly_reach_the_bound(tmp_path: Path) -> None:
    """People are drawn twice only where no order could put the couple side by side: as
    often as the lower bound in most families."""
    reached = total = 0
    for marriages, seed in itertools.product((2, 3, 4), range(6)):
        family = read_rows(tmp_path, f"f{marriages}{seed}", intermarried_family(marriages, seed))
        genogram = build_genogram(family, today=TODAY)
        found = count_lines(genogram.layout)
        assert found.non_adjacent == 0
        reached += found.drawn_twice == max(fewest_couples_apart(genogram))
        total += 1
    assert reached >= total * 3 // 4, (reached, total)


def test_kinship2_sample_pedigree_1(tmp_path: Path) -> None:
    """Two brothers (K112, K114) marry two sisters (K118, K115): their sibships can meet at
    one place only, so one of the four is drawn twice, beside their partner (as kinship2
    draws it); every couple is side by side."""
    genogram = build_genogram(read_rows(tmp_path, "kinship2", KINSHIP2_PEDIGREE_1), today=TODAY)
    check_all(genogram)
    found = count_lines(genogram.layout)
    assert found.non_adjacent == 0
    assert found.drawn_twice == 1 == max(fewest_couples_apart(genogram))
    assert found.crossings <= 4, found  # 26 crossings and 4 couples apart before issue 18
    (copy,) = genogram.layout.copies.values()
    assert copy.person_id in {"K112", "K118", "K114", "K115"}
    spots = sorted(genogram.layout.spots(), key=lambda s: (s.generation, s.x))
    index = {(s.person_id, s is copy): i for i, s in enumerate(spots)}

    def side_by_side(a: str, b: str) -> bool:
        return any(
            abs(index[(a, x)] - index[(b, y)]) == 1
            for x in (False, True)
            for y in (False, True)
            if (a, x) in index and (b, y) in index
        )

    for a, b in (("K109", "K110"), ("K119", "K120"), ("K116", "K117"), ("K137", "K138"),
                 ("K112", "K118"), ("K114", "K115")):  # fmt: skip
        assert side_by_side(a, b), (a, b)
    again = build_genogram(read_rows(tmp_path, "again", KINSHIP2_PEDIGREE_1), today=TODAY)
    assert render_svg(again.scene) == render_svg(genogram.scene)


def _spot(pid: str, row: int, x: float) -> PersonSpot:
    y = 100.0 * row
    return PersonSpot(pid, row, x, y, 15.0, y - 10, y + 20)


def test_the_counter_on_a_drawing_made_by_hand() -> None:
    """Two couples in row 0 (A-B, C-D) whose children in row 1 are swapped over, so their
    sibship lines run on top of each other; in row 1 a couple (E-H) with F and G between them,
    whose bracket crosses G's line of descent."""
    people = {
        p: _spot(p, r, x)
        for p, r, x in [("A", 0, 0), ("B", 0, 40), ("C", 0, 100), ("D", 0, 140),
                        ("E", 1, 0), ("F", 1, 40), ("G", 1, 100), ("H", 1, 140)]
    }  # fmt: skip
    unions = {
        "u1": UnionSpot("u1", "adjacent", ("A", "B"), 20, 0, 0),
        "u2": UnionSpot("u2", "adjacent", ("C", "D"), 120, 0, 0),
        "u3": UnionSpot("u3", "bracket", ("E", "H"), 70, 80, 1, 1),
    }
    sibships = [
        SibshipSpot("u1", ("G",), 60, ((20, 0), (20, 60))),
        SibshipSpot("u2", ("E",), 60, ((120, 0), (120, 60))),
    ]
    layout = Layout(people, unions, sibships, [], [], 200, 200, 0, 20.0)
    found = count_lines(layout)
    assert found.non_adjacent == 1 and found.couples == 3
    assert found.by_kind == {"sibship-sibship": 1, "descent-union": 1}
    assert found.crossings == 2


def test_150_people_are_laid_out_again_the_same_way() -> None:
    """The layout stage alone (generations, order, positions) on 150 people; its speed is
    measured by bench/genogram.py, never asserted in a test."""
    genogram = build_genogram(random_family(142, 150), today=TODAY)
    sizes = {pid: label.size(load_style()) for pid, label in genogram.labels.items()}
    assert len(sizes) >= 140
    layout = layout_family(genogram.graph, sizes, load_style())
    assert [s.x for s in layout.people.values()] == [s.x for s in genogram.layout.people.values()]
