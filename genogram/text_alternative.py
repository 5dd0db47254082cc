"""The genogram in words, for people who cannot see the drawing (a screen reader hears only
pictures' names) and for anyone who wants it as a list: every person with the label drawn
under their symbol, their role, age at the date drawn, household and what their symbol says;
every couple, set of children, twins and emotional or abusive relationship; and the key.

It is read from a finished `Genogram`, so it says what the drawing shows and never more: an
anonymised genogram's text has the same pseudonyms as its drawing, no name, no workbook role
(the pseudonym is the role's word) and no date finer than the month.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from genogram.build import Genogram
from genogram.legend import ORDER
from genogram.primitives import Text
from genogram.style import Style, load_style

SEX_WORDS = {"M": "male", "F": "female"}
CHILD_WORDS = {"birth": "birth", "adoptive": "adopted", "foster": "foster"}
# Relationships drawn with an arrow towards the person harmed (person_b).
DIRECTED = ("violence", "abuse")


@dataclass(frozen=True)
class PersonText:
    ref: str  # the id the drawing writes for them (pseudonymous when anonymised)
    label: str  # the name line(s) drawn under the symbol, as drawn (a pseudonym if anonymised)
    details: tuple[str, ...]  # the label's other lines as drawn (role, dates); none anonymised
    role: str  # from the workbook; "" when anonymised (the pseudonym says the role)
    sex: str  # male | female | sex unknown or other
    age: str  # at the date drawn: "34", "c.34", "died aged 40", "not known"
    household: str  # "" when not recorded as living in one at that date
    notes: tuple[str, ...]  # "subject child", "deceased"
    row: int  # the drawing's row, 1 at the top


@dataclass(frozen=True)
class GenogramText:
    when: str  # "as at 31/03/2021", "as at 03/2021", "ages at 06/12/2026"
    people: tuple[PersonText, ...]  # in drawing order: top row first, left to right
    couples: tuple[str, ...]
    children: tuple[str, ...]
    other_relationships: tuple[str, ...]  # twins, close, conflict, violence, abuse, cut off...
    households: tuple[tuple[str, tuple[str, ...]], ...]  # household, its members' labels
    key: tuple[str, ...]  # the key's words, as drawn

    def lines(self) -> list[str]:
        """The whole text as plain lines (for tests and a plain-text export)."""
        out = [f"Genogram, {self.when}.", "People:"]
        for person in self.people:
            age = person.age if person.age.startswith("died") else f"age {person.age}"
            facts = [person.role, person.sex, age, person.household, *person.notes]
            out.append(f"- {person.label}: " + ", ".join(f for f in facts if f))
        for title, items in (
            ("Couples", self.couples),
            ("Children", self.children),
            ("Other relationships", self.other_relationships),
        ):
            if items:
                out += [f"{title}:", *(f"- {item}" for item in items)]
        if self.households:
            out.append("Households:")
            out += [f"- {name}: {', '.join(members)}" for name, members in self.households]
        return [*out, "Key:", *(f"- {item}" for item in self.key)]


def genogram_text(genogram: Genogram, style: Style | None = None) -> GenogramText:
    style = style or load_style()
    graph, layout = genogram.graph, genogram.layout
    drawn = [pid for pid in graph.people if pid in layout.people]
    drawn.sort(key=lambda pid: (layout.people[pid].generation, layout.people[pid].x))
    rows = sorted({layout.people[pid].generation for pid in drawn})
    label = {pid: name_of(genogram, pid) for pid in drawn}
    household_of = {
        pid: household_words(name, genogram.anonymise)
        for name, members in genogram.households.items()
        for pid in members
    }
    people = []
    for pid in drawn:
        person = graph.people[pid]
        lines = genogram.labels[pid].lines
        details = () if genogram.anonymise else lines[genogram.labels[pid].bold :]
        notes: tuple[str, ...] = ("subject child",) if pid in graph.subjects else ()
        if graph.is_deceased(pid):
            notes += ("deceased",)
        people.append(
            PersonText(
                ref=genogram.refs[pid],
                label=label[pid],
                details=tuple(details),
                role="" if genogram.anonymise else person.role,
                sex=SEX_WORDS.get(person.sex, "sex unknown or other"),
                age=age_words(genogram, pid),
                household=household_of.get(pid, ""),
                notes=notes,
                row=rows.index(layout.people[pid].generation) + 1,
            )
        )
    when = f"as at {genogram.when()}" if genogram.as_at else f"ages at {genogram.when()}"
    return GenogramText(
        when=when,
        people=tuple(people),
        couples=tuple(couples(genogram, label, style)),
        children=tuple(children(genogram, label)),
        other_relationships=tuple(others(genogram, label, style)),
        households=tuple(households(genogram, label)),
        key=tuple(key_words(genogram, style)),
    )


def name_of(genogram: Genogram, pid: str) -> str:
    """The name as drawn under the symbol: its bold lines, joined (a pseudonym if anonymised)."""
    label = genogram.labels[pid]
    return " ".join(label.lines[: label.bold]).strip() or genogram.refs[pid]


def age_words(genogram: Genogram, pid: str) -> str:
    age = genogram.graph.age(pid)
    if age is None:
        return "not known"
    return f"died aged {age.text()}" if age.at_death else age.text()


def household_words(name: str, anonymised: bool) -> str:
    """A household as a person reads it: "H1" -> "Household 1" (anonymised names are numbered
    already: "Household 1")."""
    if anonymised:
        return name
    found = re.fullmatch(r"[Hh](\d+)", name.strip())
    return f"Household {found.group(1)}" if found else f"Household {name.strip()}"


def households(genogram: Genogram, label: dict[str, str]) -> list[tuple[str, tuple[str, ...]]]:
    """Each household at the date drawn with the labels of its members who are drawn."""
    found = []
    for name, members in genogram.households.items():
        shown = tuple(label[p] for p in members if p in label)
        if shown:
            found.append((household_words(name, genogram.anonymise), shown))
    return found


def _both(label: dict[str, str], partners: Iterable[str]) -> str:
    names = [label[p] for p in partners]
    return " and ".join(names)


def couples(genogram: Genogram, label: dict[str, str], style: Style) -> list[str]:
    graph = genogram.graph
    found = []
    for union in sorted(graph.unions.values(), key=graph.union_key):
        if union.single or not all(p in label for p in union.partners):
            continue
        status = graph.status(union)
        words = style.legend_text(status.line)
        if status.ended in ("separated", "divorced"):
            words += f", then {style.legend_text(status.ended).lower()}"
        elif status.ended == "widowed":
            words += ", until one of them died"
        found.append(f"{_both(label, union.partners)}: {words}")
    return found


def children(genogram: Genogram, label: dict[str, str]) -> list[str]:
    graph = genogram.graph
    found = []
    for union in sorted(graph.unions.values(), key=graph.union_key):
        kids = [(c, kind) for c, kind in union.children if c in label]
        parents = [p for p in union.partners if p in label]
        if not kids or not parents:
            continue
        listed = ", ".join(f"{label[c]} ({CHILD_WORDS.get(kind, kind)})" for c, kind in kids)
        found.append(f"Children of {_both(label, parents)}: {listed}")
    return found


def others(genogram: Genogram, label: dict[str, str], style: Style) -> list[str]:
    graph = genogram.graph
    found = []
    for members in graph.twin_sets:
        twins = [m for m in members if m in label]
        if len(twins) > 1:
            kind = "Identical twins" if frozenset(twins[:2]) in graph.identical_twins else "Twins"
            found.append(f"{kind}: {_both(label, twins)}")
    for rel in graph.overlays():
        if rel.person_a not in label or rel.person_b not in label:
            continue
        words = style.legend_text(rel.type).split(" (")[0]
        if rel.type in DIRECTED:
            found.append(f"{words}: from {label[rel.person_a]} towards {label[rel.person_b]}")
        else:
            found.append(f"{words}: {label[rel.person_a]} and {label[rel.person_b]}")
    return found


def key_words(genogram: Genogram, style: Style) -> list[str]:
    """The key's entries in the drawing's order, read from what the drawing wrote in it."""
    left = genogram.layout.width  # the key is drawn to the right of the family
    written = {
        item.text
        for item in genogram.scene.items
        if isinstance(item, Text) and item.anchor == "start" and item.x > left
    }
    return [style.legend_text(k) for k in ORDER if style.legend_text(k) in written]
