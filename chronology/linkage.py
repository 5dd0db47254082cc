"""Scored record linkage: how strongly the evidence says two rows record one occurrence.

Fellegi-Sunter in the form a reviewer can read: each candidate pair is compared on several
kinds of evidence (date, time, kind of occurrence, text, shared specifics, who recorded it);
each comparison lands on one level, and each level carries a weight in bits (log2 of how much
likelier that level is for a true pair than for a false one). The weights are learnt from
labelled cases (`bench/dedup_train.py`) and kept, with their words, in
`rules/dedup_weights.toml`, so a partnership can read and edit them. The pair's match weight is
the prior plus the level weights; the thresholds in the same file turn it into a verdict.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import numpy as np
from rapidfuzz import fuzz

from rulefiles import RulesError, load, rules_file

if TYPE_CHECKING:
    from chronology.dedup import Prepared, Relation, Rules
    from chronology.schema import Event

Verdict = Literal["same", "possible", "different"]

# The comparisons, in the order a reviewer reads them, and their levels (first match wins).
COMPARISONS: dict[str, tuple[str, ...]] = {
    "date": ("same_day", "one_day", "two_three_days", "swapped", "month", "year"),
    "time": (
        "within_15",
        "within_60",
        "within_180",
        "over_180",
        "one_untimed",
        "untimed",
        "life_event",
        "in_attendance",
    ),
    "kind": (
        "same_meeting",
        "meeting_on_one_sheet",
        "one_attendance",
        "conference_and_generic",
        "meeting_and_generic",
        "several_meetings",
        "same_life_event",
        "life_event_agrees",
        "both_ends",
        "same_kind",
        "same_visit",
        "disjoint",
        "one_meeting",
        "one_known",
        "both_meetings",
        "none_known",
    ),
    "text": ("short", "t95", "t85", "t70", "t55", "t40", "low"),
    "words": ("short", "c60", "c40", "c25", "c10", "low"),
    "specifics": ("shared", "conflict", "none"),
    "recorder": ("same_sheet", "same_agency", "each_names_other", "one_names_other", "different"),
    "typed_twice": ("r95", "r85", "per_child", "lower", "other_recorders"),
}


# Each level's number in its comparison (the columnar path works with numbers).
CODES = {name: {level: i for i, level in enumerate(levels)} for name, levels in COMPARISONS.items()}

# Cut points, highest first: a value at or above a cut takes that level, below all the last.
TEXT_CUTS = ((95.0, "t95"), (85.0, "t85"), (70.0, "t70"), (55.0, "t55"), (40.0, "t40"))
WORD_CUTS = ((0.6, "c60"), (0.4, "c40"), (0.25, "c25"), (0.1, "c10"))
# A text of a word or two ("DNA", "Home visit") is all but contained in many others, so its
# likeness says little: the text comparisons have a level of their own for it.
SHORT_WORDS = 2
TIME_CUTS = ((15, "within_15"), (60, "within_60"), (180, "within_180"))  # minutes, at most


@dataclass(frozen=True)
class Level:
    weight: float  # bits
    words: str  # what the reviewer reads; {similarity}, {cosine}, {gap}, {kind} filled in


@dataclass(frozen=True)
class Weights:
    prior: float
    same: float  # match weight at or above which a pair is merged
    possible: float  # ... at or above which it is listed for a reviewer
    levels: dict[str, dict[str, Level]]
    # How often two rows that are surely different occurrences reach each text level, over
    # the training cases: the u-probabilities the text weights were learnt against.
    background: dict[str, dict[str, float]] = field(default_factory=dict)
    # Two groups of rows merge when every pair between them is "same", or when no pair is below
    # `group_floor` (nor unscored) and their mean match weight reaches `group` (inf: never).
    group: float = math.inf
    group_floor: float = math.inf


@dataclass(frozen=True)
class LevelSpec:
    weight: float
    words: str


@dataclass(frozen=True)
class ThresholdsSpec:
    same: float
    possible: float
    # Rows joining a group of rows: enough when no pair between them is below `group_floor` and
    # the pairs' mean match weight reaches `group` (left out: every pair must reach `same`).
    group: float = math.inf
    group_floor: float = math.inf


@rules_file("chronology", "dedup_weights.toml")
@dataclass(frozen=True)
class WeightsFile:
    prior: float
    thresholds: ThresholdsSpec
    comparison: dict[str, dict[str, LevelSpec]]  # every comparison in COMPARISONS, every level
    background: dict[str, dict[str, float]] = field(default_factory=dict)


@cache
def load_weights(path: str | Path | None = None) -> Weights:
    """The shipped weights, or those of another file of the same form (a test's pinned copy)."""
    origin = Path(path).name if path else "dedup_weights.toml"
    data = load(WeightsFile, path)
    if extra := [name for name in data.comparison if name not in COMPARISONS]:
        raise RulesError(f"{origin}: [comparison.{extra[0]}] is not a comparison")
    levels: dict[str, dict[str, Level]] = {}
    for name, wanted in COMPARISONS.items():
        table = data.comparison.get(name)
        if table is None:
            raise RulesError(f"{origin}: comparison {name!r} is missing")
        unknown = set(table) - set(wanted)
        missing = set(wanted) - set(table)
        if unknown or missing:
            raise RulesError(
                f"{origin}: comparison {name!r}: unknown levels {sorted(unknown)}, "
                f"missing levels {sorted(missing)}"
            )
        levels[name] = {level: Level(float(v.weight), v.words) for level, v in table.items()}
    background = {
        name: {level: float(share) for level, share in table.items()}
        for name, table in data.background.items()
    }
    for name, shares in background.items():
        if name not in BACKGROUND or set(shares) != set(COMPARISONS[name]):
            raise RulesError(f"{origin}: background.{name} must give every level")
    return Weights(
        float(data.prior),
        float(data.thresholds.same),
        float(data.thresholds.possible),
        levels,
        background,
        float(data.thresholds.group),
        float(data.thresholds.group_floor),
    )


# ------------------------------------------------------------------ the case at hand

BACKGROUND = ("text", "words")  # comparisons whose u-probabilities are re-estimated per case
BACKGROUND_PAIRS = 4000
MAX_SHIFT = 2.0  # bits: a case may move a text level's weight this far from the training one


def text_levels(
    similarity: np.ndarray, cosine: np.ndarray, short: np.ndarray | None = None
) -> dict[str, list[str]]:
    """The text comparisons' levels of a batch of pairs (`short`: one text of a word or two)."""
    brief = short if short is not None else np.zeros(len(similarity), dtype=bool)
    return {
        "text": [
            "short" if s else _level(float(v), TEXT_CUTS, "low")
            for v, s in zip(similarity, brief, strict=True)
        ],
        "words": [
            "short" if s else _level(float(v), WORD_CUTS, "low")
            for v, s in zip(cosine, brief, strict=True)
        ],
    }


def background_shares(
    items: Sequence[Prepared], vectors: WordVectors, seed: int = 12
) -> dict[str, dict[str, float]] | None:
    """How often surely different rows of this case (dated more than a week apart) reach each
    text level: a family whose every entry repeats a template has high text similarity between
    unrelated rows, and the text evidence should count for less there (unsupervised, like
    Splink's u estimated from random pairs). None when the case is too small to tell."""
    from rapidfuzz import process

    dated = [p for p in items if p.event.date_precision == "day"]
    if len(dated) < 40:
        return None
    rng = np.random.default_rng(seed)
    left = rng.integers(0, len(dated), BACKGROUND_PAIRS * 2)
    right = rng.integers(0, len(dated), BACKGROUND_PAIRS * 2)
    days = np.array([p.start.toordinal() for p in dated])
    apart = np.nonzero(np.abs(days[left] - days[right]) > 7)[0][:BACKGROUND_PAIRS]
    if len(apart) < 200:
        return None
    left, right = left[apart], right[apart]
    similarity = process.cpdist(
        [dated[i].text for i in left], [dated[i].text for i in right], scorer=fuzz.token_set_ratio
    )
    index = np.array([p.index for p in dated])
    cosine = vectors.cosine(index[left], index[right])
    shares: dict[str, dict[str, float]] = {}
    short = np.array([dated[i].short or dated[j].short for i, j in zip(left, right, strict=True)])
    for name, found in text_levels(np.asarray(similarity), cosine, short).items():
        counts = Counter(found)
        total = len(found) + len(COMPARISONS[name])
        shares[name] = {lv: (counts[lv] + 1) / total for lv in COMPARISONS[name]}
    return shares


def for_case(weights: Weights, shares: dict[str, dict[str, float]] | None) -> Weights:
    """The weights with each text level moved by log2(u in training / u in this case)."""
    if not shares or not weights.background:
        return weights
    levels = dict(weights.levels)
    for name in BACKGROUND:
        trained = weights.background.get(name)
        if not trained:
            continue
        levels[name] = {
            level: Level(
                entry.weight
                + float(
                    np.clip(math.log2(trained[level] / shares[name][level]), -MAX_SHIFT, MAX_SHIFT)
                ),
                entry.words,
            )
            for level, entry in weights.levels[name].items()
        }
    return replace(weights, levels=levels)


# ------------------------------------------------------------------ shared specifics

_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")
_REFERENCE = re.compile(r"\b(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]{4,}\b")
_NUMBER = re.compile(r"\b\d{3,}\b")
_ADDRESS = re.compile(
    r"\b\d{1,4}[a-z]?,?\s+(?:[A-Z][a-z]+\s){1,3}"
    r"(?:Road|Street|Avenue|Close|Lane|Drive|Way|Court|Crescent|Gardens|Place|Terrace|Walk|Grove|Rise|View|Hill|Row|Square|Park)\b"
)
_PROPER = re.compile(r"(?<=[a-z0-9,;:] )[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})*")


def specifics(raw: str) -> frozenset[str]:
    """Things that name one occurrence: postcodes, addresses, references and long numbers,
    and proper names in mid-sentence (a school, a hospital, a street)."""
    found: set[str] = set()
    for pattern in (_POSTCODE, _ADDRESS, _REFERENCE, _NUMBER, _PROPER):
        for match in pattern.finditer(raw):
            found.add(" ".join(match.group(0).lower().replace(",", " ").split()))
    return frozenset(found)


def _specifics_level(a: frozenset[str], b: frozenset[str], rare: frozenset[str]) -> str:
    if not a or not b:
        return "none"
    shared = (a & b) & rare
    if shared:
        return "shared"
    numbers_a, numbers_b = _numbers(a), _numbers(b)
    if numbers_a and numbers_b and not numbers_a & numbers_b:
        return "conflict"
    return "none"


_DIGIT = re.compile(r"\d")


@cache
def _numbers(found: frozenset[str]) -> frozenset[str]:
    """The specifics with a digit (references, numbers, postcodes), once per distinct set."""
    return frozenset(s for s in found if _DIGIT.search(s))


RARE_WEEKS = 2  # a specific named only within this many weeks of the case names one occurrence


def rare_specifics(items: Sequence[Prepared], share: float = 0.02) -> frozenset[str]:
    """Specifics named by few rows of the case, or only within a week or two (every agency's
    record of one house move names its new address): the family's own address in every row
    is no evidence that two rows are one occurrence."""
    counts = Counter(s for p in items for s in p.specifics)
    weeks: dict[str, set[int]] = {}
    for p in items:
        for s in p.specifics:
            weeks.setdefault(s, set()).add(p.start.toordinal() // 7)
    limit = max(3, int(len(items) * share))
    return frozenset(s for s, n in counts.items() if n <= limit or len(weeks[s]) <= RARE_WEEKS)


# ------------------------------------------------------------------ TF-IDF cosine


_TOKEN = re.compile(r"[a-z0-9&]{2,}")


def text_ids(texts: Sequence[str]) -> np.ndarray:
    """Each text's number (in the order texts first appear), the same for equal texts: work
    done per distinct text is shared by the rows that repeat it."""
    number: dict[str, int] = {}
    return np.fromiter(
        (number.setdefault(text, len(number)) for text in texts), dtype=np.int64, count=len(texts)
    )


class WordVectors:
    """TF-IDF vectors of the normalised texts of one case (rare shared words count most):
    sublinear term frequency, smoothed inverse document frequency, unit length. Kept as flat
    arrays (one slice of token ids and weights per row) so a batch of pairs is scored with a
    few NumPy operations, without importing a machine-learning library at run time."""

    def __init__(self, texts: Sequence[str]) -> None:
        # Each distinct text's vector is made once (texts repeat: "Home visit", a template's
        # sentence); `of_row` gives each row's.
        self.of_row = text_ids(texts)
        distinct = list(dict.fromkeys(texts))  # in the order of their numbers
        times = np.bincount(self.of_row, minlength=len(distinct)).astype(np.float64)
        vocabulary: dict[str, int] = {}
        rows: list[Counter[int]] = []
        for text in distinct:
            counts: Counter[int] = Counter()
            for token in _TOKEN.findall(text):
                counts[vocabulary.setdefault(token, len(vocabulary))] += 1
            rows.append(counts)
        documents = np.zeros(len(vocabulary), dtype=np.float64)
        for counts, repeats in zip(rows, times.tolist(), strict=True):
            for token in counts:
                documents[token] += repeats
        idf = np.log((1 + len(texts)) / (1 + documents)) + 1
        self.vocabulary = len(vocabulary)
        lengths = np.fromiter((len(c) for c in rows), dtype=np.int64, count=len(rows))
        self.starts = np.concatenate(([0], np.cumsum(lengths)))
        ids = np.fromiter((t for c in rows for t in c), dtype=np.int64, count=int(lengths.sum()))
        tf = np.fromiter(
            (n for c in rows for n in c.values()), dtype=np.float64, count=int(lengths.sum())
        )
        weights = (1 + np.log(tf)) * idf[ids] if len(ids) else tf
        # Summed per text by owner, not `reduceat` (which fails when the last text has no words)
        owner = np.repeat(np.arange(len(rows)), lengths)
        norms = np.sqrt(np.bincount(owner, weights**2, minlength=len(rows)))
        self.ids = ids
        self.weights = weights / np.repeat(norms, lengths) if len(ids) else weights

    def _gather(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(pair number, token id, weight) of every token of `rows`, pair by pair."""
        rows = self.of_row[rows]
        lengths = self.starts[rows + 1] - self.starts[rows]
        total = int(lengths.sum())
        owner = np.repeat(np.arange(len(rows)), lengths)
        offsets = np.arange(total) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        positions = np.repeat(self.starts[rows], lengths) + offsets
        return owner, self.ids[positions], self.weights[positions]

    def cosine(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        if not len(left) or not len(self.ids):
            return np.zeros(len(left))
        owner_l, ids_l, weights_l = self._gather(left)
        owner_r, ids_r, weights_r = self._gather(right)
        keys = np.concatenate(
            (owner_l * self.vocabulary + ids_l, owner_r * self.vocabulary + ids_r)
        )
        values = np.concatenate((weights_l, weights_r))
        order = np.argsort(keys, kind="stable")
        keys, values = keys[order], values[order]
        shared = np.nonzero(keys[1:] == keys[:-1])[0]  # a token in both rows of one pair
        products = values[shared] * values[shared + 1]
        return np.bincount(keys[shared] // self.vocabulary, products, minlength=len(left))


# ------------------------------------------------------------------ levels of one pair


def _level(value: float, cuts: Sequence[tuple[float, str]], last: str) -> str:
    for cut, name in cuts:
        if value >= cut:
            return name
    return last


_DATE_LEVEL = {"same_day": "same_day", "swapped": "swapped"}


def date_level(a: Prepared, b: Prepared, relation: Relation) -> str:
    if relation == "partial":
        precisions = {a.event.date_precision, b.event.date_precision}
        return "year" if "year" in precisions else "month"
    if relation == "near":
        days = abs((a.start - b.start).days)
        return "one_day" if days <= 1 else "two_three_days"
    return _DATE_LEVEL[relation]


def time_gap(a: Prepared, b: Prepared) -> tuple[int, bool] | None:
    """Minutes between two timed rows and whether they span midnight. Compared by time of day,
    since a date typed a day out keeps its time; but rows on consecutive days may also be
    minutes apart across midnight (triage at 23:30, review at 00:20), and then that counts."""
    if a.minutes is None or b.minutes is None:
        return None
    of_day = abs(a.minutes - b.minutes)
    days = (b.start - a.start).days
    if abs(days) == 1:
        elapsed = abs(days * 1440 + b.minutes - a.minutes)
        if elapsed < of_day:
            return elapsed, True
    return of_day, False


def time_level(a: Prepared, b: Prepared) -> tuple[str, int | None, bool]:
    """The level, the gap in minutes and whether it spans midnight."""
    if a.minutes is None and b.minutes is None:
        return "untimed", None, False
    timed = time_gap(a, b)
    if timed is None:
        return "one_untimed", None, False
    gap, overnight = timed
    level = _level(-gap, tuple((-most, name) for most, name in TIME_CUTS), "over_180")
    return level, gap, overnight


def kind_level(a: Prepared, b: Prepared, rules: Rules) -> tuple[str, str]:
    """The level and the kind it names."""
    shared = a.kinds & b.kinds
    joint = (a.kind_mask & rules.joint_mask and b.kind_mask & rules.visit_mask) or (
        b.kind_mask & rules.joint_mask and a.kind_mask & rules.visit_mask
    )
    if a.main_daily and b.main_daily:
        if a.main_daily == b.main_daily:
            return "same_meeting", a.main_daily
        generic = rules.generic_names
        if a.main_daily in generic or b.main_daily in generic:
            unsaid, specific = (
                (a.main_daily, b.main_daily)
                if a.main_daily in generic
                else (b.main_daily, a.main_daily)
            )
            if unsaid == "child protection conference" and specific.endswith("conference"):
                return "conference_and_generic", specific
            return "meeting_and_generic", specific
    daily_shared = sorted(k for k in shared if k in rules.daily_names)
    if daily_shared:
        return "several_meetings", daily_shared[0]
    life = sorted(k for k in shared if k in rules.life_names)
    if life:
        return "same_life_event", life[0]
    if joint:
        return "same_visit", "joint visit"
    ends = a.kind_mask & b.kind_mask & rules.ends_mask
    if ends and {a.direction, b.direction} == {1, 2}:
        two_ends = sorted(k.name for i, k in enumerate(rules.kinds) if ends >> i & 1)
        return "both_ends", two_ends[0]
    if shared:
        kind = sorted(shared)[0]
        return ("same_visit" if kind == "home visit" else "same_kind"), kind
    if a.kinds and b.kinds:
        return "disjoint", f"{sorted(a.kinds)[0]} / {sorted(b.kinds)[0]}"
    if a.kinds or b.kinds:
        named = a if a.kinds else b
        other = b if a.kinds else a
        if named.main_daily and other.meeting:
            return "one_meeting", named.main_daily
        return "one_known", sorted(a.kinds | b.kinds)[0]
    if a.meeting and b.meeting:
        return "both_meetings", ""
    return "none_known", ""


# An attendance row's phase (dedup.attendances); 0 is none.
ARRIVAL, CARE, LEAVING = 1, 2, 3


def sheet_of(event: Event) -> tuple[str, str, str]:
    """The sheet a row was read from: its agency, file and sheet."""
    return event.agency, event.source.file, event.source.sheet


PER_CHILD_RATIO = 60  # how alike two rows must be, each without its child's name


def typed_level(a: Prepared, b: Prepared) -> str:
    """How two rows of one sheet compare character by character: typed twice, or one event
    written once per child, or worded differently."""
    exact = fuzz.ratio(a.text, b.text)
    if exact >= 95:
        return "r95"
    if per_child(a, b) and not one_attendance(a, b):
        return "per_child"  # before r85: the closer the two children's rows, the likelier
    return "r85" if exact >= 85 else "lower"


def per_child(a: Prepared, b: Prepared) -> bool:
    """One event a school writes once per child ("Jayden (Y6): Operation Encompass call 07:45
    ..." and "Lacey (Y3): Operation Encompass call 07:45 ..."): on one day, each row opens with
    a different child's name and the rest of the two rows is alike."""
    if a.child is None or b.child is None or a.child[0] == b.child[0] or a.start != b.start:
        return False
    if a.event.date_precision != "day" or b.event.date_precision != "day":
        return False
    return fuzz.ratio(a.child[1], b.child[1]) >= PER_CHILD_RATIO


def one_attendance(a: Prepared, b: Prepared) -> bool:
    """Two rows of one attendance written as several rows (`dedup.attendances` splits them)."""
    return a.attendance != 0 and a.attendance == b.attendance


def recorder_level(a: Prepared, b: Prepared, names: dict[str, tuple[str, ...]]) -> str:
    if sheet_of(a.event) == sheet_of(b.event):
        return "same_sheet"
    if a.event.agency == b.event.agency:
        return "same_agency"
    a_names_b = mentions(a.text, names.get(b.event.agency, ()))
    b_names_a = mentions(b.text, names.get(a.event.agency, ()))
    if a_names_b and b_names_a:
        return "each_names_other"
    if a_names_b or b_names_a:
        return "one_names_other"
    return "different"


def mentions(text: str, names: tuple[str, ...]) -> bool:
    """Whether the normalised text names an agency by one of its names (whole words)."""
    padded = f" {text} "
    return any(f" {name} " in padded for name in names)


@dataclass(frozen=True)
class Pair:
    """One candidate pair with the level of every comparison and the values behind them."""

    a: int
    b: int
    levels: tuple[str, ...]  # in COMPARISONS order
    similarity: float
    cosine: float
    gap: int | None
    kind: str
    overnight: bool = False  # the gap runs across midnight into the next day


def levels_of(
    a: Prepared,
    b: Prepared,
    relation: Relation,
    similarity: float,
    cosine: float,
    rules: Rules,
    names: dict[str, tuple[str, ...]],
    rare: frozenset[str],
) -> Pair:
    time, gap, overnight = time_level(a, b)
    kind_name, kind = kind_level(a, b, rules)
    if kind_name == "same_life_event" and gap is not None:
        time = "life_event"  # a birth or an arrest is often written up hours later elsewhere
    specific = _specifics_level(a.specifics, b.specifics, rare)
    if kind_name == "same_life_event" and specific == "shared":
        kind_name = "life_event_agrees"  # the same move, birth or arrest at the same place
    recorder = recorder_level(a, b, names)
    typed = typed_level(a, b) if recorder == "same_sheet" else "other_recorders"
    if typed == "lower" and one_attendance(a, b):
        kind_name = "one_attendance"  # an emergency department's triage, review and discharge
        time = "in_attendance"  # hours apart within one attendance is no evidence against it
    elif kind_name == "same_meeting" and typed == "lower":
        # one sheet rarely records one meeting twice in other words; a second meeting, or a
        # note about the meeting, is likelier
        kind_name = "meeting_on_one_sheet"
    levels = (
        date_level(a, b, relation),
        time,
        kind_name,
        "short" if a.short or b.short else _level(similarity, TEXT_CUTS, "low"),
        "short" if a.short or b.short else _level(cosine, WORD_CUTS, "low"),
        specific,
        recorder,
        typed,
    )
    return Pair(a.index, b.index, levels, similarity, cosine, gap, kind, overnight)


def match_weight(pair: Pair, weights: Weights) -> float:
    total = weights.prior
    for name, level in zip(COMPARISONS, pair.levels, strict=True):
        total += weights.levels[name][level].weight
    return total


def probability(weight: float) -> float:
    return 1 / (1 + 2 ** (-weight))


def explain(pair: Pair, weights: Weights) -> tuple[str, ...]:
    """Each comparison's evidence in words with its weight, strongest first, after a summary
    line: what a reviewer reads beside a merge or a possible pair."""
    total = match_weight(pair, weights)
    parts = []
    for name, level in zip(COMPARISONS, pair.levels, strict=True):
        entry = weights.levels[name][level]
        if not entry.words or abs(entry.weight) < 0.05:
            continue
        words = entry.words.format(
            similarity=f"{pair.similarity:.0f}",
            cosine=f"{pair.cosine * 100:.0f}",
            gap=pair.gap if pair.gap is not None else "",
            kind=pair.kind,
        )
        if name == "time" and pair.gap is not None and pair.levels[0] != "same_day":
            # Rows on different days are compared by time of day (a date typed a day out
            # keeps its time): say so, or "185 minutes apart" would read as the real gap.
            if pair.overnight:
                words += " (across midnight)"
            else:
                words = words.replace("times ", "times of day ", 1)
        parts.append((abs(entry.weight), f"{words} {entry.weight:+.1f}"))
    parts.sort(key=lambda p: -p[0])
    summary = f"match weight {total:+.1f} (probability {probability(total):.2f})"
    return (summary, *(p[1] for p in parts))


_TOTAL = re.compile(r"^match weight ([+-]\d+(?:\.\d+)?) \(probability")
_PART = re.compile(r"^(.*) ([+-]\d+(?:\.\d+)?)$")


def read_explanation(reasons: Sequence[str]) -> tuple[float | None, list[tuple[str, float]]]:
    """The match weight and each piece of evidence with its weight, read back from `explain`'s
    lines (for the Duplicates page's chart); other reasons (a reviewer's decision) are skipped."""
    total: float | None = None
    parts: list[tuple[str, float]] = []
    for reason in reasons:
        if found := _TOTAL.match(reason):
            total = float(found.group(1))
        elif total is not None and (part := _PART.match(reason)):
            parts.append((part.group(1), float(part.group(2))))
    return total, parts


def verdict(weight: float, weights: Weights) -> Verdict:
    if weight >= weights.same:
        return "same"
    if weight >= weights.possible:
        return "possible"
    return "different"
