"""Reading the family workbook: flexible headers, partial dates, and one-line errors that name
the sheet and row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from chronology.dates import ParsedDate
from cspr.cli import DEMO_DIR
from genogram.family import Family, Person, Relationship, read_family, validate_family
from genogram.template import write_template
from tests.builders import write_xlsx
from tests.test_genogram_families import UNSEEN_PEOPLE, UNSEEN_RELATIONSHIPS

SAMPLE = DEMO_DIR / "family.xlsx"
HEADER = ["person_id", "name", "sex", "date_of_birth", "date_of_death", "role", "household"]
REL_HEADER = ["person_a", "person_b", "type", "start_date", "end_date"]
BASE_PEOPLE = [
    HEADER,
    ["C1", "Child One", "F", "01/02/2015", None, "subject child", "H1"],
    ["M1", "Mother One", "F", "1990", None, "mother", "H1"],
    ["D1", "Father One", "M", "1988", None, "father", "H2"],
    ["G1", "Gran One", "F", "1960", None, "maternal grandmother", "H3"],
]
BASE_RELATIONSHIPS = [
    REL_HEADER,
    ["M1", "C1", "parent", None, None],
    ["D1", "C1", "parent", None, None],
    ["G1", "M1", "parent", None, None],
]


def _workbook(tmp_path: Path, people=None, relationships=None, name="family.xlsx") -> Path:
    return write_xlsx(
        tmp_path / name,
        {
            "People": people if people is not None else BASE_PEOPLE,
            "Relationships": relationships if relationships is not None else BASE_RELATIONSHIPS,
        },
    )


def _error(tmp_path: Path, people=None, relationships=None) -> str:
    with pytest.raises(ValueError) as caught:
        read_family(_workbook(tmp_path, people, relationships))
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_the_sample_family_reads_with_partial_dates_and_a_deceased_grandfather() -> None:
    family = read_family(SAMPLE)
    assert list(family.people) == [f"P{n}" for n in range(1, 10)]
    assert len(family.relationships) == 22
    grandmother, grandfather = family.people["P7"], family.people["P9"]
    assert grandmother.birth == ParsedDate(dt.date(1961, 1, 1), "year")
    assert grandfather.deceased
    assert grandfather.death == ParsedDate(dt.date(2016, 11, 1), "month")
    assert family.people["P1"].aliases == ("Kaden", "Kaydon", "KJ")
    partners = next(r for r in family.relationships if r.type == "partners")
    assert partners.start == ParsedDate(dt.date(2017, 11, 1), "month")
    assert family.role_subjects() == ["P1"]


def test_headers_sheet_names_and_types_are_matched_flexibly(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "unseen.xlsx",
        {"Family members": UNSEEN_PEOPLE, "Relationships": UNSEEN_RELATIONSHIPS},
    )
    family = read_family(path)
    assert family.people["F01"].name == "Amara Okonkwo-Price"
    assert family.people["F01"].household == "A"
    assert family.people["F11"].death == ParsedDate(dt.date(2019, 3, 1), "month")
    types = {r.type for r in family.relationships}
    assert {"adoptive_parent", "foster_parent", "cut_off", "twin", "divorced"} <= types


def test_extra_columns_are_kept(tmp_path: Path) -> None:
    people = [[*BASE_PEOPLE[0], "School"]] + [[*row, "Oak Primary"] for row in BASE_PEOPLE[1:]]
    family = read_family(_workbook(tmp_path, people))
    assert family.people["C1"].extra == {"School": "Oak Primary"}


def test_a_deceased_person_without_a_date(tmp_path: Path) -> None:
    people = [*BASE_PEOPLE[:4], ["G1", "Gran One", "F", "1960", "deceased", "grandmother", None]]
    family = read_family(_workbook(tmp_path, people))
    assert family.people["G1"].deceased and family.people["G1"].death is None


@pytest.mark.parametrize(
    ("people", "relationships", "expected"),
    [
        (None, [*BASE_RELATIONSHIPS, ["M1", "P99", "parent", None, None]],
         "family.xlsx: Relationships row 5: person_b 'P99' is not in People"),
        (None, [*BASE_RELATIONSHIPS, ["C1", "G1", "parent", None, None]],
         "Relationships row 5: G1 would be their own ancestor (G1 → M1 → C1 → G1)"),
        (
            [*BASE_PEOPLE, ["X1", "Extra One", "M", "1980", None, "", None]],
            [*BASE_RELATIONSHIPS, ["X1", "C1", "parent", None, None]],
            "Relationships row 5: C1 would have more than two birth parents (M1, D1, X1)",
        ),
        (None, [*BASE_RELATIONSHIPS, ["C1", "D1", "parent", None, None]],
         "Relationships row 5: D1 would be their own ancestor"),
        (
            [*BASE_PEOPLE, ["Y1", "Young One", "M", "2016", None, "", None]],
            [*BASE_RELATIONSHIPS, ["Y1", "G1", "parent", None, None]],
            "Relationships row 5: parent Y1 (born 2016) is not older than child G1 (born 1960)",
        ),
        (None, [*BASE_RELATIONSHIPS, ["M1", "D1", "marride", None, None]],
         "Relationships row 5: unknown relationship type 'marride'; did you mean 'married'?"),
        (None, [*BASE_RELATIONSHIPS, ["M1", "D1", "married", "2015", "2010"]],
         "Relationships row 5: end_date is before start_date"),
        (None, [*BASE_RELATIONSHIPS, ["M1", "M1", "close", None, None]],
         "Relationships row 5: M1 is related to themselves"),
        (None, [*BASE_RELATIONSHIPS, ["M1", "C1", "parent", None, None]],
         "Relationships row 5: repeats row 2"),
        (None, [*BASE_RELATIONSHIPS, ["C1", "G1", "twin", None, None]],
         "Relationships row 5: twins C1 and G1 do not have the same birth parents"),
        ([*BASE_PEOPLE, ["C1", "Again", "F", None, None, "", None]], None,
         "People row 6: person_id 'C1' is used twice (first at row 2)"),
        ([*BASE_PEOPLE, ["Z1", "Zed", "Q", None, None, "", None]], None,
         "People row 6: sex 'Q' must be M, F, U or blank"),
        ([*BASE_PEOPLE, ["Z1", "Zed", "M", "31/02/2019", None, "", None]], None,
         "People row 6: date_of_birth date '31/02/2019' does not exist"),
        ([*BASE_PEOPLE, ["Z1", "Zed", "M", "Summer 2018", None, "", None]], None,
         "People row 6: date_of_birth date 'Summer 2018' is vague"),
        ([*BASE_PEOPLE, ["Z1", "Zed", "M", "2000", "1999", "", None]], None,
         "People row 6: date_of_death is before date_of_birth"),
        ([*BASE_PEOPLE, [None, "No Id", "M", None, None, "", None]], None,
         "People row 6: no person_id"),
        ([["name", "sex"], ["A", "M"]], None, "sheet 'People' has no person_id column"),
    ],
)  # fmt: skip
def test_mistakes_are_one_line_naming_sheet_and_row(
    tmp_path: Path, people: list | None, relationships: list | None, expected: str
) -> None:
    assert expected in _error(tmp_path, people, relationships)


def test_a_missing_sheet_is_named(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "family.xlsx", {"People": BASE_PEOPLE})
    with pytest.raises(ValueError, match="no sheet named 'Relationships'"):
        read_family(path)


def test_a_file_that_is_not_a_workbook_is_refused_as_value_error(tmp_path: Path) -> None:
    path = tmp_path / "family.xlsx"
    path.write_text("not a workbook")
    with pytest.raises(ValueError, match=r"family\.xlsx: is not an Excel workbook"):
        read_family(path)


def test_validation_also_applies_to_families_built_in_code() -> None:
    people = {p: Person(p, row=i + 2) for i, p in enumerate(["A", "B"])}
    rels = [Relationship("A", "B", "parent", row=2), Relationship("B", "A", "parent", row=3)]
    with pytest.raises(ValueError, match="Relationships row 3: A would be their own ancestor"):
        validate_family(Family(people, rels))


def test_the_template_has_every_column_and_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    write_template(path)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["People", "Relationships", "Guide"]
    headers = [c.value for c in workbook["People"][1]]
    assert headers[:7] == HEADER
    assert [c.value for c in workbook["Relationships"][1]] == REL_HEADER
    assert workbook.properties.creator == "cspr"
    people = workbook["People"]
    people.append(["C1", "Child", "F", "03/11/2014", None, "subject child", "H1"])
    people.append(["M1", "Mum", "F", "1990", None, "mother", "H1"])
    workbook["Relationships"].append(["M1", "C1", "parent"])
    workbook.save(path)
    family = read_family(path)
    assert family.people["C1"].birth == ParsedDate(dt.date(2014, 11, 3), "day")
    assert family.relationships[0].type == "parent"
