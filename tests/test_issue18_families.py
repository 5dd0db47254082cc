"""Families for issue 18 (partners side by side, few crossings), written as family workbooks
in the project's template (People and Relationships sheets, the headers of
`cspr genogram --template`), and a check that they read and validate.

- `intermarried_family(marriages, seed)`: founding couples whose children marry each other
  (`marriages` inter-family couples), the subject's parents among them; half-siblings through
  both parents (each had an earlier partner with a child); the mother's later partner comes
  with his own family (his parents, a brother, a child by an earlier partner); other children
  marry partners who have no family drawn.
- `with_overlays(rows, seed)`: the same with emotional and abuse lines (the usual ones of a
  safeguarding genogram and some between people picked at random), for routing overlays.
- `KINSHIP2_PEDIGREE_1`: the structure of pedigree 1 of the sample data shipped with the R
  package kinship2 (`data/sample.ped.tab` in https://github.com/mayoverse/kinship2, 41
  people over four generations: two brothers of one sibship marry two sisters of another,
  plus a cousin branch). Only the structure is taken (who is whose parent and partner, sex,
  and the sibling order of the ids); names and years are invented here.
"""

from __future__ import annotations

import random
from pathlib import Path

from genogram.family import Family, read_family
from tests.builders import write_xlsx

PEOPLE_HEADER = ["person_id", "name", "sex", "date_of_birth", "date_of_death", "role", "household"]
RELATIONSHIPS_HEADER = ["person_a", "person_b", "type", "start_date", "end_date"]

FIRST = {
    "M": ["Alan", "Brian", "Colin", "Derek", "Ewan", "Frank", "Gavin", "Harry", "Ian", "Jack",
          "Keith", "Liam", "Martin", "Neil", "Oscar", "Peter", "Rob", "Simon", "Tom", "Victor"],
    "F": ["Alice", "Beth", "Carol", "Diane", "Eve", "Fay", "Gail", "Helen", "Iris", "Jane",
          "Kate", "Lucy", "Mary", "Nina", "Olive", "Pam", "Rose", "Sara", "Tina", "Vera"],
}  # fmt: skip
SURNAMES = ["Ashby", "Brook", "Carver", "Dale", "Ellis", "Fenwick", "Grove", "Hurst", "Irwin"]


class _Workbook:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.people: list[list[object]] = [PEOPLE_HEADER]
        self.relationships: list[list[object]] = [RELATIONSHIPS_HEADER]
        self.born: dict[str, int] = {}
        self.sex: dict[str, str] = {}
        self.partnered: set[str] = set()

    def person(self, sex: str, year: int, surname: str, role: str = "") -> str:
        pid = f"P{len(self.people):02d}"
        first = FIRST[sex][(len(self.people) * 7) % len(FIRST[sex])]
        self.people.append([pid, f"{first} {surname}", sex, str(year), None, role, None])
        self.born[pid], self.sex[pid] = year, sex
        return pid

    def couple(self, a: str, b: str, start: int, end: int | None = None) -> None:
        if end is None:
            self.relationships.append([a, b, self.rng.choice(["married", "cohabiting"]), start])
        else:
            self.relationships.append([a, b, "cohabiting", str(start), str(end)])
            self.relationships.append([a, b, "separated", str(end), None])
        self.partnered |= {a, b}

    def children(self, parents: tuple[str, ...], year: int, count: int, surname: str) -> list[str]:
        kids = []
        for number in range(count):
            kid = self.person(self.rng.choice("MF"), year + 2 * number, surname)
            for parent in parents:
                self.relationships.append([parent, kid, "parent", None, None])
            kids.append(kid)
        return kids

    def set_role(self, pid: str, role: str) -> None:
        for row in self.people[1:]:
            if row[0] == pid:
                row[5] = role


def intermarried_family(
    marriages: int, seed: int = 0
) -> tuple[list[list[object]], list[list[object]]]:
    """(People rows, Relationships rows) of a family with `marriages` inter-family couples."""
    book = _Workbook(seed)
    rng = book.rng
    families: list[list[str]] = []
    for number in range(max(2, marriages)):
        surname = SURNAMES[number]
        grandad = book.person("M", 1940 + rng.randint(0, 4), surname)
        nan = book.person("F", 1941 + rng.randint(0, 4), surname)
        book.couple(grandad, nan, 1963)
        kids = book.children((grandad, nan), 1965 + rng.randint(0, 3), rng.randint(3, 4), surname)
        book.sex[kids[0]] = "M"
        book.sex[kids[1]] = "F"
        for kid, sex in ((kids[0], "M"), (kids[1], "F")):  # each family has a son, a daughter
            book.people[int(kid[1:])][2] = sex
        families.append(kids)
    couples: list[tuple[str, str]] = []
    for _ in range(marriages):
        for _attempt in range(50):
            i, j = rng.sample(range(len(families)), 2)
            men = [p for p in families[i] if book.sex[p] == "M" and p not in book.partnered]
            women = [p for p in families[j] if book.sex[p] == "F" and p not in book.partnered]
            if men and women:
                couples.append((rng.choice(men), rng.choice(women)))
                book.partnered |= set(couples[-1])
                break
        else:  # pragma: no cover - every family has a son and a daughter to spare
            raise ValueError("no couple left to marry")
    father, mother = couples[0]
    book.set_role(father, "father")
    book.set_role(mother, "mother")
    # Half-siblings through both parents: each had an earlier partner and a child.
    for parent in (father, mother):
        sex = "F" if book.sex[parent] == "M" else "M"
        earlier = book.person(sex, book.born[parent] + rng.randint(-2, 2), "Earlier")
        book.couple(parent, earlier, 1987, 1990)
        book.children((parent, earlier) if book.sex[parent] == "M" else (earlier, parent),
                      1988, 1, "Earlier")  # fmt: skip
    book.couple(father, mother, 1992, 2005)
    kids = book.children((father, mother), 1994, 3, "Ashby")
    book.set_role(kids[1], "subject child")
    # The mother's later partner and his own family.
    his_dad = book.person("M", 1939, "Irwin")
    his_mum = book.person("F", 1940, "Irwin")
    book.couple(his_dad, his_mum, 1962)
    later, his_brother = book.children((his_dad, his_mum), 1964, 2, "Irwin")
    book.people[int(later[1:])][2] = book.sex[later] = "M"
    book.set_role(later, "mother's partner")
    his_ex = book.person("F", 1966, "Ore")
    book.couple(later, his_ex, 1986, 1996)
    book.children((later, his_ex), 1988, 1, "Irwin")
    book.couple(mother, later, 2007)
    book.children((later, mother), 2009, 1, "Irwin")
    wife = book.person("F", 1966, "Vale")
    book.couple(his_brother, wife, 1990)
    book.children((his_brother, wife), 1992, 2, "Irwin")
    for number, (man, woman) in enumerate(couples[1:], start=1):
        book.couple(man, woman, 1990 + number)
        book.children((man, woman), 1992 + number, rng.randint(1, 3), "Joint")
    for kids in families:  # the rest marry partners with no family drawn
        for kid in kids:
            if kid in book.partnered or rng.random() < 0.3:
                continue
            sex = "F" if book.sex[kid] == "M" else "M"
            spouse = book.person(sex, book.born[kid] + rng.randint(-3, 3), "Inlaw")
            book.couple(kid, spouse, 1993)
            book.children((kid, spouse), 1995, rng.randint(0, 2), "Inlaw")
    return book.people, book.relationships


OVERLAY_TYPES = ("close", "conflict", "violence", "abuse", "cut_off", "unknown")


def with_overlays(
    rows: tuple[list[list[object]], list[list[object]]], seed: int = 0, extra: int = 6
) -> tuple[list[list[object]], list[list[object]]]:
    """The family with emotional and abuse lines added: the usual ones of a safeguarding
    genogram (the mother's partner violent to her and abusive to the subject child, conflict
    between the parents, the child close to a grandmother, the father cut off from his
    father), then `extra` between people picked at random (same row, far apart, across rows)."""
    people, relationships = rows
    role = {str(row[5]).lower(): str(row[0]) for row in people[1:] if row[5]}
    parents: dict[str, list[str]] = {}
    for a, b, kind, *_ in relationships[1:]:
        if kind == "parent":
            parents.setdefault(str(b), []).append(str(a))
    mother, father = role["mother"], role["father"]
    partner, child = role["mother's partner"], role["subject child"]
    sex = {str(row[0]): row[2] for row in people[1:]}
    grandmother = next(p for p in parents[mother] if sex[p] == "F")
    grandfather = next(p for p in parents[father] if sex[p] == "M")
    lines = [
        (partner, mother, "violence"), (partner, child, "abuse"), (father, mother, "conflict"),
        (child, grandmother, "close"), (father, grandfather, "cut_off"),
    ]  # fmt: skip
    rng = random.Random(seed)
    ids = [str(row[0]) for row in people[1:]]
    taken = {frozenset((str(r[0]), str(r[1]))) for r in relationships[1:]}
    taken |= {frozenset((a, b)) for a, b, _ in lines}
    while len(lines) < 5 + extra:
        a, b = rng.sample(ids, 2)
        if frozenset((a, b)) not in taken:
            taken.add(frozenset((a, b)))
            lines.append((a, b, rng.choice(OVERLAY_TYPES)))
    added = [[a, b, kind, None, None] for a, b, kind in lines]
    return people, relationships + added


# kinship2 sample.ped, pedigree 1: (id, father, mother, sex); structure only, see above.
_KINSHIP2_PED1 = [
    (101, 0, 0, "M"), (102, 0, 0, "F"), (103, 135, 136, "M"), (104, 0, 0, "F"),
    (105, 0, 0, "M"), (106, 0, 0, "F"), (107, 0, 0, "M"), (108, 0, 0, "F"),
    (109, 101, 102, "F"), (110, 103, 104, "M"), (111, 103, 104, "F"), (112, 103, 104, "M"),
    (113, 0, 0, "F"), (114, 103, 104, "M"), (115, 105, 106, "F"), (116, 105, 106, "F"),
    (117, 0, 0, "M"), (118, 105, 106, "F"), (119, 105, 106, "M"), (120, 107, 108, "F"),
    (121, 110, 109, "M"), (122, 110, 109, "F"), (123, 110, 109, "F"), (124, 110, 109, "M"),
    (125, 112, 118, "F"), (126, 112, 118, "F"), (127, 114, 115, "M"), (128, 114, 115, "M"),
    (129, 117, 116, "M"), (130, 119, 120, "M"), (131, 119, 120, "M"), (132, 119, 120, "M"),
    (133, 119, 120, "F"), (134, 119, 120, "F"), (135, 0, 0, "M"), (136, 0, 0, "F"),
    (137, 0, 0, "M"), (138, 135, 136, "F"), (139, 137, 138, "M"), (140, 137, 138, "F"),
    (141, 137, 138, "F"),
]  # fmt: skip


def _kinship2_rows() -> tuple[list[list[object]], list[list[object]]]:
    parents = {i: (f, m) for i, f, m, _ in _KINSHIP2_PED1}
    depth: dict[int, int] = {}

    def level(pid: int) -> int:
        if pid not in depth:
            f, m = parents[pid]
            depth[pid] = 0 if not f else max(level(f), level(m)) + 1
        return depth[pid]

    people: list[list[object]] = [PEOPLE_HEADER]
    relationships: list[list[object]] = [RELATIONSHIPS_HEADER]
    couples: dict[tuple[int, int], None] = {}
    for number, (pid, father, mother, sex) in enumerate(_KINSHIP2_PED1):
        # People with no parents take the row of their partner; years follow the row.
        row = level(pid)
        if not father:
            row = max((level(c) for c, (f, m) in parents.items() if pid in (f, m)), default=1) - 1
        year = 1900 + 27 * row + (pid % 100) % 9
        first = FIRST[sex][number % len(FIRST[sex])]
        role = "subject child" if pid == 128 else ""
        people.append([f"K{pid}", f"{first} {SURNAMES[pid % 9]}", sex, str(year), None, role, None])
        if father:
            couples[(father, mother)] = None
            relationships.append([f"K{father}", f"K{pid}", "parent", None, None])
            relationships.append([f"K{mother}", f"K{pid}", "parent", None, None])
    for father, mother in couples:
        relationships.append([f"K{father}", f"K{mother}", "married", None, None])
    return people, relationships


KINSHIP2_PEDIGREE_1 = _kinship2_rows()


def write_family(path: Path, rows: tuple[list[list[object]], list[list[object]]]) -> Path:
    people, relationships = rows
    return write_xlsx(path, {"People": people, "Relationships": relationships})


def read_rows(
    folder: Path, name: str, rows: tuple[list[list[object]], list[list[object]]]
) -> Family:
    return read_family(write_family(folder / f"{name}.xlsx", rows))


def test_the_generated_workbooks_read_and_have_the_marriages_they_claim(tmp_path: Path) -> None:
    for marriages in (2, 3, 4):
        for seed in range(3):
            family = read_rows(
                tmp_path, f"m{marriages}s{seed}", intermarried_family(marriages, seed)
            )
            parents: dict[str, set[str]] = {}
            for rel in family.relationships:
                if rel.type == "parent":
                    parents.setdefault(rel.person_b, set()).add(rel.person_a)
            joined = {
                frozenset((r.person_a, r.person_b))
                for r in family.relationships
                if r.type in ("married", "cohabiting")
                and r.person_a in parents and r.person_b in parents
                and parents[r.person_a] != parents[r.person_b]
            }  # fmt: skip
            assert len(joined) == marriages + 1  # and the mother's later partner's family
            roles = {p.role for p in family.people.values()}
            assert {"subject child", "mother", "father", "mother's partner"} <= roles


def test_the_kinship2_pedigree_has_its_published_shape(tmp_path: Path) -> None:
    family = read_rows(tmp_path, "kinship2", KINSHIP2_PEDIGREE_1)
    assert len(family.people) == 41
    married = {
        frozenset((r.person_a, r.person_b)) for r in family.relationships if r.type == "married"
    }
    assert {frozenset(("K112", "K118")), frozenset(("K114", "K115"))} <= married
