"""Issue 21: the rows of small hand-drawn families, for the survivors of the mutation run over
genogram/generations.py (bench/mutation.py generations).

Every expected row is worked out by hand from the rules in the module's docstrings: children one
row below their parents; twins, then couples (those with children first, earlier unions first),
then full siblings share a row unless that contradicts descent; people without parents are
pulled down next to their children; people with no parents, children or partners in the
drawing take the row of the first person (by workbook row) they are linked to (a step-parent one
row above the step-child, a step-child one row below), else by age: adults a row above the
subject child, children on the subject's row. Row 0 is the top row.
"""

from __future__ import annotations

import datetime as dt

from chronology.dates import ParsedDate
from genogram.family import Family, Person, Relationship
from genogram.generations import assign_generations
from genogram.model import FamilyGraph

TODAY = dt.date(2026, 1, 1)


def _people(*specs: tuple[str, str, int] | tuple[str, str, int, str]) -> list[Person]:
    """(id, sex, year of birth[, role]) in workbook order (rows 2, 3, ...)."""
    people = []
    for row, spec in enumerate(specs, start=2):
        pid, sex, born = spec[0], spec[1], spec[2]
        role = spec[3] if len(spec) > 3 else ""
        birth = ParsedDate(dt.date(born, 6, 1), "day")
        people.append(Person(pid, row=row, name=pid, sex=sex, birth=birth, role=role))  # type: ignore[arg-type]
    return people


def _rows(
    people: list[Person],
    links: list[tuple[str, str, str]],
    subject: str = "C",
    numbers: list[int] | None = None,
) -> dict[str, int]:
    """Rows of the family; `numbers` gives the relationships' workbook rows (default 2, 3, ...)."""
    numbers = numbers or list(range(2, len(links) + 2))
    relationships = [
        Relationship(a, b, kind, row=number)
        for (a, b, kind), number in zip(links, numbers, strict=True)
    ]
    family = Family({p.person_id: p for p in people}, relationships, source="hand-drawn")
    return assign_generations(FamilyGraph(family, subject=subject, today=TODAY))


def test_a_sibling_stays_beside_a_sister_who_married_into_a_deeper_family() -> None:
    """S1 marries P, whose father Y and grandfather X are drawn: S1 is pulled down to P's row
    and her parents A = B with her. Her brother S2 shares her row (siblings), not the row
    under his parents' first position.

        X                   row 0
        |
        Y       A = B       row 1
        |         |
        P  =  S1    S2      row 2
           |
           C                row 3
    """
    people = _people(
        ("A", "F", 1960), ("B", "M", 1958), ("S1", "F", 1985), ("S2", "M", 1988),
        ("X", "M", 1935), ("Y", "M", 1960), ("P", "M", 1984), ("C", "F", 2015, "subject child"),
    )  # fmt: skip
    links = [
        ("A", "B", "married"),
        ("A", "S1", "parent"), ("B", "S1", "parent"),
        ("A", "S2", "parent"), ("B", "S2", "parent"),
        ("X", "Y", "parent"), ("Y", "P", "parent"),
        ("S1", "P", "married"),
        ("S1", "C", "parent"), ("P", "C", "parent"),
    ]  # fmt: skip
    assert _rows(people, links) == {
        "X": 0, "Y": 1, "A": 1, "B": 1, "S1": 2, "S2": 2, "P": 2, "C": 3,
    }  # fmt: skip


def test_twins_without_recorded_parents_share_a_row() -> None:
    """M and her twin sister A have no parents in the drawing. M's husband F has his father
    FF drawn, so M = F sit on row 1; A shares M's row (twins), and A's son D is C's cousin on
    C's row. Without the twin rule A would float to row 0 with D on row 1.

        FF                  row 0
        |
        F = M ~ A           row 1  (~ twins)
          |     |
          C     D           row 2
    """
    people = _people(
        ("M", "F", 1985), ("A", "F", 1985), ("F", "M", 1983), ("FF", "M", 1955),
        ("C", "F", 2015, "subject child"), ("D", "M", 2012),
    )  # fmt: skip
    links = [
        ("M", "A", "twin"),
        ("M", "F", "married"),
        ("FF", "F", "parent"),
        ("M", "C", "parent"), ("F", "C", "parent"),
        ("A", "D", "parent"),
    ]  # fmt: skip
    assert _rows(people, links) == {"M": 1, "A": 1, "F": 1, "FF": 0, "C": 2, "D": 2}


def test_triplets_without_recorded_parents_share_a_row() -> None:
    """Three sisters (twin links from the eldest) with no parents drawn: each of the younger
    two has her own child, and the eldest's husband has his mother drawn. All three sisters
    share row 1, all three children row 2."""
    people = _people(
        ("T1", "F", 1985), ("T2", "F", 1985), ("T3", "F", 1985), ("H", "M", 1984),
        ("HM", "F", 1960), ("C", "F", 2015, "subject child"), ("K2", "M", 2013),
        ("K3", "F", 2014),
    )  # fmt: skip
    links = [
        ("T1", "T2", "twin"), ("T1", "T3", "twin"),
        ("T1", "H", "married"), ("HM", "H", "parent"),
        ("T1", "C", "parent"), ("H", "C", "parent"),
        ("T2", "K2", "parent"), ("T3", "K3", "parent"),
    ]  # fmt: skip
    assert _rows(people, links) == {
        "T1": 1, "T2": 1, "T3": 1, "H": 1, "HM": 0, "C": 2, "K2": 2, "K3": 2,
    }  # fmt: skip


def test_a_man_with_a_mother_and_later_her_daughter_shares_the_row_of_his_children() -> None:
    """P was G's partner (no children) and is now the partner of her daughter D and the
    father of C. Both unions cannot be drawn on one row; the one with children is: P sits
    beside D, and the childless union with G is drawn across rows.

        G                   row 0
        |  (P's line to G crosses rows)
        D = P               row 1
          |
          C                 row 2
    """
    people = _people(
        ("G", "F", 1955), ("D", "F", 1980), ("P", "M", 1960), ("C", "F", 2015, "subject child"),
    )  # fmt: skip
    links = [
        ("G", "P", "partners"),
        ("G", "D", "parent"),
        ("D", "P", "partners"),
        ("D", "C", "parent"), ("P", "C", "parent"),
    ]  # fmt: skip
    assert _rows(people, links) == {"G": 0, "D": 1, "P": 1, "C": 2}


def test_of_two_unions_with_children_the_earlier_one_shares_a_row() -> None:
    """As above, but P also had a son H with G (born 1982), long before C (2015). The earlier
    union (dated by its first child, as neither has a start date) is drawn on one row: P on
    G's row; his union with D crosses rows. The later union is listed first in the workbook,
    so workbook order alone would get this wrong.

        G = P               row 0
          |
        H    D              row 1  (H and D half-siblings)
             |
             C              row 2  (child of D and of P, whose line comes down from row 0)
    """
    people = _people(
        ("G", "F", 1955), ("P", "M", 1958), ("D", "F", 1980), ("H", "M", 1982),
        ("C", "F", 2015, "subject child"),
    )  # fmt: skip
    links = [
        ("D", "P", "partners"),
        ("G", "P", "partners"),
        ("G", "D", "parent"),
        ("G", "H", "parent"), ("P", "H", "parent"),
        ("D", "C", "parent"), ("P", "C", "parent"),
    ]  # fmt: skip
    assert _rows(people, links) == {"G": 0, "P": 0, "D": 1, "H": 1, "C": 2}


def test_a_subject_with_no_relationships_is_drawn_on_the_childrens_row() -> None:
    """Nothing links C to anyone yet; the only family drawn is M and her son K. C, a child,
    goes on row 1 (the first children's row, beside K), the unlinked adult U on row 0."""
    people = _people(
        ("M", "F", 1985), ("K", "M", 2012), ("C", "F", 2015, "subject child"), ("U", "M", 1980),
    )  # fmt: skip
    assert _rows(people, [("M", "K", "parent")]) == {"M": 0, "K": 1, "C": 1, "U": 0}


def test_an_unlinked_adult_above_a_subject_in_the_top_row_moves_everyone_down() -> None:
    """C (16) is herself a mother: C on row 0 and her baby B on row 1 until the unlinked
    adult U goes a row above C. Rows are then renumbered from 0: U 0, C 1, B 2. An unlinked
    child K goes on C's row."""
    people = _people(
        ("C", "F", 2009, "subject child"), ("B", "M", 2025), ("U", "M", 1980), ("K", "F", 2015),
    )  # fmt: skip
    assert _rows(people, [("C", "B", "parent")]) == {"U": 0, "C": 1, "K": 1, "B": 2}


def test_an_adult_step_son_is_on_the_childrens_row_and_his_links_follow_him() -> None:
    """F is step-father of X (20): X is one row below F, on C's row, although he is an adult.
    X's first relationship (by workbook row) is a conflict with Y, who is drawn nowhere else:
    it cannot place X, the next one can. Y, listed before X, is placed only once X is, on
    X's row (the row of the person he is linked to).

        M = F               row 0
          |  :  (step)
          C  X ~ Y          row 1
    """
    people = _people(
        ("M", "F", 1985), ("F", "M", 1983), ("C", "F", 2015, "subject child"),
        ("Y", "M", 1970), ("X", "M", 2005),
    )  # fmt: skip
    links = [
        ("M", "F", "married"),
        ("M", "C", "parent"), ("F", "C", "parent"),
        ("X", "Y", "conflict"),
        ("F", "X", "step_parent"),
    ]  # fmt: skip
    assert _rows(people, links) == {"M": 0, "F": 0, "C": 1, "Y": 1, "X": 1}


def test_the_partner_of_a_loose_person_takes_the_same_row() -> None:
    """X (20), F's step-son, is married to W (22), who has no other relationship: both are
    placed on X's row (one below F), not W by her age."""
    people = _people(
        ("M", "F", 1985), ("F", "M", 1983), ("C", "F", 2015, "subject child"),
        ("W", "F", 2003), ("X", "M", 2005),
    )  # fmt: skip
    links = [
        ("M", "F", "married"),
        ("M", "C", "parent"), ("F", "C", "parent"),
        ("X", "W", "married"),
        ("F", "X", "step_parent"),
    ]  # fmt: skip
    assert _rows(people, links) == {"M": 0, "F": 0, "C": 1, "W": 1, "X": 1}


def test_the_first_relationship_by_workbook_row_decides_not_the_list_order() -> None:
    """X (30) is F's step-son (workbook row 3) and close to the grandmother G (row 9); the
    rows are given out of order. The earlier row decides: X one row below F, on C's row, not
    on G's row."""
    people = _people(
        ("G", "F", 1955), ("M", "F", 1985), ("F", "M", 1983),
        ("C", "F", 2015, "subject child"), ("X", "M", 1995),
    )  # fmt: skip
    links = [
        ("X", "G", "close"),
        ("G", "M", "parent"),
        ("M", "F", "married"),
        ("M", "C", "parent"), ("F", "C", "parent"),
        ("F", "X", "step_parent"),
    ]  # fmt: skip
    rows = _rows(people, links, numbers=[9, 2, 4, 5, 6, 3])
    assert rows == {"G": 0, "M": 1, "F": 1, "C": 2, "X": 2}


def test_an_overlay_link_puts_a_loose_person_on_the_row_of_the_other() -> None:
    """A grandmother's friend L (close to G), drawn nowhere else, goes on G's row (0), not
    by her age (a row above C would be row 1). The overlay between M and C, on an earlier
    workbook row, is not hers and is passed over."""
    people = _people(
        ("G", "F", 1955), ("M", "F", 1985), ("C", "F", 2015, "subject child"), ("L", "F", 1950),
    )  # fmt: skip
    links = [
        ("G", "M", "parent"),
        ("M", "C", "parent"),
        ("M", "C", "close"),
        ("L", "G", "close"),
    ]
    assert _rows(people, links) == {"G": 0, "M": 1, "C": 2, "L": 0}


def test_wishes_after_one_that_cannot_be_kept_are_still_kept() -> None:
    """P's union with G cannot share a row (his union with her daughter D does); the wishes
    after it still count: D's sister A sits with her husband Y, whose father X and grandfather
    W are drawn, and D shares A's row (sisters), so G comes down beside X.

        W                       row 0
        |
        X       G               row 1  (P's line to G crosses rows)
        |       |
        Y = A   D = P           row 2
                  |
                  C             row 3
    """
    people = _people(
        ("G", "F", 1955), ("P", "M", 1958), ("D", "F", 1980), ("A", "F", 1982),
        ("Y", "M", 1980), ("X", "M", 1955), ("W", "M", 1930), ("C", "F", 2015, "subject child"),
    )  # fmt: skip
    links = [
        ("G", "P", "partners"),
        ("A", "Y", "married"),
        ("D", "P", "partners"),
        ("G", "D", "parent"), ("G", "A", "parent"),
        ("D", "C", "parent"), ("P", "C", "parent"),
        ("W", "X", "parent"), ("X", "Y", "parent"),
    ]  # fmt: skip
    assert _rows(people, links) == {
        "W": 0, "X": 1, "G": 1, "D": 2, "P": 2, "A": 2, "Y": 2, "C": 3,
    }  # fmt: skip
