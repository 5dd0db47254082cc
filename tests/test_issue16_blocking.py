"""Issue 16: candidate pairs found on whole columns (`chronology.blocking`) are exactly the pairs
of the per-day loop they replaced, kept here as the reference: on labelled cases and on crowded
generated days where each row keeps only its best few candidates."""

from __future__ import annotations

import datetime as dt
import random
import sys
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
import pytest
from rapidfuzz import fuzz, process

from chronology import blocking, dedup
from chronology.blocking import NEAR, SAME_DAY, SWAPPED, outranked, swapped
from chronology.dedup import Prepared, blocked, candidate_pairs, prepare
from chronology.linkage_columns import RELATIONS
from chronology.schema import Event, Provenance

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "sample_data"))

from blind_dedup_cases import blind_dedup_cases  # noqa: E402
from blind_dedup_cases_7 import blind_dedup_cases_7  # noqa: E402
from hard_cases import hard_cases  # noqa: E402

Found = tuple[int, int, str, int]


# ----------------------------------------------------------- the per-day loop, as it was


def _best(wanted: np.ndarray, rank: np.ndarray, top: int | None) -> np.ndarray:
    if top is None or max(wanted.shape) <= top:
        return wanted
    ranked = np.where(wanted, rank.astype(np.int32), -1)
    keep = np.zeros_like(wanted)
    if ranked.shape[1] > top:
        kth = np.partition(ranked, ranked.shape[1] - top, axis=1)[:, ranked.shape[1] - top]
        keep |= ranked >= np.maximum(kth, 0)[:, None]
    else:
        keep |= wanted
    if ranked.shape[0] > top:
        kth = np.partition(ranked, ranked.shape[0] - top, axis=0)[ranked.shape[0] - top, :]
        keep |= ranked >= np.maximum(kth, 0)[None, :]
    else:
        keep |= wanted
    return keep & wanted


def _masks(items: Sequence[Prepared]) -> np.ndarray:
    return np.array([p.kind_mask for p in items], dtype=np.int64)


def _attendance(left: Sequence[Prepared], right: Sequence[Prepared]) -> np.ndarray:
    a = np.array([p.attendance for p in left], dtype=np.int64)
    b = np.array([p.attendance for p in right], dtype=np.int64)
    together = (a[:, None] == b[None, :]) & (a[:, None] != 0)
    if left is right:
        np.fill_diagonal(together, False)
    return together


def _matrix(left: Sequence[Prepared], right: Sequence[Prepared]) -> np.ndarray:
    return process.cdist(
        [p.text for p in left], [p.text for p in right], scorer=fuzz.token_set_ratio, dtype=np.uint8
    )


def _within(bucket: list[Prepared]) -> Iterable[Found]:
    if len(bucket) < 2:
        return
    matrix = _matrix(bucket, bucket)
    masks = _masks(bucket)
    meetings = np.array([p.meeting for p in bucket])
    shared = (masks[:, None] & masks[None, :]) != 0
    wanted = (matrix >= 35) | shared | (meetings[:, None] & meetings[None, :])
    np.fill_diagonal(wanted, False)
    main = np.array([hash(p.main_daily) if p.main_daily else 0 for p in bucket], dtype=np.int64)
    one_meeting = (main[:, None] == main[None, :]) & (main[:, None] != 0)
    rank = matrix.astype(np.int32) + 101 * shared
    wanted = _best(wanted, rank, blocking.DENSE_TOP) | (one_meeting & wanted)
    wanted |= _attendance(bucket, bucket)
    for i, j in zip(*np.nonzero(np.triu(wanted | wanted.T, k=1)), strict=True):
        yield bucket[i].index, bucket[j].index, "same_day", int(matrix[i, j])


def _across(left: list[Prepared], right: list[Prepared], relation: str) -> Iterable[Found]:
    matrix = _matrix(left, right)
    shared = (_masks(left)[:, None] & _masks(right)[None, :]) != 0
    rank = matrix.astype(np.int32) + 101 * shared
    wanted = _best((matrix >= 50) | shared, rank, blocking.DENSE_TOP_ACROSS)
    if relation == "near":
        wanted |= _attendance(left, right)
    for i, j in zip(*np.nonzero(wanted), strict=True):
        yield left[i].index, right[j].index, relation, int(matrix[i, j])


def reference_pairs(items: Sequence[Prepared]) -> set[Found]:
    found: set[Found] = set()
    by_day: dict[dt.date, list[Prepared]] = defaultdict(list)
    partial = [p for p in items if p.event.date_precision != "day"]
    for item in items:
        if item.event.date_precision == "day":
            by_day[item.start].append(item)
    days = sorted(by_day)
    for day in days:
        bucket = by_day[day]
        found.update(_within(bucket))
        for ahead in range(1, blocking.NEAR_DAYS + 1):
            if following := by_day.get(day + dt.timedelta(days=ahead)):
                found.update(_across(bucket, following, "near"))
        other = swapped(day)
        if other is not None and other > day and other in by_day:
            found.update(_across(bucket, by_day[other], "swapped"))
    for item in partial:
        lo, hi = bisect_left(days, item.start), bisect_right(days, item.end)
        covered = [p for d in days[lo:hi] for p in by_day[d]] + [
            p
            for p in partial
            if p.index > item.index
            and p.start.year == item.start.year
            and p.start <= item.end
            and item.start <= p.end
        ]
        if item.event.date_precision == "year":
            covered = [p for p in covered if p.kind_mask & item.kind_mask or p.text == item.text]
        if covered:
            found.update(_across([item], covered, "partial"))
    return found


def columnar_pairs(items: Sequence[Prepared]) -> set[Found]:
    return {(a.index, b.index, r, int(s)) for a, b, r, s in candidate_pairs(items)}


# ----------------------------------------------------------- cases


WORDS = (
    "mother",
    "father",
    "child",
    "police",
    "visit",
    "school",
    "health",
    "call",
    "referral",
    "home",
    "seen",
    "bruise",
    "nursery",
    "strategy",
    "discussion",
    "meeting",
    "conference",
    "attended",
    "phoned",
    "concern",
    "missing",
    "GP",
    "hospital",
)
OPENINGS = ("", "Strategy discussion. ", "Child protection conference. ", "Home visit. ")


def crowded(seed: int, rows: int = 240, days: int = 6) -> list[Event]:
    """Rows piled on a few days (tens a day, above every row's limit), from a small vocabulary
    so that many texts tie, some opening with a meeting's name; a few partial dates and dates
    whose day and month swap onto another day of the set."""
    rng = random.Random(seed)
    start = dt.date(2021, 3, 1)
    events = []
    for row in range(rows):
        day = start + dt.timedelta(days=rng.randrange(days))
        precision = "day"
        if row % 37 == 0:
            day, precision = day.replace(day=1), "month"
        elif row % 53 == 0:
            day, precision = dt.date(2021, 1, 1), "year"
        elif row % 29 == 0:
            day = dt.date(2021, day.day, 3)  # 3 March swapped: another month of the set
        text = rng.choice(OPENINGS) + " ".join(rng.choices(WORDS, k=rng.randint(2, 7)))
        agency = rng.choice(("Police", "Health", "Education", "Children's Social Care"))
        events.append(
            Event(Provenance(f"{agency}.xlsx", "Log", row + 2), agency, day, precision, text)  # type: ignore[arg-type]
        )
    return events


LABELLED = [(n, e) for n, e, _, _ in [*blind_dedup_cases(), *blind_dedup_cases_7()]]
LABELLED += [(n, e) for n, e, _ in hard_cases()][:6]


@pytest.mark.parametrize("name,events", LABELLED, ids=[n for n, _ in LABELLED])
def test_the_same_pairs_as_the_per_day_loop_on_labelled_cases(
    name: str, events: list[Event]
) -> None:
    items = prepare(events)
    found = columnar_pairs(items)
    assert found == reference_pairs(items)
    assert len(found) > 20


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_same_pairs_as_the_per_day_loop_on_crowded_days(seed: int) -> None:
    items = prepare(crowded(seed))
    found = columnar_pairs(items)
    assert found == reference_pairs(items)
    relations = {r for _, _, r, _ in found}
    assert relations == {"same_day", "near", "swapped", "partial"}
    # The limits are at work: far fewer pairs than every wanted pair of a day.
    same_day = sum(r == "same_day" for _, _, r, _ in found)
    assert same_day < len(items) * blocking.DENSE_TOP


@pytest.mark.parametrize("top,across", [(None, None), (3, 1), (1, 5)])
def test_the_same_pairs_with_other_limits(
    monkeypatch: pytest.MonkeyPatch, top: int | None, across: int | None
) -> None:
    monkeypatch.setattr(blocking, "DENSE_TOP", top)
    monkeypatch.setattr(blocking, "DENSE_TOP_ACROSS", across)
    items = prepare(crowded(4, rows=150))
    assert columnar_pairs(items) == reference_pairs(items)


@pytest.mark.parametrize("budget", [1, 60, 500])
def test_runs_of_days_give_the_same_pairs(monkeypatch: pytest.MonkeyPatch, budget: int) -> None:
    """Pairs compared by runs of whole days (bounded memory) are the pairs of all at once."""
    items = prepare(crowded(7, rows=200, days=9))
    whole = columnar_pairs(items)
    monkeypatch.setattr(blocking, "BLOCK_PAIRS", budget)
    assert columnar_pairs(items) == whole == reference_pairs(items)


def test_threads_and_chunks_do_not_change_the_similarities(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    items = prepare(crowded(5, rows=120))
    one = blocked(items)
    monkeypatch.setattr(blocking, "THREADS_FROM", 0)
    monkeypatch.setattr(blocking, "_CHUNK", 7)
    again = blocked(items)
    for first, second in zip(one, again, strict=True):
        assert first.tolist() == second.tolist()


def test_no_rows_and_one_row_give_no_pairs() -> None:
    assert len(blocked([]).left) == 0
    assert list(candidate_pairs(prepare(crowded(6, rows=1)))) == []


def test_outranked_counts_the_strictly_higher_in_each_group() -> None:
    # Group 1 ranks 90, 80, 80, 5; group 2 ranks 7, 7.
    keys = (np.array([1, 1, 2, 1, 2, 1]),)
    rank = np.array([80, 90, 7, 5, 7, 80])
    assert outranked(keys, rank).tolist() == [1, 0, 0, 3, 0, 1]
    # Two keys make the group: (1, 0) and (1, 1) are apart.
    two = (np.array([1, 1, 1]), np.array([0, 1, 1]))
    assert outranked(two, np.array([1, 5, 9])).tolist() == [0, 1, 0]
    assert outranked(keys[:0], np.array([], dtype=np.int64)).tolist() == []


def test_each_row_and_each_column_keep_their_best_two() -> None:
    """Worked by hand, top 2, between two days (rows on the first, columns on the second).
    Row tops: row 0 keeps 90 and 80, row 1 70 and 60, row 2 65 and 55, row 3 its only wanted
    pair. Column tops: column 0 90 and 60 (row 3), column 4 its only wanted pair (rank 0), the
    others nothing new. (1, 0) at 50, (2, 0) at 10 and (2, 1) at 0 are nobody's best two."""
    wanted = np.array(
        [[1, 1, 0, 0, 1], [1, 1, 1, 1, 0], [1, 1, 1, 1, 0], [1, 0, 0, 0, 0]], dtype=bool
    )
    rank = np.array([[90, 80, 0, 99, 0], [50, 60, 70, 40, 0], [10, 0, 55, 65, 0], [60, 5, 5, 5, 0]])
    kept = np.array(
        [[1, 1, 0, 0, 1], [0, 1, 1, 1, 0], [0, 0, 1, 1, 0], [1, 0, 0, 0, 0]], dtype=bool
    )
    rows, columns = np.nonzero(wanted)
    result = blocking._among_best(
        rows, columns + 100, np.zeros(len(rows)), np.ones(len(rows)),
        np.full(len(rows), NEAR), rank[rows, columns],
    )  # fmt: skip
    assert result.tolist() == kept[rows, columns].tolist()
    assert _best(wanted, rank, 2).tolist() == kept.tolist()  # the reference agrees


def _rows(texts: list[str], kinds: list[int], day: int = 737_865) -> blocking.Rows:
    count = len(texts)
    return blocking.Rows(
        precision=np.zeros(count, dtype=np.int8),
        start=np.full(count, day, dtype=np.int64),
        end=np.full(count, day, dtype=np.int64),
        texts=texts,
        kinds=np.array(kinds, dtype=np.int64),
        meeting=np.zeros(count, dtype=bool),
        main_daily=np.zeros(count, dtype=np.int64),
        attendance=np.zeros(count, dtype=np.int64),
    )


def test_a_shared_kind_ranks_above_any_similarity_on_a_crowded_day(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Row 0 is word for word rows 1 and 3 (100) and shares a kind only with row 2, whose
    text is unlike; rows 1 and 3 share a kind. With room for one pair a row, row 0 keeps row 2,
    rows 1 and 3 keep each other, and row 0's identical texts are nobody's best."""
    monkeypatch.setattr(blocking, "DENSE_TOP", 1)
    found = blocking.candidates(
        _rows(["aaaa bbbb", "aaaa bbbb", "qqqq rrrr", "aaaa bbbb"], [1, 2, 1, 2])
    )
    assert list(zip(found.left.tolist(), found.right.tolist(), strict=True)) == [(0, 2), (1, 3)]
    assert found.similarity.tolist()[1] == 100


def test_swapped_reads_day_and_month_the_other_way() -> None:
    assert swapped(dt.date(2021, 3, 12)) == dt.date(2021, 12, 3)
    assert swapped(dt.date(2021, 12, 1)) == dt.date(2021, 1, 12)
    assert swapped(dt.date(2021, 3, 13)) is None  # no 13th month
    assert swapped(dt.date(2021, 5, 5)) is None  # the same date either way
    assert swapped(dt.date(2021, 1, 31)) is None


def test_relation_codes_follow_the_names() -> None:
    assert [RELATIONS[c] for c in (SAME_DAY, NEAR, SWAPPED)] == ["same_day", "near", "swapped"]
    assert list(dedup._RELATION_NAMES) == list(RELATIONS)


def test_each_pair_of_distinct_texts_is_compared_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Texts repeat, and the measure is symmetric: a pair of texts met again (either way
    round) takes the first meeting's similarity, the same as comparing it again."""
    items = prepare(crowded(8, rows=160))
    texts = [p.text for p in items]
    rng = np.random.default_rng(16)
    left = rng.integers(0, len(texts), 4000)
    right = rng.integers(0, len(texts), 4000)
    left[:100], right[:100] = right[100:200], left[100:200]  # the same pairs the other way
    every = process.cpdist(
        [texts[i] for i in left],
        [texts[i] for i in right],
        scorer=fuzz.token_set_ratio,
        dtype=np.uint8,
    )
    compared: list[int] = []
    real = blocking._compared

    def counting(texts: list[str], a: np.ndarray, b: np.ndarray) -> np.ndarray:
        compared.append(len(a))
        return real(texts, a, b)

    monkeypatch.setattr(blocking, "_compared", counting)
    assert blocking.similarities(texts, left, right).tolist() == every.astype(int).tolist()
    distinct = {tuple(sorted((texts[a], texts[b]))) for a, b in zip(left, right, strict=True)}
    assert compared == [len(distinct)] and len(distinct) < 4000 - 100
