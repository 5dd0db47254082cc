"""A review's case as the dashboard shows it: the confirmed uploads read and merged with the
reviewer's decisions, the family workbook, and per-event facts for fast filtering.

Reading and merging happen once per change (new upload, new decision), not per request: the
result is cached in each process under a key built from the database (file ids, hashes,
mappings and agencies, decision ids), so every worker process sees a change as soon as it is
committed, and any worker can serve any request.

One rebuild per change (single flight): the first request that sees a new key builds it; every
other request meanwhile is served the previous build at once (never blocked) when the change
only adds (a file added, a decision made or withdrawn), and waits for the one build when
something was taken away or replaced (a file withdrawn, a mapping or the family workbook
changed), so nothing withdrawn is shown after its withdrawal. After a file is added, the
anonymiser learns only that file's texts (see `dashboard.anonymise.Anonymiser.learn_more`).

A build returns once the case is merged; the anonymiser learns the case's texts in a thread
of its own (`learn_in_thread`), because the normal view never needs it and learning is most of
a build. Anything anonymised asks `CaseData.anonymiser`, which waits for it.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from anonymise.agencies import agency_labels
from anonymise.redact import Ctx
from chronology.ages import age_function
from chronology.classify import LABELS
from chronology.columns import SavedMapping
from chronology.decisions import resolve
from chronology.dedup import Decisions
from chronology.filesafety import IngestError, Limits
from chronology.ingest import IngestResult, read_chronology
from chronology.integrate import IntegratedEvent, integrate
from chronology.pipeline import MergeRun
from chronology.schema import Event
from dashboard import learn_apart
from dashboard.access import context
from dashboard.anonymise import Anonymiser, LearnedStore, ctx_of
from dashboard.errors import USER_ERRORS, user_message
from genogram.family import Family, read_family
from reviews.casefiles import (
    CaseFile,
    DecisionView,
    case_files,
    decisions_for,
    file_path,
    learned_path,
)

CACHE_SIZE = 4
_lock = threading.RLock()
_cases: OrderedDict[int, CaseData] = OrderedDict()
_reads: OrderedDict[tuple[int, str, str], IngestResult] = OrderedDict()
_review_of: dict[int, int] = {}  # file id -> review id, for the readings cached
_flights: dict[int, _Flight] = {}
_local = threading.local()


class _AnonymisedIndex:
    """What anonymised filtering needs of every event (its anonymised search text and the
    family members it names), worked out once per build on first use: redacting every text
    costs about as much as learning, so a build does not pay it until a search needs it."""

    def __init__(self, case: CaseData) -> None:
        self._case = case
        self._lock = threading.Lock()
        self._search: list[str] | None = None
        self._people: list[frozenset[str]] | None = None

    def _fill(self) -> None:
        with self._lock:
            if self._search is not None:
                return
            anonymiser = self._case.anonymiser
            search, people = [], []
            for event in self._case.events:
                texts, named = [], set()
                for source in event.sources:
                    ctx = ctx_of(source)
                    for value in (source.event_type, source.event_text, source.outcome):
                        shown, found = anonymiser.redact(value, ctx)
                        texts.append(shown)
                        named |= {
                            r.key.removeprefix("person:")
                            for r in found
                            if r.key.startswith("person:")
                        }
                search.append(" ".join(texts).lower())
                people.append(frozenset(named))
            self._people = people
            self._search = search

    def search(self, index: int) -> str:
        if self._search is None:
            self._fill()
        assert self._search is not None
        return self._search[index]

    def people(self, index: int) -> frozenset[str]:
        if self._people is None:
            self._fill()
        assert self._people is not None
        return self._people[index]


@dataclass
class EventFacts:
    """What filtering needs of one event, computed once per merge."""

    event: IntegratedEvent
    search: str  # lower-case text of every source, as written
    _index: _AnonymisedIndex
    _number: int

    @property
    def search_anonymised(self) -> str:
        return self._index.search(self._number)

    @property
    def people(self) -> frozenset[str]:
        """The family members the event's texts name (person ids)."""
        return self._index.people(self._number)


def learn_in_thread(make: Callable[[], Anonymiser], name: str) -> Future[Anonymiser]:
    """The anonymiser, learned in a thread of its own: learning the case's texts is most of a
    build (about 80% at 2,000 rows), and a page in the normal view never needs it."""
    future: Future[Anonymiser] = Future()

    def learn() -> None:
        try:
            future.set_result(make())
        except BaseException as error:
            future.set_exception(error)

    threading.Thread(target=learn, name=name, daemon=True).start()
    return future


@dataclass
class CaseData:
    review_id: int
    key: tuple[object, ...]
    run: MergeRun
    family: Family | None
    family_error: str
    # Learned after the build returns (see `learn_in_thread`); `anonymiser` waits for it, so
    # an anonymised view is never served before its anonymiser exists.
    learning: Future[Anonymiser]
    facts: list[EventFacts] = field(default_factory=list)
    by_id: dict[str, int] = field(default_factory=dict)
    files: dict[str, CaseFile] = field(default_factory=dict)
    # The timeline's points of each event, per (anonymised, hover length): worked out once per
    # case build, so a filter only picks and groups them (see dashboard.timeline).
    points: dict[tuple[bool, int], list[tuple[Any, ...] | None]] = field(default_factory=dict)

    @property
    def anonymiser(self) -> Anonymiser:
        """The case's anonymiser, waiting for it to be learned (and raising what learning
        raised)."""
        return self.learning.result()

    @property
    def events(self) -> list[IntegratedEvent]:
        return self.run.integration.events

    def event(self, event_id: str) -> IntegratedEvent | None:
        index = self.by_id.get(event_id)
        return None if index is None else self.events[index]

    def prepare_anonymised(self) -> None:
        """Redact every event now (for anonymised searches and the person filter), in a
        background build rather than in the first search that needs it. Waits for the
        anonymiser even in an empty case: the server forks its workers after this, and a
        learning thread does not survive a fork."""
        self.anonymiser  # noqa: B018
        if self.facts:
            self.facts[0].search_anonymised  # noqa: B018  (fills the whole index)

    @property
    def subject_birth(self) -> dt.date | None:
        birth = self.family.subject_birth() if self.family is not None else None
        return birth.value if birth else None


@dataclass
class _Flight:
    """One build in progress: who waits for it gets its result (or its error)."""

    key: tuple[object, ...]
    done: threading.Event = field(default_factory=threading.Event)
    result: CaseData | None = None
    error: BaseException | None = None


def clear_cache() -> None:
    with _lock:
        _cases.clear()
        _reads.clear()


def mapping_of(entry: CaseFile) -> SavedMapping | None:
    if not entry.mapping:
        return None
    data = json.loads(entry.mapping)
    return SavedMapping(
        columns=dict(data.get("columns", {})),
        header_row=data.get("header_row"),
        agency=data.get("agency"),
    )


def read_case_file(data_dir: Path, entry: CaseFile, limits: Limits | None = None) -> IngestResult:
    """One upload read with its mapping (cached by file id, hash and mapping). Only files added
    to the review are cached: a reading of a file being checked, or never added, must not hold
    memory (five unconfirmed 19 MB uploads once kept 800 MB)."""
    key = (entry.id, entry.sha256, entry.mapping)
    if entry.status != "confirmed":
        return read_chronology(
            file_path(data_dir, entry),
            agency=entry.agency or None,
            mapping=mapping_of(entry),
            limits=limits,
        )
    with _lock:
        if key in _reads:
            _reads.move_to_end(key)
            return _reads[key]
    mapping = mapping_of(entry)
    result = read_chronology(
        file_path(data_dir, entry),
        agency=entry.agency or None,
        mapping=mapping,
        limits=limits,
    )
    with _lock:
        _reads[key] = result
        _review_of[entry.id] = entry.review_id
        while len(_reads) > 64:
            _reads.popitem(last=False)
    return result


def _forget_reads_except(review_id: int, keep: set[int]) -> None:
    """Drop cached readings of this review's files that are no longer added (withdrawn or
    replaced), so memory follows what the review holds."""
    with _lock:
        stale = [k for k in _reads if _review_of.get(k[0]) == review_id and k[0] not in keep]
        for key in stale:
            _reads.pop(key, None)


def _file_key(entry: CaseFile) -> tuple[object, ...]:
    return (entry.id, entry.sha256, entry.mapping, entry.agency, entry.kind)


def _key_of(files: Sequence[CaseFile], decisions: Sequence[DecisionView]) -> tuple[object, ...]:
    return (tuple(_file_key(f) for f in files), tuple(d.id for d in decisions))


def _family_key(key: tuple[object, ...]) -> object:
    """The family workbook in force in a case key (the last confirmed one)."""
    return max((f for f in key[0] if f[4] == "family"), default=None)  # type: ignore[attr-defined]


def case_key(session: Session, review_id: int) -> tuple[object, ...]:
    files = case_files(session, review_id, status="confirmed")
    return _key_of(files, decisions_for(session, review_id))


def only_added(old: tuple[object, ...], new: tuple[object, ...]) -> bool:
    """True when `new` differs from `old` only by what was added (files, decisions made or
    withdrawn): the previous build then shows nothing that has been taken away, and may be
    served while the new one is built. A replaced family workbook is not an addition: its
    register must be in force before anything is shown."""
    old_files, new_files = set(old[0]), set(new[0])  # type: ignore[call-overload]
    if not old_files <= new_files:
        return False
    return _family_key(old) is None or _family_key(old) == _family_key(new)


def load_case(session: Session, data_dir: Path, review_id: int) -> CaseData:
    """The merged case of a review: from the cache when nothing has changed; otherwise one
    build per change, other requests meanwhile getting the previous build (see the module
    docstring). Whether the previous build was served: `served_previous`."""
    files = case_files(session, review_id, status="confirmed")
    decisions = decisions_for(session, review_id)
    key = _key_of(files, decisions)
    while True:
        with _lock:
            cached = _cases.get(review_id)
            _local.stale = False
            if cached is not None and cached.key == key:
                _cases.move_to_end(review_id)
                return cached
            flight = _flights.get(review_id)
            servable = cached is not None and only_added(cached.key, key)
            if flight is None and servable and background_builds:
                # On the server nobody waits for an addition: the build runs in a thread.
                flight = _flights[review_id] = _Flight(key)
                threading.Thread(
                    target=_fly,
                    args=(flight, data_dir, review_id, files, decisions, cached),
                    name=f"cspr-case-{review_id}",
                    daemon=True,
                ).start()
            if flight is not None and servable:
                _local.stale = True
                return cached  # type: ignore[return-value]  # a build is under way
            if flight is None:
                flight = _flights[review_id] = _Flight(key)
                break  # this request builds
        flight.done.wait()
        if flight.key == key:
            if flight.error is not None:
                raise flight.error
            assert flight.result is not None
            return flight.result
        # That build was for another state of the database: look again.
    _fly(flight, data_dir, review_id, files, decisions, cached)
    if flight.error is not None:
        raise flight.error
    assert flight.result is not None
    return flight.result


# Set by `dashboard.serve`: a change that only adds is built in a background thread and even
# the request that found it is served the previous build (the chronology page says so and
# looks again). Off for `cspr dashboard` and the tests: whoever finds a change waits for it,
# so a user sees their own change at once.
background_builds = False


def _fly(
    flight: _Flight,
    data_dir: Path,
    review_id: int,
    files: Sequence[CaseFile],
    decisions: Sequence[DecisionView],
    previous: CaseData | None,
) -> None:
    """Build, install and hand the result (or the error) to everyone waiting."""
    try:
        case = _build(data_dir, review_id, flight.key, files, decisions, previous)
        if threading.current_thread().name.startswith("cspr-case-"):
            case.prepare_anonymised()  # nobody is waiting: do the searches' work too
    except BaseException as error:
        flight.error = error
        if threading.current_thread().name.startswith("cspr-case-"):
            logging.getLogger(__name__).exception("case %s: rebuild failed", review_id)
    else:
        flight.result = case
    with _lock:
        if flight.result is not None:
            _install(flight.result)
        _flights.pop(review_id, None)
    flight.done.set()


def wait_for_builds(timeout: float = 60.0) -> None:
    """Until no build is under way (for tests and the warm-up before forking)."""
    with _lock:
        flights = list(_flights.values())
    for flight in flights:
        flight.done.wait(timeout)


def served_previous() -> bool:
    """Whether this thread's last `load_case` was served the previous build while the new
    one is being made (the page then says so and looks again shortly)."""
    return bool(getattr(_local, "stale", False))


def _install(case: CaseData) -> None:
    _cases[case.review_id] = case
    _cases.move_to_end(case.review_id)
    while len(_cases) > CACHE_SIZE:
        _cases.popitem(last=False)


# Per review, the number of the latest build this process started: an older build's learning
# (still running when a file was withdrawn) must not keep what it learned.
_generations: dict[int, int] = {}


def learned_store(data_dir: Path, review_id: int, files: Sequence[CaseFile]) -> LearnedStore | None:
    """Where the review's learned anonymiser is kept (none without the server's secret key),
    for a build of these confirmed files."""
    secret = context().secret_key
    if not secret:
        return None
    with _lock:
        generation = _generations[review_id] = _generations.get(review_id, 0) + 1

    def current() -> bool:
        return _generations.get(review_id) == generation

    sources = tuple(file_path(data_dir, f) for f in files if f.kind in ("chronology", "family"))
    return LearnedStore(learned_path(data_dir, review_id), secret, sources, current)


# Replaced in tests to count builds; the real work is `build_case`.
builder: Callable[..., CaseData]


def _build(
    data_dir: Path,
    review_id: int,
    key: tuple[object, ...],
    files: Sequence[CaseFile],
    decision_rows: Sequence[DecisionView],
    previous: CaseData | None,
) -> CaseData:
    family, family_error = None, ""
    family_files = [f for f in files if f.kind == "family"]
    same_family = previous is not None and _family_key(previous.key) == _family_key(key)
    if not same_family:
        previous = None  # a new family workbook: a new register, learned from scratch
    if previous is not None:
        family, family_error = previous.family, previous.family_error
    elif family_files:
        try:
            family = read_family(file_path(data_dir, family_files[-1]))
        except USER_ERRORS as error:
            family_error = user_message(error)
    results: list[IngestResult] = []
    read_keys: list[tuple[object, ...]] = []
    _forget_reads_except(review_id, {entry.id for entry in files})
    for entry in files:
        if entry.kind != "chronology":
            continue
        try:
            results.append(read_case_file(data_dir, entry))
            read_keys.append(_file_key(entry))
        except IngestError:
            continue  # refused at upload; a file changed on disk since is left out
    decisions = Decisions()
    for decision in decision_rows:
        if decision.kind == "same":
            decisions.same.append(decision.refs)
        elif decision.kind == "different":
            decisions.different.append((decision.refs[0], decision.refs[1]))
        elif decision.category in LABELS:
            decisions.categories[decision.refs[0]] = decision.category
    case = builder(
        review_id,
        key,
        results,
        decisions,
        family,
        family_error,
        previous=previous,
        learned=tuple(zip(read_keys, results, strict=True)),
        chosen=[f.agency for f in files if f.agency]
        + [m.agency for f in files if (m := mapping_of(f)) is not None and m.agency],
        store=learned_store(data_dir, review_id, files),
    )
    case.files = {f.filename: f for f in files}
    return case


def build_case(
    review_id: int,
    key: tuple[object, ...],
    results: list[IngestResult],
    decisions: Decisions,
    family: Family | None,
    family_error: str = "",
    *,
    previous: CaseData | None = None,
    learned: Sequence[tuple[tuple[object, ...], IngestResult]] = (),
    chosen: Sequence[str] = (),
    store: LearnedStore | None = None,
) -> CaseData:
    """Merge the results. The anonymiser learns incrementally from `previous` (a build under
    the same family workbook) when files were only added (`learned` pairs each result with its
    file's key), and from scratch otherwise; with a `store`, an anonymiser saved there for
    exactly this case's texts is loaded instead (after a restart), and a learned one saved."""
    birth = family.subject_birth() if family is not None else None
    age_of = age_function(birth) if birth is not None else None
    events = [event for result in results for event in result.events]
    now = frozenset(k for k, _ in learned)
    early = _learn_ahead(family, results, events, decisions, previous)
    try:
        integration = integrate(events, decisions, age_of=age_of)
    except BaseException:
        if early is not None:
            early.sent.discard()
        raise
    run = MergeRun(results, integration, notes=list(integration.notes))

    def learn() -> Anonymiser:
        try:
            return _learn()
        finally:
            if early is not None:
                early.sent.discard()  # unless its answer was taken

    def _learn() -> Anonymiser:
        if store is not None and family is None:
            store.forget()
        saved = LearnedStore.key(family, run) if store is not None and family is not None else ""
        # Learned from these very texts before (a restart), else learned now.
        anonymiser = store.load(saved, now) if store is not None and saved else None
        if anonymiser is None:
            before = previous.anonymiser if previous is not None else None
            if before is not None and before.learned and before.learned <= now:
                fresh = [result for k, result in learned if k not in before.learned]
                anonymiser = before.learn_more(fresh, run.notes, now)  # not kept: see save
            else:
                # The helper read exactly the run's texts only if the merge's notes were foreseen.
                sent = early.sent if early is not None and early.notes == run.notes else None
                apart = _learned_apart(sent, now)
                anonymiser, state = apart or (Anonymiser.for_case(family, run, now), None)
                if store is not None and saved:
                    store.save(saved, anonymiser, state)
        order = list(dict.fromkeys(a for e in integration.events for a in e.agencies))
        redactor = anonymiser.redactor if not anonymiser.withheld else None
        anonymiser.agency_labels = agency_labels(
            order,
            chosen,
            (lambda name: redactor.redact_filename(name, Ctx(field="agency")))
            if redactor
            else None,
        )
        anonymiser.warm()
        return anonymiser

    learning = learn_in_thread(learn, f"cspr-learn-{review_id}")
    return case_from_run(review_id, key, run, family, family_error, learning)


builder = build_case


@dataclass
class _Early:
    """A case sent to the helper process before its merge, with the notes the merge will add
    (a decision naming a row that is gone), which learning reads last."""

    notes: list[str]
    sent: learn_apart.Learning


def _learn_ahead(
    family: Family | None,
    results: list[IngestResult],
    events: Sequence[Event],
    decisions: Decisions,
    previous: CaseData | None,
) -> _Early | None:
    """A large case without a previous build to learn more from is sent to the helper
    (`dashboard.learn_apart`) before it is merged, so the learning and the merge run side by
    side. If a saved state of its texts is found meanwhile (a restart), the answer is dropped."""
    if family is None or previous is not None or len(events) < learn_apart.LEARN_APART_FROM:
        return None
    notes = resolve(decisions, events)[1]
    sent = learn_apart.learn_apart(family, results, notes)
    return _Early(notes, sent) if sent is not None else None


def _learned_apart(
    sent: learn_apart.Learning | None, now: frozenset[object]
) -> tuple[Anonymiser, bytes] | None:
    """The anonymiser the helper learned, and its state as sent (what a restart loads)."""
    found = sent.result() if sent is not None else None
    if found is None:
        return None
    redactor, pseudonyms, state = found
    return Anonymiser(dict(pseudonyms), redactor, learned=now), state


def case_from_run(
    review_id: int,
    key: tuple[object, ...],
    run: MergeRun,
    family: Family | None,
    family_error: str,
    learning: Future[Anonymiser],
) -> CaseData:
    case = CaseData(review_id, key, run, family, family_error, learning)
    index = _AnonymisedIndex(case)
    for number, event in enumerate(run.integration.events):
        raw = " ".join(f"{s.event_type} {s.event_text} {s.outcome}" for s in event.sources)
        case.facts.append(EventFacts(event, raw.lower(), index, number))
        case.by_id[event.event_id] = number
    return case


def put_case(case: CaseData) -> None:
    """Install a case built elsewhere (the benchmark's synthetic chronology)."""
    with _lock:
        _install(case)
