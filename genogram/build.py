"""From a family to a finished genogram: the one place the stages are put together.

read (family.py) -> model (model.py) -> pseudonyms -> labels -> layout -> scene -> exports.
Pseudonyms are always worked out on the whole family, so the same person has the same
pseudonym in a full view and in any `--as-at` view.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from chronology.dates import format_uk
from genogram.family import Family
from genogram.labels import Label, person_labels
from genogram.layout import Layout, layout_family
from genogram.model import FamilyGraph, family_at
from genogram.primitives import Scene
from genogram.pseudonyms import assign_pseudonyms, pseudonymous_ids
from genogram.scene import TITLE_HEIGHT, SceneText, build_scene, fit_lanes
from genogram.style import Style, load_style


@dataclass
class Genogram:
    """Everything the exports need. `refs` are the ids written out (pseudonymous when
    anonymised); `households` maps the written household id to its members."""

    graph: FamilyGraph
    layout: Layout
    scene: Scene
    labels: dict[str, Label]
    pseudonyms: dict[str, str]
    refs: dict[str, str]
    households: dict[str, list[str]]
    anonymise: bool
    as_at: dt.date | None
    today: dt.date

    def when(self) -> str:
        """The date the picture describes, as it may be shown: month and year in figures if
        anonymised (a month's name can also be someone's name: April, May, Jan)."""
        moment = self.as_at or self.today
        return moment.strftime("%m/%Y") if self.anonymise else moment.strftime("%d/%m/%Y")


def build_genogram(
    family: Family,
    *,
    subject: str | None = None,
    as_at: dt.date | None = None,
    anonymise: bool = False,
    today: dt.date | None = None,
    style: Style | None = None,
) -> Genogram:
    """Build the genogram of `family` (as it stood on `as_at`, if given)."""
    style = style or load_style()
    today = today or dt.date.today()
    whole = FamilyGraph(family, subject, today=today)
    pseudonyms = assign_pseudonyms(whole)
    view = family_at(family, as_at, subject) if as_at is not None else family
    graph = FamilyGraph(view, subject, as_at=as_at, today=today)
    refs = pseudonymous_ids(pseudonyms) if anonymise else {pid: pid for pid in family.people}
    refs = {pid: refs[pid] for pid in graph.people}
    labels = person_labels(graph, pseudonyms, anonymise, style)
    sizes = {pid: label.size(style) for pid, label in labels.items()}
    layout = fit_lanes(graph, layout_family(graph, sizes, style, top=TITLE_HEIGHT), style)
    households = _households(graph, as_at, anonymise)
    genogram = Genogram(
        graph=graph,
        layout=layout,
        scene=Scene(0, 0),  # drawn below, once the hover texts can read the genogram
        labels=labels,
        pseudonyms=pseudonyms,
        refs=refs,
        households=households,
        anonymise=anonymise,
        as_at=as_at,
        today=today,
    )
    words = SceneText(
        refs=refs,
        labels=labels,
        hovers={pid: _hover(genogram, pid) for pid in graph.people},
        title="Genogram",
        subtitle=_subtitle(genogram),
    )
    genogram.scene = build_scene(graph, layout, words, households, style)
    return genogram


def _households(graph: FamilyGraph, as_at: dt.date | None, anonymise: bool) -> dict[str, list[str]]:
    found = graph.households(as_at)
    if not anonymise:
        return found
    # Household ids may be addresses: number them, the subject's household first.
    order = sorted(
        found,
        key=lambda h: (graph.subject not in found[h], min(graph.people[p].row for p in found[h])),
    )
    return {f"Household {n}": found[h] for n, h in enumerate(order, start=1)}


def _subtitle(genogram: Genogram) -> str:
    graph = genogram.graph
    if genogram.anonymise:
        who = genogram.pseudonyms[graph.subject]
        extra = "anonymised"
    else:
        person = graph.people[graph.subject]
        who = f"{person.name or person.person_id} ({person.person_id})"
        extra = ""
    when = f"as at {genogram.when()}" if genogram.as_at else f"ages at {genogram.when()}"
    parts = [f"Subject child: {who}", when, extra]
    return " · ".join(p for p in parts if p)


def _hover(genogram: Genogram, pid: str) -> tuple[str, ...]:
    graph = genogram.graph
    person = graph.people[pid]
    age = graph.age(pid)
    deceased = graph.is_deceased(pid)
    age_text = ""
    if age is not None:
        age_text = f"{'Age at death' if age.at_death else 'Age'} {age.text()}"
    if genogram.anonymise:
        lines = [genogram.pseudonyms[pid], age_text, "Deceased" if deceased else ""]
        return tuple(line for line in lines if line)
    lines = [
        person.name or "(name not known)",
        f"Role: {person.role}" if person.role else "",
        f"Id: {pid}",
        age_text,
        f"Born {format_uk(person.birth)}" if person.birth else "",
        f"Died {format_uk(person.death)}" if person.death and deceased else "",
        "Deceased" if deceased and not person.death else "",
        f"Household: {person.household}" if person.household else "",
        f"Also known as: {', '.join(person.aliases)}" if person.aliases else "",
        f"Ethnicity: {person.ethnicity}" if person.ethnicity else "",
        f"Notes: {person.notes}" if person.notes else "",
    ]
    return tuple(line for line in lines if line)
