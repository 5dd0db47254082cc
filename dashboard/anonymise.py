"""Names out, role labels in: what the dashboard sends to the browser when anonymised.

For the screen only (fast enough to redraw 20,000 events on every filter); anonymised files go
through the project's `anonymise` package (see `dashboard.pages.export`). Every name and alias
in the family workbook is replaced by the person's pseudonym (the genogram's scheme, so
"Mother's partner" is the same person on every page), a name shared by several people (a
surname) by "[name]", and UK postcodes, phone and NHS numbers and street addresses by
placeholders. Text is anonymised on the server; the originals never leave it in this mode.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from chronology.pipeline import MergeRun
from genogram.family import Family

_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE)
_NHS = re.compile(r"\b\d{3}\s?\d{3}\s?\d{4}\b")
_PHONE = re.compile(r"(?<!\w)(?:\+44\s?|0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b")
_STREET = re.compile(
    r"\b\d+[A-Za-z]?,?\s+(?:[A-Z][a-z]+\s+){1,3}"
    r"(?:Close|Road|Rd|Street|St|Avenue|Ave|Lane|Drive|Way|Court|Crescent|Gardens|Place|"
    r"Terrace|Grove|View|Walk|Row|Square|Hill|Park)\b"
)


WITHHELD = "[text withheld until the family workbook is added]"


@dataclass
class Anonymiser:
    """Replaces the family's names; `pseudonyms` is person id -> label (Child A, Mother...)."""

    pseudonyms: dict[str, str] = field(default_factory=dict)
    _pattern: re.Pattern[str] | None = None
    _replacement: dict[str, str] = field(default_factory=dict)
    _owner: dict[str, str] = field(default_factory=dict)  # lower-case name -> person id
    withheld: bool = False  # no family workbook: anonymised text cannot be trusted

    @classmethod
    def for_case(cls, family: Family | None, run: MergeRun | None) -> Anonymiser:
        """The family's names plus what the anonymisation package learns from the case's texts
        (practitioners such as "social worker Amy Clarke" or "DC Smith", named schools,
        surgeries and hospitals, addresses, other people), so those never reach the screen
        either. Learning runs once per case build; redraws stay one regular expression."""
        if family is None:
            # No family workbook yet: nothing says which words are the family's names, so an
            # anonymised view shows no free text at all rather than guess (fail closed).
            return cls(withheld=True)
        if run is None:
            return cls.for_family(family)
        from anonymise.apply import learn_run
        from anonymise.redact import Anonymiser as Redactor
        from anonymise.register import register_from_family

        register = register_from_family(family)
        learn_run(Redactor(register, "month"), run)
        learned = {
            name: entry.pseudonym
            for entry in register.entries
            if entry.key not in {f"person:{pid}" for pid in family.people}
            for name in entry.names
        }
        return cls.for_family(family, learned)

    @classmethod
    def for_family(cls, family: Family | None, learned: dict[str, str] | None = None) -> Anonymiser:
        if family is None:
            return cls()
        from genogram.model import FamilyGraph
        from genogram.pseudonyms import assign_pseudonyms

        pseudonyms = assign_pseudonyms(FamilyGraph(family))
        owners: dict[str, set[str]] = defaultdict(set)
        for pid, person in family.people.items():
            for name in names_of(person.name, person.aliases):
                owners[name.lower()].add(pid)
        replacement: dict[str, str] = {}
        owner: dict[str, str] = {}
        for name, label in (learned or {}).items():
            # Whole learned names only ("Amy Clarke", "Westbrook Primary"), never their single
            # words, which may be ordinary ("Park", "Green").
            if len(name) >= 3 and not name.isdigit():
                for variant in {name, name.replace("’", "'"), name.replace("'", "’")}:
                    replacement[variant.lower()] = label
        for name, pids in owners.items():
            if len(pids) == 1:
                (pid,) = pids
                replacement[name] = pseudonyms[pid]
                owner[name] = pid
            else:
                replacement[name] = "[name]"
        anonymiser = cls(pseudonyms, None, replacement, owner)
        if replacement:
            alternatives = sorted(replacement, key=len, reverse=True)
            anonymiser._pattern = re.compile(
                r"(?<![\w])(" + "|".join(re.escape(a) for a in alternatives) + r")(?![\w])",
                re.IGNORECASE,
            )
        return anonymiser

    @property
    def names(self) -> list[str]:
        return sorted(self._replacement)

    def text(self, value: str) -> str:
        """The text with names, postcodes, numbers and addresses replaced."""
        if not value:
            return value
        if self.withheld:
            return WITHHELD
        if self._pattern is not None:
            value = self._pattern.sub(lambda m: self._replacement[m.group(1).lower()], value)
        value = _STREET.sub("[address]", value)
        value = _POSTCODE.sub("[postcode]", value)
        value = _NHS.sub("[number]", value)
        return _PHONE.sub("[phone]", value)

    def agency(self, name: str) -> str:
        """An agency's name as shown when anonymised: the canonical names in the agencies rules
        are safe; any other (taken from a file name or a column) is anonymised like text."""
        from chronology.agencies import aliases

        return name if name in set(aliases().values()) else self.text(name)

    def people_mentioned(self, value: str) -> set[str]:
        """Person ids whose own (unshared) names or aliases appear in the text."""
        if not value or self._pattern is None:
            return set()
        found = set()
        for match in self._pattern.finditer(value):
            pid = self._owner.get(match.group(1).lower())
            if pid is not None:
                found.add(pid)
        return found


def names_of(name: str, aliases: tuple[str, ...]) -> set[str]:
    """The full name, each alias, and every word of them (two letters or more)."""
    found: set[str] = set()
    for whole in (name, *aliases):
        whole = " ".join(whole.split())
        if not whole:
            continue
        found.add(whole)
        for word in re.findall(r"[^\W\d_][\w'’-]*", whole):
            if len(word) >= 2:
                found.add(word)
    return found
