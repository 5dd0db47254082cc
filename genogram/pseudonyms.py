"""Role-based pseudonyms: Child A, Sibling 1, Mother, Mother's former partner, Half-sibling 1's
father, Maternal step-grandfather, Adult 1 ...

A pseudonym must be true: it names the person's relationship to the subject child. Two readings
are made of everyone and compared:

- the family tree (`FamilyGraph`): parents, grandparents (great-, step-), siblings (half-,
  step-), aunts and uncles, cousins, parents' partners (current or former), and anyone else as
  "X of Y" through the nearest person already named ("Half-sibling 1's father", "Half-sibling
  1's paternal grandmother", "Mother's former partner's mother");
- the workbook's `role` column, read as the same kind of phrase ("Father of half-sibling",
  "Mum's ex", "Step-grandad (maternal)", "Great-Nan").

When they agree the tree's label is used (it is the more specific: it knows the side and which
half-sibling); when they disagree the workbook's role wins and the disagreement is reported
(`pseudonym_details(...).disagreements`). A role the reader cannot parse falls back to the
scheme in `rules/pseudonyms.toml` (shared with the anonymisation of chronologies).

Numbers and letters follow birth order, never names, and are worked out on the whole family, so
a person keeps the same pseudonym in every view; a label is numbered only where the scheme
always numbers it (Sibling 1) or two people would share it.

The tree's reading is `genogram.kinship`, the role's `genogram.role_phrases`; this module
compares them, numbers the labels and gives everyone theirs.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from genogram.family import Family
from genogram.kinship import Label, compress, direct_label, relations_via
from genogram.model import FamilyGraph
from genogram.role_phrases import is_kin_word, role_label
from genogram.roles import PseudonymScheme, load_scheme

__all__ = [
    "Pseudonyms",
    "assign_pseudonyms",
    "disagreement_note",
    "is_kin_word",
    "labels_agree",
    "pseudonym_details",
    "pseudonymous_id",
    "pseudonymous_ids",
    "role_label",
]


@dataclass
class Pseudonyms:
    """Person id -> label, and where the workbook's role and the family tree disagreed."""

    labels: dict[str, str]
    disagreements: list[str] = field(default_factory=list)
    model: dict[str, str] = field(default_factory=dict)  # the tree's reading, for checks


def disagreement_note(family: Family, anonymised: bool) -> str:
    """Where a pseudonym follows the workbook's role although the family tree reads the
    person otherwise (as the redaction report and `cspr genogram` say): in full for those who
    see names, as a count otherwise (the lines name workbook ids)."""
    found = pseudonym_details(FamilyGraph(family)).disagreements
    if not found:
        return ""
    if anonymised:
        return (
            f" {len(found)} pseudonym(s) follow the workbook's role where the family tree reads "
            "the person otherwise; a lead reviewer sees which."
        )
    return " Check: " + " ".join(f"{line}." for line in found)


def assign_pseudonyms(graph: FamilyGraph, scheme: PseudonymScheme | None = None) -> dict[str, str]:
    """Person id -> pseudonym for everyone in the graph (build it from the whole family)."""
    return pseudonym_details(graph, scheme).labels


def _plain(label: str) -> str:
    """A label without numbers, in lower case: what two readings are compared on."""
    return re.sub(r" \d+\b", "", label).lower().strip()


class _Remembered:
    """The family graph with its look-ups remembered: labelling asks the same questions
    (parents, partners, children) thousands of times, and the graph does not change meanwhile.
    150 people took 5 s without this."""

    _ASKED = frozenset(
        {"parents", "children", "step_parents", "partners", "children_of_any", "status"}
    )

    def __init__(self, graph: FamilyGraph) -> None:
        self._graph = graph
        self._answers: dict[tuple[object, ...], object] = {}

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._graph, name)
        if name not in self._ASKED:
            return found

        def remembered(*args: Any) -> Any:
            key = (name, *(_hashable(a) for a in args))
            if key not in self._answers:
                self._answers[key] = found(*args)
            return self._answers[key]

        return remembered


def _hashable(value: object) -> object:
    if isinstance(value, list | tuple):  # order kept: an answer may follow it
        return (type(value).__name__, tuple(value))
    if isinstance(value, set | frozenset):
        return (type(value).__name__, tuple(sorted(map(str, value))))
    return value if isinstance(value, str | int | None) else id(value)


def pseudonym_details(graph: FamilyGraph, scheme: PseudonymScheme | None = None) -> Pseudonyms:
    """Labels for everyone, the tree's own reading, and the disagreements with the workbook."""
    graph = _Remembered(graph)  # type: ignore[assignment]
    labeller = _Labeller(graph, scheme or load_scheme())
    pending = [pid for pid in labeller.order if pid not in labeller.labelled]
    while pending:
        labeller.label(labeller.ready(pending))
        pending = [pid for pid in pending if pid not in labeller.labelled]
    labels = {pid: labeller.labelled[pid] for pid in graph.people}
    return Pseudonyms(labels, labeller.disagreements, labeller.tree_text)


class _Labeller:
    """The labels given so far, in rounds: the subject children first, then whoever the tree
    can name from those already named (so "X's father" waits for X)."""

    def __init__(self, graph: FamilyGraph, scheme: PseudonymScheme) -> None:
        self.graph = graph
        self.scheme = scheme
        self.order = sorted(graph.people, key=graph.birth_key)
        self.labelled: dict[str, str] = {}
        letters = iter(scheme.subject_letters)
        for pid in graph.subjects:
            self.labelled[pid] = f"{scheme.subject_label} {next(letters, '?')}"
        self.subject_label = self.labelled[graph.subject]
        self.model = {
            pid: found
            for pid in self.order
            if pid not in self.labelled and (found := direct_label(graph, pid))
        }
        self.disagreements: list[str] = []
        self.tree_text: dict[str, str] = {}

    def resolve(self, label: Label) -> str:
        text = label.text.replace("{subject}", self.subject_label)
        return text if label.anchor is None else compress(self.labelled[label.anchor], text)

    def readings(self, pid: str) -> list[str]:
        """Every "X's relation" label through someone already named."""
        found = []
        for anchor in list(self.labelled):
            for relation in relations_via(self.graph, pid, anchor):
                found.append(compress(self.labelled[anchor], relation))
        return found

    def ready(self, pending: list[str]) -> dict[str, str]:
        """The tree's label for whoever can be named this round: a relationship to the child
        whose anchor is named; failing that, the first reading through someone named; failing
        that, everyone left, with no reading ("")."""
        ready: dict[str, str] = {}
        for pid in pending:
            direct = self.model.get(pid)
            if direct is not None and (direct.anchor is None or direct.anchor in self.labelled):
                ready[pid] = self.resolve(direct)
        if not ready:
            for pid in pending:
                if pid in self.model:
                    continue
                read = self.readings(pid)
                if read:
                    ready[pid] = read[0]
        return ready or dict.fromkeys(pending, "")

    def label(self, ready: dict[str, str]) -> None:
        """Give this round's people their labels: a pseudonym from the workbook as it is,
        anyone else the chosen base label, numbered."""
        bases: dict[str, tuple[str, bool]] = {}
        fixed: dict[str, str] = {}
        for pid, tree in ready.items():
            if tree:
                self.tree_text[pid] = tree
            person = self.graph.people[pid]
            if person.pseudonym:
                fixed[pid] = person.pseudonym
                continue
            bases[pid] = self.choose(pid, tree)
        _number(self.order, bases, self.labelled, fixed)

    def choose(self, pid: str, tree: str) -> tuple[str, bool]:
        """The base label (before numbering): the tree's when it agrees with the workbook's role,
        else the role's (reported); a role the reader cannot parse goes through the scheme."""
        person = self.graph.people[pid]
        role = person.role.strip()
        said = role_label(role, person.sex) if role else None
        if said is not None:
            said = said.replace("{subject}", self.subject_label)
        elif role:
            rule = self.scheme.rule_for(role)
            said = rule.label if rule is not None else None
        if not said:
            if tree:
                return tree, _numbered(tree, self.scheme)
            adult = self.graph.is_adult(pid, self.graph.reference_date)
            return (self.scheme.adult_label if adult else self.scheme.child_label, True)
        if not tree:
            return said, _numbered(said, self.scheme)
        for reading in [tree, *self.readings(pid)]:
            use = _agrees(said, reading)
            if use is not None:
                label = reading if use == "tree" else said
                return label, _numbered(label, self.scheme)
        # The workbook wins; an anchor it leaves unnumbered ("Half-sibling's father") gets the
        # number of the person the tree finds there.
        for reading in self.readings(pid):
            if "'s " in said and _plain(reading) == _plain(said):
                said = reading
        self.disagreements.append(
            f"{pid}: the workbook's role '{role}' reads as '{said}' but the family tree makes this "
            f"person '{tree}'; the workbook's role is used"
        )
        return said, _numbered(said, self.scheme)


_EQUIVALENT = (
    (re.compile(r"\b(?:stepfather|stepmother|step-parent)$"), "parent's partner"),
    (re.compile(r"\b(?:mother|father|parent)'s partner$"), "parent's partner"),
    (re.compile(r"\bgrand(?:mother|father|parent)'s partner$"), "step-grandparent"),
    (re.compile(r"\bstep-grand(?:mother|father|parent)$"), "step-grandparent"),
)


def labels_agree(said: str, label: str) -> bool:
    """True when a relationship named in text ("Great-grandmother", "Grandfather") fits a
    pseudonym ("Maternal great-grandmother 1", "Paternal grandfather")."""
    return _agrees(said, label) is not None


def _agrees(said: str, tree: str) -> str | None:
    """'tree' when the role and the tree's reading say the same (the tree's label is used: it
    knows the side and the numbers), 'said' when they are two names for one relationship
    ("Stepfather", "Mother's partner": the workbook's is used), else None."""
    said_text, tree_text = _plain(said), _plain(tree)
    unsided = re.sub(r"\b(?:maternal|paternal) ", "", tree_text)
    if said_text in (tree_text, unsided):
        return "tree"
    for pattern, common in _EQUIVALENT:
        said_text = pattern.sub(common, said_text)
        tree_text = pattern.sub(common, tree_text)
        unsided = pattern.sub(common, unsided)
    if said_text in (tree_text, unsided):
        # "Nan's partner" is the tree's "Maternal step-grandfather" (which knows the side);
        # "Stepfather" and "Mother's partner" are both the family's words: the workbook's.
        return "tree" if "step-grandparent" in said_text else "said"
    return None


_NUMBERED = re.compile(
    r"^(?:sibling|half-sibling|step-sibling|foster sibling|adoptive sibling|foster carer|cousin|"
    r"niece|nephew|niece or nephew|child of child [a-z]|special guardian|adult|other child|"
    r"(?:(?:maternal|paternal) )?(?:great-)+grand(?:mother|father|parent)|"
    r"(?:(?:maternal|paternal) )?(?:great-)*(?:aunt|uncle|aunt or uncle))$"
)


def _numbered(label: str, scheme: PseudonymScheme) -> bool:
    if _NUMBERED.match(_plain(label)):
        return True
    rule = scheme.rule_for(label)
    return bool(rule and rule.label == label and rule.numbered)


def _number(
    order: list[str],
    bases: dict[str, tuple[str, bool]],
    labelled: dict[str, str],
    fixed: dict[str, str],
) -> None:
    for pid, label in fixed.items():
        labelled.setdefault(pid, label)
    counts = Counter(base for base, _ in bases.values())
    taken = set(labelled.values())
    numbers: Counter[str] = Counter()
    for used in taken:
        match = re.fullmatch(r"(.+) (\d+)", used)
        if match:
            numbers[match[1]] = max(numbers[match[1]], int(match[2]))
    for pid in order:
        if pid not in bases:
            continue
        base, numbered = bases[pid]
        if not numbered and counts[base] == 1 and base not in taken:
            labelled[pid] = base
            taken.add(base)
            continue
        numbers[base] += 1
        label = f"{base} {numbers[base]}"
        while label in taken:
            numbers[base] += 1
            label = f"{base} {numbers[base]}"
        labelled[pid] = label
        taken.add(label)


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
