"""The people register: everyone and everything that could identify the family, each with the
pseudonym it is replaced by, saved per review as an editable JSON file.

Entries come from the family workbook (people, their names and aliases, numbers in their notes),
then from the chronologies (practitioners, other people, organisations, places, addresses; see
`anonymise.redact.Anonymiser.learn`). Family members are named by role through
`genogram.pseudonyms`, so "Mother's partner" in the chronology is "Mother's partner" in the
genogram. A saved register is read back first: a pseudonym or a name the reviewer set there is
kept, and every later run uses the same pseudonyms.

The register is the key from pseudonyms to real people: it is written beside the family
workbook, never into an anonymised output.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from anonymise.errors import AnonymiseError
from anonymise.patterns import NHS, NI, PHONE, phone_digits_ok
from anonymise.rules import load_rules
from anonymise.words import fold
from chronology.dates import ParsedDate
from genogram.family import Family, read_family
from genogram.model import FamilyGraph
from genogram.pseudonyms import pseudonym_details

KINDS = ("person", "practitioner", "organisation", "place", "address", "identifier")
REGISTER_VERSION = 1
WARNING = (
    "The key to the anonymisation: real names and the pseudonyms that replace them. Keep it with "
    "the family workbook and never publish it. Edit a pseudonym, add a name (a nickname, a "
    "misspelling) or add a word to 'keep' (never treated as a name) and run again."
)
# When a surname alone could be several people, the first role here wins.
_RANK = ("Mother", "Father", "Mother's partner", "Father's partner", "Stepfather", "Stepmother")


@dataclass(eq=False)
class Entry:
    """One person, practitioner, organisation, place, address or number, and its pseudonym."""

    key: str
    kind: str
    pseudonym: str
    names: list[str] = field(default_factory=list)
    role: str = ""
    source: str = ""
    sex: str = "U"
    adult: bool = True
    rank: int = 100
    dates_of_birth: list[str] = field(default_factory=list)

    def add_name(self, name: str) -> bool:
        name = " ".join(name.split())
        if not name or any(fold(n) == fold(name) for n in self.names):
            return False
        self.names.append(name)
        return True


@dataclass
class Register:
    entries: list[Entry] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)
    subject: str = ""  # key of the subject child
    subject_birth: ParsedDate | None = None
    # Where the workbook's role and the family tree disagree about a pseudonym (for the report).
    disagreements: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_key = {e.key: e for e in self.entries}

    # ------------------------------------------------------------------ access
    def get(self, key: str) -> Entry | None:
        return self._by_key.get(key)

    def add(self, entry: Entry) -> Entry:
        existing = self._by_key.get(entry.key)
        if existing is not None:
            for name in entry.names:
                existing.add_name(name)
            return existing
        self.entries.append(entry)
        self._by_key[entry.key] = entry
        return entry

    def of_kind(self, *kinds: str) -> list[Entry]:
        return [e for e in self.entries if e.kind in kinds]

    @property
    def subject_pseudonym(self) -> str:
        entry = self.get(self.subject)
        return entry.pseudonym if entry else "the child"

    def next_number(self, label: str) -> int:
        pattern = re.compile(rf"^{re.escape(label)} (\d+)$")
        used = [int(m[1]) for e in self.entries if (m := pattern.match(e.pseudonym))]
        return max(used, default=0) + 1

    def secrets(self) -> list[str]:
        """Every real name, alias, address and number in the register (for leak checks)."""
        found: list[str] = []
        for entry in self.entries:
            found += entry.names
        return found

    # ------------------------------------------------------------------ files
    def to_json(self) -> str:
        data = {
            "version": REGISTER_VERSION,
            "warning": WARNING,
            "keep": sorted(set(self.keep)),
            "entries": [_entry_json(e) for e in self.entries],
        }
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

    def save(self, path: Path) -> Path:
        """Write the register readable by this account only (0600): it is the key from the
        pseudonyms back to real names, whatever the process's umask (the dashboard's server
        does not set one)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(self.to_json())
        os.chmod(path, 0o600)  # an older register written before this rule
        return path

    def apply_saved(self, path: Path) -> None:
        """Overlay a saved register: its pseudonyms, names and 'keep' words win; entries found
        in earlier runs (or added by the reviewer) come back."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as error:
            raise AnonymiseError(f"{path.name}: not a readable register ({error})") from None
        if not isinstance(data, dict) or data.get("version") != REGISTER_VERSION:
            raise AnonymiseError(f"{path.name}: not a register (version {REGISTER_VERSION})")
        self.keep = sorted(set(self.keep) | {str(w) for w in data.get("keep", [])})
        for number, item in enumerate(data.get("entries", []), start=1):
            entry = _entry_from_json(item, path.name, number)
            existing = self.get(entry.key)
            if existing is None:
                self.add(entry)
                continue
            existing.pseudonym = entry.pseudonym
            for name in entry.names:
                existing.add_name(name)


def _entry_json(entry: Entry) -> dict[str, object]:
    data = asdict(entry)
    for name, default in (("sex", "U"), ("adult", True), ("rank", 100), ("dates_of_birth", [])):
        if data[name] == default:
            del data[name]
    return data


def _entry_from_json(item: object, file: str, number: int) -> Entry:
    if not isinstance(item, dict) or not {"key", "kind", "pseudonym"} <= item.keys():
        raise AnonymiseError(f"{file}: entry {number} needs key, kind and pseudonym")
    if item["kind"] not in KINDS:
        raise AnonymiseError(f"{file}: entry {number} has kind '{item['kind']}' (use {KINDS})")
    names = item.get("names", [])
    if not isinstance(names, list):
        raise AnonymiseError(f"{file}: entry {number}: names must be a list")
    return Entry(
        key=str(item["key"]),
        kind=str(item["kind"]),
        pseudonym=str(item["pseudonym"]),
        names=[str(n) for n in names],
        role=str(item.get("role", "")),
        source=str(item.get("source", "register file")),
        sex=str(item.get("sex", "U")),
        adult=bool(item.get("adult", True)),
        rank=int(item.get("rank", 100)),
        dates_of_birth=[str(d) for d in item.get("dates_of_birth", [])],
    )


# ---------------------------------------------------------------------- from the workbook
def register_from_family(family: Family, today: dt.date | None = None) -> Register:
    """Family members with their role pseudonyms, names, aliases and the numbers in notes."""
    graph = FamilyGraph(family, today=today)
    details = pseudonym_details(graph)
    labels = details.labels
    register = Register(disagreements=list(details.disagreements))
    register.subject = f"person:{graph.subject}"
    subject = family.people[graph.subject]
    register.subject_birth = subject.birth
    reference = today or dt.date.today()
    for order, (pid, person) in enumerate(family.people.items()):
        label = labels[pid]
        rank = _RANK.index(label) if label in _RANK else 10 + order
        adult = True
        if pid in graph.subjects:
            adult = False
        elif person.birth is not None:
            adult = graph.is_adult(pid, reference)
        births = []
        if person.birth is not None and person.birth.precision == "day":
            births.append(person.birth.value.isoformat())
        entry = Entry(
            key=f"person:{pid}",
            kind="person",
            pseudonym=label,
            role=person.role,
            source="family workbook",
            sex=person.sex,
            adult=adult,
            rank=rank,
            dates_of_birth=births,
        )
        for name in (person.name, *person.aliases):
            entry.add_name(name)
        register.add(entry)
        for number, kind in _numbers_in(person.notes):
            compact = re.sub(r"\W", "", number).upper()
            register.add(
                Entry(
                    key=f"identifier:{kind}:{compact}",
                    kind="identifier",
                    pseudonym=load_rules().placeholders[kind],
                    names=[number],
                    role=kind,
                    source=f"family workbook notes ({pid})",
                )
            )
    return register


def _numbers_in(text: str) -> Iterable[tuple[str, str]]:
    for match in NHS.finditer(text):
        yield match.group(), "nhs"
    for match in NI.finditer(text):
        yield match.group(), "ni"
    for match in PHONE.finditer(text):
        if phone_digits_ok(match.group()):
            yield match.group(), "phone"


def default_register_path(people: Path) -> Path:
    """Where a review's register lives: beside its family workbook."""
    return people.with_name(f"{people.stem}.register.json")


def load_register(
    people: Path, register_path: Path | None = None, today: dt.date | None = None
) -> Register:
    """The register for a review: from the family workbook, then the saved file if there is one
    (its pseudonyms and names win)."""
    register = register_from_family(read_family(people), today=today)
    path = register_path or default_register_path(people)
    if path.exists():
        register.apply_saved(path)
    return register
