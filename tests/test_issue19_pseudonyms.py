"""Issue 19: pseudonyms that match the relationship, checked against the workbook's role."""

from __future__ import annotations

import pytest

from anonymise.register import register_from_family
from genogram.model import FamilyGraph
from genogram.pseudonyms import pseudonym_details, role_label
from tests.test_issue19_cases import FAMILIES, TODAY


@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_every_person_gets_the_pseudonym_of_their_relationship(name):
    make, expected, disagree = FAMILIES[name]
    details = pseudonym_details(FamilyGraph(make(), today=TODAY))
    assert details.labels == expected
    reported = {line.split(":", 1)[0] for line in details.disagreements}
    assert reported == disagree


def test_the_workbook_wins_and_the_disagreement_reaches_the_register():
    make, _, _ = FAMILIES["adams"]
    register = register_from_family(make(), today=TODAY)
    assert register.get("person:A11").pseudonym == "Maternal grandfather"
    assert any("Maternal step-grandfather" in line for line in register.disagreements)


@pytest.mark.parametrize(
    ("role", "label"),
    [
        ("Father of half-sibling", "Half-sibling's father"),
        ("Half-sibling's father", "Half-sibling's father"),
        ("Paternal grandmother of half-sibling", "Half-sibling's paternal grandmother"),
        ("Mum's ex", "Mother's former partner"),
        ("mothers ex partner", "Mother's former partner"),
        ("Step-grandad (maternal)", "Maternal step-grandfather"),
        ("Great-Nan", "Great-grandmother"),
        ("Mum's sister", "Maternal aunt"),
        ("Stepdad", "Stepfather"),
        ("half brother", "Half-sibling"),
        ("Mother's sister-in-law", "Mother's sister-in-law"),
        ("Lodger", None),
    ],
)
def test_roles_are_read_as_relationships(role, label):
    assert role_label(role) == label


def test_a_half_sibling_is_never_the_label_of_an_adult():
    make, _, _ = FAMILIES["kettleby"]
    labels = pseudonym_details(FamilyGraph(make(), today=TODAY)).labels
    assert labels["K4"] != "Half-sibling 1" and labels["K4"].startswith("Half-sibling 1's")
    assert labels["K6"] != "Paternal grandmother 2"


def test_cspr_genogram_anonymise_says_where_the_workbook_and_the_tree_disagree(
    tmp_path, monkeypatch, capsys
):
    from cspr.cli import main
    from genogram import cli

    make, _, disagree = FAMILIES["adams"]
    monkeypatch.setattr(cli, "read_family", lambda _path: make())
    assert (
        main(
            [
                "genogram",
                str(tmp_path / "family.xlsx"),
                "--out",
                str(tmp_path / "g.svg"),
                "--anonymise",
            ]
        )
        == 0
    )
    notes = [line for line in capsys.readouterr().out.splitlines() if line.startswith("note: ")]
    assert {line.removeprefix("note: ").split(":", 1)[0] for line in notes} == disagree
    assert any("Maternal step-grandfather" in line for line in notes)


def test_the_genogram_page_says_so_in_full_or_as_a_count():
    from genogram.pseudonyms import disagreement_note

    make, _, disagree = FAMILIES["adams"]
    full = disagreement_note(make(), anonymised=False)
    assert full.startswith(" Check: ") and all(pid in full for pid in disagree)
    counted = disagreement_note(make(), anonymised=True)
    assert f"{len(disagree)} pseudonym(s)" in counted
    assert not any(pid in counted for pid in disagree)
    make_ok, _, none = FAMILIES["kettleby"]
    assert none == set() and disagreement_note(make_ok(), anonymised=False) == ""
