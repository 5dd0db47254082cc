"""Finding rows that record the same occurrence, explaining each decision.

Precision first: a false merge hides an event from the panel. So only rows on the same day can
be merged automatically, and only for a stated reason (the same entry typed twice; the same
once-a-day meeting; matching kind, time and text). Dates a day apart, swapped day/month dates
and partial dates only ever produce *possible* duplicates for a reviewer. Clusters use complete
linkage: every pair in a cluster must be compatible, so A~B and B~C cannot chain A to C.

Blocking keeps the work about linear: rows are bucketed by day, and texts within a bucket are
compared in one vectorised rapidfuzz call; only promising pairs reach the Python rules.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Literal

import numpy as np
from rapidfuzz import fuzz, process

from chronology.agencies import aliases
from chronology.schema import Event

Verdict = Literal["same", "possible", "different"]
Relation = Literal["same_day", "near", "swapped", "partial"]


@dataclass(frozen=True)
class Kind:
    name: str
    one_per_day: bool
    patterns: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class Rules:
    abbreviations: re.Pattern[str]  # one alternation of every abbreviation, longest first
    expansions: dict[str, str]  # lower-case abbreviation -> expansion
    kinds: tuple[Kind, ...]
    thresholds: dict[str, int]
    mention_before: re.Pattern[str]
    mention_after: re.Pattern[str]


def _cue_pattern(words: Sequence[str], anchor: str) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    if anchor == "end":  # the cue ends within three words of the kind
        return re.compile(rf"\b({alternatives})(\s+\S+){{0,2}}\s*$")
    return re.compile(rf"^\s*({alternatives})\b")


@cache
def load_rules() -> Rules:
    text = resources.files("chronology").joinpath("rules/dedup.toml").read_text("utf-8")
    data = tomllib.loads(text)
    # One pass with the longest alternatives first, so "strat disc" wins over "strat".
    expansions = {short.lower(): long for short, long in data["abbreviations"].items()}
    alternation = "|".join(re.escape(s) for s in sorted(expansions, key=len, reverse=True))
    abbreviations = re.compile(rf"(?<![\w&])(?:{alternation})(?![\w&])", re.IGNORECASE)
    kinds = tuple(
        Kind(k["name"], bool(k.get("one_per_day")), tuple(re.compile(p) for p in k["patterns"]))
        for k in data["kind"]
    )
    mentions = data.get("mentions", {})
    return Rules(
        abbreviations,
        expansions,
        kinds,
        dict(data["thresholds"]),
        _cue_pattern(mentions.get("before", ["after"]), "end"),
        _cue_pattern(mentions.get("after", ["to be"]), "start"),
    )


def normalise_text(text: str, rules: Rules | None = None) -> str:
    """Lower case, abbreviations expanded, punctuation dropped: what text similarity sees."""
    rules = rules or load_rules()
    value = text.lower().replace("’", "'")
    value = rules.abbreviations.sub(lambda m: rules.expansions[m.group(0)], value)
    value = re.sub(r"[^a-z0-9&]+", " ", value)
    return " ".join(value.split())


def source_key(event: Event) -> str:
    """The stable name of a source row: `file|sheet|row`, as decisions files refer to it."""
    return f"{event.source.file}|{event.source.sheet}|{event.source.row}"


@dataclass
class Prepared:
    """An event with what comparison needs, computed once."""

    index: int
    event: Event
    key: str
    text: str  # normalised text
    kinds: frozenset[str]
    start: dt.date
    end: dt.date
    minutes: int | None


def _date_range(event: Event) -> tuple[dt.date, dt.date]:
    if event.date_precision == "day":
        return event.date, event.date
    if event.date_precision == "month":
        following = (event.date.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return event.date, following - dt.timedelta(days=1)
    return event.date, dt.date(event.date.year, 12, 31)


def _kinds(text: str, rules: Rules, typed: bool) -> frozenset[str]:
    """Kinds the text records. In free text a kind only mentioned ("core group straight after
    the RCPC", "strategy discussion to be convened") does not count; in the event type it does."""
    found = set()
    for kind in rules.kinds:
        for pattern in kind.patterns:
            for match in pattern.finditer(text):
                before, after = text[: match.start()], text[match.end() :]
                if typed or not (
                    rules.mention_before.search(before) or rules.mention_after.search(after)
                ):
                    found.add(kind.name)
                    break
            if kind.name in found:
                break
    return frozenset(found)


def prepare(events: Sequence[Event], rules: Rules | None = None) -> list[Prepared]:
    rules = rules or load_rules()
    prepared = []
    for index, event in enumerate(events):
        raw = " ".join(x for x in (event.event_type, event.event_text, event.outcome) if x)
        text = normalise_text(raw, rules)
        kinds = _kinds(normalise_text(event.event_type, rules), rules, typed=True)
        kinds |= _kinds(normalise_text(event.event_text, rules), rules, typed=False)
        start, end = _date_range(event)
        minutes = event.time.hour * 60 + event.time.minute if event.time else None
        prepared.append(Prepared(index, event, source_key(event), text, kinds, start, end, minutes))
    return prepared


@dataclass(frozen=True)
class Comparison:
    a: int
    b: int
    verdict: Verdict
    score: float
    reasons: tuple[str, ...]


def _one_per_day(kinds: frozenset[str], rules: Rules) -> list[str]:
    return [k.name for k in rules.kinds if k.one_per_day and k.name in kinds]


@cache
def _agency_names(agency: str) -> tuple[str, ...]:
    """The names an agency goes by in text (its canonical name and aliases), normalised."""
    names = {normalise_text(agency)}
    names.update(normalise_text(alias) for alias, name in aliases().items() if name == agency)
    return tuple(n for n in names if len(n) >= 2)


def _mentions(text: str, agency: str) -> bool:
    padded = f" {text} "
    return any(f" {name} " in padded for name in _agency_names(agency))


def compare(
    a: Prepared, b: Prepared, relation: Relation, similarity: float, rules: Rules | None = None
) -> Comparison:
    """The verdict on one candidate pair, with the reasons a reviewer will read."""
    rules = rules or load_rules()
    t = rules.thresholds
    reasons = [f"text similarity {similarity:.0f}"]
    shared = a.kinds & b.kinds
    gap = abs(a.minutes - b.minutes) if a.minutes is not None and b.minutes is not None else None
    if gap is not None:
        reasons.append(f"{gap} minutes apart")
    same_agency = a.event.agency == b.event.agency
    score = similarity / 100

    def result(verdict: Verdict, why: str, bonus: float = 0.0) -> Comparison:
        return Comparison(
            a.index, b.index, verdict, round(min(score + bonus, 1.0), 3), (why, *reasons)
        )

    if relation != "same_day":
        label = {
            "near": "dates one day apart",
            "swapped": "dates agree only if day and month are swapped",
            "partial": "one date is partial and covers the other",
        }[relation]
        if similarity >= t["near_text"] or (shared and similarity >= t["same_text"] - 10):
            return result("possible", label)
        return result("different", label)
    if gap is not None and gap > t["max_minutes_apart"]:
        if similarity >= 90:
            return result("possible", "same day, texts alike, but times far apart")
        return result("different", f"times more than {t['max_minutes_apart']} minutes apart")
    daily = _one_per_day(shared, rules)
    several = len(_one_per_day(a.kinds, rules)) > 1 or len(_one_per_day(b.kinds, rules)) > 1
    if same_agency:
        exact = fuzz.ratio(a.text, b.text)
        same_numbers = _NUMBER.findall(a.text) == _NUMBER.findall(b.text)
        if exact >= t["typed_twice"] and same_numbers and (gap is None or gap <= 5):
            return result("same", f"same agency, same day, same text ({exact:.0f}): typed twice")
        if daily and not several and similarity >= t["recorded_twice_text"]:
            return result("same", f"same agency recorded the same {daily[0]} twice", 0.2)
        if exact >= t["typed_twice_possible"]:
            return result("possible", f"same agency, same day, nearly the same text ({exact:.0f})")
        return result("different", "same agency, same day, different entries")
    if a.kinds and b.kinds and not shared:
        if similarity >= 90:
            return result("possible", "different kinds of event but texts alike")
        return result(
            "different",
            f"different kinds: {', '.join(sorted(a.kinds))} / {', '.join(sorted(b.kinds))}",
        )
    if daily:
        if several:
            return result("possible", f"both mention the {daily[0]}, one records other meetings")
        if gap is not None and gap > t["meeting_minutes_apart"]:
            return result("possible", f"both record a {daily[0]}, but {gap} minutes apart")
        return result("same", f"both record the {daily[0]} (held once that day)", 0.3)
    each_names_other = _mentions(a.text, b.event.agency) and _mentions(b.text, a.event.agency)
    if shared:
        close = gap is not None and gap <= t["close_minutes"]
        kind = sorted(shared)[0]
        if kind == "home visit":
            return result("possible", "both record a home visit; separate visits are common")
        if each_names_other and similarity >= t["shared_kind_text"]:
            return result("same", f"both record the {kind}; each names the other agency", 0.2)
        if close and similarity >= t["close_kind_text"]:
            return result("same", f"both record the {kind} within {gap} minutes", 0.2)
        if similarity >= t["shared_kind_text"]:
            return result("possible", f"both record a {kind}, but not clearly the same one")
        return result("different", f"both record a {kind}, texts differ")
    if similarity >= t["same_text"] and (gap is None or gap <= t["close_minutes"]):
        return result("same", "same day, texts agree")
    if each_names_other and similarity >= t["close_kind_text"]:
        return result("same", "same day and each names the other agency", 0.2)
    if similarity >= t["possible_text"] or each_names_other:
        return result("possible", "same day, texts partly agree")
    if _MEETING.search(a.text) and _MEETING.search(b.text):
        return result("possible", "same day, both describe a meeting")
    return result("different", "same day, texts differ")


_NUMBER = re.compile(r"\d+")
_MEETING = re.compile(r"\b(meeting|conference|discussion)\b")


def _swap(day: dt.date) -> dt.date | None:
    if day.day <= 12 and day.day != day.month:
        try:
            return day.replace(month=day.day, day=day.month)
        except ValueError:
            return None
    return None


def candidate_pairs(
    items: Sequence[Prepared],
) -> Iterable[tuple[Prepared, Prepared, Relation, float]]:
    """Blocked candidate pairs with their text similarity (0-100)."""
    by_day: dict[dt.date, list[Prepared]] = defaultdict(list)
    partial: list[Prepared] = []
    for item in items:
        if item.event.date_precision == "day":
            by_day[item.start].append(item)
        else:
            partial.append(item)
    days = sorted(by_day)
    for day in days:
        bucket = by_day[day]
        yield from _pairs_within(bucket, "same_day")
        following = by_day.get(day + dt.timedelta(days=1))
        if following:
            yield from _pairs_across(bucket, following, "near")
        swapped = _swap(day)
        if swapped is not None and swapped > day and swapped in by_day:
            yield from _pairs_across(bucket, by_day[swapped], "swapped")
    for position, item in enumerate(partial):
        covered = [p for d in days if item.start <= d <= item.end for p in by_day[d]]
        covered += [
            p for p in partial[position + 1 :] if p.start <= item.end and item.start <= p.end
        ]
        if covered:
            yield from _pairs_across([item], covered, "partial")


_MIN_SIMILARITY = 35.0
_MIN_ACROSS_SIMILARITY = 50


def _pairs_within(
    bucket: Sequence[Prepared], relation: Relation
) -> Iterable[tuple[Prepared, Prepared, Relation, float]]:
    if len(bucket) < 2:
        return
    texts = [p.text for p in bucket]
    matrix = process.cdist(texts, texts, scorer=fuzz.token_set_ratio, dtype=np.uint8)
    for i, j in zip(*np.triu_indices(len(bucket), k=1), strict=True):
        a, b = bucket[i], bucket[j]
        similarity = float(matrix[i, j])
        if similarity >= _MIN_SIMILARITY or (a.kinds & b.kinds) or a.event.agency != b.event.agency:
            yield a, b, relation, similarity


def _pairs_across(
    left: Sequence[Prepared], right: Sequence[Prepared], relation: Relation
) -> Iterable[tuple[Prepared, Prepared, Relation, float]]:
    matrix = process.cdist(
        [p.text for p in left],
        [p.text for p in right],
        scorer=fuzz.token_set_ratio,
        dtype=np.uint8,
    )
    for i, j in zip(*np.nonzero(matrix >= _MIN_ACROSS_SIMILARITY), strict=True):
        yield left[i], right[j], relation, float(matrix[i, j])
    for i, a in enumerate(left):
        if a.kinds:
            for j, b in enumerate(right):
                if a.kinds & b.kinds and matrix[i, j] < _MIN_ACROSS_SIMILARITY:
                    yield a, b, relation, float(matrix[i, j])


@dataclass
class Decisions:
    """A reviewer's overrides, by source-row key; always applied, on every run."""

    same: list[tuple[str, ...]] = field(default_factory=list)
    different: list[tuple[str, str]] = field(default_factory=list)
    categories: dict[str, str] = field(default_factory=dict)


@dataclass
class Clustering:
    clusters: list[list[int]]  # indices into the events, each cluster sorted
    reasons: dict[int, list[str]]  # cluster's first index -> why its rows were merged
    possible: list[Comparison]
    compared: int


def cluster(
    items: Sequence[Prepared], decisions: Decisions | None = None, rules: Rules | None = None
) -> Clustering:
    """Group rows into occurrences with complete linkage and the reviewer's decisions."""
    rules = rules or load_rules()
    decisions = decisions or Decisions()
    by_key = {p.key: p.index for p in items}
    forbidden = {
        frozenset((by_key[a], by_key[b]))
        for a, b in decisions.different
        if a in by_key and b in by_key
    }
    verdicts: dict[frozenset[int], Comparison] = {}
    compared = 0
    for a, b, relation, similarity in candidate_pairs(items):
        compared += 1
        comparison = compare(a, b, relation, similarity, rules)
        verdicts[frozenset((a.index, b.index))] = comparison
    members: dict[int, list[int]] = {p.index: [p.index] for p in items}
    owner: dict[int, int] = {p.index: p.index for p in items}
    reasons: dict[int, list[str]] = defaultdict(list)

    def compatible(x: int, y: int) -> bool:
        pair = frozenset((x, y))
        if pair in forbidden:
            return False
        found = verdicts.get(pair)
        return found is not None and found.verdict == "same"

    def join(x: int, y: int, why: str, forced: bool) -> bool:
        rx, ry = owner[x], owner[y]
        if rx == ry:
            return False
        if any(frozenset((i, j)) in forbidden for i in members[rx] for j in members[ry]):
            return False
        if not forced and not all(compatible(i, j) for i in members[rx] for j in members[ry]):
            return False
        keep, gone = (rx, ry) if rx < ry else (ry, rx)
        for index in members[gone]:
            owner[index] = keep
        members[keep] = sorted(members[keep] + members.pop(gone))
        reasons[keep] += [*reasons.pop(gone, []), why]
        return True

    for group in decisions.same:
        indices = [by_key[key] for key in group if key in by_key]
        for other in indices[1:]:
            join(indices[0], other, "reviewer decision: the same occurrence", forced=True)
    for comparison in sorted(
        (c for c in verdicts.values() if c.verdict == "same"), key=lambda c: (-c.score, c.a, c.b)
    ):
        join(comparison.a, comparison.b, comparison.reasons[0], forced=False)
    possible = [
        c
        for c in verdicts.values()
        if c.verdict == "possible"
        and owner[c.a] != owner[c.b]
        and frozenset((c.a, c.b)) not in forbidden
    ]
    possible.sort(key=lambda c: (-c.score, c.a, c.b))
    clusters = sorted(members.values(), key=lambda m: m[0])
    return Clustering(clusters, dict(reasons), possible, compared)
