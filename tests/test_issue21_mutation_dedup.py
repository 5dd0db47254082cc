"""Issue 21: direct tests for chronology/dedup.py's limits and its complete linkage, for the
mutation run over it (bench/mutation.py dedup).

Each limit is tested at its bound and one step past it, with texts whose similarity is worked
out by hand: rapidfuzz's token_set_ratio of two one-word texts with no word in common is the
plain ratio 200 * LCS / (length of both), so "a"*7 + "c"*13 against "a"*7 + "d"*13 scores
2 * 7 / 40 = 35 exactly. Clustering is tested with rows whose verdicts are stated in
tests/test_issue21_survivors.py: the same text from three agencies, 50 minutes apart is "same",
100 minutes apart only "possible" (the linkage weights of chronology/rules/dedup_weights.toml).
"""

from __future__ import annotations

import datetime as dt

import pytest

from chronology.dedup import (
    Decisions,
    Rules,
    candidate_pairs,
    cluster,
    load_rules,
    prepare,
    source_key,
)
from chronology.schema import Event, Provenance

DAY = dt.date(2021, 3, 16)
TEXT = "Mother telephoned to say the boiler had broken and the flat was cold"


def _row(
    agency: str,
    day: dt.date,
    text: str = TEXT,
    precision: str = "day",
    time: dt.time | None = None,
    row: int = 2,
) -> Event:
    return Event(Provenance(f"{agency}.xlsx", "Log", row), agency, day, precision, text, time=time)  # type: ignore[arg-type]


def _pairs(events: list[Event]) -> set[tuple[int, int, str]]:
    return {(a.index, b.index, relation) for a, b, relation, _ in candidate_pairs(prepare(events))}


def _similarity(events: list[Event]) -> list[tuple[int, int, str, float]]:
    return [(a.index, b.index, r, s) for a, b, r, s in candidate_pairs(prepare(events))]


# ------------------------------------------------------------------ candidate pairs


def test_dates_up_to_three_days_apart_are_compared_four_are_not() -> None:
    events = [
        _row("Police", DAY),
        _row("Health", DAY + dt.timedelta(days=3)),
        _row("School", DAY + dt.timedelta(days=4)),
    ]
    # 16th-19th and 19th-20th: near; 16th-20th (four days): never compared.
    assert _pairs(events) == {(0, 1, "near"), (1, 2, "near")}


def test_a_day_and_month_typed_the_wrong_way_round_are_compared() -> None:
    # 4 March and 3 April; 12 March and 3 December (a day of 12 can be a month).
    march, april = dt.date(2021, 3, 4), dt.date(2021, 4, 3)
    assert _pairs([_row("Police", march), _row("Health", april)]) == {(0, 1, "swapped")}
    twelfth, december = dt.date(2021, 3, 12), dt.date(2021, 12, 3)
    assert _pairs([_row("Police", twelfth), _row("Health", december)]) == {(0, 1, "swapped")}
    # 13 March has no swapped reading; two rows far apart are not compared.
    assert _pairs([_row("Police", dt.date(2021, 3, 13)), _row("Health", december)]) == set()


def test_a_month_meets_the_days_of_that_month_only() -> None:
    events = [
        _row("Police", dt.date(2021, 3, 1), precision="month"),
        _row("Health", dt.date(2021, 3, 31)),
        _row("School", dt.date(2021, 4, 1)),
        _row("Housing", dt.date(2021, 2, 28)),
    ]
    assert _pairs(events) == {(0, 1, "partial"), (1, 2, "near")}


def test_a_year_meets_rows_of_its_year_with_the_same_text_only() -> None:
    events = [
        _row("Police", dt.date(2021, 1, 1), precision="year"),
        _row("Health", dt.date(2021, 7, 1)),
        # much the same words (similarity 50 or more), but not the same text
        _row("School", dt.date(2021, 9, 1), text=TEXT + " again this morning"),
        _row("Housing", dt.date(2022, 1, 1)),
    ]
    assert _pairs(events) == {(0, 1, "partial")}


def test_same_day_texts_are_compared_from_a_similarity_of_35() -> None:
    at_bound = [_row("Police", DAY, "a" * 7 + "c" * 13), _row("Health", DAY, "a" * 7 + "d" * 13)]
    assert _similarity(at_bound) == [(0, 1, "same_day", 35.0)]
    below = [_row("Police", DAY, "a" * 17 + "c" * 33), _row("Health", DAY, "a" * 17 + "d" * 33)]
    assert _similarity(below) == []


def test_texts_on_different_days_are_compared_from_a_similarity_of_50() -> None:
    later = DAY + dt.timedelta(days=1)
    at_bound = [
        _row("Police", DAY, "a" * 10 + "c" * 10),
        _row("Health", later, "a" * 10 + "d" * 10),
    ]
    assert _similarity(at_bound) == [(0, 1, "near", 50.0)]
    below = [_row("Police", DAY, "a" * 49 + "c" * 51), _row("Health", later, "a" * 49 + "d" * 51)]
    assert _similarity(below) == []


# ------------------------------------------------------------------ complete linkage


def _three(minutes: tuple[int, int, int]) -> list[Event]:
    """The same text from three agencies at 10:00 plus the given minutes."""
    return [
        _row(agency, DAY, time=dt.time(10 + m // 60, m % 60))
        for agency, m in zip(("Police", "Health", "Education"), minutes, strict=True)
    ]


def test_a_reviewers_different_keeps_a_pair_apart_and_the_chain_goes_the_other_way() -> None:
    """A~B and B~C (50 minutes), A and C only possible (100). The reviewer says A and B are
    different: B and C merge instead, A stays alone, listed once against B+C by A~C."""
    events = _three((0, 50, 100))
    a, b, _ = (source_key(e) for e in events)
    result = cluster(prepare(events), Decisions(different=[(a, b)]))
    assert result.clusters == [[0], [1, 2]]
    assert [(p.a, p.b) for p in result.possible] == [(0, 2)]


def test_a_reviewers_same_joins_rows_the_model_keeps_apart() -> None:
    """The reviewer says A and C are one occurrence: they are joined whatever the model says;
    B, the same as each of them, then joins them; the reviewer's reason is kept first."""
    events = _three((0, 50, 100))
    a, _, c = (source_key(e) for e in events)
    result = cluster(prepare(events), Decisions(same=[(a, c)]))
    assert result.clusters == [[0, 1, 2]]
    assert result.reasons[0][0] == "reviewer decision: the same occurrence"
    assert len(result.reasons[0]) == 2
    assert result.possible == []


def test_a_reviewers_different_wins_over_their_same() -> None:
    events = _three((0, 50, 100))
    a, b, _ = (source_key(e) for e in events)
    result = cluster(prepare(events), Decisions(same=[(a, b)], different=[(a, b)]))
    assert result.clusters == [[0], [1, 2]]


def test_no_row_joins_a_group_holding_a_row_it_must_be_kept_apart_from() -> None:
    """A, B and C 20 minutes apart: every pair the same. The reviewer says A and C differ:
    A and B merge first (the likeliest pair, first in row order), C stays out, and the pair
    B~C that complete linkage refused is listed for the reviewer; A~C is not (decided)."""
    events = _three((0, 20, 40))
    a, _, c = (source_key(e) for e in events)
    result = cluster(prepare(events), Decisions(different=[(a, c)]))
    assert result.clusters == [[0, 1], [2]]
    assert [(p.a, p.b) for p in result.possible] == [(1, 2)]
    assert result.possible[0].verdict == "same"


def test_without_decisions_complete_linkage_in_either_order() -> None:
    events = _three((0, 50, 100))
    assert cluster(prepare(events)).clusters == [[0, 1], [2]]
    assert cluster(prepare(events[::-1])).clusters == [[0, 1], [2]]


def test_a_reviewers_same_group_does_not_override_their_different() -> None:
    """The reviewer put A, B and C in one group but also said A and C differ: A and B are
    joined, C is not joined to them by the group, nor afterwards (complete linkage)."""
    events = _three((0, 50, 100))
    a, b, c = (source_key(e) for e in events)
    result = cluster(prepare(events), Decisions(same=[(a, b, c)], different=[(a, c)]))
    assert result.clusters == [[0, 1], [2]]


# ------------------------------------------------------------------ kinds and their ends


def _fresh() -> Rules:
    """The packaged rules compiled afresh: load_rules keeps one copy per process, made before
    a mutation test run switches a mutant on."""
    return load_rules.__wrapped__()  # type: ignore[attr-defined]


def _prepared(text: str, event_type: str = ""):  # type: ignore[no-untyped-def]
    event = Event(
        Provenance("Police.xlsx", "Log", 2), "Police", DAY, "day", text, event_type=event_type
    )
    return prepare([event], _fresh())[0]


@pytest.mark.parametrize(
    ("text", "event_type", "kinds"),
    [
        ("Core group held", "", {"core group"}),
        # dedup.toml [mentions]: a kind named after "after" (within three words) or "has a",
        # or straight before "to be", is only mentioned
        ("Core group straight after the RCPC", "", {"core group"}),
        ("Says she has a core group today", "", set()),
        ("Core group to be arranged", "", set()),
        # in the event type a kind always counts
        ("To be convened", "Strategy discussion", {"strategy discussion"}),
        ("Minutes sent", "Core group to be arranged", {"core group"}),
    ],
)
def test_a_kind_only_mentioned_does_not_count(text: str, event_type: str, kinds: set[str]) -> None:
    assert _prepared(text, event_type).kinds == kinds


def test_a_strategy_discussion_to_be_convened_is_only_mentioned() -> None:
    """Found by the mutation tests: the shorter pattern '\\bstrategy\\b' of the same kind
    matched 'strategy' with 'discussion to be convened' after it; overlapping matches of one
    kind are now one mention, its cues read around the whole of it."""
    assert _prepared("Strategy discussion to be convened").kinds == set()
    assert _prepared("Strategy discussion held; convened by the team manager").kinds == {
        "strategy discussion"
    }


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Referral sent to CSC", 1),
        ("Referral received from school", 2),
        ("Referral sent to CSC; referral received from school", 0),  # both: unclear
        ("Home visit, letter sent to mother", 0),  # a home visit has no two ends
    ],
)
def test_which_end_of_a_referral_a_row_records(text: str, direction: int) -> None:
    """dedup.toml [ends]: 1 the row sends (refers, calls), 2 it receives, 0 neither or both."""
    assert _prepared(text).direction == direction
