"""Role-based pseudonyms: Child A, Sibling 1, Mother, Mother's partner, Adult 1 ...

Labels come from the scheme in `rules/pseudonyms.toml` (shared with the anonymisation of
chronologies). Numbers and letters follow birth order, never names, and are worked out on the
whole family, so a person keeps the same pseudonym in every view (an `--as-at` genogram that
leaves out a younger sibling does not renumber the others).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from genogram.model import FamilyGraph
from genogram.roles import PseudonymScheme, load_scheme


def assign_pseudonyms(graph: FamilyGraph, scheme: PseudonymScheme | None = None) -> dict[str, str]:
    """Person id -> pseudonym for everyone in the graph (build it from the whole family)."""
    scheme = scheme or load_scheme()
    order = sorted(graph.people, key=graph.birth_key)
    labels: dict[str, str] = {}
    letters = iter(scheme.subject_letters)
    for pid in graph.subjects:
        labels[pid] = f"{scheme.subject_label} {next(letters, '?')}"
    bases: dict[str, tuple[str, bool]] = {}
    for pid in order:
        if pid in labels:
            continue
        person = graph.people[pid]
        if person.pseudonym:
            labels[pid] = person.pseudonym
            continue
        rule = scheme.rule_for(person.role)
        if rule is None:
            relation = graph.relationship_to(pid)
            rule = scheme.rule_for(relation) if relation else None
        if rule is not None:
            bases[pid] = (rule.label, rule.numbered)
        else:
            adult = graph.is_adult(pid, graph.reference_date)
            bases[pid] = (scheme.adult_label if adult else scheme.child_label, True)
    counts = Counter(base for base, _ in bases.values())
    taken = set(labels.values())
    numbers: Counter[str] = Counter()
    for pid in order:
        if pid not in bases:
            continue
        base, numbered = bases[pid]
        if not numbered and counts[base] == 1 and base not in taken:
            labels[pid] = base
            continue
        numbers[base] += 1
        label = f"{base} {numbers[base]}"
        while label in taken:
            numbers[base] += 1
            label = f"{base} {numbers[base]}"
        labels[pid] = label
        taken.add(label)
    return {pid: labels[pid] for pid in graph.people}


def pseudonymous_id(label: str) -> str:
    """A stable id from a pseudonym (`Mother's partner` -> `mothers-partner`)."""
    text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text.replace("'", "")).strip("-") or "person"


def pseudonymous_ids(labels: dict[str, str]) -> dict[str, str]:
    """Person id -> unique pseudonymous id (never the workbook id, which may carry initials)."""
    result: dict[str, str] = {}
    used: set[str] = set()
    for pid, label in labels.items():
        base = pseudonymous_id(label)
        candidate, number = base, 1
        while candidate in used:
            number += 1
            candidate = f"{base}-{number}"
        used.add(candidate)
        result[pid] = candidate
    return result
