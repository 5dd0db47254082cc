"""The family tree's reading of a person: their relationship to the subject child where it
has a name of its own (Mother, Maternal step-grandfather, Half-sibling, Cousin), and every
one-step relationship to someone already named ("father", "former partner", "sister-in-law"),
from which `genogram.pseudonyms` builds "X's Y" labels."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from genogram.model import FamilyGraph


def _g(sex: str, female: str, male: str, other: str) -> str:
    return {"F": female, "M": male}.get(sex, other)


def _side(sex: str) -> str:
    return {"F": "maternal", "M": "paternal"}.get(sex, "")


def cap(text: str) -> str:
    """The first letter in capitals ("maternal aunt" -> "Maternal aunt"); unlike
    `str.capitalize` it leaves the rest as it is ("Half-sibling 1's father")."""
    return text[:1].upper() + text[1:]


@dataclass
class Label:
    """A label before numbering: plain text, or text anchored on another person's label."""

    text: str
    anchor: str | None = None  # person id whose (numbered) label comes first: "X's text"


def _couple_partners(graph: FamilyGraph, pid: str) -> list[tuple[str, bool]]:
    """Partners with a recorded couple relationship, and whether it has ended."""
    found = []
    for other, union in graph.partners(pid):
        if not union.periods:
            continue
        status = graph.status(union)
        ended = status.ended in ("separated", "divorced") or any(
            p.end is not None for p in union.periods[-1:]
        )
        found.append((other, ended))
    return found


def direct_label(graph: FamilyGraph, pid: str) -> Label | None:
    """The relationship to the subject child when it has a name of its own: the first reading
    in `_DIRECT` that holds, nearest kin first."""
    kin = _Kin(graph, pid)
    for reading in _DIRECT:
        found = reading(kin)
        if found is not None:
            return found
    return None


class _Kin:
    """What every reading of one person asks: who they are, the subject child and the
    child's birth parents."""

    def __init__(self, graph: FamilyGraph, pid: str) -> None:
        self.graph = graph
        self.pid = pid
        self.sex = graph.people[pid].sex
        self.subject = graph.subject
        self.parents = graph.parents(self.subject)

    def word(self, female: str, male: str, other: str) -> str:
        return _g(self.sex, female, male, other)

    def sides(self) -> list[tuple[str, str]]:
        """Each birth parent with the prefix of their side of the family ("maternal ")."""
        found = []
        for parent in self.parents:
            side = _side(self.graph.people[parent].sex)
            found.append((parent, f"{side} " if side else ""))
        return found


# Parents by kind of parenthood (the birth parents first), in the words for a woman, a man, and
# anyone else
_PARENTS = (
    ("birth", ("Mother", "Father", "Parent")),
    ("adoptive", ("Adoptive mother", "Adoptive father", "Adoptive parent")),
    ("foster", ("Foster carer", "Foster carer", "Foster carer")),
)
_GENERATIONS_UP = ("grand", "great-grand", "great-great-grand")
# Siblings through the child's carers: kind of carer, their children who count, the label
_CARERS_CHILDREN = (
    ("adoptive", ("birth", "adoptive"), "Adoptive sibling"),
    ("foster", ("birth", "adoptive", "foster"), "Foster sibling"),
)


def _parent(kin: _Kin) -> Label | None:
    for kind, words in _PARENTS:
        found = kin.parents if kind == "birth" else kin.graph.parents(kin.subject, [kind])
        if kin.pid in found:
            return Label(kin.word(*words))
    if kin.pid in kin.graph.step_parents(kin.subject):
        return Label(kin.word("Stepmother", "Stepfather", "Step-parent"))
    return None


def _grandparent(kin: _Kin) -> Label | None:
    """Grandparents up to great-great-, through each birth parent in turn."""
    word = kin.word("mother", "father", "parent")
    for parent, prefix in kin.sides():
        generation = kin.graph.parents(parent)
        for level in _GENERATIONS_UP:
            if kin.pid in generation:
                return Label(cap(f"{prefix}{level}{word}"))
            generation = [g for gp in generation for g in kin.graph.parents(gp)]
    return None


def _step_grandparent(kin: _Kin) -> Label | None:
    """A parent's step-parent, or a grandparent's partner who is not a grandparent."""
    word = kin.word("mother", "father", "parent")
    for parent, prefix in kin.sides():
        grandparents = kin.graph.parents(parent)
        steps = set(kin.graph.step_parents(parent))
        for grandparent in grandparents:
            steps |= {p for p, _ in _couple_partners(kin.graph, grandparent)}
        if kin.pid in steps - set(grandparents):
            return Label(cap(f"{prefix}step-grand{word}"))
    return None


def _parents_partner(kin: _Kin) -> Label | None:
    for parent in kin.parents:
        for partner, ended in _couple_partners(kin.graph, parent):
            if partner == kin.pid:
                return Label("former partner" if ended else "partner", anchor=parent)
    return None


def _sibling(kin: _Kin) -> Label | None:
    if kin.pid not in kin.graph.children_of_any(kin.parents):
        return None
    mine, theirs = set(kin.parents), set(kin.graph.parents(kin.pid))
    return Label("Sibling" if theirs == mine and len(mine) == 2 else "Half-sibling")


def _child(kin: _Kin) -> Label | None:
    return Label(f"Child of {'{subject}'}") if kin.pid in kin.graph.children(kin.subject) else None


def _carers_child(kin: _Kin) -> Label | None:
    for kind, counted, text in _CARERS_CHILDREN:
        for carer in kin.graph.parents(kin.subject, [kind]):
            if kin.pid in kin.graph.children(carer, counted):
                return Label(text)
    return None


def _step_sibling(kin: _Kin) -> Label | None:
    """A child of a parent's current partner (not of a parent of the child's)."""
    for parent in kin.parents:
        for partner, ended in _couple_partners(kin.graph, parent):
            if (
                not ended
                and partner not in kin.parents
                and kin.pid in kin.graph.children(partner, ["birth", "adoptive"])
            ):
                return Label("Step-sibling")
    return None


def _aunt_or_uncle(kin: _Kin) -> Label | None:
    for parent, prefix in kin.sides():
        if kin.pid in _parents_siblings(kin.graph, parent):
            return Label(cap(prefix + kin.word("aunt", "uncle", "aunt or uncle")))
    return None


def _cousin(kin: _Kin) -> Label | None:
    for parent in kin.parents:
        aunts = _parents_siblings(kin.graph, parent)
        if any(kin.pid in kin.graph.children(a, ["birth", "adoptive"]) for a in aunts):
            return Label("Cousin")
    return None


def _niece_or_nephew(kin: _Kin) -> Label | None:
    siblings = set(kin.graph.children_of_any(kin.parents)) - {kin.subject}
    if kin.pid in kin.graph.children_of_any(siblings):
        return Label(kin.word("Niece", "Nephew", "Niece or nephew"))
    return None


def _parents_siblings(graph: FamilyGraph, parent: str) -> set[str]:
    return set(graph.children_of_any(graph.parents(parent))) - {parent}


_DIRECT: tuple[Callable[[_Kin], Label | None], ...] = (
    _parent,
    _grandparent,
    _step_grandparent,
    _parents_partner,
    _sibling,
    _child,
    _carers_child,
    _step_sibling,
    _aunt_or_uncle,
    _cousin,
    _niece_or_nephew,
)


def relations_via(graph: FamilyGraph, pid: str, anchor: str) -> list[str]:
    """How `pid` relates to `anchor` in one step ("father", "former partner", "sister",
    "sister-in-law"), every true reading, the nearest first."""
    sex = graph.people[pid].sex
    found: list[str] = []
    partners = _couple_partners(graph, anchor)
    for partner, ended in partners:
        if partner == pid:
            found.append("former partner" if ended else "partner")
    if pid in graph.parents(anchor):
        found.append(_g(sex, "mother", "father", "parent"))
    if pid in graph.parents(anchor, ["adoptive"]):
        found.append(_g(sex, "adoptive mother", "adoptive father", "adoptive parent"))
    if pid in graph.step_parents(anchor):
        found.append(_g(sex, "stepmother", "stepfather", "step-parent"))
    if pid in graph.parents(anchor, ["foster"]):
        found.append("foster carer")
    if pid in graph.children(anchor, ["birth", "adoptive"]):
        found.append(_g(sex, "daughter", "son", "child"))
    if pid in graph.children(anchor, ["foster"]):
        found.append(_g(sex, "foster daughter", "foster son", "foster child"))
    siblings = set(graph.children_of_any(graph.parents(anchor))) - {anchor}
    if pid in siblings:
        found.append(_g(sex, "sister", "brother", "sibling"))
    if anchor in graph.step_parents(pid):
        found.append(_g(sex, "stepdaughter", "stepson", "stepchild"))
    in_law = _g(sex, "sister-in-law", "brother-in-law", "sibling-in-law")
    if any(pid in [p for p, _ in _couple_partners(graph, s)] for s in siblings):
        found.append(in_law)
    for partner, _ in partners:
        if pid in set(graph.children_of_any(graph.parents(partner))) - {partner}:
            found.append(in_law)
        if pid in graph.parents(partner):
            found.append(_g(sex, "mother-in-law", "father-in-law", "parent-in-law"))
    return found


def compress(anchor_label: str, relation: str) -> str:
    """'Half-sibling 1's father' + 'mother' -> "Half-sibling 1's paternal grandmother";
    'Mother' + 'sister' -> 'Maternal aunt'."""
    top = {"Mother": "Maternal", "Father": "Paternal"}
    if anchor_label in top:
        kin = {
            "mother": "grandmother",
            "father": "grandfather",
            "parent": "grandparent",
            "sister": "aunt",
            "brother": "uncle",
            "sibling": "aunt or uncle",
            "stepmother": "step-grandmother",
            "stepfather": "step-grandfather",
            "step-parent": "step-grandparent",
            "grandmother": "great-grandmother",
            "grandfather": "great-grandfather",
            "grandparent": "great-grandparent",
        }
        if relation in kin:
            return f"{top[anchor_label]} {kin[relation]}"
    match = re.fullmatch(r"(.+)'s (mother|father)", anchor_label)
    words = {"mother": "grandmother", "father": "grandfather", "parent": "grandparent"}
    if match and relation in words:
        side = "maternal" if match[2] == "mother" else "paternal"
        return f"{match[1]}'s {side} {words[relation]}"
    return f"{anchor_label}'s {relation}"
