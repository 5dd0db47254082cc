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
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from genogram.family import Family
from genogram.model import FamilyGraph
from genogram.roles import PseudonymScheme, load_scheme

_SIDES = ("maternal", "paternal")


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


# ---------------------------------------------------------------------- the family tree
def _g(sex: str, female: str, male: str, other: str) -> str:
    return {"F": female, "M": male}.get(sex, other)


def _side(sex: str) -> str:
    return {"F": "maternal", "M": "paternal"}.get(sex, "")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


@dataclass
class _Label:
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


def _direct(graph: FamilyGraph, pid: str) -> _Label | None:
    """The relationship to the subject child when it has a name of its own."""
    subject = graph.subject
    sex = graph.people[pid].sex
    parents = graph.parents(subject)
    if pid in parents:
        return _Label(_g(sex, "Mother", "Father", "Parent"))
    if pid in graph.parents(subject, ["adoptive"]):
        return _Label(_g(sex, "Adoptive mother", "Adoptive father", "Adoptive parent"))
    if pid in graph.parents(subject, ["foster"]):
        return _Label("Foster carer")
    if pid in graph.step_parents(subject):
        return _Label(_g(sex, "Stepmother", "Stepfather", "Step-parent"))
    word = _g(sex, "mother", "father", "parent")
    for parent in parents:
        side = _side(graph.people[parent].sex)
        prefix = f"{side} " if side else ""
        grandparents = graph.parents(parent)
        if pid in grandparents:
            return _Label(_cap(f"{prefix}grand{word}"))
        greats = [g for gp in grandparents for g in graph.parents(gp)]
        if pid in greats:
            return _Label(_cap(f"{prefix}great-grand{word}"))
        if pid in [g for gp in greats for g in graph.parents(gp)]:
            return _Label(_cap(f"{prefix}great-great-grand{word}"))
    for parent in parents:
        side = _side(graph.people[parent].sex)
        prefix = f"{side} " if side else ""
        grandparents = graph.parents(parent)
        steps = set(graph.step_parents(parent))
        for grandparent in grandparents:
            steps |= {p for p, _ in _couple_partners(graph, grandparent)}
        if pid in steps - set(grandparents):
            return _Label(_cap(f"{prefix}step-grand{word}"))
    for parent in parents:
        for partner, ended in _couple_partners(graph, parent):
            if partner == pid:
                return _Label("former partner" if ended else "partner", anchor=parent)
    mine = set(parents)
    for other in graph.children_of_any(parents):
        if other == pid:
            theirs = set(graph.parents(other))
            return _Label("Sibling" if theirs == mine and len(mine) == 2 else "Half-sibling")
    if pid in graph.children(subject):
        return _Label(f"Child of {'{subject}'}")
    for carer in graph.parents(subject, ["adoptive"]):
        if pid in graph.children(carer, ["birth", "adoptive"]):
            return _Label("Adoptive sibling")
    for carer in graph.parents(subject, ["foster"]):
        if pid in graph.children(carer):
            return _Label("Foster sibling")
    for parent in parents:
        for partner, ended in _couple_partners(graph, parent):
            if (
                not ended
                and partner not in mine
                and pid in graph.children(partner, ["birth", "adoptive"])
            ):
                return _Label("Step-sibling")
    for parent in parents:
        side = _side(graph.people[parent].sex)
        prefix = f"{side} " if side else ""
        aunts = set(graph.children_of_any(graph.parents(parent))) - {parent}
        if pid in aunts:
            return _Label(_cap(prefix + _g(sex, "aunt", "uncle", "aunt or uncle")))
    for parent in parents:
        aunts = set(graph.children_of_any(graph.parents(parent))) - {parent}
        if any(pid in graph.children(a, ["birth", "adoptive"]) for a in aunts):
            return _Label("Cousin")
    siblings = set(graph.children_of_any(parents)) - {subject}
    if pid in graph.children_of_any(siblings):
        return _Label(_g(sex, "Niece", "Nephew", "Niece or nephew"))
    return None


def _via(graph: FamilyGraph, pid: str, anchor: str) -> list[str]:
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


def _compress(anchor_label: str, relation: str) -> str:
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


# ---------------------------------------------------------------------- the workbook's role
_BASE_WORDS = {
    "mother": "mother",
    "mum": "mother",
    "mom": "mother",
    "mam": "mother",
    "mummy": "mother",
    "mommy": "mother",
    "father": "father",
    "dad": "father",
    "daddy": "father",
    "parent": "parent",
    "grandmother": "grandmother",
    "nan": "grandmother",
    "nana": "grandmother",
    "nanna": "grandmother",
    "nanny": "grandmother",
    "gran": "grandmother",
    "granny": "grandmother",
    "grandma": "grandmother",
    "grandmum": "grandmother",
    "grandfather": "grandfather",
    "grandad": "grandfather",
    "granddad": "grandfather",
    "grandpa": "grandfather",
    "grampa": "grandfather",
    "gramps": "grandfather",
    "grandparent": "grandparent",
    "sibling": "sibling",
    "sib": "sibling",
    "brother": "brother",
    "sister": "sister",
    "aunt": "aunt",
    "auntie": "aunt",
    "aunty": "aunt",
    "uncle": "uncle",
    "cousin": "cousin",
    "niece": "niece",
    "nephew": "nephew",
    "son": "son",
    "daughter": "daughter",
    "child": "child",
    "partner": "partner",
    "boyfriend": "partner",
    "girlfriend": "partner",
    "husband": "partner",
    "wife": "partner",
    "fiance": "partner",
    "fiancee": "partner",
    "fella": "partner",
    "carer": "carer",
    "twin": "sibling",
}
_MODIFIERS = {
    "step": "step",
    "half": "half",
    "great": "great",
    "foster": "foster",
    "adoptive": "adoptive",
    "adopted": "adoptive",
    "former": "former",
    "ex": "former",
    "previous": "former",
    "maternal": "maternal",
    "paternal": "paternal",
}
_POSSESSIVE = {
    "mums": "mum",
    "moms": "mom",
    "mams": "mam",
    "mothers": "mother",
    "dads": "dad",
    "fathers": "father",
    "nans": "nan",
    "grans": "gran",
    "grandmothers": "grandmother",
    "grandfathers": "grandfather",
    "sisters": "sister",
    "brothers": "brother",
    "aunts": "aunt",
    "uncles": "uncle",
    "siblings": "sibling",
    "partners": "partner",
    "sibs": "sib",
}
_SUBJECT_WORDS = {"subject", "child a", "subject child", "index child", "the child", "child"}
_GRAND = {"grandmother", "grandfather", "grandparent"}


def _role_phrase(role: str) -> list[list[str]] | None:
    """The role as segments from the subject outwards: "Father of half-sibling" ->
    [["half", "sibling"], ["father"]]; None when it is not a relationship phrase."""
    text = unicodedata.normalize("NFKD", role).encode("ascii", "ignore").decode().lower()
    sides = re.findall(r"\((maternal|paternal)\)", text)
    text = re.sub(r"\((?:maternal|paternal)\)", " ", text)
    text = re.sub(r"\([^)]*\)", " ", text)
    text = text.replace("in-law", " inlaw ").replace("in law", " inlaw ")
    text = re.sub(r"\bstep(?=[a-z])", "step ", text)
    text = re.sub(r"\bgreat(?=[a-z])", "great ", text)
    text = re.sub(r"['’]s\b", " 's", text)
    text = re.sub(r"[^a-z' ]+", " ", text)
    words = text.split()
    if not words:
        return None
    # "X of Y" -> Y's X (the last "of" binds first: "mother of father of H" -> H's father's mother)
    segments_text: list[list[str]] = []
    for part in " ".join(words).split(" of "):
        segments_text.append(part.split())
    segments_text.reverse()
    segments: list[list[str]] = []
    for phrase in segments_text:
        current: list[str] = []
        for position, word in enumerate(phrase):
            if word == "'s":
                if current:
                    segments.append(current)
                current = []
                continue
            if word in _POSSESSIVE and position < len(phrase) - 1:
                current.append(_POSSESSIVE[word])
                segments.append(current)
                current = []
                continue
            current.append(word)
        if current:
            segments.append(current)
    if sides and segments:
        segments[-1] = [*sides, *segments[-1]]
    for segment in segments:
        if not any(w in _BASE_WORDS or w == "ex" for w in segment):
            if " ".join(segment) in _SUBJECT_WORDS:
                continue
            return None
    return segments


def _render(segment: list[str], first: bool, sex_hint: str) -> str | None:
    """One segment as a label part: ["maternal", "step", "grandad"] -> "maternal
    step-grandfather"; None when it holds no relationship word."""
    mods = [_MODIFIERS[w] for w in segment if w in _MODIFIERS]
    bases = [_BASE_WORDS[w] for w in segment if w in _BASE_WORDS]
    inlaw = "inlaw" in segment
    if not bases:
        if "former" in mods:
            bases = ["partner"]
        else:
            return None
    base = bases[-1]
    side = next((m for m in mods if m in _SIDES), "")
    greats = mods.count("great")
    step = "step" in mods
    prefix = f"{side} " if side else ""
    if base in ("mother", "father", "parent"):
        if "foster" in mods:
            word = "foster carer"
        elif "adoptive" in mods:
            word = f"adoptive {base}"
        elif step:
            word = {"mother": "stepmother", "father": "stepfather"}.get(base, "step-parent")
        elif greats:
            word = prefix + "great-" * (greats - 1) + "grand" + base
            if greats == 1:
                word = prefix + "grand" + base
        else:
            word = base
        if inlaw:
            word += "-in-law"
    elif base in _GRAND:
        word = prefix + "great-" * greats + ("step-" if step else "") + base
    elif base in ("sibling", "brother", "sister"):
        kind = "half-" if "half" in mods else "step-" if step else ""
        kind = "foster " if "foster" in mods else "adoptive " if "adoptive" in mods else kind
        if inlaw:
            word = f"{base}-in-law"
        elif first:
            word = f"{kind}sibling"
        else:
            word = f"{kind}{base}"
    elif base in ("aunt", "uncle"):
        word = prefix + "great-" * greats + base
    elif base in ("son", "daughter", "child"):
        word = ("step" if step else "") + base + ("-in-law" if inlaw else "")
        if first and not step:
            word = "child of {subject}"
    elif base == "partner":
        word = "former partner" if "former" in mods else "partner"
        if first:
            return None  # a partner of whom?
    elif base == "carer":
        word = "foster carer" if "foster" in mods or first else "carer"
    else:
        word = prefix + base
    return word


def role_label(role: str, sex: str = "U") -> str | None:
    """The workbook's role as a label in the scheme's words ("Father of half-sibling" ->
    "Half-sibling's father"), or None when it is not a relationship phrase."""
    segments = _role_phrase(role)
    if not segments:
        return None
    parts: list[str] = []
    for segment in segments:
        if " ".join(segment) in _SUBJECT_WORDS:
            continue
        rendered = _render(segment, first=not parts, sex_hint=sex)
        if rendered is None:
            return None
        parts.append(rendered)
    if not parts:
        return None
    label = _cap(parts[0])
    for part in parts[1:]:
        label = _compress(label, part)
    return label


def _plain(label: str) -> str:
    """A label without numbers, in lower case: what two readings are compared on."""
    return re.sub(r" \d+\b", "", label).lower().strip()


# ---------------------------------------------------------------------- assignment
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
    scheme = scheme or load_scheme()
    order = sorted(graph.people, key=graph.birth_key)
    labelled: dict[str, str] = {}
    letters = iter(scheme.subject_letters)
    for pid in graph.subjects:
        labelled[pid] = f"{scheme.subject_label} {next(letters, '?')}"
    subject_label = labelled[graph.subject]
    model = {pid: found for pid in order if pid not in labelled and (found := _direct(graph, pid))}
    disagreements: list[str] = []
    tree_text: dict[str, str] = {}

    def resolve(label: _Label) -> str:
        text = label.text.replace("{subject}", subject_label)
        return text if label.anchor is None else _compress(labelled[label.anchor], text)

    def readings(pid: str) -> list[str]:
        found = []
        for anchor in list(labelled):
            for relation in _via(graph, pid, anchor):
                found.append(_compress(labelled[anchor], relation))
        return found

    pending = [pid for pid in order if pid not in labelled]
    while pending:
        ready: dict[str, str] = {}
        for pid in pending:
            direct = model.get(pid)
            if direct is not None and (direct.anchor is None or direct.anchor in labelled):
                ready[pid] = resolve(direct)
        if not ready:
            for pid in pending:
                if pid in model:
                    continue
                read = readings(pid)
                if read:
                    ready[pid] = read[0]
        if not ready:
            ready = dict.fromkeys(pending, "")
        bases: dict[str, tuple[str, bool]] = {}
        fixed: dict[str, str] = {}
        for pid, tree in ready.items():
            if tree:
                tree_text[pid] = tree
            person = graph.people[pid]
            if person.pseudonym:
                fixed[pid] = person.pseudonym
                continue
            bases[pid] = _choose(graph, pid, tree, scheme, disagreements, subject_label, readings)
        _number(order, bases, labelled, fixed)
        pending = [pid for pid in pending if pid not in labelled]
    return Pseudonyms({pid: labelled[pid] for pid in graph.people}, disagreements, tree_text)


def _choose(
    graph: FamilyGraph,
    pid: str,
    tree: str,
    scheme: PseudonymScheme,
    disagreements: list[str],
    subject_label: str,
    readings: Callable[[str], list[str]],
) -> tuple[str, bool]:
    """The base label (before numbering): the tree's when it agrees with the workbook's role,
    else the role's (reported); a role the reader cannot parse goes through the scheme."""
    person = graph.people[pid]
    role = person.role.strip()
    said = role_label(role, person.sex) if role else None
    if said is not None:
        said = said.replace("{subject}", subject_label)
    elif role:
        rule = scheme.rule_for(role)
        said = rule.label if rule is not None else None
    if not said:
        if tree:
            return tree, _numbered(tree, scheme)
        adult = graph.is_adult(pid, graph.reference_date)
        return (scheme.adult_label if adult else scheme.child_label, True)
    if not tree:
        return said, _numbered(said, scheme)
    for reading in [tree, *readings(pid)]:
        use = _agrees(said, reading)
        if use is not None:
            label = reading if use == "tree" else said
            return label, _numbered(label, scheme)
    # The workbook wins; an anchor it leaves unnumbered ("Half-sibling's father") gets the
    # number of the person the tree finds there.
    for reading in readings(pid):
        if "'s " in said and _plain(reading) == _plain(said):
            said = reading
    disagreements.append(
        f"{pid}: the workbook's role '{role}' reads as '{said}' but the family tree makes this "
        f"person '{tree}'; the workbook's role is used"
    )
    return said, _numbered(said, scheme)


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


def is_kin_word(word: str) -> bool:
    """A word of a relationship phrase ("Great-Nan", "grandad", "maternal", "step")."""
    parts = re.split(r"[-\s]+", re.sub(r"['’]s$", "", word.lower()))
    return bool(parts) and all(
        p in _BASE_WORDS or p in _MODIFIERS or p in _POSSESSIVE or p == "ex" for p in parts if p
    )


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
