"""From accepted rows to the integrated chronology: one row per occurrence, every agency's
account kept, classified, in date order, with a stable id.

`event_id` is a hash of the source rows an occurrence was built from, so re-running on the same
inputs gives the same ids, and a reviewer's notes keyed by id stay attached.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from chronology.agencies import sector_of
from chronology.classify import (
    Classification,
    ClassifiedAhead,
    Entry,
    classify,
    classify_many,
    tier_of,
)
from chronology.collecting import fewer_collections
from chronology.decisions import fingerprint, resolve
from chronology.dedup import Clustering, Comparison, Decisions, cluster, prepare, source_key
from chronology.forking import may_fork_alone
from chronology.schema import Event
from chronology.stages import profiling

Classifier = Callable[..., Classification]
PRECISION_ORDER = {"day": 0, "month": 1, "year": 2}


@dataclass(frozen=True)
class IntegratedEvent:
    event_id: str
    date: dt.date
    date_precision: str
    time: dt.time | None
    agencies: tuple[str, ...]
    event_type: str
    event_text: str  # the fullest account
    outcome: str
    classification: Classification
    category_reason: str
    sources: tuple[Event, ...]
    merge_reasons: tuple[str, ...] = ()
    age: str = ""

    @property
    def duplicate_count(self) -> int:
        return len(self.sources)

    # Read from the sources, so an anonymised event's sources anonymise these too.
    @property
    def significance(self) -> str:
        """Each agency's account of why the entry matters, in source order."""
        return _joined(self.sources, "significance", "\n", by_agency=self.is_multi_agency)

    @property
    def references(self) -> str:
        return _joined(self.sources, "reference", "; ", by_agency=self.is_multi_agency)

    @property
    def practitioners(self) -> str:
        return _joined(self.sources, "practitioner", "; ", by_agency=self.is_multi_agency)

    @property
    def sectors(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(sector_of(a) for a in self.agencies))

    @property
    def is_multi_agency(self) -> bool:
        return len(self.agencies) > 1


def _joined(sources: Sequence[Event], name: str, sep: str, by_agency: bool) -> str:
    values: dict[str, None] = {}
    for source in sources:
        value = str(getattr(source, name)).strip()
        if value:
            values[f"{source.agency}: {value}" if by_agency else value] = None
    return sep.join(values)


@dataclass(frozen=True)
class PossibleDuplicate:
    first: str  # event ids
    second: str
    score: float
    reasons: tuple[str, ...]
    first_source: Event
    second_source: Event


@dataclass
class Integration:
    events: list[IntegratedEvent]
    possible: list[PossibleDuplicate]
    event_of_source: dict[str, str]  # source key -> event id
    notes: list[str] = field(default_factory=list)
    compared_pairs: int = 0


def event_id(sources: Sequence[Event]) -> str:
    keys = "\n".join(sorted(source_key(e) for e in sources))
    return "E" + hashlib.sha1(keys.encode("utf-8")).hexdigest()[:10]


def _sort_key(event: IntegratedEvent) -> tuple[object, ...]:
    minutes = event.time.hour * 60 + event.time.minute if event.time else 24 * 60
    return (
        event.date,
        PRECISION_ORDER[event.date_precision],
        minutes,
        event.agencies,
        event.event_id,
    )


def _fullest(members: Sequence[Event]) -> Event:
    return max(members, key=lambda e: (len(e.event_text), len(e.event_type)))


def _entry(members: Sequence[Event]) -> Entry:
    """What an occurrence is classified on: every account's words, once each, read with the
    fullest account's agency and event type."""
    fullest = _fullest(members)
    texts = " ".join(dict.fromkeys(f"{e.event_type}. {e.event_text}".strip(". ") for e in members))
    return texts, fullest.agency, fullest.event_type


def _build(
    members: Sequence[Event],
    reasons: Sequence[str],
    texts: str,
    result: Classification,
    overrides: dict[str, str],
    age_of: Callable[[dt.date, str], str] | None,
) -> IntegratedEvent:
    most_precise = min(members, key=lambda e: (PRECISION_ORDER[e.date_precision], e.date))
    on_day = [e for e in members if e.date == most_precise.date and e.time is not None]
    fullest = _fullest(members)
    agencies = tuple(dict.fromkeys(e.agency for e in sorted(members, key=source_key)))
    reason = result.reason
    override = next((overrides[k] for k in map(source_key, members) if k in overrides), None)
    if override is not None:
        rest = tuple(c for c in result.categories if c != override)
        result = Classification(
            override,
            (override, *rest)[:3],
            override != "not_key_event",
            "reviewer decision",
            tier_of(override, texts),
        )
        reason = "reviewer decision"
    return IntegratedEvent(
        event_id=event_id(members),
        date=most_precise.date,
        date_precision=most_precise.date_precision,
        time=min((e.time for e in on_day if e.time), default=None),
        agencies=agencies,
        event_type=fullest.event_type,
        event_text=fullest.event_text or fullest.event_type,
        outcome=fullest.outcome,
        classification=result,
        category_reason=reason,
        sources=tuple(sorted(members, key=source_key)),
        merge_reasons=tuple(reasons),
        age=age_of(most_precise.date, most_precise.date_precision) if age_of else "",
    )


@fewer_collections()
def integrate(
    events: Sequence[Event],
    decisions: Decisions | None = None,
    classifier: Classifier = classify,
    age_of: Callable[[dt.date, str], str] | None = None,
) -> Integration:
    """Deduplicate, classify and order; `age_of(date, precision)` adds the child's age."""
    decisions, notes = resolve(decisions or Decisions(), events)
    ahead = None
    # Beside another thread (a dashboard's learning) a fork could inherit a lock held for ever.
    ahead_here = len(events) >= AHEAD_FROM and may_fork_alone() and not profiling()
    if classifier is classify and ahead_here:
        ahead = ClassifiedAhead(_entry([event]) for event in events)
    try:
        items = prepare(events)
        clustering: Clustering = cluster(items, decisions)
        singles = ahead.results() if ahead else None  # each row's own classification, in order
    except BaseException:
        if ahead is not None:
            ahead.close()
        raise
    groups = [[events[i] for i in members] for members in clustering.clusters]
    entries = [_entry(group) for group in groups]
    known = (
        {entries[g]: singles[c[0]] for g, c in enumerate(clustering.clusters) if len(c) == 1}
        if singles is not None
        else None
    )
    # The merged occurrences, classified in a second process while this one puts the listed
    # pairs' evidence into words (neither needs the other; each takes a second at 50,000 rows).
    rest = [e for e in dict.fromkeys(entries) if e not in known] if known is not None else []
    later = ClassifiedAhead(iter(rest)) if rest else None
    try:
        explained = [c.reasons for c in clustering.possible]
    except BaseException:
        if later is not None:
            later.close()
        raise
    classified = later.results() if later is not None else None
    if known is not None and classified is not None:
        known.update(zip(rest, classified, strict=True))
    if classifier is classify:
        results = classify_many(entries, known=known)
    else:
        results = [classifier(t, agency=a, event_type=e) for t, a, e in entries]
    integrated = [
        _build(group, clustering.reasons.get(c[0], []), e[0], r, decisions.categories, age_of)
        for group, c, e, r in zip(groups, clustering.clusters, entries, results, strict=True)
    ]
    integrated.sort(key=_sort_key)
    event_of_source = {source_key(s): e.event_id for e in integrated for s in e.sources}
    possible = [
        _possible(c, reasons, events, event_of_source)
        for c, reasons in zip(clustering.possible, explained, strict=True)
    ]
    return Integration(integrated, possible, event_of_source, notes, clustering.compared)


# Rows from which each row is classified (as an occurrence of its own, as most rows are) in a
# second process while the rows are deduplicated; below it the fork costs more than it saves.
AHEAD_FROM = 10_000


def _possible(
    comparison: Comparison,
    reasons: tuple[str, ...],
    events: Sequence[Event],
    event_of_source: dict[str, str],
) -> PossibleDuplicate:
    first, second = events[comparison.a], events[comparison.b]
    return PossibleDuplicate(
        event_of_source[source_key(first)],
        event_of_source[source_key(second)],
        comparison.score,
        reasons,
        first,
        second,
    )


__all__ = ["IntegratedEvent", "Integration", "PossibleDuplicate", "fingerprint", "integrate"]
