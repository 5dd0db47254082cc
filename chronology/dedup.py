"""Finding rows that record the same occurrence, explaining each decision.

Precision first: a false merge hides an event from the panel. Each candidate pair gets a match
weight from the linkage model (`chronology.linkage`, weights learnt from labelled cases) and is
merged only at or above a threshold chosen for 99% precision, with its reasons in words. Dates
a day or more apart weigh against a pair (a record typed a day late still merges when the rest
of the evidence is strong, as does an attendance running past midnight). Clusters use complete
linkage: two groups merge only when every pair between them is "same", so A~B and B~C never
chain A to C when A~C is weak or was not compared at all. A softened form (`group` and
`group_floor` in dedup_weights.toml: no pair below the floor and the mean reaching `group`) is
built but off as shipped: on the held-out blind-2 set it let unlike rows chain.

Blocking (`chronology.blocking`) finds the candidate pairs on whole columns: rows near in date,
their texts compared in a few rapidfuzz calls, each row keeping its best few on a crowded day;
only those pairs are scored, also by columns (`linkage_columns`).
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from itertools import pairwise
from typing import Literal, NamedTuple, get_args

import numpy as np

from chronology.agencies import aliases
from chronology.blocking import DAY, MONTH, YEAR, Candidates, Rows, candidates
from chronology.forking import Ahead, may_fork_alone, worker_count
from chronology.linkage import (
    ARRIVAL,
    CARE,
    CODES,
    COMPARISONS,
    LEAVING,
    SHORT_WORDS,
    Pair,
    Weights,
    WordVectors,
    background_shares,
    explain,
    for_case,
    kind_level,
    levels_of,
    load_weights,
    probability,
    rare_specifics,
    sheet_of,
    specifics,
    time_gap,
    verdict,
)
from chronology.linkage_columns import (
    RELATIONS,
    Columns,
    batch_levels,
    batch_weights,
    columns,
    weight_tables,
)
from chronology.literals import could_match, required
from chronology.schema import Event
from chronology.stages import profiling, stage
from rulefiles import load, rules_file

Verdict = Literal["same", "possible", "different"]
Relation = Literal["same_day", "near", "swapped", "partial"]


@dataclass(frozen=True)
class Kind:
    name: str
    one_per_day: bool
    patterns: tuple[re.Pattern[str], ...]
    gate: re.Pattern[str]  # its patterns in one alternation
    literals: tuple[str, ...] | None = None  # the gate needs one of these (`literals.required`)


@dataclass(frozen=True)
class Rules:
    abbreviations: re.Pattern[str]  # one alternation of every abbreviation, longest first
    expansions: dict[str, str]  # lower-case abbreviation -> expansion
    kinds: tuple[Kind, ...]
    thresholds: dict[str, int]
    mention_before: re.Pattern[str]
    mention_after: re.Pattern[str]
    daily_mask: int  # the bits of the once-a-day kinds
    daily_names: frozenset[str]
    generic_names: frozenset[str]
    joint_mask: int  # the joint-visit kind, which the other agency may call a home visit
    visit_mask: int
    life_names: frozenset[str]  # life events (a move, a birth, an arrest): specifics decide
    life_mask: int  # their bits
    ends_mask: int = 0  # kinds with two ends (a referral sent and received, a call made and taken)
    reports: re.Pattern[str] | None = None  # a row that reports a call, referral or screening
    held: re.Pattern[str] | None = None  # ... unless just after the meeting it says it was held
    sent: re.Pattern[str] | None = None  # the row sends, refers or calls out
    received: re.Pattern[str] | None = None  # the row receives it
    episode_agencies: re.Pattern[str] | None = None  # services writing one attendance as rows
    phases: tuple[tuple[int, re.Pattern[str]], ...] = ()  # (phase, cue) of an attendance's rows
    episode_apart: re.Pattern[str] | None = None  # a row about something else on the sheet
    episode_opening: int = 50  # characters of the text read for the phase
    episode_apart_opening: int = 40  # ... and for an `apart` cue
    episode_hours: int = 12  # an attendance's neighbouring rows are at most this far apart
    not_names: frozenset[str] = frozenset()  # words opening a row that are not a child's name


def _cue_pattern(words: Sequence[str], anchor: str) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    if anchor == "end":  # the cue ends within three words of the kind
        return re.compile(rf"\b({alternatives})(\s+\S+){{0,2}}\s*$")
    return re.compile(rf"^\s*({alternatives})\b")


@dataclass(frozen=True)
class KindSpec:
    """One [[kind]] of rules/dedup.toml."""

    name: str
    patterns: tuple[str, ...]
    one_per_day: bool = False
    generic: bool = False  # a generic name gives way to a specific one on the same row
    life: bool = False  # a life event: specifics decide
    ends: bool = False  # two ends (sent and received): one row of each is one occurrence


@dataclass(frozen=True)
class MentionsSpec:
    before: tuple[str, ...] = ("after",)  # a kind within three words after these is mentioned
    after: tuple[str, ...] = ("to be",)  # ... or straight before these
    reports: tuple[str, ...] = ()  # before a meeting's name: the row reports a call about it
    held: tuple[str, ...] = ()  # after a meeting's name: it was held all the same


@dataclass(frozen=True)
class ThresholdsSpec:
    typed_twice: int
    typed_twice_possible: int
    same_text: int
    possible_text: int
    shared_kind_text: int
    max_minutes_apart: int
    close_minutes: int
    meeting_minutes_apart: int
    close_kind_text: int
    recorded_twice_text: int
    near_text: int
    near_possible_text: int
    medium_chars: int = 15
    held_chars: int = 60


@dataclass(frozen=True)
class EndsSpec:
    """Wordings of the sending and the receiving end of a referral or a call."""

    sent: tuple[str, ...] = ()
    received: tuple[str, ...] = ()


@dataclass(frozen=True)
class EpisodesSpec:
    """One attendance written as several rows of one sheet: the cues of each row's phase."""

    agencies: tuple[str, ...] = ()
    arrival: tuple[str, ...] = ()
    care: tuple[str, ...] = ()
    leaving: tuple[str, ...] = ()
    apart: tuple[str, ...] = ()
    opening: int = 50
    apart_opening: int = 40
    hours: int = 12


@dataclass(frozen=True)
class PerChildSpec:
    """One event written once per child: words that open a row like a name but are not one."""

    not_names: tuple[str, ...] = ()


@rules_file("chronology", "dedup.toml")
@dataclass(frozen=True)
class DedupFile:
    abbreviations: dict[str, str]  # abbreviation -> expansion
    kind: tuple[KindSpec, ...]
    thresholds: ThresholdsSpec
    mentions: MentionsSpec = MentionsSpec()
    ends: EndsSpec = EndsSpec()
    episodes: EpisodesSpec = EpisodesSpec()
    per_child: PerChildSpec = PerChildSpec()


@cache
def load_rules() -> Rules:
    data = load(DedupFile)
    # One pass with the longest alternatives first, so "strat disc" wins over "strat".
    expansions = {short.lower(): long for short, long in data.abbreviations.items()}
    alternation = "|".join(re.escape(s) for s in sorted(expansions, key=len, reverse=True))
    abbreviations = re.compile(rf"(?<![\w&])(?:{alternation})(?![\w&])", re.IGNORECASE)
    gates = [re.compile("|".join(f"(?:{p})" for p in k.patterns)) for k in data.kind]
    kinds = tuple(
        Kind(k.name, k.one_per_day, tuple(re.compile(p) for p in k.patterns), gate, required(gate))
        for k, gate in zip(data.kind, gates, strict=True)
    )
    return Rules(
        abbreviations=abbreviations,
        expansions=expansions,
        kinds=kinds,
        thresholds=asdict(data.thresholds),
        mention_before=_cue_pattern(data.mentions.before, "end"),
        mention_after=_cue_pattern(data.mentions.after, "start"),
        daily_mask=sum(1 << i for i, k in enumerate(kinds) if k.one_per_day),
        daily_names=frozenset(k.name for k in kinds if k.one_per_day),
        generic_names=frozenset(k.name for k in data.kind if k.generic),
        joint_mask=sum(1 << i for i, k in enumerate(kinds) if k.name == "joint visit"),
        visit_mask=sum(1 << i for i, k in enumerate(kinds) if k.name == "home visit"),
        life_names=frozenset(k.name for k in data.kind if k.life),
        life_mask=sum(1 << i for i, k in enumerate(data.kind) if k.life),
        ends_mask=sum(1 << i for i, k in enumerate(data.kind) if k.ends),
        reports=_alternation(data.mentions.reports),
        held=_alternation(data.mentions.held),
        sent=_alternation(data.ends.sent),
        received=_alternation(data.ends.received),
        episode_agencies=_alternation(data.episodes.agencies),
        phases=tuple(
            (phase, pattern)
            for phase, cues in (
                (ARRIVAL, data.episodes.arrival),
                (CARE, data.episodes.care),
                (LEAVING, data.episodes.leaving),
            )
            if (pattern := _alternation(cues)) is not None
        ),
        episode_apart=_alternation(data.episodes.apart),
        episode_opening=data.episodes.opening,
        episode_apart_opening=data.episodes.apart_opening,
        episode_hours=data.episodes.hours,
        not_names=frozenset(w.lower() for w in data.per_child.not_names),
    )


def _alternation(patterns: Sequence[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def _direction(text: str, rules: Rules) -> int:
    """1 when the row sends (refers, calls out), 2 when it receives, 0 when neither or both."""
    sent = bool(rules.sent and rules.sent.search(text))
    received = bool(rules.received and rules.received.search(text))
    return 1 if sent and not received else 2 if received and not sent else 0


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
    kind_mask: int = 0  # one bit per kind, for vectorised blocking
    meeting: bool = False
    main_daily: str | None = None  # the once-a-day kind the row is about (named first)
    specifics: frozenset[str] = frozenset()  # addresses, references, names of places
    direction: int = 0  # 1 sends, 2 receives (a referral, a call), 0 neither or unclear
    short: bool = False  # its type, text and outcome hold a word or two (linkage.SHORT_WORDS)
    phase: int = 0  # ARRIVAL, CARE or LEAVING on a sheet writing attendances as rows; 0 else
    attendance: int = 0  # with a phase: the attendance (from 1) its rows make up
    child: tuple[str, str] | None = None  # (name, the rest) of a row opening with a child's name


# A row opening with a child's name: "Jayden (Y6): ...", "Lacey ANSELL - ...", "(Levi) Levi ..."
_CHILD = re.compile(
    r"\s*(?:\((?P<bracketed>[A-Z][a-z][\w'-]*)\)\s+"
    r"|(?P<name>[A-Z][a-z][\w'-]*)(?:\s+[A-Z][\w'-]+)?\s*(?:\([^()]{1,20}\))?\s*[:\-\u2013]\s+)"
)


def _child(text: str, rules: Rules) -> tuple[str, str] | None:
    """(the name, the rest of the row without it) when the row opens with a child's name."""
    found = _CHILD.match(text)
    if found is None:
        return None
    name = (found.group("bracketed") or found.group("name")).lower()
    if name in rules.not_names:
        return None
    rest = re.sub(rf"\b{re.escape(name)}\b", " ", text[found.end() :].lower())
    return name, " ".join(rest.split())


def _date_range(event: Event) -> tuple[dt.date, dt.date]:
    if event.date_precision == "day":
        return event.date, event.date
    if event.date_precision == "month":
        following = (event.date.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return event.date, following - dt.timedelta(days=1)
    return event.date, dt.date(event.date.year, 12, 31)


def _kinds(text: str, rules: Rules, typed: bool) -> dict[str, int]:
    """Kinds the text records, each with where it first appears. In free text a kind only
    mentioned ("core group straight after the RCPC", "strategy discussion to be convened")
    does not count; in the event type it does."""
    found: dict[str, int] = {}
    if not text:
        return found
    for kind in rules.kinds:
        # A regex tries each of a gate's phrases at every place: first, is any of its words there
        if not could_match(text, kind.literals) or not kind.gate.search(text):
            continue
        spans = sorted(m.span() for pattern in kind.patterns for m in pattern.finditer(text))
        # The kind's words as written: overlapping matches of its patterns are one mention
        # ("strategy" inside "strategy discussion"), its cues read around the whole of it.
        merged: list[list[int]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        for start, end in merged:
            if typed or not (
                rules.mention_before.search(text[:start]) or rules.mention_after.search(text[end:])
            ):
                found[kind.name] = start
                break
    return found


def _phase(event: Event, rules: Rules) -> int:
    """Where a row stands in an attendance written as several rows (an emergency department's
    triage, review and discharge): from its event type when the type has a cue, else from the
    start of its text. 0 when an `apart` cue is in the type, or in the start of the text before
    any arrival or leaving cue ("Dr phoned the duty team" is a call; "Triage: brought by
    police" and "Discharged home, GP letter sent" are not)."""
    if (
        rules.episode_agencies is None
        or event.date_precision != "day"
        or not rules.episode_agencies.search(event.agency.lower())
    ):
        return 0
    typed, text = event.event_type.lower(), event.event_text.lower()
    if rules.episode_apart and rules.episode_apart.search(typed):
        return 0
    # The service's own event type decides when it names a phase ("Discharge"); else the text.
    found, _ = _earliest_phase(typed, rules)
    if found:
        return found
    phase, at = _earliest_phase(text[: rules.episode_opening], rules)
    apart = (
        rules.episode_apart.search(text[: rules.episode_apart_opening])
        if rules.episode_apart
        else None
    )
    if apart and (phase in (0, CARE) or apart.start() < at):
        return 0
    return phase


def _earliest_phase(text: str, rules: Rules) -> tuple[int, int]:
    """(phase, where its cue starts) of the earliest cue in `text`, the longer cue first at one
    place; (0, 0) when none."""
    found = [
        (m.start(), m.start() - m.end(), phase)
        for phase, pattern in rules.phases
        if (m := pattern.search(text))
    ]
    if not found:
        return 0, 0
    start, _, phase = min(found)
    return phase, start


def attendances(events: Sequence[Event], phases: Sequence[int], rules: Rules) -> list[int]:
    """Each phased row's attendance (from 1; 0 for other rows). A sheet's phased rows are read
    in order (of days, then of times when the day's rows all have one, then of rows, reversed
    for a sheet listed newest first) and a new attendance starts at every arrival, after a
    leaving, and after a gap of more than `episode_hours` (or a day, untimed): a pair alone
    cannot tell that another arrival came between its rows."""
    found = [0] * len(events)
    if not any(phases):
        return found  # most cases: no sheet writes attendances as rows
    sheets: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    dated: dict[tuple[str, str, str], list[tuple[int, dt.date]]] = defaultdict(list)
    for index, event in enumerate(events):
        sheet = sheet_of(event)
        if phases[index]:
            sheets[sheet].append(index)
        if event.date_precision == "day":
            dated[sheet].append((event.source.row, event.date))
    number = 0
    for key, indices in sheets.items():
        step = -1 if _newest_first(dated[key]) else 1
        untimed = {events[i].date for i in indices if events[i].time is None}
        moments = {i: _moment(events[i], untimed, step) for i in indices}
        last: tuple[int, int, int] | None = None
        previous = 0
        for i in sorted(indices, key=moments.__getitem__):
            now = moments[i]
            if events[i].date in untimed:
                apart = last is not None and now[0] != last[0]
            else:
                apart = last is not None and now[1] - last[1] > rules.episode_hours * 60
            if last is None or phases[i] == ARRIVAL or previous == LEAVING or apart:
                number += 1
            found[i] = number
            last, previous = now, phases[i]
    return found


def _moment(event: Event, untimed: set[dt.date], step: int) -> tuple[int, int, int]:
    """(day, minutes since the cases' epoch or the day's start when untimed, row in order)."""
    minutes = event.date.toordinal() * 1440
    if event.time is not None and event.date not in untimed:
        minutes += event.time.hour * 60 + event.time.minute
    return event.date.toordinal(), minutes, step * event.source.row


def _newest_first(dated: list[tuple[int, dt.date]]) -> bool:
    """A sheet whose dates mostly fall as its rows go on (an export listed newest first)."""
    rows = sorted(dated)
    falls = sum(1 for (_, a), (_, b) in pairwise(rows) if b < a)
    rises = sum(1 for (_, a), (_, b) in pairwise(rows) if b > a)
    return falls > rises


def prepare(events: Sequence[Event], rules: Rules | None = None) -> list[Prepared]:
    with stage("normalise text and kinds"):
        return _prepare(events, rules or load_rules())


def _prepare(events: Sequence[Event], rules: Rules) -> list[Prepared]:
    prepared = []
    # Types, outcomes and often whole texts repeat ("Home visit", "NFA", a template sentence):
    # each distinct one is normalised and searched for kinds once.
    short: dict[str, str] = {}
    typed_kinds: dict[str, dict[str, int]] = {}
    written_of: dict[str, tuple[str, dict[str, int]]] = {}
    found_of: dict[str, frozenset[str]] = {}
    mask_of: dict[frozenset[str], int] = {}
    phases = [_phase(event, rules) for event in events]
    attendance = attendances(events, phases, rules)
    for index, event in enumerate(events):
        if event.event_type not in short:
            short[event.event_type] = normalise_text(event.event_type, rules)
        if event.outcome not in short:
            short[event.outcome] = normalise_text(event.outcome, rules)
        typed = short[event.event_type]
        if event.event_text not in written_of:
            normalised = normalise_text(event.event_text, rules)
            written_of[event.event_text] = (normalised, _kinds(normalised, rules, typed=False))
        written, written_kinds = written_of[event.event_text]
        text = " ".join(x for x in (typed, written, short[event.outcome]) if x)
        if typed not in typed_kinds:
            typed_kinds[typed] = _kinds(typed, rules, typed=True)
        where = {k: p - 10_000 for k, p in typed_kinds[typed].items()}
        for kind, position in written_kinds.items():
            where.setdefault(kind, position)
        kinds = frozenset(where)
        daily = sorted(
            (k for k in where if k in rules.daily_names),
            key=lambda k: (k in rules.generic_names, where[k]),
        )
        main = daily[0] if daily else None
        if main and where[main] >= 0 and _only_reports(written, where[main], rules):
            main = None
        start, end = _date_range(event)
        minutes = event.time.hour * 60 + event.time.minute if event.time else None
        if kinds not in mask_of:
            mask_of[kinds] = sum(1 << i for i, k in enumerate(rules.kinds) if k.name in kinds)
        mask = mask_of[kinds]
        # Joined as sentences: the first word of each field is not a proper name.
        raw = ". ".join((event.event_type, event.event_text, event.outcome, event.reference))
        if raw not in found_of:
            found_of[raw] = specifics(raw)
        prepared.append(
            Prepared(
                index=index,
                event=event,
                key=source_key(event),
                text=text,
                kinds=kinds,
                start=start,
                end=end,
                minutes=minutes,
                kind_mask=mask,
                meeting=bool(_MEETING.search(text)),
                main_daily=main,
                specifics=found_of[raw],
                direction=_direction(text, rules) if mask & rules.ends_mask else 0,
                short=_short(event),
                phase=phases[index],
                attendance=attendance[index],
                child=_child(event.event_text, rules),
            )
        )
    return prepared


Candidate = tuple[Prepared, Prepared, Relation, float]


@dataclass(frozen=True)
class Comparison:
    a: int
    b: int
    verdict: Verdict
    score: float  # the probability that the two rows are one occurrence
    weight: float  # the match weight in bits
    # How to explain it: the pair, or what builds it (the candidate, its level codes, cosine).
    detail: Pair | tuple[Candidate, np.ndarray, float, Rules] | None = field(
        default=None, compare=False, repr=False
    )
    weights: Weights | None = field(default=None, compare=False, repr=False)

    @property
    def reasons(self) -> tuple[str, ...]:
        """The evidence in words, each with its weight in bits: written only for the pairs a
        reviewer reads (merges and the listed ones), not for every pair kept while clustering."""
        if self.detail is None or self.weights is None:
            return ()
        pair = self.detail if isinstance(self.detail, Pair) else _pair(*self.detail)
        return explain(pair, self.weights)


@cache
def _agency_names(agency: str) -> tuple[str, ...]:
    """The names an agency goes by in text (its canonical name and aliases), normalised."""
    names = {normalise_text(agency)}
    names.update(normalise_text(alias) for alias, name in aliases().items() if name == agency)
    return tuple(n for n in names if len(n) >= 2)


@dataclass
class Context:
    """What scoring needs from the whole case: word weights, rare specifics, agency names, and
    each row's facts as columns for scoring pairs in batches."""

    vectors: WordVectors
    rare: frozenset[str]
    names: dict[str, tuple[str, ...]]
    rules: Rules
    weights: Weights
    items: Sequence[Prepared]
    columns: Columns
    tables: list[np.ndarray]


def context(items: Sequence[Prepared], rules: Rules, weights: Weights | None = None) -> Context:
    agencies = sorted({p.event.agency for p in items})
    names = {agency: _agency_names(agency) for agency in agencies}
    vectors = WordVectors([p.text for p in items])
    weights = weights or load_weights()
    if weights.background:  # only weights trained with --background re-estimate per case
        weights = for_case(weights, background_shares(items, vectors))
    return Context(
        vectors,
        rare_specifics(items),
        names,
        rules,
        weights,
        items,
        columns(items, rules, names),
        weight_tables(weights),
    )


_RELATION_CODE = {name: i for i, name in enumerate(RELATIONS)}
_RELATION_NAMES: tuple[Relation, ...] = get_args(Relation)  # in the order of RELATIONS


def score_batch(
    pairs: Sequence[Candidate], ctx: Context
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(level codes, match weights, cosines) of candidate pairs given one by one."""
    count = len(pairs)
    return score_columns(
        Candidates(
            np.fromiter((a.index for a, _, _, _ in pairs), dtype=np.int64, count=count),
            np.fromiter((b.index for _, b, _, _ in pairs), dtype=np.int64, count=count),
            np.fromiter((_RELATION_CODE[r] for _, _, r, _ in pairs), dtype=np.int8, count=count),
            np.fromiter((s for _, _, _, s in pairs), dtype=np.float64, count=count),
        ),
        ctx,
    )


def score_columns(pairs: Candidates, ctx: Context) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(level codes, match weights, cosines) of a batch of candidate pairs, by columns."""
    left, right = pairs.left, pairs.right
    relation = pairs.relation.astype(np.int64)
    similarity = pairs.similarity.astype(np.float64)
    cosines = ctx.vectors.cosine(left, right)
    if ctx.columns.exact:
        levels = batch_levels(
            ctx.columns, ctx.items, ctx.rules, ctx.rare, left, right, relation, similarity, cosines
        )
    else:  # more agencies than the name bits hold: the reference rules, pair by pair
        items = ctx.items
        levels = np.array(
            [
                [CODES[name][level] for name, level in zip(COMPARISONS, pair.levels, strict=True)]
                for pair in (
                    levels_of(
                        items[a], items[b], _RELATION_NAMES[r], s, c, ctx.rules, ctx.names, ctx.rare
                    )
                    for a, b, r, s, c in zip(
                        left.tolist(),
                        right.tolist(),
                        relation.tolist(),
                        similarity.tolist(),
                        cosines.tolist(),
                        strict=True,
                    )
                )
            ],
            dtype=np.int8,
        ).reshape(len(left), len(COMPARISONS))
    weights = batch_weights(levels, ctx.tables, ctx.weights.prior)
    return levels, weights, cosines


_NAMES = list(COMPARISONS.values())


def _pair(candidate: Candidate, codes: np.ndarray, cosine: float, rules: Rules) -> Pair:
    """The explained form of one scored pair (its levels by name, the values behind them)."""
    a, b, _, similarity = candidate
    timed = time_gap(a, b)
    return Pair(
        a.index,
        b.index,
        tuple(_NAMES[i][code] for i, code in enumerate(codes.tolist())),
        similarity,
        cosine,
        timed[0] if timed else None,
        kind_level(a, b, rules)[1],
        bool(timed and timed[1]),
    )


def score_pairs(pairs: Sequence[Candidate], ctx: Context) -> list[tuple[Pair, float]]:
    """Every candidate pair's levels and match weight, explained (for training and tests)."""
    levels, weights, cosines = score_batch(pairs, ctx)
    return [
        (_pair(candidate, levels[i], float(cosines[i]), ctx.rules), float(weights[i]))
        for i, candidate in enumerate(pairs)
    ]


def judged(pair: Pair, weight: float, weights: Weights) -> Comparison:
    outcome = verdict(weight, weights)
    if outcome == "different":  # most pairs: not explained, as they are not stored
        return Comparison(pair.a, pair.b, outcome, 0.0, weight)
    return Comparison(pair.a, pair.b, outcome, round(probability(weight), 3), weight, pair, weights)


def compare(
    a: Prepared,
    b: Prepared,
    relation: Relation,
    similarity: float,
    ctx: Context,
) -> Comparison:
    """The verdict on one candidate pair, with the evidence a reviewer will read."""
    ((pair, weight),) = score_pairs([(a, b, relation, similarity)], ctx)
    return judged(pair, weight, ctx.weights)


_WORD = re.compile(r"[^\W\d_]{2,}|\d+")


def _short(event: Event) -> bool:
    written = " ".join((event.event_type, event.event_text, event.outcome))
    return len(_WORD.findall(written)) <= SHORT_WORDS


def _only_reports(written: str, at: int, rules: Rules) -> bool:
    """True when the row records a call, a referral or a screening that names the meeting at
    `at` ("DSL phoned the LADO ... strategy discussion at 11"), not the meeting: a reporting
    word before the meeting's name but not just before it (its medium: "rang in to the
    strategy meeting"), and nothing just after the name saying the meeting was held ("mother
    phoned school; strategy discussion held at 2")."""
    if rules.reports is None:
        return False
    told = rules.reports.search(written, 0, at)
    if not told or told.end() + rules.thresholds["medium_chars"] >= at:
        return False
    within = at + rules.thresholds["held_chars"]
    return not (rules.held and rules.held.search(written, at, within))


_MEETING = re.compile(r"\b(meeting|conference|discussion)\b")


_PRECISION = {"day": DAY, "month": MONTH, "year": YEAR}


def _rows(items: Sequence[Prepared]) -> Rows:
    """The rows as the columns blocking reads."""
    daily: dict[str, int] = {}
    return Rows(
        precision=np.array([_PRECISION[p.event.date_precision] for p in items], dtype=np.int8),
        start=np.array([p.start.toordinal() for p in items], dtype=np.int64),
        end=np.array([p.end.toordinal() for p in items], dtype=np.int64),
        texts=[p.text for p in items],
        kinds=np.array([p.kind_mask for p in items], dtype=np.int64),
        meeting=np.array([p.meeting for p in items], dtype=bool),
        main_daily=np.array(
            [daily.setdefault(p.main_daily, len(daily) + 1) if p.main_daily else 0 for p in items],
            dtype=np.int64,
        ),
        attendance=np.array([p.attendance for p in items], dtype=np.int64),
    )


def blocked(items: Sequence[Prepared]) -> Candidates:
    """The candidate pairs (`chronology.blocking`), as columns of row numbers."""
    return candidates(_rows(items))


def candidate_pairs(items: Sequence[Prepared]) -> Iterable[Candidate]:
    """The candidate pairs with their rows and text similarity (0-100), one by one (for
    training, benchmarks and tests; the merge scores them as columns)."""
    found = blocked(items)
    for a, b, relation, similarity in zip(
        found.left.tolist(),
        found.right.tolist(),
        found.relation.tolist(),
        found.similarity.tolist(),
        strict=True,
    ):
        yield items[a], items[b], _RELATION_NAMES[relation], float(similarity)


@dataclass
class Decisions:
    """A reviewer's overrides, by source-row key; always applied, on every run."""

    same: list[tuple[str, ...]] = field(default_factory=list)
    different: list[tuple[str, str]] = field(default_factory=list)
    categories: dict[str, str] = field(default_factory=dict)


# Candidate pairs; below this a second process scoring half of them costs more than it saves
# (20,000 rows make about 90,000: 0.39 -> 0.25 s in two processes).
PARALLEL_FROM = 50_000
# Rows from which the candidate pairs are found in a forked child while this process works out
# the case's context (word weights, rare specifics, columns): neither needs the other, and at
# 50,000 rows they take 2.4 and 1.1 s.
BLOCKED_AHEAD_FROM = 10_000
_SHARED: tuple[Sequence[Prepared], Context, Candidates] | None = None
_BATCH = 50_000  # candidate pairs scored per batch (bounded memory)


class Kept(NamedTuple):
    """The pairs a worker keeps, as plain columns: cheap to send back from a worker, unlike
    comparisons holding the rows."""

    left: np.ndarray  # row numbers
    right: np.ndarray
    relations: np.ndarray  # codes into RELATIONS
    similarity: np.ndarray  # token-set similarity, 0-100
    levels: np.ndarray  # level codes, one column per comparison
    cosines: np.ndarray
    weights: np.ndarray  # match weights in bits


def _judge(part: int, parts: int) -> tuple[int, Kept]:
    """Score one share of the candidate pairs; returns the count and the non-different."""
    assert _SHARED is not None
    _, ctx, pairs = _SHARED
    total = len(pairs.left)
    start, stop = total * part // parts, total * (part + 1) // parts
    found = []
    for at in range(start, stop, _BATCH):
        batch = Candidates(*(column[at : min(at + _BATCH, stop)] for column in pairs))
        levels, weights, cosines = score_columns(batch, ctx)
        keep = np.flatnonzero(weights >= ctx.weights.possible)
        found.append(
            Kept(
                batch.left[keep],
                batch.right[keep],
                batch.relation[keep],
                batch.similarity[keep],
                levels[keep],
                cosines[keep],
                weights[keep],
            )
        )
    if not found:  # typed empty columns
        none = np.empty(0)
        empty = np.empty((0, len(COMPARISONS)), dtype=np.int8)
        left, right, relation, similarity = (column[:0] for column in pairs)
        found.append(Kept(left, right, relation, similarity, empty, none, none))
    return stop - start, Kept(*(np.concatenate(columns) for columns in zip(*found, strict=True)))


def _comparisons(kept: Kept, items: Sequence[Prepared], ctx: Context) -> list[Comparison]:
    """The kept pairs as comparisons, each able to explain itself."""
    return [
        Comparison(
            a,
            b,
            verdict(weight, ctx.weights),
            round(probability(weight), 3),
            weight,
            (
                (items[a], items[b], _RELATION_NAMES[relation], float(similarity)),
                levels,
                cosine,
                ctx.rules,
            ),
            ctx.weights,
        )
        for a, b, relation, similarity, levels, cosine, weight in zip(
            kept.left.tolist(),
            kept.right.tolist(),
            kept.relations.tolist(),
            kept.similarity.tolist(),
            kept.levels,
            kept.cosines.tolist(),
            kept.weights.tolist(),
            strict=True,
        )
    ]


def _context_and_pairs(items: Sequence[Prepared], rules: Rules) -> tuple[Context, Candidates]:
    """The case's context and its candidate pairs; on many rows the pairs are found in a
    forked child meanwhile (if it fails they are found here)."""
    ahead = None
    if len(items) >= BLOCKED_AHEAD_FROM and may_fork_alone() and not profiling():
        ahead = Ahead(lambda: blocked(items))
    try:
        ctx = context(items, rules)
    except BaseException:
        if ahead is not None:
            ahead.close()
        raise
    found = ahead.result() if ahead is not None else None
    return ctx, found if found is not None else blocked(items)


def _judge_all(
    items: Sequence[Prepared], ctx: Context, pairs: Candidates
) -> tuple[int, list[Comparison]]:
    """All candidate pairs judged; on many pairs in forked workers (they inherit the rows and
    the pairs instead of pickling them, and send back plain columns), one per core."""
    global _SHARED
    parts = worker_count(len(pairs.left), PARALLEL_FROM)
    _SHARED = (items, ctx, pairs)
    try:
        if parts == 1:
            shares = [_judge(0, 1)]
        else:
            with multiprocessing.get_context("fork").Pool(parts) as pool:
                shares = pool.starmap(_judge, [(part, parts) for part in range(parts)])
    finally:
        _SHARED = None
    return sum(n for n, _ in shares), [
        c for _, kept in shares for c in _comparisons(kept, items, ctx)
    ]


POSSIBLE_PER_EVENT = 3


def _pair_key(x: int, y: int) -> tuple[int, int]:
    """Two rows as one key whichever comes first (a tuple: cheaper to make and hash than a
    frozenset, and clustering looks up every pair of two groups' members)."""
    return (x, y) if x < y else (y, x)


def _most_likely(possible: list[Comparison], owner: dict[int, int]) -> list[Comparison]:
    """At most three candidates per occurrence, the likeliest, and each pair of occurrences
    once (by its strongest pair of rows): a reviewer reads this list, and a list of every faint
    resemblance would bury the real ones."""
    listed: dict[int, int] = defaultdict(int)
    seen: set[tuple[int, int]] = set()
    kept = []
    for comparison in possible:
        first, second = owner[comparison.a], owner[comparison.b]
        pair = _pair_key(first, second)
        if pair in seen:
            continue
        seen.add(pair)
        if listed[first] < POSSIBLE_PER_EVENT and listed[second] < POSSIBLE_PER_EVENT:
            listed[first] += 1
            listed[second] += 1
            kept.append(comparison)
    return kept


@dataclass
class Clustering:
    clusters: list[list[int]]  # indices into the events, each cluster sorted
    reasons: dict[int, list[str]]  # cluster's first index -> why its rows were merged
    possible: list[Comparison]
    compared: int


def cluster(
    items: Sequence[Prepared], decisions: Decisions | None = None, rules: Rules | None = None
) -> Clustering:
    """Group rows into occurrences with (softened) complete linkage and the reviewer's
    decisions."""
    rules = rules or load_rules()
    decisions = decisions or Decisions()
    by_key = {p.key: p.index for p in items}
    forbidden = {
        _pair_key(by_key[a], by_key[b])
        for a, b in decisions.different
        if a in by_key and b in by_key
    }
    with stage("pair comparison"):
        ctx, pairs = _context_and_pairs(items, rules)
        compared, kept = _judge_all(items, ctx, pairs)
    # Absent means "not the same": only same/possible verdicts are kept, so memory stays flat.
    verdicts = {_pair_key(c.a, c.b): c for c in kept}
    members: dict[int, list[int]] = {p.index: [p.index] for p in items}
    owner: dict[int, int] = {p.index: p.index for p in items}
    reasons: dict[int, list[str]] = defaultdict(list)

    def compatible(x: int, y: int) -> bool:
        pair = _pair_key(x, y)
        if pair in forbidden:
            return False
        found = verdicts.get(pair)
        return found is not None and found.verdict == "same"

    group_at, floor = ctx.weights.group, ctx.weights.group_floor

    def _group_mean(first: list[int], second: list[int]) -> float | None:
        """Complete linkage softened for groups (one agency's row of a meeting a little less
        alike than the rest): the mean match weight of the pairs between two groups when every
        pair was scored at or above the group floor and the mean reaches the group threshold."""
        found = [verdicts.get(_pair_key(i, j)) for i in first for j in second]
        weights = [f.weight for f in found if f is not None]
        if len(weights) < len(found) or not weights or min(weights) < floor:
            return None
        mean = sum(weights) / len(weights)
        return mean if mean >= group_at else None

    def join(x: int, y: int, said: str | Comparison, forced: bool) -> bool:
        """Join two rows' groups; a comparison's reasons are written only when it joins."""
        rx, ry = owner[x], owner[y]
        if rx == ry:
            return False
        if forbidden and any(
            _pair_key(i, j) in forbidden for i in members[rx] for j in members[ry]
        ):
            return False
        mean = None
        if not forced and not all(compatible(i, j) for i in members[rx] for j in members[ry]):
            mean = _group_mean(members[rx], members[ry])
            if mean is None:
                return False
        why = said if isinstance(said, str) else "; ".join(said.reasons)
        if mean is not None:
            why += (
                f"; joined to the other rows: every pair at least possible, mean match weight "
                f"{mean:+.1f} over {len(members[rx]) * len(members[ry])} pairs"
            )
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
        join(comparison.a, comparison.b, comparison, forced=False)
    # A "same" pair that complete linkage kept apart is still for a reviewer to see.
    possible = [
        c
        for c in verdicts.values()
        if owner[c.a] != owner[c.b] and _pair_key(c.a, c.b) not in forbidden
    ]
    possible.sort(key=lambda c: (-c.score, c.a, c.b))
    possible = _most_likely(possible, owner)
    clusters = sorted(members.values(), key=lambda m: m[0])
    return Clustering(clusters, dict(reasons), possible, compared)
