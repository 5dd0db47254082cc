"""A review's case as the dashboard shows it: the confirmed uploads read and merged with the
reviewer's decisions, the family workbook, and per-event facts for fast filtering.

Reading and merging happen once per change (new upload, new decision), not per request: the
result is cached under a key built from the database (file ids and hashes, decision ids), so
every worker sees a change as soon as it is committed.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from chronology.ages import age_function
from chronology.classify import LABELS
from chronology.columns import SavedMapping
from chronology.dedup import Decisions
from chronology.filesafety import IngestError, Limits
from chronology.ingest import IngestResult, read_chronology
from chronology.integrate import IntegratedEvent, integrate
from chronology.pipeline import MergeRun
from dashboard.anonymise import Anonymiser
from genogram.family import Family, read_family
from reviews.casefiles import CaseFile, case_files, decisions_for, file_path

CACHE_SIZE = 4
_lock = threading.RLock()
_cases: OrderedDict[int, CaseData] = OrderedDict()
_reads: OrderedDict[tuple[int, str, str], IngestResult] = OrderedDict()


@dataclass
class EventFacts:
    """What filtering needs of one event, computed once per merge."""

    event: IntegratedEvent
    search: str  # lower-case text of every source, as written
    search_anonymised: str
    people: frozenset[str]


@dataclass
class CaseData:
    review_id: int
    key: tuple[object, ...]
    run: MergeRun
    family: Family | None
    family_error: str
    anonymiser: Anonymiser
    facts: list[EventFacts] = field(default_factory=list)
    by_id: dict[str, int] = field(default_factory=dict)
    files: dict[str, CaseFile] = field(default_factory=dict)
    hovers: dict[tuple[bool, int], list[tuple[str, str, str] | None]] = field(default_factory=dict)

    @property
    def events(self) -> list[IntegratedEvent]:
        return self.run.integration.events

    def event(self, event_id: str) -> IntegratedEvent | None:
        index = self.by_id.get(event_id)
        return None if index is None else self.events[index]

    @property
    def subject_birth(self) -> dt.date | None:
        birth = self.family.subject_birth() if self.family is not None else None
        return birth.value if birth else None


def clear_cache() -> None:
    with _lock:
        _cases.clear()
        _reads.clear()


def mapping_of(entry: CaseFile) -> SavedMapping | None:
    if not entry.mapping:
        return None
    import json

    data = json.loads(entry.mapping)
    return SavedMapping(
        columns=dict(data.get("columns", {})),
        header_row=data.get("header_row"),
        agency=data.get("agency"),
    )


def read_case_file(data_dir: Path, entry: CaseFile, limits: Limits | None = None) -> IngestResult:
    """One upload read with its mapping (cached by file id, hash and mapping)."""
    key = (entry.id, entry.sha256, entry.mapping)
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
        while len(_reads) > 64:
            _reads.popitem(last=False)
    return result


def case_key(session: Session, review_id: int) -> tuple[object, ...]:
    files = case_files(session, review_id, status="confirmed")
    decisions = decisions_for(session, review_id)
    return (
        tuple((f.id, f.sha256, f.mapping, f.agency, f.kind) for f in files),
        tuple(d.id for d in decisions),
    )


def load_case(session: Session, data_dir: Path, review_id: int) -> CaseData:
    """The merged case of a review, from the cache when nothing has changed."""
    key = case_key(session, review_id)
    with _lock:
        cached = _cases.get(review_id)
        if cached is not None and cached.key == key:
            _cases.move_to_end(review_id)
            return cached
    files = case_files(session, review_id, status="confirmed")
    family, family_error = None, ""
    family_files = [f for f in files if f.kind == "family"]
    if family_files:
        try:
            family = read_family(file_path(data_dir, family_files[-1]))
        except ValueError as error:
            family_error = str(error)
    results = []
    for entry in files:
        if entry.kind != "chronology":
            continue
        try:
            results.append(read_case_file(data_dir, entry))
        except IngestError:
            continue  # refused at upload; a file changed on disk since is left out
    decisions = Decisions()
    for decision in decisions_for(session, review_id):
        if decision.kind == "same":
            decisions.same.append(decision.refs)
        elif decision.kind == "different":
            decisions.different.append((decision.refs[0], decision.refs[1]))
        elif decision.category in LABELS:
            decisions.categories[decision.refs[0]] = decision.category
    case = build_case(review_id, key, results, decisions, family, family_error)
    case.files = {f.filename: f for f in files}
    with _lock:
        _cases[review_id] = case
        while len(_cases) > CACHE_SIZE:
            _cases.popitem(last=False)
    return case


def build_case(
    review_id: int,
    key: tuple[object, ...],
    results: list[IngestResult],
    decisions: Decisions,
    family: Family | None,
    family_error: str = "",
) -> CaseData:
    birth = family.subject_birth() if family is not None else None
    age_of = age_function(birth) if birth is not None else None
    events = [event for result in results for event in result.events]
    integration = integrate(events, decisions, age_of=age_of)
    run = MergeRun(results, integration, notes=list(integration.notes))
    anonymiser = Anonymiser.for_case(family, run)
    return case_from_run(review_id, key, run, family, family_error, anonymiser)


def case_from_run(
    review_id: int,
    key: tuple[object, ...],
    run: MergeRun,
    family: Family | None,
    family_error: str,
    anonymiser: Anonymiser,
) -> CaseData:
    case = CaseData(review_id, key, run, family, family_error, anonymiser)
    for index, event in enumerate(run.integration.events):
        raw = " ".join(f"{s.event_type} {s.event_text} {s.outcome}" for s in event.sources)
        case.facts.append(
            EventFacts(
                event,
                raw.lower(),
                anonymiser.text(raw).lower(),
                frozenset(anonymiser.people_mentioned(raw)),
            )
        )
        case.by_id[event.event_id] = index
    return case


def put_case(case: CaseData) -> None:
    """Install a case built elsewhere (the benchmark's synthetic chronology)."""
    with _lock:
        _cases[case.review_id] = case
