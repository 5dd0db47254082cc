"""The family as a networkx graph of people and unions, and the questions reviews ask of it.

Couples are nodes of their own ("unions"), as in serious pedigree tools: a union carries the
couple's history (cohabiting, then separated...) and its children hang from it, so a mother
with two partners has two unions and her children by each are told apart. A child with one
known parent hangs from a one-person union.

Node keys are `person:<id>` and `union:<id>`; edges are `partner` (person -> union), `child`
(union -> person, with the kind: birth, adoptive, foster) and `link` (person -> person: step
parents, twins and the emotional overlays).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

import networkx as nx

from chronology.dates import ParsedDate
from genogram.errors import GenogramError
from genogram.family import (
    CHILD_KINDS,
    COUPLE_TYPES,
    OVERLAY_TYPES,
    TWIN_TYPES,
    Family,
    Person,
    Relationship,
    first_day,
    last_day,
)

CORESIDENT_TYPES = ("married", "cohabiting")
ENDING_TYPES = ("separated", "divorced")
_FAR_PAST = dt.date(1, 1, 1)
_FAR_FUTURE = dt.date(9999, 12, 31)
_PARTIAL_NEVER = ParsedDate(_FAR_FUTURE, "day")


def person_node(pid: str) -> str:
    return f"person:{pid}"


def union_node(uid: str) -> str:
    return f"union:{uid}"


@dataclass(frozen=True)
class UnionStatus:
    """How a couple's line is drawn: its `line` style and whether (and how) it has ended."""

    line: str  # married | cohabiting | partners | engaged | unrecorded
    ended: str | None = None  # separated | divorced | widowed | None
    since: dt.date | None = None


@dataclass
class Union:
    """A couple (or a lone parent) and the children hanging from them."""

    union_id: str
    partners: tuple[str, ...]
    periods: list[Relationship] = field(default_factory=list)
    children: list[tuple[str, str]] = field(default_factory=list)  # (child id, kind)

    @property
    def single(self) -> bool:
        return len(self.partners) == 1

    def start(self) -> dt.date | None:
        dated = [first_day(r.start) for r in self.periods if r.start is not None]
        return min(dated) if dated else None


@dataclass(frozen=True)
class Stay:
    """A stretch of time two people lived in the same household; `end` None means ongoing."""

    person_id: str
    start: dt.date
    end: dt.date | None


@dataclass(frozen=True)
class Age:
    years: int
    approximate: bool  # the date of birth (or death) is only a month or a year
    at_death: bool

    def text(self) -> str:
        return f"c.{self.years}" if self.approximate else str(self.years)


def _start(rel: Relationship) -> dt.date:
    return first_day(rel.start) if rel.start is not None else _FAR_PAST


def _period_end(union: Union, row: Relationship) -> dt.date:
    """When a period of living together stopped: its end, or a later separation or divorce
    row of the same couple (`cohabiting 2013` then `separated from 2017`)."""
    ends = [_end(row)]
    ends += [_start(r) for r in union.periods if r.type in ENDING_TYPES and _start(r) > _start(row)]
    return min(ends)


def _end(rel: Relationship) -> dt.date:
    """Exclusive end: the day the relationship is no longer current (partial: after its span)."""
    if rel.end is None:
        return _FAR_FUTURE
    if rel.end.precision == "day":
        return rel.end.value
    return last_day(rel.end) + dt.timedelta(days=1)


class FamilyGraph:
    """A family as people, unions and links, with the queries the dashboard and reports need.

    `as_at` is the date the picture describes (None: as recorded in the workbook, with ages at
    `today`). Use `family_at` first to leave out what had not happened by then.
    """

    def __init__(
        self,
        family: Family,
        subject: str | None = None,
        as_at: dt.date | None = None,
        today: dt.date | None = None,
    ) -> None:
        self.family = family
        self.people: dict[str, Person] = dict(family.people)
        self.as_at = as_at
        self.reference_date = as_at or today or dt.date.today()
        self.subjects = _subjects(family, subject)
        self.subject = self.subjects[0]
        self.unions: dict[str, Union] = {}
        self.primary_union: dict[str, str] = {}
        self.links: list[Relationship] = []
        self.twin_sets: list[tuple[str, ...]] = []
        self.identical_twins: set[frozenset[str]] = set()
        self.graph = nx.MultiDiGraph()
        self._build()

    # ------------------------------------------------------------------ construction

    def _build(self) -> None:
        for pid, person in self.people.items():
            self.graph.add_node(person_node(pid), kind="person", person=person)
        keys: dict[tuple[str, ...], Union] = {}

        def union_for(partners: Iterable[str]) -> Union:
            key = tuple(sorted(set(partners), key=lambda p: self.people[p].row))
            if key not in keys:
                keys[key] = Union(f"U{len(keys) + 1}", key)
            return keys[key]

        parents: dict[tuple[str, str], list[str]] = {}
        for rel in self.family.relationships:
            if rel.type in COUPLE_TYPES:
                union_for((rel.person_a, rel.person_b)).periods.append(rel)
            elif rel.type in CHILD_KINDS:
                parents.setdefault((rel.person_b, CHILD_KINDS[rel.type]), []).append(rel.person_a)
            else:
                self.links.append(rel)
        for (child, kind), who in parents.items():
            union_for(who).children.append((child, kind))
        for union in keys.values():
            union.periods.sort(key=lambda r: (_start(r), r.row))
            union.children.sort(key=lambda c: self.birth_key(c[0]))
            self.unions[union.union_id] = union
            node = union_node(union.union_id)
            self.graph.add_node(node, kind="union", union=union)
            for pid in union.partners:
                self.graph.add_edge(person_node(pid), node, kind="partner")
            for child, kind in union.children:
                self.graph.add_edge(node, person_node(child), kind="child", child_kind=kind)
        for rel in self.links:
            self.graph.add_edge(
                person_node(rel.person_a), person_node(rel.person_b), kind="link", type=rel.type
            )
        # A child is drawn under one union: birth parents first, then adoptive, then foster.
        for kind in ("foster", "adoptive", "birth"):
            for union in self.unions.values():
                for child, child_kind in union.children:
                    if child_kind == kind:
                        self.primary_union[child] = union.union_id
        self._twins()

    def _twins(self) -> None:
        twin_graph = nx.Graph()
        for rel in self.links:
            if rel.type in TWIN_TYPES:
                twin_graph.add_edge(rel.person_a, rel.person_b)
                if rel.type == "identical_twin":
                    self.identical_twins.add(frozenset((rel.person_a, rel.person_b)))
        sets = [
            tuple(sorted(component, key=self.birth_key))
            for component in nx.connected_components(twin_graph)
        ]
        self.twin_sets = sorted(sets, key=lambda s: self.birth_key(s[0]))

    # ------------------------------------------------------------------ basic facts

    def birth_key(self, pid: str) -> tuple[int, dt.date, int]:
        """Birth order: known dates first, oldest first; unknown dates in workbook order."""
        person = self.people[pid]
        if person.birth is None:
            return (1, _FAR_FUTURE, person.row)
        return (0, first_day(person.birth), person.row)

    def is_deceased(self, pid: str) -> bool:
        person = self.people[pid]
        if person.death is not None:
            return first_day(person.death) <= self.reference_date
        return person.deceased

    def age(self, pid: str, at: dt.date | None = None) -> Age | None:
        """Age at `at` (default the reference date), or at death for the deceased."""
        person = self.people[pid]
        if person.birth is None:
            return None
        at = at or self.reference_date
        at_death = False
        approximate = person.birth.precision != "day"
        if person.death is not None and first_day(person.death) <= at:
            at = _middle(person.death.value, last_day(person.death))
            approximate = approximate or person.death.precision != "day"
            at_death = True
        elif person.deceased and person.death is None:
            return None
        born = _middle(first_day(person.birth), last_day(person.birth))
        years = at.year - born.year - ((at.month, at.day) < (born.month, born.day))
        return Age(max(years, 0), approximate, at_death) if at >= born else None

    def partners(self, pid: str) -> list[tuple[str, Union]]:
        """The person's partners in date order (unions with a start date first)."""
        found = [
            (other, union)
            for union in self.unions.values()
            if pid in union.partners and not union.single
            for other in union.partners
            if other != pid
        ]
        return sorted(found, key=lambda item: self.union_key(item[1]))

    def union_key(self, union: Union) -> tuple[int, dt.date, int]:
        """Date order of unions: dated first, then by the first child's birth, then id."""
        start = union.start()
        if start is None and union.children:
            born = self.people[union.children[0][0]].birth
            start = first_day(born) if born is not None else None
        number = int(union.union_id[1:])
        return (0, start, number) if start is not None else (1, _FAR_FUTURE, number)

    def unions_of(self, pid: str) -> list[Union]:
        return sorted((u for u in self.unions.values() if pid in u.partners), key=self.union_key)

    def parents(self, pid: str, kinds: Iterable[str] = ("birth",)) -> list[str]:
        wanted = set(kinds)
        return [
            parent
            for union in self.unions.values()
            for child, kind in union.children
            if child == pid and kind in wanted
            for parent in union.partners
        ]

    def children(
        self, pid: str, kinds: Iterable[str] = ("birth", "adoptive", "foster")
    ) -> list[str]:
        wanted = set(kinds)
        found = {
            child
            for union in self.unions.values()
            if pid in union.partners
            for child, kind in union.children
            if kind in wanted
        }
        return sorted(found, key=self.birth_key)

    def step_parents(self, pid: str) -> list[str]:
        return [r.person_a for r in self.links if r.type == "step_parent" and r.person_b == pid]

    def status(self, union: Union, at: dt.date | None = None) -> UnionStatus:
        """The couple's line at `at` (default: the as-at date, else the latest recorded)."""
        if union.single or not union.periods:
            return UnionStatus("unrecorded")
        moment = at or self.as_at
        rows = [r for r in union.periods if moment is None or _start(r) <= moment]
        if not rows:
            return UnionStatus("unrecorded")
        row = rows[-1]
        since = first_day(row.start) if row.start is not None else None
        if row.type in ENDING_TYPES:
            earlier = [r.type for r in rows[:-1] if r.type not in ENDING_TYPES]
            default = "married" if row.type == "divorced" else "partners"
            return UnionStatus(earlier[-1] if earlier else default, row.type, since)
        if row.end is not None and _end(row) <= (moment or self.reference_date):
            ended = "widowed" if self._ended_by_death(union, row) else "separated"
            return UnionStatus(row.type, ended, first_day(row.end))
        return UnionStatus(row.type, None, since)

    def _ended_by_death(self, union: Union, row: Relationship) -> bool:
        if row.end is None:
            return False
        for pid in union.partners:
            death = self.people[pid].death
            if (
                death is not None
                and first_day(death) <= last_day(row.end)
                and last_day(death) >= first_day(row.end)
            ):
                return True
        return False

    # ------------------------------------------------------------------ households

    def households(self, at: dt.date | None = None) -> dict[str, list[str]]:
        """Household -> members. No date: as recorded; with a date: who lived there then."""
        result: dict[str, list[str]] = {}
        for pid in self.people:
            household = (
                self.household_at(pid, at) if at is not None else self._recorded_household(pid)
            )
            if household is not None:
                result.setdefault(household, []).append(pid)
        return dict(sorted(result.items()))

    def household_members(self, household: str, at: dt.date | None = None) -> list[str]:
        return self.households(at).get(household, [])

    def _recorded_household(self, pid: str) -> str | None:
        if self.is_deceased(pid):
            return None
        return self.people[pid].household

    def alive_at(self, pid: str, at: dt.date) -> bool:
        person = self.people[pid]
        if person.birth is not None and first_day(person.birth) > at:
            return False
        if person.death is not None:
            return first_day(person.death) > at
        return not person.deceased

    def household_at(self, pid: str, at: dt.date) -> str | None:
        """Where the person lived at `at`.

        The workbook's household column is where someone lives now. While a couple were married
        or living together (dated rows) they lived in one household: the one holding their
        children. Someone who moved in with a partner who already had children there is only
        counted in that household while they lived together.
        """
        if not self.alive_at(pid, at):
            return None
        for union in self.unions_of(pid):
            for row in union.periods:
                dated = row.start is not None or row.end is not None
                current = _start(row) <= at < _period_end(union, row)
                active = row.type in CORESIDENT_TYPES and current
                if active and dated and not union.single:
                    return self._shared_household(union, at)
        if self._moved_in(pid) or self._moved_out(pid, at):
            return None
        return self.people[pid].household

    def _moved_out(self, pid: str, at: dt.date) -> bool:
        """True if the person lived in their recorded household only with a partner whose
        children live there, and that living together had ended by `at` (a mother's partner
        who left is not drawn in her household afterwards, whatever the column says)."""
        household = self.people[pid].household
        if household is None:
            return False
        for other, union in self.partners(pid):
            if self.people[other].household != household:
                continue
            ends = [
                _period_end(union, row)
                for row in union.periods
                if row.type in CORESIDENT_TYPES and (row.start is not None or row.end is not None)
            ]
            if not ends or max(ends) > at:
                continue
            if self._had_children_there(other, household, at) and not (
                self._had_children_there(pid, household, at)
            ):
                return True
        return False

    def _shared_household(self, union: Union, at: dt.date) -> str | None:
        options = [self.people[p].household for p in union.partners if self.people[p].household]
        if not options:
            return None
        children = [c for c, _ in union.children]

        def weight(household: str | None) -> tuple[int, int, int, str]:
            kids = sum(self.people[c].household == household for c in children)
            subject = any(self.people[s].household == household for s in self.subjects)
            size = sum(p.household == household for p in self.people.values())
            return (-kids, -int(subject), -size, household or "")

        return sorted(options, key=weight)[0]

    def _moved_in(self, pid: str) -> bool:
        """True if the person's place in their household came with a relationship (dated) with
        someone who already had children living there, while they themselves had none."""
        household = self.people[pid].household
        if household is None:
            return False
        for other, union in self.partners(pid):
            start = union.start()
            if self.people[other].household != household or start is None:
                continue
            if self._had_children_there(other, household, start) and not (
                self._had_children_there(pid, household, start)
            ):
                return True
        return False

    def _had_children_there(self, pid: str, household: str, before: dt.date) -> bool:
        return any(
            self.people[child].household == household
            and self.people[child].birth is not None
            and first_day(self.people[child].birth or _PARTIAL_NEVER) < before
            for child in self.children(pid)
        )

    def lived_with(self, child: str | None = None) -> list[Stay]:
        """Adults who lived in the child's household, and when, from birth to the reference date.

        Built from the same rules as `household_at`, evaluated between every date on which
        something changes (a birth, a death, a relationship starting or ending).
        """
        child = child or self.subject
        person = self.people[child]
        begin = first_day(person.birth) if person.birth is not None else self._earliest_date()
        end = self.reference_date
        points = {begin}
        for rel in self.family.relationships:
            for value in (_start(rel), _end(rel)):
                if begin < value <= end:
                    points.add(value)
        for other in self.people.values():
            for date in (other.birth, other.death):
                if date is not None and begin < first_day(date) <= end:
                    points.add(first_day(date))
        ordered = sorted(points)
        stays: dict[str, list[Stay]] = {}
        for index, moment in enumerate(ordered):
            following = ordered[index + 1] if index + 1 < len(ordered) else None
            home = self.household_at(child, moment)
            if home is None:
                continue
            for pid in self.people:
                if pid == child or self.household_at(pid, moment) != home:
                    continue
                if not self.is_adult(pid, moment):
                    continue
                spans = stays.setdefault(pid, [])
                if spans and spans[-1].end == moment:
                    spans[-1] = Stay(pid, spans[-1].start, following)
                else:
                    spans.append(Stay(pid, moment, following))
        result = [stay for spans in stays.values() for stay in spans]
        return sorted(result, key=lambda s: (s.start, self.people[s.person_id].row))

    def is_adult(self, pid: str, at: dt.date) -> bool:
        """Aged 18 or over at `at`; people of unknown age count as adults."""
        from genogram.roles import load_scheme

        age = self.age(pid, at)
        return age is None or age.years >= load_scheme().adult_age

    def _earliest_date(self) -> dt.date:
        dates = [first_day(p.birth) for p in self.people.values() if p.birth is not None]
        return min(dates) if dates else self.reference_date

    def parents_partners(self, child: str | None = None) -> dict[str, list[tuple[str, Union]]]:
        """Each birth parent of the child -> their partners in date order (the other parent
        included), the question asked of every adult who came into the child's life."""
        child = child or self.subject
        return {parent: self.partners(parent) for parent in self.parents(child)}

    # ------------------------------------------------------------------ kinship

    def relatives(self, of: str | None = None) -> dict[str, list[str]]:
        """Relationship to the subject (e.g. 'maternal grandmother') -> people, nearest first."""
        of = of or self.subject
        result: dict[str, list[str]] = {}
        for pid in self.people:
            if pid == of:
                continue
            relation = self.relationship_to(pid, of)
            if relation is not None:
                result.setdefault(relation, []).append(pid)
        return result

    def relationship_to(self, pid: str, of: str | None = None) -> str | None:
        """How `pid` is related to `of` (default the subject), worked out from the tree."""
        of = of or self.subject
        sex = self.people[pid].sex
        parents = self.parents(of)
        if pid in parents:
            return _gendered(sex, "mother", "father", "parent")
        if pid in self.parents(of, ["adoptive"]):
            return _gendered(sex, "adoptive mother", "adoptive father", "adoptive parent")
        if pid in self.parents(of, ["foster"]):
            return "foster carer"
        for parent in parents:
            side = _side(self.people[parent].sex)
            if pid in self.parents(parent):
                return f"{side}grand{_gendered(sex, 'mother', 'father', 'parent')}".strip()
            if pid in {p for gp in self.parents(parent) for p in self.parents(gp)}:
                word = _gendered(sex, "mother", "father", "parent")
                return f"{side}great grand{word}".strip()
        if pid in self.step_parents(of):
            return _gendered(sex, "stepmother", "stepfather", "step parent")
        for parent in parents:
            if pid in [p for p, _ in self.partners(parent)]:
                return (
                    f"{_gendered(self.people[parent].sex, 'mothers', 'fathers', 'parents')} partner"
                )
        mine = set(parents)
        for other in self.children_of_any(parents):
            if other == pid and other != of:
                theirs = set(self.parents(other))
                return "sibling" if theirs == mine and len(mine) == 2 else "half sibling"
        if pid in self.children(of):
            return "own child"
        for parent in parents:
            side = _side(self.people[parent].sex)
            aunts = set(self.children_of_any(self.parents(parent))) - {parent}
            if pid in aunts:
                return f"{side}{_gendered(sex, 'aunt', 'uncle', 'aunt or uncle')}".strip()
            if pid in self.children_of_any(aunts):
                return "cousin"
        for parent in parents:
            side = _side(self.people[parent].sex)
            for grandparent in self.parents(parent):
                if pid in [p for p, _ in self.partners(grandparent)]:
                    word = _gendered(self.people[grandparent].sex, "mothers", "fathers", "parents")
                    return f"{side}grand{word} partner".strip()
            aunts = set(self.children_of_any(self.parents(parent))) - {parent}
            if any(pid in [p for p, _ in self.partners(a)] for a in aunts):
                return "aunts or uncles partner"
        partners_children = {
            c for parent in parents for p, _ in self.partners(parent) for c in self.children(p)
        }
        if pid in partners_children:
            return "step sibling"
        siblings = set(self.children_of_any(parents)) - {of}
        if pid in self.children_of_any(siblings):
            return "niece or nephew"
        return None

    def children_of_any(self, parents: Iterable[str]) -> list[str]:
        found: dict[str, None] = {}
        for parent in parents:
            for child in self.children(parent, ["birth"]):
                found[child] = None
        return list(found)

    def connected_people(self, pid: str) -> set[str]:
        """Everyone linked to the person by any relationship (the person's family component)."""
        undirected = self.graph.to_undirected(as_view=True)
        component = nx.node_connected_component(undirected, person_node(pid))
        return {n.split(":", 1)[1] for n in component if n.startswith("person:")}

    def overlays(self) -> Iterator[Relationship]:
        return (r for r in self.links if r.type in OVERLAY_TYPES)


def _middle(first: dt.date, last: dt.date) -> dt.date:
    return first + (last - first) / 2


def _gendered(sex: str, female: str, male: str, other: str) -> str:
    return {"F": female, "M": male}.get(sex, other)


def _side(sex: str) -> str:
    return {"F": "maternal ", "M": "paternal "}.get(sex, "")


def _subjects(family: Family, subject: str | None) -> list[str]:
    by_role = family.role_subjects()
    if subject is not None:
        if subject not in family.people:
            raise GenogramError(f"'{subject}' is not in the People sheet", field="subject")
        return [subject, *(s for s in by_role if s != subject)]
    if not by_role:
        raise GenogramError(
            f"{family.source}: People has no subject child (give one person the role "
            "'subject child', or choose the subject)"
        )
    return by_role


def family_at(family: Family, at: dt.date, subject: str | None = None) -> Family:
    """The family as it stood on `at`: people not yet born, relationships not yet begun and
    people not yet connected to the subject's family are left out; later deaths and endings
    have not happened yet."""
    subjects = _subjects(family, subject)
    for pid in subjects[:1]:
        person = family.people[pid]
        if person.birth is not None and first_day(person.birth) > at:
            raise GenogramError(
                f"{at:%d/%m/%Y} is before the subject child was born", field="as_at"
            )
    people: dict[str, Person] = {}
    for pid, person in family.people.items():
        if person.birth is not None and first_day(person.birth) > at:
            continue
        if person.death is not None and first_day(person.death) > at:
            person = replace(person, death=None, deceased=False)
        people[pid] = person
    relationships = []
    for rel in family.relationships:
        if rel.person_a not in people or rel.person_b not in people:
            continue
        if rel.start is not None and first_day(rel.start) > at:
            continue
        if rel.end is not None and first_day(rel.end) > at:
            rel = replace(rel, end=None)
        relationships.append(rel)
    before = _component(family.people, family.relationships, subjects[0])
    after = _component(people, relationships, subjects[0])
    dropped = (before - after) & set(people)
    kept = {pid: p for pid, p in people.items() if pid not in dropped}
    rels = [r for r in relationships if r.person_a in kept and r.person_b in kept]
    return Family(kept, rels, family.source)


def _component(people: dict[str, Person], relationships: list[Relationship], pid: str) -> set[str]:
    graph = nx.Graph()
    graph.add_nodes_from(people)
    graph.add_edges_from((r.person_a, r.person_b) for r in relationships)
    return set(nx.node_connected_component(graph, pid))
