"""Agency labels in anonymised outputs, one rule for the screen and the files.

An agency is a service, never a person, so its name stays, with two exceptions. A name no
person confirmed (taken from a file name such as "Doyle.csv", or unknown to the agency rules)
may be anything, a family's surname included: it is shown as a neutral "Agency 1" until a
person chooses the agency. And a named school, nursery, GP practice or hospital can locate a
family ("Ridgeway Surgery"): it is shown as its kind ("GP"), from `named_identifies` in
chronology/rules/agencies.toml.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from chronology.agencies import aliases, known_organisation, organisations, sectors
from chronology.integrate import Integration, PossibleDuplicate
from chronology.pipeline import MergeRun
from chronology.schema import Event

NEUTRAL_AGENCY = "Agency {}"


def known_agencies() -> frozenset[str]:
    """The canonical names of the agencies rules: organisations and sectors, never a person."""
    return frozenset(aliases().values()) | frozenset(sectors())


def agency_labels(
    agencies: Iterable[str],
    chosen: Iterable[str] = (),
    redact: Callable[[str], str] | None = None,
) -> dict[str, str]:
    """Each agency's anonymised label: a known organisation as itself; one a person chose as
    written (through `redact`, which replaces any person's name inside it), or as its kind
    when its own name identifies; any other "Agency N", numbered in the order given (first
    appearance, not alphabetical, so the number says nothing about the hidden name)."""
    picked = {" ".join(a.split()) for a in chosen if a and a.strip()}
    known = known_agencies()
    labels: dict[str, str] = {}
    number = 0
    for agency in agencies:
        if agency in labels:
            continue
        if agency in known:
            labels[agency] = agency
        elif agency in picked:
            kind = known_organisation(agency)
            if kind is not None and organisations()[kind].named_identifies:
                labels[agency] = kind
            else:
                labels[agency] = redact(agency) if redact is not None else agency
        else:
            number += 1
            labels[agency] = NEUTRAL_AGENCY.format(number)
    return labels


def run_agency_labels(run: MergeRun, redact: Callable[[str], str] | None = None) -> dict[str, str]:
    """The labels of a merge's agencies; chosen are those given by a person (`--agency`, the
    upload page), as the reading of each file records."""
    order = dict.fromkeys(a for e in run.integration.events for a in e.agencies)
    order.update(dict.fromkeys(r.agency for r in run.results))
    chosen = [r.agency for r in run.results if r.agency_source == "given"]
    return agency_labels(order, chosen, redact)


def relabelled(run: MergeRun, labels: dict[str, str]) -> MergeRun:
    """The run with every agency under its label, in every place a name is kept (each file's
    reading, each source row, each merged event and each possible duplicate)."""
    changed = {real: shown for real, shown in labels.items() if real != shown}
    if not changed:
        return run
    done: dict[int, Event] = {}

    def event(source: Event) -> Event:
        if id(source) not in done:
            done[id(source)] = replace(source, agency=changed.get(source.agency, source.agency))
        return done[id(source)]

    results = [
        replace(r, agency=changed.get(r.agency, r.agency), events=[event(e) for e in r.events])
        for r in run.results
    ]
    old = run.integration
    integration = Integration(
        [
            replace(
                e,
                agencies=tuple(dict.fromkeys(changed.get(a, a) for a in e.agencies)),
                sources=tuple(event(s) for s in e.sources),
            )
            for e in old.events
        ],
        [
            PossibleDuplicate(
                p.first,
                p.second,
                p.score,
                p.reasons,
                event(p.first_source),
                event(p.second_source),
            )
            for p in old.possible
        ],
        old.event_of_source,
        old.notes,
        old.compared_pairs,
    )
    return MergeRun(results, integration, run.written, run.notes)
