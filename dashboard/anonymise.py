"""Names out, role labels in: what the dashboard sends to the browser when anonymised.

The screen (presentation mode, panel members) uses the anonymisation package itself: the
review's people register (`anonymise.register`), learned from the case's texts, and the
package's redaction and patterns (`anonymise.redact`, `anonymise.patterns`). There is no
second, weaker copy here, so whatever an anonymised file hides, the screen hides too (see
tests/test_issue11_screen_anonymiser.py). Text is anonymised on the server; the originals never
leave it in this mode.

Agency labels come from `anonymise.agencies`, as in the files: a known organisation or sector
as itself, one a person chose at upload as written (a named school, GP practice or hospital
as its kind), any other label (taken from a file name such as "Doyle.csv") as "Agency 1".
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from anonymise.agencies import known_agencies
from anonymise.apply import learn_run, run_texts
from anonymise.learned import learned_key, load_learned, save_learned
from anonymise.redact import Anonymiser as Redactor
from anonymise.redact import Ctx, Replacement
from anonymise.register import Register, register_from_family
from chronology.dedup import source_key
from chronology.ingest import IngestResult
from chronology.integrate import IntegratedEvent, Integration
from chronology.pipeline import MergeRun
from chronology.schema import Event
from genogram.family import Family

WITHHELD = "[text withheld until the family workbook is added]"
UNKNOWN_AGENCY = "an agency"


def ctx_of(event: Event) -> Ctx:
    """Where a source row's text sits, as the file anonymiser sees it (same agency, sheet and
    date), so the screen and the files redact a text the same way."""
    return Ctx(
        agency=event.agency, sheet=event.source.sheet, date=event.date, where=source_key(event)
    )


def event_ctx(event: IntegratedEvent) -> Ctx | None:
    """The context of a merged event's own text: its first source's, as in the files."""
    return ctx_of(event.sources[0]) if event.sources else None


@dataclass
class Anonymiser:
    """The screen's anonymiser for one build of a case.

    `pseudonyms` is person id -> label (Child A, Mother...), from the register, so "Mother's
    partner" is the same person on every page and in every file. `redactor` is the
    anonymisation package's, learned from this case; calls are serialised by a lock because
    redaction may add what it finds to the register. `learned` names the files whose texts
    the register has learned (for incremental learning after a file is added)."""

    pseudonyms: dict[str, str] = field(default_factory=dict)
    redactor: Redactor | None = None
    withheld: bool = False  # no family workbook: anonymised text cannot be trusted
    agency_labels: dict[str, str] = field(default_factory=dict)
    learned: frozenset[object] = frozenset()
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    def __post_init__(self) -> None:
        if self.redactor is None:
            # No register: identifiers (postcodes, phone, NHS and NI numbers, emails,
            # addresses, dates of birth) are still masked by the package's own patterns.
            self.redactor, self._lock = _blank_redactor()

    # ------------------------------------------------------------------ building
    @classmethod
    def for_case(
        cls,
        family: Family | None,
        run: MergeRun | None,
        learned: frozenset[object] = frozenset(),
    ) -> Anonymiser:
        """The family's register plus what the package learns from the case's texts
        (practitioners such as "social worker Amy Clarke" or "DC Smith", named schools,
        surgeries and hospitals, addresses, other people)."""
        if family is None:
            # No family workbook yet: nothing says which words are the family's names, so an
            # anonymised view shows no free text at all rather than guess (fail closed).
            return cls(withheld=True)
        anonymiser = cls.for_family(family)
        if run is not None:
            assert anonymiser.redactor is not None
            learn_run(anonymiser.redactor, run)
        anonymiser.learned = learned
        return anonymiser

    @classmethod
    def for_family(cls, family: Family | None) -> Anonymiser:
        """The family workbook's register only (nothing learned from the chronologies)."""
        if family is None:
            return cls()
        register = register_from_family(family)
        pseudonyms = {
            entry.key.removeprefix("person:"): entry.pseudonym
            for entry in register.of_kind("person")
            if entry.key.startswith("person:")
        }
        return cls(pseudonyms, Redactor(register, "month"))

    def learn_more(
        self, results: Sequence[IngestResult], notes: Sequence[str], learned: frozenset[object]
    ) -> Anonymiser:
        """A copy that has also learned these files' texts (and the run's notes): adding one
        file costs learning that file, not the whole case again. The copy is made under the
        lock; this anonymiser keeps serving the previous build meanwhile."""
        if self.withheld:
            return Anonymiser(withheld=True, learned=learned)
        with self._lock:
            old = self.redactor
            assert old is not None
            # Shared, read-only parts are not copied; the redaction cache starts empty.
            memo: dict[int, object] = {
                id(old.rules): old.rules,
                id(old.scheme): old.scheme,
                id(old._cache): {},
            }
            redactor = copy.deepcopy(old, memo)
        empty = Integration([], [], {}, [], 0)
        learn_run(redactor, MergeRun(list(results), empty, notes=list(notes)))
        return Anonymiser(dict(self.pseudonyms), redactor, learned=learned)

    def warm(self) -> None:
        """Build the redactor's name index now (in the builder, not in the first request)."""
        self.text("warm up")

    # ------------------------------------------------------------------ use
    def redact(self, value: str, ctx: Ctx | None = None) -> tuple[str, tuple[Replacement, ...]]:
        if not value:
            return value, ()
        if self.withheld:
            return WITHHELD, ()
        assert self.redactor is not None
        with self._lock:
            return self.redactor.redact(value, ctx)

    def text(self, value: str, ctx: Ctx | None = None) -> str:
        """The text with names, practitioners, organisations, addresses, numbers and dates
        replaced, exactly as an anonymised file would have it."""
        return self.redact(value, ctx)[0]

    def agency(self, name: str) -> str:
        """An agency's name as shown when anonymised (see `agency_labels`)."""
        label = self.agency_labels.get(name)
        if label is not None:
            return label
        return name if name in known_agencies() else UNKNOWN_AGENCY

    def agency_named(self, label: str) -> str | None:
        """The agency a label shown to an anonymised view stands for (None: no such label).
        Only labels are understood, so a real name sent back cannot be used as a probe."""
        for agency, shown in self.agency_labels.items():
            if shown == label:
                return agency
        return None

    def people_mentioned(self, value: str, ctx: Ctx | None = None) -> set[str]:
        """Person ids of the family workbook whom the text names (by any name, alias,
        possessive, initials or misspelling the register knows)."""
        if not value or self.withheld:
            return set()
        _, found = self.redact(value, ctx)
        return {r.key.removeprefix("person:") for r in found if r.key.startswith("person:")}

    @property
    def names(self) -> list[str]:
        """Every real name the register holds (for leak checks)."""
        if self.redactor is None or self.withheld:
            return []
        return sorted(self.redactor.register.secrets())


@dataclass(frozen=True)
class LearnedStore:
    """Where a review's learned anonymiser is kept between starts (`anonymise.learned`): one
    file per review, replaced by each fresh learning, signed with the server's secret key.

    `sources` are the uploads (chronologies and family workbook) the state is learned from, and
    `current` says whether this build is still the review's latest in this process: a state is
    kept only while both hold, checked before and after writing, so names of a file withdrawn
    meanwhile (here or in another worker) or of an older build never stay on disk."""

    path: Path
    secret: bytes
    sources: tuple[Path, ...] = ()
    current: Callable[[], bool] = field(default=lambda: True, compare=False)

    @staticmethod
    def key(family: Family, run: MergeRun) -> str:
        """What the case's learning reads: the family's register and every text of the run."""
        return learned_key(register_from_family(family), run_texts(run), "month", dt.date.today())

    def load(self, key: str, learned: frozenset[object]) -> Anonymiser | None:
        """The anonymiser learned from exactly these texts, if one was saved (else None)."""
        loaded = load_learned(self.path, key, self.secret)
        if loaded is None:
            return None
        redactor, pseudonyms = loaded
        return Anonymiser(dict(pseudonyms), redactor, learned=learned)

    def _valid(self) -> bool:
        return self.current() and all(source.exists() for source in self.sources)

    def save(self, key: str, anonymiser: Anonymiser, state: bytes | None = None) -> None:
        """Keep an anonymiser just learned from scratch (before it has redacted anything: a
        redaction can add to the register, and an incremental learning differs from a fresh
        one); a failure is logged, never raised: the case is learned again at the next start.
        `state`: its learned state as the helper process sent it (`dashboard.learn_apart`)."""
        if anonymiser.withheld or anonymiser.redactor is None or not self.secret:
            return
        if not self._valid():
            return
        try:
            save_learned(
                self.path, key, self.secret, anonymiser.redactor, anonymiser.pseudonyms, state
            )
        except Exception as error:  # a cache: never fails the learning
            logging.getLogger(__name__).warning("learned anonymiser not kept: %s", error)
            return
        if not self._valid():  # withdrawn or superseded while writing
            self.forget()

    def forget(self) -> None:
        """Remove the saved state (no family workbook any more: nothing learned to keep)."""
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            logging.getLogger(__name__).warning("learned anonymiser not removed: %s", error)


_blank_guard = threading.Lock()
_blank: tuple[Redactor, threading.RLock] | None = None
BLANK_LIMIT = 500


def _blank_redactor() -> tuple[Redactor, threading.RLock]:
    """One register-less redactor (and its lock) shared by every `Anonymiser()`: building one
    costs about 10 ms, and the audit page asks for one per row. What it adds to its register
    while redacting (addresses, organisations) is dropped once it holds BLANK_LIMIT entries."""
    global _blank
    with _blank_guard:
        if _blank is None or len(_blank[0].register.entries) > BLANK_LIMIT:
            _blank = (Redactor(Register(), "month"), threading.RLock())
        return _blank


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
