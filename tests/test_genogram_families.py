"""Random but plausible families for the genogram's property-based tests (imported by the
other genogram tests), and a check that they are what they claim to be.

Families grow generation by generation from founding couples: children, partners who marry in,
second and third partners (half-siblings), step-parents, twins, single parents, same-sex
couples who adopt, foster children, marriages between two families already in the tree,
a partner who later partners the daughter of an earlier partner (a union across generations),
emotional and abuse lines, and adults known only by a link. All dates are consistent, so the
family passes validation.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from chronology.dates import ParsedDate
from genogram.family import Family, Person, Relationship, validate_family

OVERLAYS = ("close", "conflict", "violence", "abuse", "cut_off", "unknown")


@dataclass
class _Builder:
    rng: random.Random
    size: int
    people: dict[str, Person] = field(default_factory=dict)
    relationships: list[Relationship] = field(default_factory=list)
    born: dict[str, int] = field(default_factory=dict)  # birth year
    parents: dict[str, tuple[str, ...]] = field(default_factory=dict)
    partners: dict[str, list[str]] = field(default_factory=dict)
    generation: dict[str, int] = field(default_factory=dict)
    couples: list[tuple[str, str, int]] = field(default_factory=list)

    def person(self, year: int, gen: int, sex: str | None = None, role: str = "") -> str:
        pid = f"X{len(self.people) + 1:03d}"
        sex = sex or self.rng.choice("MMMFFFU" if self.rng.random() < 0.05 else "MF")
        roll = self.rng.random()
        if roll < 0.75:
            birth = ParsedDate(
                dt.date(year, self.rng.randint(1, 12), self.rng.randint(1, 28)), "day"
            )
        elif roll < 0.9:
            birth = ParsedDate(dt.date(year, 1, 1), "year")
        else:
            birth = None
        self.people[pid] = Person(
            pid, row=len(self.people) + 2, name=f"Person {pid}", sex=sex, birth=birth, role=role
        )  # type: ignore[arg-type]
        self.born[pid] = year
        self.generation[pid] = gen
        self.partners[pid] = []
        return pid

    def relate(
        self, a: str, b: str, kind: str, start: int | None = None, end: int | None = None
    ) -> None:
        start_date = ParsedDate(dt.date(start, 1, 1), "year") if start else None
        end_date = ParsedDate(dt.date(end, 6, 1), "month") if end else None
        same = (a, b, kind, start_date, end_date)
        if any(
            (r.person_a, r.person_b, r.type, r.start, r.end) == same for r in self.relationships
        ):
            return
        self.relationships.append(
            Relationship(a, b, kind, start_date, end_date, row=len(self.relationships) + 2)
        )

    def couple(self, a: str, b: str, year: int, ended: bool) -> None:
        kind = self.rng.choice(["married", "cohabiting", "partners", "married", "engaged"])
        if ended:
            self.relate(a, b, kind, year, year + 4)
            self.relate(a, b, "divorced" if kind == "married" else "separated", year + 4)
        else:
            self.relate(a, b, kind, year)
        self.partners[a].append(b)
        self.partners[b].append(a)
        self.couples.append((a, b, year))

    def children(
        self, parents: tuple[str, ...], year: int, count: int, kind: str = "parent"
    ) -> list[str]:
        gen = max(self.generation[p] for p in parents) + 1
        kids = []
        birth = year
        while len(kids) < count and len(self.people) < self.size:
            twins = self.rng.random() < 0.12 and len(self.people) + 2 <= self.size
            batch = 2 if twins else 1
            first = None
            for _ in range(batch):
                kid = self.person(birth, gen)
                if first is None:
                    first = kid
                else:  # twins: same birth date and precision as the first-born
                    self.people[kid] = Person(
                        kid, row=self.people[kid].row, name=self.people[kid].name,
                        sex=self.people[kid].sex, birth=self.people[first].birth,
                    )  # fmt: skip
                for parent in parents:
                    self.relate(parent, kid, kind)
                self.parents[kid] = parents
                kids.append(kid)
            if twins and first is not None:
                twin_kind = "identical_twin" if self.rng.random() < 0.5 else "twin"
                self.relate(first, kids[-1], twin_kind)
            birth += self.rng.randint(1, 4)
        return kids


def random_family(seed: int, size: int, *, intermarriage: bool = True) -> Family:
    """A valid family of about `size` people (at least 2). Without `intermarriage` the family
    is a tree of units: no marriages between two blood lines, no unions across generations and
    no second set of parents, so a planar drawing exists."""
    rng = random.Random(seed)
    build = _Builder(rng, max(size, 2))
    founders = []
    for number in range(rng.randint(1, 3 if intermarriage else 1)):
        if number and len(build.people) + 2 > size:
            break
        year = rng.randint(1930, 1950)
        a = build.person(year, 0, "M")
        b = build.person(year + rng.randint(-3, 3), 0, "F")
        build.couple(a, b, year + 22, ended=False)
        founders.append((a, b, year + 24))
    queue: list[tuple[tuple[str, ...], int]] = [((a, b), y) for a, b, y in founders]
    while queue and len(build.people) < size:
        parents, year = queue.pop(0)
        same_sex = (
            len(parents) == 2 and build.people[parents[0]].sex == build.people[parents[1]].sex
        )
        kind = (
            "adoptive_parent"
            if same_sex
            else ("foster_parent" if rng.random() < 0.04 else "parent")
        )
        if not intermarriage and kind == "foster_parent":
            kind = "parent"
        kids = build.children(parents, year, rng.randint(1, 4), kind)
        for kid in kids:
            if len(build.people) >= size or rng.random() < 0.25 or build.born[kid] > 2000:
                continue
            _partner_up(build, kid, queue, intermarriage)
    _extras(build, intermarriage)
    subject = _choose_subject(build)
    build.people[subject] = _with_role(build.people[subject], "subject child")
    family = Family(dict(build.people), list(build.relationships), "random family")
    validate_family(family)
    return family


def _partner_up(
    build: _Builder, kid: str, queue: list[tuple[tuple[str, ...], int]], intermarriage: bool
) -> None:
    rng = build.rng
    year = build.born[kid] + rng.randint(19, 28)
    gen = build.generation[kid]
    spouses = rng.choice([1, 1, 1, 2, 2, 3])
    for number in range(spouses):
        candidates = [
            p
            for p, g in build.generation.items()
            if g == gen and p != kid and p in build.parents and not build.partners[p]
            and build.parents[p] != build.parents.get(kid)
        ]  # fmt: skip
        if intermarriage and candidates and rng.random() < 0.15:
            partner = rng.choice(candidates)
        elif rng.random() < 0.08:
            queue.append(((kid,), year))  # a single parent: the other parent is not known
            continue
        elif len(build.people) >= build.size:
            return
        else:
            sex = "F" if build.people[kid].sex == "M" else "M"
            if rng.random() < 0.08:
                sex = build.people[kid].sex  # a same-sex couple
            partner = build.person(build.born[kid] + rng.randint(-5, 5), gen, sex)
        last = number == spouses - 1
        year = max(year, build.born[partner] + 19)
        build.couple(kid, partner, year, ended=not last)
        queue.append(((kid, partner), year + 1))
        if intermarriage and rng.random() < 0.1 and build.born[partner] < 1990:
            _cross_generation(build, partner, year)
        year += rng.randint(5, 9)


def _cross_generation(build: _Builder, adult: str, year: int) -> None:
    """The adult later partners someone a generation younger (not their own descendant)."""
    if adult in build.parents:
        return
    gen = build.generation[adult]
    own = {c for c, ps in build.parents.items() if adult in ps}
    younger = [
        p for p, g in build.generation.items()
        if g == gen + 1 and p not in own and p in build.parents and adult not in build.parents[p]
    ]  # fmt: skip
    if younger:
        other = build.rng.choice(younger)
        build.couple(adult, other, max(year + 10, build.born[other] + 18), ended=False)


def _extras(build: _Builder, intermarriage: bool) -> None:
    rng = build.rng
    for a, b, year in build.couples:  # a later partner becomes a step-parent
        for parent, partner in ((a, b), (b, a)):
            for child, parents in build.parents.items():
                older = build.born[child] < year
                if parent in parents and partner not in parents and older and rng.random() < 0.5:
                    build.relate(partner, child, "step_parent", year)
    people = list(build.people)
    for _ in range(rng.randint(0, max(1, len(people) // 6))):
        a, b = rng.sample(people, 2)
        build.relate(a, b, rng.choice(OVERLAYS))
    if rng.random() < 0.3 and people and len(people) < build.size:
        anchor = rng.choice(people)
        stranger = build.person(1985, build.generation[anchor], "M", role="unknown adult")
        build.relate(anchor, stranger, "unknown")


def _choose_subject(build: _Builder) -> str:
    deepest = max(build.generation[p] for p in build.parents) if build.parents else 0
    children = sorted(p for p in build.parents if build.generation[p] == deepest)
    return build.rng.choice(children) if children else next(iter(build.people))


def _with_role(person: Person, role: str) -> Person:
    return Person(
        person.person_id, row=person.row, name=person.name, sex=person.sex,
        birth=person.birth, role=role,
    )  # fmt: skip


# A family the project has never seen (acceptance test): both parents' families of origin, a
# father with an earlier partner, a mother with a later partner who has a child of his own,
# divorced maternal grandparents, twins, an adopted cousin, a foster placement and a death.
UNSEEN_PEOPLE: list[list[object]] = [
    ["Ref", "Full name", "Gender", "DOB", "Date died", "Relationship to child", "Home",
     "Also known as", "Ethnicity", "Comments"],
    ["F01", "Amara Okonkwo-Price", "F", "14/02/2016", None, "Subject child", "A",
     "Mara;Amarah", "Mixed", "Placed in foster care 2023"],
    ["F02", "Jayden Price", "M", "2012-07", None, "brother", "A", "Jay", "Mixed", None],
    ["F03", "Leah Walsh", "F", "30/06/2020", None, "half sister", "A", None, "White British", None],
    ["F04", "Kerry-Ann Price", "F", "1990", None, "Mum", "A", "Kez;Kerry Price",
     "White British", "Tel 07700 900111"],
    ["F05", "Emeka Okonkwo", "M", "03/09/1987", None, "Dad", "B", "Mek", "Black African", None],
    ["F06", "Darren Walsh", "M", "1984", None, "Mum's partner", "A", "Daz", "White British",
     None],
    ["F07", "Kyle Walsh", "M", "2009", None, "step brother", "C", None, "White British", None],
    ["F08", "Tanya Reid", "F", "1986", None, "Dad's ex-partner", "D", None, "White British",
     None],
    ["F09", "Malik Okonkwo", "M", "11/11/2008", None, "half brother", "D", None, "Mixed", None],
    ["F10", "Grace Okonkwo", "F", "1960", None, "paternal grandmother", "E", None,
     "Black African", None],
    ["F11", "Chidi Okonkwo", "M", "1957", "03/2019", "paternal grandfather", "E", None,
     "Black African", None],
    ["F12", "Ngozi Okonkwo", "F", "1985", None, "paternal aunt", "F", None, "Black African",
     None],
    ["F13", "Paul Adeyemi", "M", "1983", None, "aunt's husband", "F", None, "Black African", None],
    ["F14", "Tobi Adeyemi", "M", "2015", None, "cousin", "F", None, "Black African", None],
    ["F15", "Sam Adeyemi", "U", "2019", None, "cousin", "F", None, None, "adopted 2021"],
    ["F16", "Janet Price", "F", "1966", None, "maternal grandmother", "G", "Jan;Nanna Jan",
     "White British", None],
    ["F17", "Steve Price", "M", "1963", None, "maternal grandfather", "H", None, "White British",
     None],
    ["F18", "Roy Barker", "M", "1960", None, "nan's partner", "G", None, "White British", None],
    ["F19", "Ryan Price", "M", "1993", None, "maternal uncle", "H", None, "White British", None],
    ["F20", "Lily Price", "F", "2022-03", None, "cousin", "H", None, "White British", None],
    ["F21", "Mason Price", "M", "2022-03", None, "cousin", "H", None, "White British", None],
    ["F22", "Sue Hale", "F", "1970", None, "foster carer", "J", None, "White British", None],
    ["F23", "Pete Hale", "M", "1968", None, "foster carer", "J", None, "White British", None],
]  # fmt: skip

UNSEEN_RELATIONSHIPS: list[list[object]] = [
    ["From", "To", "Relationship", "Start", "End"],
    ["F10", "F11", "married", "1982", "03/2019"],
    ["F10", "F05", "parent", None, None], ["F11", "F05", "parent", None, None],
    ["F10", "F12", "parent", None, None], ["F11", "F12", "parent", None, None],
    ["F12", "F13", "married", "2012", None],
    ["F12", "F14", "parent", None, None], ["F13", "F14", "parent", None, None],
    ["F12", "F15", "adoptive parent", "2021", None],
    ["F13", "F15", "adoptive parent", "2021", None],
    ["F16", "F17", "married", "1988", "1999"], ["F16", "F17", "divorced", "1999", None],
    ["F16", "F18", "cohabiting", "2003", None],
    ["F16", "F04", "parent", None, None], ["F17", "F04", "parent", None, None],
    ["F16", "F19", "parent", None, None], ["F17", "F19", "parent", None, None],
    ["F19", "F20", "parent", None, None], ["F19", "F21", "parent", None, None],
    ["F20", "F21", "twin", None, None],
    ["F05", "F08", "partners", "2007", "2010"], ["F05", "F08", "separated", "2010", None],
    ["F05", "F09", "parent", None, None], ["F08", "F09", "parent", None, None],
    ["F04", "F05", "cohabiting", "2011", "09/2018"], ["F04", "F05", "separated", "09/2018", None],
    ["F04", "F02", "parent", None, None], ["F05", "F02", "parent", None, None],
    ["F04", "F01", "parent", None, None], ["F05", "F01", "parent", None, None],
    ["F04", "F06", "cohabiting", "05/2019", None],
    ["F04", "F03", "parent", None, None], ["F06", "F03", "parent", None, None],
    ["F06", "F07", "parent", None, None],
    ["F22", "F23", "married", "1995", None],
    ["F22", "F01", "foster parent", "2023", None], ["F23", "F01", "foster parent", "2023", None],
    ["F06", "F04", "violence", "2021", None],
    ["F06", "F01", "abuse", "2022", None],
    ["F16", "F04", "conflict", None, None],
    ["F01", "F02", "close", None, None],
    ["F05", "F04", "cut off", "2019", None],
]  # fmt: skip


def test_generated_families_are_valid_and_varied() -> None:
    sizes, types = [], set()
    for seed in range(30):
        family = random_family(seed, 150)
        sizes.append(len(family.people))
        types |= {r.type for r in family.relationships}
    assert max(sizes) == 150
    assert {"twin", "identical_twin", "adoptive_parent", "step_parent", "divorced"} <= types
    tree = random_family(7, 60, intermarriage=False)
    assert len(tree.people) <= 60
