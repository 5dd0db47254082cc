"""Issue 12, session 9: one sheet recording a meeting twice in other words.

Every agency's record of one strategy discussion is one occurrence, but one agency's sheet
rarely records the same meeting twice in different words: on blind set 14 a health visitor's
record of a reconvened strategy discussion, dated a day early, was merged with the first
discussion (and so with every agency's record of it). Such a pair has a level of its own
(`meeting_on_one_sheet`), learnt apart from `same_meeting`; an entry typed twice keeps
`same_meeting` and its typed-twice evidence.
"""

from __future__ import annotations

from chronology.dedup import cluster, context, load_rules, prepare, score_pairs
from chronology.linkage import levels_of, load_weights
from tests.test_issue12_linkage import row

FIRST = "Contact type: Multi-agency strategy discussion (virtual). Attended: HV. Outcome: S47"
SECOND = "Contact type: Strategy discussion (reconvened). Outcome: S47 continues, child to MGM"


def _levels(events: list) -> tuple[tuple[str, ...], tuple[str, ...], float]:
    items = prepare(events)
    ctx = context(items, load_rules())
    ((pair, weight),) = score_pairs([(items[0], items[1], "same_day", 60.0)], ctx)
    reference = levels_of(
        items[0], items[1], "same_day", 60.0, pair.cosine, ctx.rules, ctx.names, ctx.rare
    )
    return pair.levels, reference.levels, weight


def test_two_wordings_of_a_strategy_discussion_on_one_sheet_have_their_own_level() -> None:
    columns, reference, weight = _levels(
        [row("Health Visiting", FIRST, number=2), row("Health Visiting", SECOND, number=3)]
    )
    assert columns == reference
    assert columns[2] == "meeting_on_one_sheet"
    assert columns[6:] == ("same_sheet", "lower")
    assert weight < load_weights().same  # not merged on its own evidence
    assert cluster(
        prepare([row("Health Visiting", FIRST, number=2), row("Health Visiting", SECOND, number=3)])
    ).clusters == [[0], [1]]


def test_the_same_two_wordings_from_two_agencies_are_one_meeting() -> None:
    columns, reference, _ = _levels([row("Health Visiting", FIRST), row("Police", SECOND)])
    assert columns == reference
    assert columns[2] == "same_meeting"
    assert cluster(prepare([row("Health Visiting", FIRST), row("Police", SECOND)])).clusters == [
        [0, 1]
    ]


def test_a_meeting_typed_twice_on_one_sheet_keeps_the_meeting_level() -> None:
    columns, reference, _ = _levels(
        [row("Health Visiting", FIRST, number=2), row("Health Visiting", FIRST + ".", number=3)]
    )
    assert columns == reference
    assert columns[2] == "same_meeting"
    assert columns[7] in {"r95", "r85"}
