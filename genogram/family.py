"""Reading the family workbook into typed records, and refusing what cannot be drawn.

The workbook is typed by a reviewer, so headers are matched as flexibly as chronology headers
(`rules/workbook.toml`), dates are read day first with their precision kept
(`chronology.dates`), and every mistake is one `ValueError` line naming the sheet and the row
Excel shows, so the reviewer can go straight to it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Literal, cast

import networkx as nx
from rapidfuzz import fuzz, process

from chronology.columns import normalise_header
from chronology.dates import EXCEL_1900_EPOCH, DateError, ParsedDate, parse_date
from chronology.filesafety import IngestError, Limits, check_file
from chronology.readers import Sheet, read_workbook
from genogram.errors import GenogramError
from rulefiles import load, rules_file

Sex = Literal["M", "F", "U"]

COUPLE_TYPES = ("married", "cohabiting", "partners", "engaged", "separated", "divorced")
PARENT_TYPES = ("parent", "adoptive_parent", "foster_parent", "step_parent")
TWIN_TYPES = ("twin", "identical_twin")
OVERLAY_TYPES = ("close", "conflict", "violence", "abuse", "cut_off", "unknown")
RELATIONSHIP_TYPES = COUPLE_TYPES + PARENT_TYPES + TWIN_TYPES + OVERLAY_TYPES
# Parent types that make a child line in the drawing; step-parents are implied by the union.
CHILD_KINDS: dict[str, str] = {
    "parent": "birth",
    "adoptive_parent": "adoptive",
    "foster_parent": "foster",
}
PEOPLE_FIELDS = (
    "person_id", "name", "sex", "date_of_birth", "date_of_death", "role", "household",
    "aliases", "ethnicity", "notes", "pseudonym",
)  # fmt: skip
RELATIONSHIP_FIELDS = ("person_a", "person_b", "type", "start_date", "end_date")
HEADER_SEARCH_ROWS = 10
_YEAR_MONTH = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})$")


@dataclass(frozen=True)
class Person:
    """One row of the People sheet; `row` is the row number Excel shows."""

    person_id: str
    row: int = 0
    name: str = ""
    sex: Sex = "U"
    birth: ParsedDate | None = None
    death: ParsedDate | None = None
    deceased: bool = False
    role: str = ""
    household: str | None = None
    aliases: tuple[str, ...] = ()
    ethnicity: str = ""
    notes: str = ""
    pseudonym: str = ""
    extra: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Relationship:
    """One row of the Relationships sheet; for parent types person_a is the parent."""

    person_a: str
    person_b: str
    type: str
    start: ParsedDate | None = None
    end: ParsedDate | None = None
    row: int = 0
    extra: Mapping[str, str] = field(default_factory=dict)


@dataclass
class Family:
    """A validated family: people in workbook order and their relationships in row order."""

    people: dict[str, Person]
    relationships: list[Relationship]
    source: str = "family workbook"

    def role_subjects(self) -> list[str]:
        """People whose role names them as the subject child of the review, in workbook order."""
        from genogram.roles import is_subject_role

        return [pid for pid, person in self.people.items() if is_subject_role(person.role)]

    def subject_birth(self) -> ParsedDate | None:
        """The (first) subject child's date of birth, for ages at events; None if not known."""
        subjects = self.role_subjects()
        return self.people[subjects[0]].birth if subjects else None


# --------------------------------------------------------------------------- dates


def first_day(value: ParsedDate) -> dt.date:
    return value.value


def last_day(value: ParsedDate) -> dt.date:
    """The last day a partial date can mean (`2016-11` is up to 30 November 2016)."""
    if value.precision == "year":
        return dt.date(value.value.year, 12, 31)
    if value.precision == "month":
        year, month = value.value.year, value.value.month
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    return value.value


def read_date(cell: object, epoch: dt.datetime = EXCEL_1900_EPOCH) -> ParsedDate:
    """A workbook date, day first; `2017-11` (ISO year and month) is a month."""
    if isinstance(cell, str) and (match := _YEAR_MONTH.match(cell.strip())):
        month = int(match["m"])
        if not 1 <= month <= 12:
            raise DateError(f"date '{cell}' does not exist (month {month})")
        return ParsedDate(dt.date(int(match["y"]), month, 1), "month")
    return parse_date(cell, epoch)


def date_text(value: ParsedDate | None) -> str:
    """ISO text at the date's own precision: `2014-11-03`, `2016-11` or `1961`."""
    if value is None:
        return ""
    if value.precision == "year":
        return f"{value.value.year:04d}"
    if value.precision == "month":
        return f"{value.value.year:04d}-{value.value.month:02d}"
    return value.value.isoformat()


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class WorkbookRules:
    sheets: dict[str, frozenset[str]]
    columns: dict[str, dict[str, frozenset[str]]]
    types: dict[str, str]  # normalised text -> canonical type
    deceased_words: frozenset[str]


@dataclass(frozen=True)
class SheetNames:
    """Each sheet's names (header synonyms for the sheet itself)."""

    people: tuple[str, ...]
    relationships: tuple[str, ...]


@dataclass(frozen=True)
class PeopleColumns:
    """Each column of the people sheet: the headers that name it."""

    person_id: tuple[str, ...]
    name: tuple[str, ...]
    sex: tuple[str, ...]
    date_of_birth: tuple[str, ...]
    date_of_death: tuple[str, ...]
    role: tuple[str, ...]
    household: tuple[str, ...]
    aliases: tuple[str, ...]
    ethnicity: tuple[str, ...]
    notes: tuple[str, ...]
    pseudonym: tuple[str, ...]


@dataclass(frozen=True)
class RelationshipColumns:
    person_a: tuple[str, ...]
    person_b: tuple[str, ...]
    type: tuple[str, ...]
    start_date: tuple[str, ...]
    end_date: tuple[str, ...]


@dataclass(frozen=True)
class DeceasedWords:
    words: tuple[str, ...]


@rules_file("genogram", "workbook.toml")
@dataclass(frozen=True)
class WorkbookFile:
    sheets: SheetNames
    people: PeopleColumns
    relationships: RelationshipColumns
    types: dict[str, tuple[str, ...]]  # canonical relationship type -> its other spellings
    deceased_without_date: DeceasedWords


@cache
def load_workbook_rules() -> WorkbookRules:
    """The header and type vocabulary, read once (the file is small and fixed at run time)."""
    data = load(WorkbookFile)
    sheets = {k: frozenset(normalise_header(s) for s in v) for k, v in asdict(data.sheets).items()}
    columns = {
        sheet: {
            name: frozenset(normalise_header(s) for s in syns)
            for name, syns in asdict(spec).items()
        }
        for sheet, spec in (("people", data.people), ("relationships", data.relationships))
    }
    types: dict[str, str] = {}
    for canonical, synonyms in data.types.items():
        for synonym in [canonical, *synonyms]:
            types[normalise_header(synonym)] = canonical
    words = frozenset(normalise_header(w) for w in data.deceased_without_date.words)
    return WorkbookRules(sheets, columns, types, words)


def canonical_type(text: str) -> str | None:
    """The relationship type a cell means, or None when it means none of them."""
    return load_workbook_rules().types.get(normalise_header(text))


def _closest(text: str, choices: Sequence[str]) -> str | None:
    best = process.extractOne(normalise_header(text), list(choices), scorer=fuzz.ratio)
    return best[0] if best is not None and best[1] >= 75 else None


# --------------------------------------------------------------------------- reading


def cell_text(value: object) -> str:
    """A cell as text: whole numbers without `.0` (ids typed as numbers), blanks as ''."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat()
    return " ".join(str(value).split())


class _Table:
    """One sheet's header row mapped to fields, and its body rows with their Excel numbers."""

    def __init__(self, source: str, sheet: Sheet, kind: str, required: Sequence[str]) -> None:
        self.source = source
        self.sheet = sheet.name
        synonyms = load_workbook_rules().columns[kind]
        best: tuple[int, dict[str, int]] | None = None
        for index, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
            mapping = _map_headers(row, synonyms)
            if len(mapping) >= 2 and (best is None or len(mapping) > len(best[1])):
                best = (index, mapping)
        if best is None:
            raise GenogramError(
                f"{source}: sheet '{sheet.name}' has no header row "
                f"(expected columns such as {', '.join(required)})"
            )
        self.header_index, self.columns = best
        headers = sheet.rows[self.header_index]
        missing = [name for name in required if name not in self.columns]
        if missing:
            found = ", ".join(cell_text(h) for h in headers if cell_text(h)) or "none"
            raise GenogramError(
                f"{source}: sheet '{sheet.name}' has no {missing[0]} column "
                f"(headers found: {found})"
            )
        used = set(self.columns.values())
        self.extra_columns = {
            i: cell_text(h) for i, h in enumerate(headers) if i not in used and cell_text(h)
        }
        self.rows = [
            (number, row)
            for number, row in enumerate(sheet.rows, start=1)
            if number > self.header_index + 1 and any(cell_text(v) for v in row)
        ]

    def get(self, row: Sequence[object], name: str) -> object:
        index = self.columns.get(name)
        return row[index] if index is not None and index < len(row) else None

    def text(self, row: Sequence[object], name: str) -> str:
        return cell_text(self.get(row, name))

    def extra(self, row: Sequence[object]) -> dict[str, str]:
        return {
            header: cell_text(row[i])
            for i, header in self.extra_columns.items()
            if i < len(row) and cell_text(row[i])
        }

    def where(self, number: int) -> str:
        return f"{self.source}: {self.sheet} row {number}"


def _map_headers(row: Sequence[object], synonyms: dict[str, frozenset[str]]) -> dict[str, int]:
    """Field -> column index for one candidate header row (exact synonyms, then close typos)."""
    index = {syn: name for name, syns in synonyms.items() for syn in syns}
    mapping: dict[str, int] = {}
    for column, cell in enumerate(row):
        text = normalise_header(cell_text(cell))
        if not text:
            continue
        name = index.get(text)
        if name is None and len(text) >= 5:
            best = process.extractOne(text, list(index), scorer=fuzz.ratio, score_cutoff=88)
            name = index[best[0]] if best is not None else None
        if name is not None and name not in mapping:
            mapping[name] = column
    return mapping


def _find_sheet(source: str, sheets: Sequence[Sheet], kind: str, title: str) -> Sheet:
    names = load_workbook_rules().sheets[kind]
    for sheet in sheets:
        if normalise_header(sheet.name) in names:
            return sheet
    found = ", ".join(f"'{s.name}'" for s in sheets) or "none"
    raise GenogramError(f"{source}: no sheet named '{title}' (sheets found: {found})")


def read_family(path: Path, limits: Limits | None = None) -> Family:
    """Read and validate a family workbook; raises ValueError naming the sheet and row."""
    limits = limits or Limits()
    try:
        if check_file(path, limits) != "xlsx":
            raise IngestError(path, "the family workbook must be .xlsx")
        raw = read_workbook(path, limits)
    except IngestError as error:
        raise GenogramError(str(error)) from None
    source = path.name
    people_sheet = _find_sheet(source, raw.sheets, "people", "People")
    relationship_sheet = _find_sheet(source, raw.sheets, "relationships", "Relationships")
    people = _read_people(_Table(source, people_sheet, "people", ["person_id"]), raw.epoch)
    table = _Table(source, relationship_sheet, "relationships", ["person_a", "person_b", "type"])
    relationships = _read_relationships(table, raw.epoch, people)
    family = Family(people, relationships, source)
    validate_family(family, where=lambda row: f"{source}: Relationships row {row}")
    return family


def _date_cell(
    table: _Table, number: int, row: Sequence[object], name: str, epoch: dt.datetime
) -> ParsedDate | None:
    value = table.get(row, name)
    if cell_text(value) == "":
        return None
    try:
        return read_date(value, epoch)
    except DateError as error:
        raise GenogramError(f"{table.where(number)}: {name} {error}") from None


def _read_people(table: _Table, epoch: dt.datetime) -> dict[str, Person]:
    rules = load_workbook_rules()
    people: dict[str, Person] = {}
    first_row: dict[str, int] = {}
    pseudonyms: dict[str, int] = {}
    for number, row in table.rows:
        where = table.where(number)
        pid = table.text(row, "person_id")
        if not pid:
            raise GenogramError(f"{where}: no person_id")
        if pid in people:
            first = first_row[pid]
            raise GenogramError(f"{where}: person_id '{pid}' is used twice (first at row {first})")
        sex_text = table.text(row, "sex").upper()
        sex = {"": "U", "M": "M", "MALE": "M", "F": "F", "FEMALE": "F", "U": "U"}.get(sex_text)
        if sex is None and sex_text in {"UNKNOWN", "OTHER", "X", "NOT KNOWN", "NK"}:
            sex = "U"
        if sex is None:
            raise GenogramError(f"{where}: sex '{table.text(row, 'sex')}' must be M, F, U or blank")
        birth = _date_cell(table, number, row, "date_of_birth", epoch)
        death_text = table.text(row, "date_of_death")
        deceased = bool(death_text)
        death = None
        if death_text and normalise_header(death_text) not in rules.deceased_words:
            death = _date_cell(table, number, row, "date_of_death", epoch)
        if birth is not None and death is not None and last_day(death) < first_day(birth):
            raise GenogramError(f"{where}: date_of_death is before date_of_birth")
        pseudonym = table.text(row, "pseudonym")
        if pseudonym:
            if pseudonym in pseudonyms:
                raise GenogramError(
                    f"{where}: pseudonym '{pseudonym}' is used twice (first at row "
                    f"{pseudonyms[pseudonym]})"
                )
            pseudonyms[pseudonym] = number
        aliases = tuple(a.strip() for a in table.text(row, "aliases").split(";") if a.strip())
        people[pid] = Person(
            person_id=pid,
            row=number,
            name=table.text(row, "name"),
            sex=cast(Sex, sex),
            birth=birth,
            death=death,
            deceased=deceased,
            role=table.text(row, "role"),
            household=table.text(row, "household") or None,
            aliases=aliases,
            ethnicity=table.text(row, "ethnicity"),
            notes=table.text(row, "notes"),
            pseudonym=pseudonym,
            extra=table.extra(row),
        )
        first_row[pid] = number
    if not people:
        raise GenogramError(f"{table.source}: sheet '{table.sheet}' lists nobody")
    return people


def _read_relationships(
    table: _Table, epoch: dt.datetime, people: Mapping[str, Person]
) -> list[Relationship]:
    result = []
    for number, row in table.rows:
        where = table.where(number)
        a, b = table.text(row, "person_a"), table.text(row, "person_b")
        for column, pid in (("person_a", a), ("person_b", b)):
            if not pid:
                raise GenogramError(f"{where}: no {column}")
            if pid not in people:
                raise GenogramError(f"{where}: {column} '{pid}' is not in People")
        type_text = table.text(row, "type")
        kind = canonical_type(type_text)
        if kind is None:
            hint = _closest(type_text, [t.replace("_", " ") for t in RELATIONSHIP_TYPES])
            suggestion = f"; did you mean '{hint.replace(' ', '_')}'?" if hint else ""
            raise GenogramError(
                f"{where}: unknown relationship type '{type_text}'{suggestion} (types: "
                f"{', '.join(RELATIONSHIP_TYPES)})"
            )
        start = _date_cell(table, number, row, "start_date", epoch)
        end = _date_cell(table, number, row, "end_date", epoch)
        result.append(Relationship(a, b, kind, start, end, number, table.extra(row)))
    return result


# --------------------------------------------------------------------------- validation


def validate_family(family: Family, where: object = None) -> None:
    """Refuse a family that cannot be drawn truthfully; the message names the row.

    `where(row)` builds the row reference (default: "Relationships row N").
    """

    def at(row: int) -> str:
        return where(row) if callable(where) else f"Relationships row {row}"

    people = family.people
    seen: dict[tuple[str, str, str, str, str], int] = {}
    birth_parents: dict[tuple[str, str], list[str]] = {}
    ancestry = nx.DiGraph()
    for rel in family.relationships:
        for pid in (rel.person_a, rel.person_b):
            if pid not in people:
                raise GenogramError(f"{at(rel.row)}: '{pid}' is not in People")
        if rel.type not in RELATIONSHIP_TYPES:
            raise GenogramError(f"{at(rel.row)}: unknown relationship type '{rel.type}'")
        if rel.person_a == rel.person_b:
            raise GenogramError(f"{at(rel.row)}: {rel.person_a} is related to themselves")
        key = (rel.person_a, rel.person_b, rel.type, date_text(rel.start), date_text(rel.end))
        if key in seen:
            raise GenogramError(f"{at(rel.row)}: repeats row {seen[key]}")
        seen[key] = rel.row
        if (
            rel.start is not None
            and rel.end is not None
            and last_day(rel.end) < first_day(rel.start)
        ):
            raise GenogramError(f"{at(rel.row)}: end_date is before start_date")
        if rel.type not in PARENT_TYPES:
            continue
        parent, child = rel.person_a, rel.person_b
        known = ancestry.has_node(child) and ancestry.has_node(parent)
        if known and nx.has_path(ancestry, child, parent):
            chain = " → ".join([*nx.shortest_path(ancestry, child, parent), child])
            raise GenogramError(f"{at(rel.row)}: {child} would be their own ancestor ({chain})")
        ancestry.add_edge(parent, child)
        if rel.type in CHILD_KINDS:
            kind = CHILD_KINDS[rel.type]
            parents = birth_parents.setdefault((child, kind), [])
            if parent not in parents:
                parents.append(parent)
            if len(parents) > 2:
                word = {"birth": "birth", "adoptive": "adoptive", "foster": "foster"}[kind]
                raise GenogramError(
                    f"{at(rel.row)}: {child} would have more than two {word} parents "
                    f"({', '.join(parents)})"
                )
        if rel.type in ("parent", "adoptive_parent"):
            _check_parent_older(people[parent], people[child], at(rel.row))
    _check_twins(family, at)


def _check_parent_older(parent: Person, child: Person, where: str) -> None:
    """A birth or adoptive parent must be older than the child; partial dates only when sure."""
    if parent.birth is None or child.birth is None:
        return
    if first_day(parent.birth) >= last_day(child.birth):
        raise GenogramError(
            f"{where}: parent {parent.person_id} (born {date_text(parent.birth)}) is not older "
            f"than child {child.person_id} (born {date_text(child.birth)})"
        )


def _check_twins(family: Family, at: object) -> None:
    parents: dict[str, set[str]] = {}
    for rel in family.relationships:
        if rel.type == "parent":
            parents.setdefault(rel.person_b, set()).add(rel.person_a)
    for rel in family.relationships:
        if rel.type not in TWIN_TYPES:
            continue
        a, b = rel.person_a, rel.person_b
        where = at(rel.row) if callable(at) else f"Relationships row {rel.row}"
        if parents.get(a, set()) != parents.get(b, set()):
            raise GenogramError(f"{where}: twins {a} and {b} do not have the same birth parents")
        born = [family.people[p].birth for p in (a, b)]
        if born[0] is not None and born[1] is not None:
            gap = abs((first_day(born[0]) - first_day(born[1])).days)
            if born[0].precision == born[1].precision == "day" and gap > 1:
                raise GenogramError(f"{where}: twins {a} and {b} were born {gap} days apart")
