"""Issue 21: direct tests for the deliberate bugs the suite let through.

Each test below names the mutant it is there to catch; each was checked by applying that
mutant by hand and watching the test fail (see the issue 21 commit message).
"""

from __future__ import annotations

import csv
import datetime as dt
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from anonymise.redact import Anonymiser, Ctx
from anonymise.register import register_from_family
from chronology.dates import ParsedDate, parse_date
from chronology.dedup import POSSIBLE_PER_EVENT, cluster, prepare
from chronology.filesafety import IngestError, Limits
from chronology.ingest import read_chronology
from chronology.output import neutralise, write_csv
from chronology.schema import Event, Provenance
from genogram.family import Family, Person, Relationship, read_family
from genogram.generations import assign_generations
from genogram.model import FamilyGraph
from tests.builders import BASIC_ROWS, rezip, write_xlsx
from tests.test_anonymise_patterns import PEOPLE, RELATIONSHIPS

TODAY = dt.date(2026, 1, 1)

# ------------------------------------------------------------------ genogram rows


def _person(pid: str, row: int, sex: str, born: int, role: str = "") -> Person:
    birth = ParsedDate(dt.date(born, 6, 1), "day")
    return Person(pid, row=row, name=pid, sex=sex, birth=birth, role=role)  # type: ignore[arg-type]


def _rows(people: list[Person], links: list[tuple[str, str, str]], subject: str) -> dict[str, int]:
    relationships = [Relationship(a, b, kind, row=i + 2) for i, (a, b, kind) in enumerate(links)]
    family = Family({p.person_id: p for p in people}, relationships, source="hand-drawn")
    return assign_generations(FamilyGraph(family, subject=subject, today=TODAY))


def test_in_laws_with_a_short_tree_are_pulled_down_beside_their_child() -> None:
    """Mutant: the compaction loop in generations._layer switched off. The mother's line is
    three generations deep, the father's parents one: without compaction they float in row 0.

        GGM                 row 0
         |
         GM        FF = FM  row 1
         |           |
         M     =     F      row 2
               |
               C            row 3
    """
    people = [
        _person("GGM", 2, "F", 1930),
        _person("GM", 3, "F", 1955),
        _person("M", 4, "F", 1985),
        _person("F", 5, "M", 1983),
        _person("FF", 6, "M", 1958),
        _person("FM", 7, "F", 1960),
        _person("C", 8, "F", 2015, "subject child"),
    ]
    links = [
        ("GGM", "GM", "parent"),
        ("GM", "M", "parent"),
        ("FF", "FM", "married"),
        ("FF", "F", "parent"),
        ("FM", "F", "parent"),
        ("M", "F", "married"),
        ("M", "C", "parent"),
        ("F", "C", "parent"),
    ]
    assert _rows(people, links, "C") == {
        "GGM": 0, "GM": 1, "FF": 1, "FM": 1, "M": 2, "F": 2, "C": 3,
    }  # fmt: skip


def test_a_step_parent_linked_only_to_the_child_is_one_row_above_the_child() -> None:
    """Mutant: `placed[other] + (-1 if ...)` with the -1 made 0 (step-father on the child's
    row). And the other way round: a child linked only as step-child of a drawn adult sits
    one row below that adult.

        M = F     S (step-father of C)      row 0
          |       |
          C       T (step-child of F)       row 1
    """
    people = [
        _person("M", 2, "F", 1985),
        _person("F", 3, "M", 1983),
        _person("C", 4, "F", 2015, "subject child"),
        _person("S", 5, "M", 1980),
        _person("T", 6, "M", 2008),
    ]
    links = [
        ("M", "F", "married"),
        ("M", "C", "parent"),
        ("F", "C", "parent"),
        ("S", "C", "step_parent"),
        ("F", "T", "step_parent"),
    ]
    assert _rows(people, links, "C") == {"M": 0, "F": 0, "C": 1, "S": 0, "T": 1}


def test_an_unlinked_adult_is_drawn_above_the_child_and_an_unlinked_child_beside_it() -> None:
    """Mutant: `subject_row - 1 if adult else subject_row` with the -1 dropped (a lodger on
    the child's row). U (aged 45) and K (aged 10) have no relationships at all."""
    people = [
        _person("M", 2, "F", 1985),
        _person("C", 3, "F", 2015, "subject child"),
        _person("U", 4, "M", 1980),
        _person("K", 5, "M", 2015),
    ]
    assert _rows(people, [("M", "C", "parent")], "C") == {"M": 0, "C": 1, "U": 0, "K": 1}


# ------------------------------------------------------------------ redaction


@pytest.mark.parametrize("apostrophe", ["'", "’"])
@pytest.mark.parametrize("name", ["Zephyrine", "Quillon"])
def test_possessive_of_a_name_not_in_the_register_is_redacted(
    tmp_path: Path, name: str, apostrophe: str
) -> None:
    """Mutant: the unknown-possessive pattern in redact.py accepting only the straight
    apostrophe; "Zephyrine’s flat" (curly, as Word writes it) was published unredacted."""
    path = write_xlsx(tmp_path / "family.xlsx", {"People": PEOPLE, "Relationships": RELATIONSHIPS})
    register = register_from_family(read_family(path), today=TODAY)
    anonymiser = Anonymiser(register, "month", today=TODAY)
    ctx = Ctx(agency="Police", date=dt.date(2021, 3, 4))
    text = f"Amara stayed at {name}{apostrophe}s flat overnight."
    anonymiser.learn_all([(text, ctx)])
    out, replaced = anonymiser.redact(text, ctx)
    assert name not in out, out
    assert out == f"Child A stayed at Person 1{apostrophe}s flat overnight.", out
    assert [(r.original, r.kind) for r in replaced if r.original == name] == [(name, "person")]


# ------------------------------------------------------------------ deduplication


def _event(agency: str, hour: int, minute: int, text: str, row: int = 2) -> Event:
    return Event(
        Provenance(f"{agency}.xlsx", "Log", row),
        agency,
        dt.date(2021, 3, 4),
        "day",
        text,
        time=dt.time(hour, minute),
    )


def test_complete_linkage_never_chains_a_to_c_through_b() -> None:
    """Mutant: single linkage (`any` for `all` in dedup.cluster's join). The same text three
    times, 50 minutes apart: A~B and B~C are within the 60 minutes that support a merge, A and
    C are 100 minutes apart and only a possible pair."""
    text = "Mother telephoned to say the boiler had broken and the flat was cold"
    events = [
        _event("Police", 10, 0, text),
        _event("Health", 10, 50, text),
        _event("Education", 11, 40, text),
    ]
    result = cluster(prepare(events))
    assert result.clusters == [[0, 1], [2]]
    # C is listed once against the occurrence A+B (by its strongest pair of rows).
    assert [p.b for p in result.possible] == [2] and result.possible[0].a in (0, 1)
    # And the other order of arrival: B~C merged first, A kept apart all the same.
    events = [events[2], events[1], events[0]]
    assert cluster(prepare(events)).clusters == [[0, 1], [2]]


def test_at_most_three_possible_duplicates_per_occurrence() -> None:
    """Mutant: `<=` for `<` in dedup._most_likely (four candidates listed). One Police row
    and five Health rows that each contain its words, 90+ minutes later (possible, not
    merged); the Health rows differ from each other (same agency, different entries)."""
    assert POSSIBLE_PER_EVENT == 3
    base = "mother rang about the rent arrears"
    extras = [
        "boiler broken and the flat is cold",
        "dog barking all night next door",
        "school uniform grant refused in June",
        "car towed away from the estate car park",
        "benefits letter lost in the post again",
    ]
    events = [_event("Police", 9, 0, base)] + [
        _event("Health", 10, 31 + i * 5, f"{base}; {extra}", row=3 + i)
        for i, extra in enumerate(extras)
    ]
    result = cluster(prepare(events))
    assert result.clusters == [[i] for i in range(6)]
    listed = Counter(i for p in result.possible for i in (p.a, p.b))
    assert listed[0] == 3  # the Police row had five candidates
    assert max(listed.values()) == 3


# ------------------------------------------------------------------ file safety


def _with_parts(good: Path, target: Path, total: int) -> Path:
    with zipfile.ZipFile(good) as archive:
        existing = len(archive.infolist())
    extra = {f"customXml/item{i}.xml": b"<a/>" for i in range(total - existing)}
    return rezip(good, target, {}, extra)


def test_a_workbook_with_too_many_parts_is_refused_and_one_at_the_limit_is_read(
    tmp_path: Path,
) -> None:
    """Mutants: the zip part-count check in filesafety.scan_workbook deleted, or `>=`."""
    good = write_xlsx(tmp_path / "good.xlsx", {"Sheet1": BASIC_ROWS})
    limits = Limits(max_zip_members=40)
    at_limit = _with_parts(good, tmp_path / "forty.xlsx", 40)
    assert len(read_chronology(at_limit, limits=limits, today=TODAY).events) == 2
    over = _with_parts(good, tmp_path / "forty-one.xlsx", 41)
    with pytest.raises(IngestError) as caught:
        read_chronology(over, limits=limits, today=TODAY)
    assert str(caught.value) == "forty-one.xlsx: workbook has 41 parts; refused as a zip bomb"


def test_default_part_limit_is_two_thousand(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", {"Sheet1": BASIC_ROWS})
    assert Limits().max_zip_members == 2000
    over = _with_parts(good, tmp_path / "many.xlsx", 2001)
    with pytest.raises(IngestError, match="workbook has 2001 parts; refused as a zip bomb"):
        read_chronology(over, today=TODAY)


# ------------------------------------------------------------------ CSV output


FORMULA_STARTS = ["=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20"]


@pytest.mark.parametrize("start", FORMULA_STARTS, ids=[f"U+{ord(c):04X}" for c in FORMULA_STARTS])
def test_every_formula_prefix_is_neutralised(tmp_path: Path, start: str) -> None:
    """Mutants: any one of the tab, carriage return or full-width prefixes dropped from
    output._FORMULA_START (Excel and LibreOffice strip a leading tab/CR, and read full-width
    signs as their ASCII forms)."""
    value = f'{start}HYPERLINK("http://example.invalid")'
    assert neutralise(value) == "'" + value
    path = tmp_path / "out.csv"
    assert write_csv(path, ["text"], [{"text": value}]) == 1
    with path.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.DictReader(handle)) == [{"text": "'" + value}]


@pytest.mark.parametrize("value", ["HYPERLINK", " =1", "'=1", "2019-05-04", "", "A-B", 7, None])
def test_other_values_are_left_alone(value: object) -> None:
    assert neutralise(value) == value


# ------------------------------------------------------------------ two-digit years


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31/12/49", dt.date(2049, 12, 31)),
        ("01/01/50", dt.date(1950, 1, 1)),
        ("14/02/51", dt.date(1951, 2, 14)),
        ("03/09/87", dt.date(1987, 9, 3)),
        ("31/12/99", dt.date(1999, 12, 31)),
        ("01/01/00", dt.date(2000, 1, 1)),
        ("04-May-19", dt.date(2019, 5, 4)),
        ("04-May-64", dt.date(1964, 5, 4)),
        ("4.5.75", dt.date(1975, 5, 4)),
    ],
)
def test_two_digit_years_either_side_of_the_pivot(text: str, expected: dt.date) -> None:
    """Mutants: the pivot moved (`< 49`, `< 51`, `<= 50`) or 19xx read as 20xx."""
    parsed = parse_date(text)
    assert (parsed.value, parsed.precision) == (expected, "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jun-49", dt.date(2049, 6, 1)),
        ("Jun-50", dt.date(1950, 6, 1)),
        ("Mar '98", dt.date(1998, 3, 1)),
    ],
)
def test_two_digit_years_in_month_and_year(text: str, expected: dt.date) -> None:
    parsed = parse_date(text)
    assert (parsed.value, parsed.precision) == (expected, "month")


def test_write_csv_makes_folders_counts_rows_and_writes_utf8_with_bom(tmp_path: Path) -> None:
    """Mutants (bench/mutation.py on output.py): `parents=True` dropped, the `utf-8-sig`
    encoding dropped (Excel then misreads accents), `count += 1` made `count = 1`."""
    path = tmp_path / "not" / "yet" / "made" / "out.csv"
    rows = [{"agency": "Zoë’s school", "n": 1}, {"agency": "Crèche", "n": 2}]
    assert write_csv(path, ["agency", "n"], rows) == 2
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data[3:].decode("utf-8") == "agency,n\r\nZoë’s school,1\r\nCrèche,2\r\n"
    with pytest.raises(ValueError, match="no column named other"):
        write_csv(tmp_path / "extra.csv", ["agency"], [{"agency": "x", "other": "y"}])
    with pytest.raises(ValueError, match=r"extra\.csv: no column named more, other$"):
        write_csv(tmp_path / "extra.csv", ["agency"], [{"other": "y", "more": "z"}])
    # A missing column is left empty; formula-like text in any column is made inert.
    write_csv(tmp_path / "short.csv", ["agency", "n", "text"], [{"n": "=1+1", "text": "@SUM"}])
    written = (tmp_path / "short.csv").read_bytes()[3:].decode("utf-8")
    assert written == "agency,n,text\r\n,'=1+1,'@SUM\r\n"
