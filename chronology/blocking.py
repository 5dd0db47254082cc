"""Candidate pairs for deduplication, found on whole columns (issue 16).

Rows are sorted by date; each row's window (its own day and the next `NEAR_DAYS`) is found by
binary search, every pair's texts are compared in a few rapidfuzz calls (in threads), and on a
crowded day each row keeps only its best few candidates. The per-day loop this replaces spent
four fifths of its time in Python and NumPy call overhead around thousands of small matrices.

Which pairs are candidates (unchanged from that loop, and tested against it):
- same day: texts at least `MIN_SIMILARITY` alike, or a shared kind of occurrence, or both
  describing a meeting; each row keeps its `DENSE_TOP` best (ties kept), and everyone's account
  of one meeting and the rows of one attendance are always kept;
- one to `NEAR_DAYS` days apart, and a date whose day and month are swapped: texts at least
  `MIN_ACROSS_SIMILARITY` alike or a shared kind; each row keeps its `DENSE_TOP_ACROSS` best
  among the other day's rows; rows of one attendance (a night in the emergency department)
  always;
- a month- or year-precision date meets every row inside it (a year's only when they share a
  kind or the text), texts alike or a shared kind.

On a crowded window (more than `CROWDED` day rows on a row's day and the `NEAR_DAYS` days after
it) comparing every pair's texts would cost the square of the day's rows, so there two day rows'
texts are compared only when the rows share something: a kind, a meeting, an attendance, the
same text, or an uncommon word (one in at most `RARE_SHARE` of the rows). On the labelled cases
stacked onto one calendar (`bench/crowded.py`) the candidates keep as many true pairs as when
every pair is compared (a few lost, a few others found) while far fewer texts are compared.
"""

from __future__ import annotations

import datetime as dt
import os
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from rapidfuzz import fuzz, process

from chronology.linkage import text_ids
from chronology.linkage_columns import RELATIONS

SAME_DAY, NEAR, SWAPPED, PARTIAL = (
    RELATIONS.index(name) for name in ("same_day", "near", "swapped", "partial")
)
DAY, MONTH, YEAR = 0, 1, 2  # date precision codes

NEAR_DAYS = 3
MIN_SIMILARITY = 35  # same day
MIN_ACROSS_SIMILARITY = 50
# A crowded day (many agencies, or a very long review) would give every row dozens of weak
# candidates; each row keeps only its best few there, so pairs grow with rows, not with the
# square of a day's rows. A day of a real review holds far fewer rows than these limits.
DENSE_TOP: int | None = 8  # per row, among the same day's rows (None: no limit)
DENSE_TOP_ACROSS: int | None = 2  # per row, among one neighbouring day's rows
THREADS_FROM = 50_000  # pairs; below this one thread compares the texts
MAX_THREADS = 4
_CHUNK = 500_000  # pairs compared per call: rapidfuzz copies each pair's texts
# A window of more day rows than this is crowded (no labelled case's busiest holds more than 40).
CROWDED: int | None = 48  # None: every pair's texts compared, however crowded
RARE_SHARE = 0.05  # an uncommon word is in at most this share of the rows
_SIGNATURE_BITS = 256  # uncommon words hashed onto this many bits per text ...
_SIGNATURES = 3  # ... by this many hashes (a pair must share a bit in each)
# Pairs compared and ranked at once (about 180 bytes each while they are): bounds memory on
# crowded days; a run always holds whole days, so a day of more pairs is one run.
BLOCK_PAIRS = 1_000_000


@dataclass(frozen=True)
class Rows:
    """What blocking reads of each row, as columns (entry i is row i)."""

    precision: np.ndarray  # DAY, MONTH or YEAR
    start: np.ndarray  # date ordinals
    end: np.ndarray
    texts: Sequence[str]  # normalised
    kinds: np.ndarray  # int64 bit masks of the kinds of occurrence
    meeting: np.ndarray  # bool: describes a meeting
    main_daily: np.ndarray  # the once-a-day kind the row is about, as a number; 0 none
    attendance: np.ndarray  # the attendance written as several rows it belongs to; 0 none


class Candidates(NamedTuple):
    left: np.ndarray  # row numbers: the earlier row, or the partial-date one
    right: np.ndarray
    relation: np.ndarray  # codes into RELATIONS
    similarity: np.ndarray  # token-set similarity, 0-100


def swapped(day: dt.date) -> dt.date | None:
    """The date with day and month swapped, when that is another date (a month's number is
    always a valid day)."""
    if day.day <= 12 and day.day != day.month:
        return day.replace(month=day.day, day=day.month)
    return None


def candidates(rows: Rows) -> Candidates:
    day_rows = np.flatnonzero(rows.precision == DAY)
    order = day_rows[np.argsort(rows.start[day_rows], kind="stable")]  # by date, then row
    days = rows.start[order]
    ids = text_ids(rows.texts)
    crowding = Crowding(rows, ids, order, days)
    found = [_kept(rows, ids, crowding, *_none())]  # typed columns when there are no pairs
    found += [_kept(rows, ids, crowding, *pairs) for pairs in _blocks(order, days)]
    found += [_kept(rows, ids, crowding, *pairs) for pairs in _partial(rows, ids, order, days)]
    return Candidates(*(np.concatenate(columns) for columns in zip(*found, strict=True)))


def window_rows(days: np.ndarray) -> np.ndarray:
    """For each of the sorted day rows' days, the day rows on it and the `NEAR_DAYS` after:
    the window a crowded window is counted over."""
    return np.searchsorted(days, days + NEAR_DAYS, "right") - np.searchsorted(days, days)


class Crowding:
    """Which day rows sit in a crowded window (more than `CROWDED` day rows on their day and the
    `NEAR_DAYS` days after it), and, once a crowded pair asks, each distinct text's uncommon
    words as bit signatures. A pair with a partial date is never held back: a partial row meets
    the rows inside its dates once each, a cost that grows with rows, not with their square."""

    def __init__(self, rows: Rows, ids: np.ndarray, order: np.ndarray, days: np.ndarray) -> None:
        self.rows, self.ids = rows, ids
        self.crowded = np.zeros(len(ids), dtype=bool)
        self._signatures: list[list[np.ndarray]] | None = None
        if CROWDED is None:
            return
        self.crowded[order] = window_rows(days) > CROWDED

    def compared(
        self, left: np.ndarray, right: np.ndarray, relation: np.ndarray, related: np.ndarray
    ) -> np.ndarray | None:
        """Which pairs' texts to compare (None: all): outside a crowded window every pair; in
        one the `related` pairs, pairs of one text, and pairs sharing an uncommon word (a bit
        in each of the `_SIGNATURES` signatures: a word shared always is, and unrelated texts
        rarely are in all of them)."""
        crowded = (self.crowded[left] | self.crowded[right]) & (relation != PARTIAL)
        if not crowded.any():
            return None
        compare = ~crowded | related
        a, b = self.ids[left], self.ids[right]
        compare |= a == b
        undecided = np.flatnonzero(~compare)
        for columns in self.signatures():  # each narrows the pairs the next one tests
            a_now, b_now = a[undecided], b[undecided]
            shared = np.zeros(len(undecided), dtype=bool)
            for column in columns:
                shared |= (column[a_now] & column[b_now]) != 0
            undecided = undecided[shared]
        compare[undecided] = True
        return compare

    def signatures(self) -> list[list[np.ndarray]]:
        """Each signature as 64-bit columns (a column gathers faster than rows of four)."""
        if self._signatures is None:
            self._signatures = [
                [np.ascontiguousarray(column) for column in signature.T]
                for signature in _uncommon_words(self.rows.texts, self.ids)
            ]
        return self._signatures


def _uncommon_words(texts: Sequence[str], ids: np.ndarray) -> list[np.ndarray]:
    """Per distinct text, its words found in at most `RARE_SHARE` of the rows, hashed onto
    `_SIGNATURE_BITS` bits by each of `_SIGNATURES` salted CRC-32s: two texts sharing such a
    word share a bit in every signature. The bits depend only on the word (not on the order
    rows come in, nor on Python's per-process string hashing)."""
    first = np.unique(ids, return_index=True)[1]  # ids count up from 0 as texts first appear
    rows_of = np.bincount(ids)
    number: dict[str, int] = {}
    owner: list[int] = []
    word: list[int] = []
    for text_id, row in enumerate(first.tolist()):
        for found in dict.fromkeys(texts[row].split()):
            owner.append(text_id)
            word.append(number.setdefault(found, len(number)))
    owners = np.array(owner, dtype=np.int64)
    words = np.array(word, dtype=np.int64)
    in_rows = np.bincount(words, weights=rows_of[owners], minlength=len(number))
    rare = (in_rows <= RARE_SHARE * len(ids))[words]
    owners, words = owners[rare], words[rare]
    vocabulary = list(number)
    signatures = []
    for salt in range(_SIGNATURES):
        bit_of = np.array(
            [zlib.crc32(f"{salt}:{w}".encode()) % _SIGNATURE_BITS for w in vocabulary],
            dtype=np.uint64,
        )
        bit = bit_of[words]
        signature = np.zeros((len(first), _SIGNATURE_BITS // 64), dtype=np.uint64)
        np.bitwise_or.at(
            signature,
            (owners, (bit // np.uint64(64)).astype(np.int64)),
            np.left_shift(np.uint64(1), bit % np.uint64(64)),
        )
        signatures.append(signature)
    return signatures


def _kept(
    rows: Rows,
    ids: np.ndarray,
    crowding: Crowding,
    left: np.ndarray,
    right: np.ndarray,
    relation: np.ndarray,
) -> Candidates:
    """The candidates among some pairs: every pair of a row with one other day (or its own)
    must be among them, as each row keeps its best few there."""
    shared = (rows.kinds[left] & rows.kinds[right]) != 0
    attendance = rows.attendance[left]
    one_attendance = (attendance != 0) & (attendance == rows.attendance[right])
    compare = crowding.compared(
        left, right, relation, shared | one_attendance | (rows.meeting[left] & rows.meeting[right])
    )
    if compare is None:
        similarity = similarities(rows.texts, left, right, ids)
    else:
        similarity = np.zeros(len(left), dtype=np.uint8)
        similarity[compare] = similarities(rows.texts, left[compare], right[compare], ids)
    same_day = relation == SAME_DAY
    wanted = np.where(
        same_day,
        (similarity >= MIN_SIMILARITY) | (rows.meeting[left] & rows.meeting[right]),
        similarity >= MIN_ACROSS_SIMILARITY,
    )
    wanted |= shared
    rank = similarity.astype(np.int32) + 101 * shared
    keep = wanted.copy()
    dense = np.flatnonzero(wanted & (relation != PARTIAL))  # a partial date keeps every wanted
    keep[dense] = _among_best(
        left[dense], right[dense], rows.start[left[dense]], rows.start[right[dense]],
        relation[dense], rank[dense],
    )  # fmt: skip
    main = rows.main_daily[left]
    keep |= same_day & wanted & (main != 0) & (main == rows.main_daily[right])
    keep |= one_attendance & ((relation == SAME_DAY) | (relation == NEAR))
    kept = np.flatnonzero(keep)
    return Candidates(left[kept], right[kept], relation[kept], similarity[kept])


def _blocks(order: np.ndarray, days: np.ndarray) -> Iterator[tuple[np.ndarray, ...]]:
    """The day-precision pairs (each row with the rest of its window, and each day with its
    day/month-swapped day), by runs of whole days of about
    `BLOCK_PAIRS` pairs: memory stays bounded, and each row's pairs with one other day, which
    its best few are chosen from, stay in one run (the earlier row's)."""
    if not len(days):
        return
    first = np.arange(len(days)) + 1
    count = np.searchsorted(days, days + NEAR_DAYS, side="right") - first
    unique, start, size = np.unique(days, return_index=True, return_counts=True)
    x, y = _swapping(unique)
    per_day = np.add.reduceat(count, start) + np.bincount(
        x, weights=size[x] * size[y], minlength=len(unique)
    ).astype(np.int64)
    total = np.cumsum(per_day)
    at = 0
    while at < len(unique):
        before = total[at - 1] if at else 0
        end = max(at + 1, int(np.searchsorted(total, before + BLOCK_PAIRS, "right")))
        lo, hi = start[at], start[end - 1] + size[end - 1]
        a, b = _spans(np.arange(lo, hi), first[lo:hi], count[lo:hi])
        relation = np.where(days[a] == days[b], SAME_DAY, NEAR).astype(np.int8)
        inside = (x >= at) & (x < end)
        c, d = _crossed(start, size, x[inside], y[inside])
        yield (
            np.concatenate([order[a], order[c]]),
            np.concatenate([order[b], order[d]]),
            np.concatenate([relation, np.full(len(c), SWAPPED, dtype=np.int8)]),
        )
        at = end


def _swapping(unique: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(day, its day/month-swapped day) as positions in `unique`, when that is a later day
    with rows."""
    where = {int(d): i for i, d in enumerate(unique.tolist())}
    meets = []
    for i, ordinal in enumerate(unique.tolist()):
        other = swapped(dt.date.fromordinal(ordinal))
        if other is not None and other.toordinal() > ordinal and other.toordinal() in where:
            meets.append((i, where[other.toordinal()]))
    x = np.array([i for i, _ in meets], dtype=np.int64)
    y = np.array([j for _, j in meets], dtype=np.int64)
    return x, y


def _crossed(
    start: np.ndarray, size: np.ndarray, x: np.ndarray, y: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """All of day x's rows with all of day y's, for each (x, y), as sorted positions: entry k
    of a pair of days is (k // m, k % m), m the second day's rows."""
    count = size[x] * size[y]
    block, k = _spans(np.arange(len(x)), np.zeros(len(x), dtype=np.int64), count)
    width = size[y][block]
    return start[x][block] + k // width, start[y][block] + k % width


def _partial(
    rows: Rows, texts: np.ndarray, order: np.ndarray, days: np.ndarray
) -> Iterator[tuple[np.ndarray, ...]]:
    """A month- or year-precision row with every row inside its dates: day rows, and the other
    partial rows of its year (each such pair once). A year-precision row meets only rows of a
    shared kind or the same text: a whole year of rows is too many to compare by text. In runs
    of about `BLOCK_PAIRS` pairs."""
    partial = np.flatnonzero(rows.precision != DAY)
    if not len(partial):
        return
    years = np.array([dt.date.fromordinal(int(o)).year for o in rows.start[partial].tolist()])
    of_year = {int(y): partial[years == y] for y in np.unique(years).tolist()}
    lefts: list[np.ndarray] = []
    rights: list[np.ndarray] = []
    held = 0
    for at, row in enumerate(partial.tolist()):
        start, end = rows.start[row], rows.end[row]
        inside = order[np.searchsorted(days, start) : np.searchsorted(days, end, side="right")]
        same_year = of_year[int(years[at])]
        others = same_year[
            (same_year > row) & (rows.start[same_year] <= end) & (rows.end[same_year] >= start)
        ]
        covered = np.concatenate([inside, others])
        # A pair with a year-precision row either way round (not only when the year row comes
        # first: the rows' order must not decide which pairs there are).
        yearly = (rows.precision[row] == YEAR) | (rows.precision[covered] == YEAR)
        covered = covered[
            ~yearly
            | ((rows.kinds[covered] & rows.kinds[row]) != 0)
            | (texts[covered] == texts[row])
        ]
        lefts.append(np.full(len(covered), row, dtype=np.int64))
        rights.append(covered)
        held += len(covered)
        if held >= BLOCK_PAIRS or at == len(partial) - 1:
            left, right = np.concatenate(lefts), np.concatenate(rights)
            yield left, right, np.full(len(left), PARTIAL, dtype=np.int8)
            lefts, rights, held = [], [], 0


def _none() -> tuple[np.ndarray, ...]:
    empty = np.empty(0, dtype=np.int64)
    return empty, empty, np.empty(0, dtype=np.int8)


def _spans(owner: np.ndarray, first: np.ndarray, count: np.ndarray) -> tuple[np.ndarray, ...]:
    """(owner, first + k) for k in range(count), for each owner, as two flat columns."""
    total = int(count.sum())
    owners = np.repeat(owner, count)
    offset = np.arange(total) - np.repeat(np.cumsum(count) - count, count)
    return owners, np.repeat(first, count) + offset


def similarities(
    texts: Sequence[str], left: np.ndarray, right: np.ndarray, ids: np.ndarray | None = None
) -> np.ndarray:
    """Token-set similarity (0-100) of each pair's texts. Texts repeat ("Home visit", a
    template's sentence, one text on two sheets), so each pair of distinct texts is compared
    once (`ids`: `text_ids(texts)`; the measure is symmetric)."""
    if ids is None:
        ids = text_ids(texts)
    if not len(left):
        return np.empty(0, dtype=np.uint8)
    a, b = ids[left], ids[right]
    key = np.minimum(a, b) * (int(ids.max()) + 1) + np.maximum(a, b)
    _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    return _compared(texts, left[first], right[first])[inverse.reshape(-1)]


def _compared(texts: Sequence[str], left: np.ndarray, right: np.ndarray) -> np.ndarray:
    threads = 1 if len(left) < THREADS_FROM else min(os.cpu_count() or 1, MAX_THREADS)
    found = np.empty(len(left), dtype=np.uint8)
    for at in range(0, len(left), _CHUNK):
        a, b = left[at : at + _CHUNK].tolist(), right[at : at + _CHUNK].tolist()
        found[at : at + len(a)] = process.cpdist(
            [texts[i] for i in a],
            [texts[i] for i in b],
            scorer=fuzz.token_set_ratio,
            dtype=np.uint8,
            workers=threads,
        )
    return found


def _among_best(
    left: np.ndarray,
    right: np.ndarray,
    left_day: np.ndarray,
    right_day: np.ndarray,
    relation: np.ndarray,
    rank: np.ndarray,
) -> np.ndarray:
    """Whether each wanted pair is among its left row's best on the right row's day or its right
    row's best on the left row's day (`DENSE_TOP` on one day, `DENSE_TOP_ACROSS` across; ties
    kept): fewer than that many of the row's wanted pairs there rank higher."""
    top = np.where(
        relation == SAME_DAY,
        DENSE_TOP if DENSE_TOP is not None else len(left) + 1,
        DENSE_TOP_ACROSS if DENSE_TOP_ACROSS is not None else len(left) + 1,
    )
    higher = outranked(
        (np.concatenate([left, right]), np.concatenate([right_day, left_day]),
         np.concatenate([relation, relation])),
        np.concatenate([rank, rank]),
    )  # fmt: skip
    return (higher[: len(left)] < top) | (higher[len(left) :] < top)


def outranked(keys: tuple[np.ndarray, ...], rank: np.ndarray) -> np.ndarray:
    """For each entry, how many entries of its group (equal `keys`) rank strictly higher."""
    if not len(rank):
        return np.zeros(0, dtype=np.int64)
    order = np.lexsort((-rank.astype(np.int64), *reversed(keys)))
    new_group = np.zeros(len(rank), dtype=bool)
    new_group[0] = True
    for key in keys:
        column = key[order]
        new_group[1:] |= column[1:] != column[:-1]
    ranks = rank[order]
    new_run = new_group.copy()
    new_run[1:] |= ranks[1:] != ranks[:-1]
    position = np.arange(len(rank))
    group_start = np.maximum.accumulate(np.where(new_group, position, 0))
    run_start = np.maximum.accumulate(np.where(new_run, position, 0))
    higher = np.empty(len(rank), dtype=np.int64)
    higher[order] = run_start - group_start
    return higher
