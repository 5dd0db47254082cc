"""Issue 12: the scored linkage model on small hand-made cases.

Each case is a few rows whose right answer a reviewer would give without the model: the same
strategy discussion written up by two agencies in different words; a house move recorded by
housing and the GP the next day, naming the same address; two different visits on one day;
reviewer decisions applied after scoring and kept when an agency re-sends its file with the
rows moved.
"""

from __future__ import annotations

import datetime as dt

from chronology.decisions import fingerprint
from chronology.dedup import Decisions, cluster, prepare, source_key
from chronology.integrate import integrate
from chronology.linkage import COMPARISONS, load_weights
from chronology.schema import Event, Provenance

DAY = dt.date(2023, 3, 14)


def row(
    agency: str,
    text: str,
    *,
    day: dt.date = DAY,
    time: dt.time | None = None,
    kind: str = "",
    file: str = "",
    number: int = 2,
) -> Event:
    return Event(
        Provenance(file or f"{agency}.xlsx", "Chronology", number),
        agency,
        day,
        "day",
        text,
        event_type=kind,
        time=time,
    )


def test_one_strategy_discussion_in_three_wordings_is_one_occurrence() -> None:
    events = [
        row("Police", "Strat disc with CSC and health re bruising to Child A", kind="Strategy"),
        row("Children's Social Care", "Strategy meeting held. S47 to proceed jointly."),
        row("Health Visiting", "HV attended strategy discussion (Teams), shared growth concerns"),
    ]
    result = cluster(prepare(events))
    assert result.clusters == [[0, 1, 2]]
    reasons = result.reasons[0]
    assert any("both record the strategy discussion" in r for r in reasons)


def test_explanation_names_each_piece_of_evidence_with_its_weight() -> None:
    events = [
        row("Police", "Strat disc with CSC and health re bruising", time=dt.time(10, 0)),
        row("Children's Social Care", "Strategy meeting held, S47 agreed", time=dt.time(10, 5)),
    ]
    integration = integrate(events)
    (merged,) = [e for e in integration.events if e.duplicate_count == 2]
    why = "; ".join(merged.merge_reasons)
    assert why.startswith("match weight +")
    weights = load_weights()
    same_day = weights.levels["date"]["same_day"].weight
    assert f"same day {same_day:+.1f}" in why
    assert "times 5 minutes apart" in why
    assert "both record the strategy discussion" in why


def test_a_house_move_recorded_by_two_services_on_consecutive_days_is_listed_or_merged() -> None:
    events = [
        row(
            "Housing",
            "Tenancy sign-up at Flat 2 Kestrel Court, Marsh Road. Keys issued.",
            kind="Tenancy start",
        ),
        row(
            "GP",
            "Address changed to Flat 2 Kestrel Court, Marsh Road - family moved yesterday.",
            day=DAY + dt.timedelta(days=1),
        ),
    ]
    integration = integrate(events)
    merged = any(e.duplicate_count == 2 for e in integration.events)
    assert merged or len(integration.possible) == 1


def test_two_visits_by_different_agencies_on_one_day_stay_apart() -> None:
    events = [
        row("Health Visiting", "Home visit: baby weighed, 4.2kg, feeding well", time=dt.time(9)),
        row("Children's Social Care", "Home visit: parents seen, flat cold", time=dt.time(15)),
    ]
    assert cluster(prepare(events)).clusters == [[0], [1]]


def test_different_meetings_on_one_day_stay_apart() -> None:
    events = [
        row("Police", "ICPC - police checks shared", time=dt.time(10)),
        row("Health Visiting", "First core group meeting after the ICPC", time=dt.time(14)),
    ]
    assert cluster(prepare(events)).clusters == [[0], [1]]


def test_a_reviewer_decision_wins_and_survives_a_re_sent_file_with_moved_rows() -> None:
    police = row("Police", "Strat disc re bruising", kind="Strategy", number=2)
    social = row("Children's Social Care", "Strategy meeting held", number=5)
    assert cluster(prepare([police, social])).clusters == [[0, 1]]
    # The reviewer says they are different meetings (a second one was held later that day).
    refs = [f"{source_key(e)}#{fingerprint(e)}" for e in (police, social)]
    decided = Decisions(different=[(refs[0], refs[1])])
    first = integrate([police, social], decided)
    assert len(first.events) == 2 and first.possible == []
    # Police re-send their return: a new first row, so the decided row moves to row 3.
    added = row("Police", "Call from school re attendance", kind="Contact", number=2)
    moved = row("Police", "Strat disc re bruising", kind="Strategy", number=3)
    again = integrate([added, moved, social], decided)
    assert again.notes == []
    pair = {source_key(moved), source_key(social)}
    assert all(
        {source_key(p.first_source), source_key(p.second_source)} != pair for p in again.possible
    )
    assert all(e.duplicate_count == 1 for e in again.events)


def test_a_same_decision_joins_rows_the_model_keeps_apart() -> None:
    a = row("Police", "Concern for welfare call, officers attended, all safe", number=2)
    b = row("Housing", "Neighbour complaint logged about shouting at the flat", number=7)
    assert cluster(prepare([a, b])).clusters == [[0], [1]]
    decided = Decisions(same=[(source_key(a), source_key(b))])
    result = cluster(prepare([a, b]), decided)
    assert result.clusters == [[0, 1]]
    assert result.reasons[0] == ["reviewer decision: the same occurrence"]


def test_every_comparison_level_has_a_weight_and_words_in_the_rules_file() -> None:
    weights = load_weights()
    for name, levels in COMPARISONS.items():
        assert set(weights.levels[name]) == set(levels)
    assert weights.possible < weights.same
    # Evidence for a match weighs for it, evidence against weighs against it.
    assert weights.levels["kind"]["same_meeting"].weight > 0
    assert weights.levels["kind"]["disjoint"].weight < 0
    assert (
        weights.levels["date"]["same_day"].weight > weights.levels["date"]["two_three_days"].weight
    )


def test_rows_on_different_days_are_compared_by_time_of_day_and_say_so() -> None:
    """A date typed a day out keeps its time: the model compares times of day, and the words
    must not present 22:10 and 19:05 the next day as '185 minutes apart'."""
    events = [
        row("Police", "Strategy discussion re Child A", time=dt.time(22, 10)),
        row(
            "Children's Social Care",
            "Strategy discussion held re Child A",
            day=DAY + dt.timedelta(days=1),
            time=dt.time(19, 5),
        ),
    ]
    integration = integrate(events)
    reasons = [r for e in integration.events for r in e.merge_reasons] + [
        r for p in integration.possible for r in p.reasons
    ]
    joined = "; ".join(reasons)
    assert "times of day 185 minutes apart" in joined
    assert "; times 185 minutes apart" not in joined
