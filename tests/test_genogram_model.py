"""The family model's queries, --as-at views and pseudonyms, on the sample family."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cspr.cli import DEMO_DIR
from genogram.build import build_genogram
from genogram.errors import GenogramError
from genogram.family import Family, Person, read_family
from genogram.model import FamilyGraph, Stay, UnionStatus, family_at, person_node, union_node
from genogram.pseudonyms import assign_pseudonyms, pseudonymous_ids
from tests.builders import write_xlsx
from tests.test_genogram_families import UNSEEN_PEOPLE, UNSEEN_RELATIONSHIPS

TODAY = dt.date(2026, 1, 1)
D = dt.date


@pytest.fixture(scope="module")
def sample() -> Family:
    return read_family(DEMO_DIR / "family.xlsx")


@pytest.fixture(scope="module")
def graph(sample: Family) -> FamilyGraph:
    return FamilyGraph(sample, today=TODAY)


@pytest.fixture(scope="module")
def unseen(tmp_path_factory: pytest.TempPathFactory) -> Family:
    path = tmp_path_factory.mktemp("unseen") / "unseen.xlsx"
    write_xlsx(path, {"Family members": UNSEEN_PEOPLE, "Relationships": UNSEEN_RELATIONSHIPS})
    return read_family(path)


def _union(graph: FamilyGraph, *partners: str):
    return next(u for u in graph.unions.values() if set(u.partners) == set(partners))


def test_people_and_unions_are_nodes_of_a_networkx_graph(graph: FamilyGraph) -> None:
    nodes = graph.graph.nodes
    assert {n for n in nodes if nodes[n]["kind"] == "person"} == {
        person_node(p) for p in graph.people
    }
    mother_father = _union(graph, "P4", "P5")
    node = union_node(mother_father.union_id)
    assert graph.graph.has_edge(person_node("P4"), node)
    assert {v for _, v, k in graph.graph.out_edges(node, data="kind") if k == "child"} == {
        person_node("P1"),
        person_node("P2"),
    }
    assert [c for c, _ in mother_father.children] == ["P2", "P1"]  # birth order


def test_relatives_of_the_subject(graph: FamilyGraph) -> None:
    assert graph.relatives() == {
        "sibling": ["P2"],
        "half sibling": ["P3"],
        "mother": ["P4"],
        "father": ["P5"],
        "stepfather": ["P6"],
        "maternal grandmother": ["P7"],
        "maternal grandfather": ["P9"],
    }


def test_partners_of_each_parent_in_date_order(graph: FamilyGraph) -> None:
    partners = graph.parents_partners()
    assert [p for p, _ in partners["P4"]] == ["P5", "P6"]
    assert [p for p, _ in partners["P5"]] == ["P4"]


def test_households_as_recorded_and_at_dates(graph: FamilyGraph) -> None:
    assert graph.households() == {"H1": ["P1", "P2", "P3", "P4", "P6"], "H2": ["P5"], "H3": ["P7"]}
    # Before the separation the father lived with the children; the grandfather was alive.
    assert graph.households(D(2016, 1, 1)) == {"H1": ["P1", "P2", "P4", "P5"], "H3": ["P7", "P9"]}
    # The mother's partner from November 2017 had not moved in on 1 January 2018 ...
    assert graph.household_members("H1", D(2018, 1, 1)) == ["P1", "P2", "P4"]
    # ... had by March 2018, and had moved out again by June 2021.
    assert graph.household_members("H1", D(2018, 3, 1)) == ["P1", "P2", "P4", "P6"]
    assert graph.household_members("H1", D(2021, 6, 1)) == ["P1", "P2", "P3", "P4"]


def test_adults_who_lived_with_the_child_and_when(graph: FamilyGraph) -> None:
    assert graph.lived_with() == [
        Stay("P4", D(2014, 11, 3), None),
        Stay("P5", D(2014, 11, 3), D(2017, 3, 1)),
        Stay("P6", D(2018, 2, 26), D(2021, 3, 15)),
    ]


def test_union_status_latest_and_as_at(graph: FamilyGraph, sample: Family) -> None:
    assert graph.status(_union(graph, "P4", "P5")) == UnionStatus(
        "cohabiting", "separated", D(2017, 3, 1)
    )
    assert graph.status(_union(graph, "P7", "P9")).ended == "widowed"
    assert graph.status(_union(graph, "P4", "P6")) == UnionStatus(
        "cohabiting", "separated", D(2021, 3, 15)
    )
    then = FamilyGraph(family_at(sample, D(2018, 1, 1)), as_at=D(2018, 1, 1))
    assert then.status(_union(then, "P4", "P6")) == UnionStatus("partners", None, D(2017, 11, 1))
    assert then.status(_union(then, "P4", "P5")).ended == "separated"


def test_ages_at_the_reference_date_and_at_death(graph: FamilyGraph) -> None:
    assert graph.age("P1").text() == "11"  # type: ignore[union-attr]
    assert graph.age("P7").text() == "c.64"  # type: ignore[union-attr]  # born "1961"
    grandfather = graph.age("P9")
    assert grandfather is not None and grandfather.at_death and grandfather.text() == "c.58"
    assert graph.age("P8") is None


def test_the_family_as_at_a_date(sample: Family) -> None:
    view = family_at(sample, D(2018, 1, 1))
    # Mia not yet born; Gaz not yet known (linked from December 2019); Liam already a partner.
    assert set(view.people) == {"P1", "P2", "P4", "P5", "P6", "P7", "P9"}
    assert not any(r.type == "abuse" for r in view.relationships)
    with pytest.raises(ValueError, match="before the subject child was born"):
        family_at(sample, D(2010, 1, 1))


def test_a_partner_who_had_not_moved_in_is_outside_the_household_outline(sample: Family) -> None:
    genogram = build_genogram(sample, as_at=D(2018, 1, 1), today=TODAY)
    assert genogram.households["H1"] == ["P1", "P2", "P4"]
    assert "P6" in genogram.layout.people


def test_the_sample_pseudonyms(graph: FamilyGraph) -> None:
    labels = assign_pseudonyms(graph)
    assert labels == {
        "P1": "Child A",
        "P2": "Sibling 1",
        "P3": "Half-sibling 1",
        "P4": "Mother",
        "P5": "Father",
        "P6": "Mother's partner",
        "P7": "Maternal grandmother",
        "P8": "Adult 1",
        "P9": "Maternal grandfather",
    }
    assert pseudonymous_ids(labels)["P6"] == "mothers-partner"


def test_pseudonyms_number_in_birth_order_and_infer_missing_roles(unseen: Family) -> None:
    labels = assign_pseudonyms(FamilyGraph(unseen, today=TODAY))
    assert labels["F09"] == "Half-sibling 1" and labels["F03"] == "Half-sibling 2"
    # Named by the relationship the tree computes (issue 19), not a generic "partner 1".
    assert labels["F13"] == "Paternal aunt 1's partner"
    assert labels["F18"] == "Maternal step-grandfather"
    assert {labels["F20"], labels["F21"]} == {"Cousin 3", "Cousin 4"}
    blank = Family(
        {pid: Person(p.person_id, p.row, p.name, p.sex, p.birth, p.death, p.deceased,
                     "" if pid != "F01" else p.role) for pid, p in unseen.people.items()},
        unseen.relationships,
    )  # fmt: skip
    inferred = assign_pseudonyms(FamilyGraph(blank, today=TODAY))
    assert inferred["F04"] == "Mother" and inferred["F05"] == "Father"
    assert inferred["F16"] == "Maternal grandmother" and inferred["F12"] == "Paternal aunt 1"
    assert inferred["F06"] == "Mother's partner"
    assert inferred["F02"] == "Sibling 1" and inferred["F09"] == "Half-sibling 1"


def test_pseudonyms_do_not_change_with_the_as_at_date(sample: Family) -> None:
    whole = build_genogram(sample, anonymise=True, today=TODAY)
    then = build_genogram(sample, anonymise=True, as_at=D(2018, 1, 1), today=TODAY)
    for pid in then.layout.people:
        assert then.pseudonyms[pid] == whole.pseudonyms[pid]
        assert then.refs[pid] == whole.refs[pid]


def test_a_chosen_pseudonym_and_the_subject_option(tmp_path: Path, sample: Family) -> None:
    people = dict(sample.people)
    mother = people["P4"]
    people["P4"] = Person(
        mother.person_id, mother.row, mother.name, mother.sex, mother.birth,
        role=mother.role, household=mother.household, pseudonym="Parent X",
    )  # fmt: skip
    labels = assign_pseudonyms(FamilyGraph(Family(people, sample.relationships), today=TODAY))
    assert labels["P4"] == "Parent X"
    other = assign_pseudonyms(FamilyGraph(sample, subject="P2", today=TODAY))
    assert other["P2"] == "Child A" and other["P1"] == "Child B"
    with pytest.raises(GenogramError, match=r"^'P99' is not in the People sheet$") as raised:
        FamilyGraph(sample, subject="P99")
    assert raised.value.field == "subject"
    assert raised.value.as_flag() == "--subject 'P99' is not in the People sheet"
