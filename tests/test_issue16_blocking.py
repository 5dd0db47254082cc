"""Issue 16: candidate pairs found on whole columns (`chronology.blocking`) are exactly the pairs
of the per-day loop they replaced, kept here as the reference: on labelled cases and on crowded
generated days where each row keeps only its best few candidates."""

from __future__ import annotations

import datetime as dt
import random
import sys
import zlib
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


class Gate:
    """The crowded-window rule written out row by row: on a crowded window (more than
    `CROWDED` day rows on a day row's day and the next `NEAR_DAYS`) two rows' texts are compared
    only when they share a kind, a meeting, an attendance, the text, or an uncommon word's bit
    in each salted CRC-32 signature; a pair with a partial date always is."""

    def __init__(self, items: Sequence[Prepared]) -> None:
        days = sorted(p.start for p in items if p.event.date_precision == "day")
        limit = blocking.CROWDED
        self.crowded: dict[int, bool] = {}
        for p in items:
            end = p.start + dt.timedelta(days=blocking.NEAR_DAYS)
            inside = bisect_right(days, end) - bisect_left(days, p.start)
            day = p.event.date_precision == "day"
            self.crowded[p.index] = day and limit is not None and inside > limit
        in_rows: dict[str, int] = defaultdict(int)
        for p in items:
            for word in set(p.text.split()):
                in_rows[word] += 1
        uncommon = {w for w, n in in_rows.items() if n <= blocking.RARE_SHARE * len(items)}
        self.bits = {
            p.index: [
                {
                    zlib.crc32(f"{salt}:{w}".encode()) % blocking._SIGNATURE_BITS
                    for w in p.text.split()
                    if w in uncommon
                }
                for salt in range(blocking._SIGNATURES)
            ]
            for p in items
        }

    def silenced(
        self, left: Sequence[Prepared], right: Sequence[Prepared], relation: str
    ) -> np.ndarray:
        """Pairs whose texts are not compared: crowded, and nothing shared but the day."""
        out = np.zeros((len(left), len(right)), dtype=bool)
        if relation == "partial":
            return out
        for i, a in enumerate(left):
            for j, b in enumerate(right):
                if not (self.crowded[a.index] or self.crowded[b.index]):
                    continue
                related = (
                    a.kind_mask & b.kind_mask
                    or (a.meeting and b.meeting)
                    or (a.attendance and a.attendance == b.attendance)
                    or a.text == b.text
                    or all(
                        x & y for x, y in zip(self.bits[a.index], self.bits[b.index], strict=True)
                    )
                )
                out[i, j] = not related
        return out


def _within(bucket: list[Prepared], gate: Gate) -> Iterable[Found]:
    if len(bucket) < 2:
        return
    matrix = _matrix(bucket, bucket)
    matrix[gate.silenced(bucket, bucket, "same_day")] = 0
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


def _across(
    left: list[Prepared], right: list[Prepared], relation: str, gate: Gate
) -> Iterable[Found]:
    matrix = _matrix(left, right)
    matrix[gate.silenced(left, right, relation)] = 0
    shared = (_masks(left)[:, None] & _masks(right)[None, :]) != 0
    rank = matrix.astype(np.int32) + 101 * shared
    wanted = _best((matrix >= 50) | shared, rank, blocking.DENSE_TOP_ACROSS)
    if relation == "near":
        wanted |= _attendance(left, right)
    for i, j in zip(*np.nonzero(wanted), strict=True):
        yield left[i].index, right[j].index, relation, int(matrix[i, j])


def reference_pairs(items: Sequence[Prepared]) -> set[Found]:
    found: set[Found] = set()
    gate = Gate(items)
    by_day: dict[dt.date, list[Prepared]] = defaultdict(list)
    partial = [p for p in items if p.event.date_precision != "day"]
    for item in items:
        if item.event.date_precision == "day":
            by_day[item.start].append(item)
    days = sorted(by_day)
    for day in days:
        bucket = by_day[day]
        found.update(_within(bucket, gate))
        for ahead in range(1, blocking.NEAR_DAYS + 1):
            if following := by_day.get(day + dt.timedelta(days=ahead)):
                found.update(_across(bucket, following, "near", gate))
        other = swapped(day)
        if other is not None and other > day and other in by_day:
            found.update(_across(bucket, by_day[other], "swapped", gate))
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
        covered = [
            p
            for p in covered
            if "year" not in (item.event.date_precision, p.event.date_precision)
            or p.kind_mask & item.kind_mask
            or p.text == item.text
        ]
        if covered:
            found.update(_across([item], covered, "partial", gate))
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


def _counting_comparisons(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """From now on, the number of text pairs each call of `blocking._compared` compares."""
    compared: list[int] = []
    real = blocking._compared

    def counting(texts: list[str], a: np.ndarray, b: np.ndarray) -> np.ndarray:
        compared.append(len(a))
        return real(texts, a, b)

    monkeypatch.setattr(blocking, "_compared", counting)
    return compared


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
    compared = _counting_comparisons(monkeypatch)
    assert blocking.similarities(texts, left, right).tolist() == every.astype(int).tolist()
    distinct = {tuple(sorted((texts[a], texts[b]))) for a, b in zip(left, right, strict=True)}
    assert compared == [len(distinct)] and len(distinct) < 4000 - 100


@pytest.mark.parametrize("limit", [None, 10, 48, 100])
def test_the_crowded_window_rule_matches_the_reference(
    monkeypatch: pytest.MonkeyPatch, limit: int | None
) -> None:
    monkeypatch.setattr(blocking, "CROWDED", limit)
    items = prepare(crowded(9, rows=220, days=8))
    assert columnar_pairs(items) == reference_pairs(items)


def test_a_crowded_window_compares_fewer_texts_and_keeps_related_rows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The same crowded rows with and without the rule: with it fewer texts are compared and
    some look-alike pairs sharing nothing but the day go, while every pair sharing a kind stays."""
    items = prepare(crowded(10, rows=240, days=6))
    compared = _counting_comparisons(monkeypatch)
    monkeypatch.setattr(blocking, "CROWDED", None)
    every = columnar_pairs(items)
    every_compared = sum(compared)
    compared.clear()
    monkeypatch.setattr(blocking, "CROWDED", 48)
    gated = columnar_pairs(items)
    assert sum(compared) < every_compared
    kind = {p.index: p.kind_mask for p in items}
    lost = every - gated
    assert lost and all(not kind[a] & kind[b] for a, b, _, _ in lost)
    assert {(a, b) for a, b, _, _ in every if kind[a] & kind[b]} <= {(a, b) for a, b, *_ in gated}


def _day_rows(texts: list[str], day: int = 737_865) -> blocking.Rows:
    return _rows(texts, [0] * len(texts), day)


def test_on_a_crowded_day_only_rows_sharing_an_uncommon_word_are_compared(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Sixty rows on one day, most with words of their own: rows 0 and 1 share 'hammersmith',
    rows 2 and 3 share only 'the visit', which four rows of the sixty hold (over 5%: common).
    Without the rule both pairs are candidates (texts alike); with it rows 2 and 3 are never
    compared."""
    texts = [f"w{n}x v{n}y" for n in range(60)]
    texts[0], texts[1] = "the visit hammersmith road", "the visit to hammersmith"
    texts[2], texts[3] = "the visit morning q2", "the visit afternoon q3"
    monkeypatch.setattr(blocking, "CROWDED", None)
    every = blocking.candidates(_day_rows(texts))
    pairs = set(zip(every.left.tolist(), every.right.tolist(), strict=True))
    assert {(0, 1), (2, 3)} <= pairs
    monkeypatch.setattr(blocking, "CROWDED", 48)
    gated = blocking.candidates(_day_rows(texts))
    pairs = set(zip(gated.left.tolist(), gated.right.tolist(), strict=True))
    assert (0, 1) in pairs and (2, 3) not in pairs
    # Forty rows are not a crowded window: every pair's texts are compared again.
    quiet = blocking.candidates(_day_rows(texts[:40]))
    assert (2, 3) in set(zip(quiet.left.tolist(), quiet.right.tolist(), strict=True))


def test_uncommon_word_signatures_depend_only_on_the_words() -> None:
    """A text's signatures come from its words alone: the same in any process (not Python's
    salted string hash) and whatever order the rows come in."""
    texts = ["alpha beta gamma", "beta delta", "alpha beta gamma", "epsilon", "beta"]
    texts += [f"filler{n}" for n in range(40)]  # 45 rows: a word of 2 rows is uncommon

    def by_text(rows: list[str]) -> dict[str, list[list[int]]]:
        ids = blocking.text_ids(rows)
        found = blocking._uncommon_words(rows, ids)
        first = {int(i): r for r, i in reversed(list(enumerate(ids.tolist())))}
        return {rows[first[t]]: [s[t].tolist() for s in found] for t in range(len(first))}

    signed = by_text(texts)
    assert by_text(list(reversed(texts))) == signed
    code = (
        "from chronology import blocking;"
        f"t = {texts!r}; s = blocking._uncommon_words(t, blocking.text_ids(t));"
        "print([x.tolist() for x in s])"
    )
    import subprocess

    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1
    found = blocking._uncommon_words(texts, blocking.text_ids(texts))
    assert len(found) == blocking._SIGNATURES
    assert all(s.shape == (44, blocking._SIGNATURE_BITS // 64) for s in found)  # per text

    def bits(text: str) -> list[int]:
        return [sum(bin(x).count("1") for x in row) for row in signed[text]]

    # 'beta' is in 4 rows of 45 (over 5%): common, no bit; 'epsilon' one bit in each.
    assert bits("beta") == [0] * blocking._SIGNATURES
    assert bits("epsilon") == [1] * blocking._SIGNATURES


def _varied(seed: int) -> list[Prepared]:
    """Crowded rows given what `crowded` lacks: a vocabulary of hundreds of words (many
    uncommon, more words than a signature has bits), empty and repeated texts, attendances,
    rows without kinds, and days at a month's end."""
    rng = random.Random(seed)
    events = crowded(seed, rows=rng.randint(20, 200), days=rng.randint(1, 10))
    for event in events[::11]:
        if event.date_precision == "day":
            object.__setattr__(event, "date", dt.date(2021, 2, 28))
    items = prepare(events)
    vocabulary = [f"w{i}" for i in range(rng.randint(5, 600))]
    for item in items:
        draw = rng.random()
        if draw < 0.08:
            item.text = ""
        elif draw < 0.2:
            item.text = "home visit"
        elif draw < 0.75:
            item.text = " ".join(rng.choices(vocabulary, k=rng.randint(1, 8)))
        item.kind_mask = 0 if rng.random() < 0.5 else item.kind_mask
        item.attendance = rng.randint(1, 3) if rng.random() < 0.2 else 0
        item.meeting = rng.random() < 0.1
    return items


@pytest.mark.parametrize("seed", range(24))
def test_varied_crowded_rows_match_the_reference(
    monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    rng = random.Random(seed * 7)
    monkeypatch.setattr(blocking, "CROWDED", rng.choice([0, 1, 5, 20]))
    monkeypatch.setattr(blocking, "RARE_SHARE", rng.choice([0.01, 0.05, 0.2, 1.0]))
    monkeypatch.setattr(blocking, "BLOCK_PAIRS", rng.choice([1, 50, 1_000_000]))
    monkeypatch.setattr(blocking, "DENSE_TOP", rng.choice([None, 1, 8]))
    items = _varied(seed)
    assert columnar_pairs(items) == reference_pairs(items)


def test_the_rule_holds_back_pairs_on_varied_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    """The varied rows do exercise the rule: with it some pairs go, none sharing a kind."""
    items = _varied(3)
    monkeypatch.setattr(blocking, "CROWDED", None)
    every = columnar_pairs(items)
    monkeypatch.setattr(blocking, "CROWDED", 5)
    kind = {p.index: p.kind_mask for p in items}
    lost = every - columnar_pairs(items)
    assert lost and not any(kind[a] & kind[b] for a, b, _, _ in lost)


def test_row_order_does_not_change_the_candidates(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same rows in another order give the same candidate pairs (by the rows' keys)."""
    monkeypatch.setattr(blocking, "CROWDED", 10)
    events = crowded(11, rows=220, days=5)
    found = []
    for shuffled in (events, random.Random(5).sample(events, len(events))):
        items = prepare(shuffled)
        found.append(
            {
                (*sorted((a.key, b.key)), relation, similarity)
                for a, b, relation, similarity in candidate_pairs(items)
            }
        )
    assert found[0] == found[1]


def test_a_partial_date_pair_is_never_held_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sixty day rows, two a day through March 2021, every window crowded at a limit of 2, and
    a month row 'March 2021' written word for word as eight of them: the month row meets its
    day rows whatever the crowding (its pairs grow with rows, not their square)."""
    events = [
        Event(
            Provenance("Health.xlsx", "Log", n + 2),
            "Health",
            dt.date(2021, 3, 1 + n // 2),
            "day",
            "letter sent to mother" if n % 8 == 0 else f"entry {n} about row{n}",
        )
        for n in range(60)
    ]
    month = Provenance("School.xlsx", "Log", 2)
    events.append(Event(month, "Education", dt.date(2021, 3, 1), "month", "letter sent to mother"))
    items = prepare(events)
    monkeypatch.setattr(blocking, "CROWDED", None)
    every = {p for p in columnar_pairs(items) if p[2] == "partial"}
    monkeypatch.setattr(blocking, "CROWDED", 2)
    assert {p for p in columnar_pairs(items) if p[2] == "partial"} == every
    assert len([p for p in every if p[3] == 100]) == 8
