"""Issue 12, session 10: times compared across midnight.

Rows on different days are compared by time of day, because a date typed a day out keeps its
time. But a triage at 23:40 and a CT scan at 00:35 the next morning are 55 minutes apart, not
1,385: on consecutive days the gap across midnight counts when it is shorter, in the columnar
levels, the row-by-row reference and the words a reviewer reads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from chronology.dedup import cluster, context, explain, load_rules, prepare, score_pairs
from chronology.linkage import levels_of, load_weights, time_gap
from tests.test_issue12_linkage import DAY, row

NEXT = DAY + dt.timedelta(days=1)


def _scored(first: tuple[dt.date, dt.time], second: tuple[dt.date, dt.time]) -> tuple:
    events = [
        row(
            "Police", "999 call: baby not breathing, officers attended", day=first[0], time=first[1]
        ),
        row(
            "Ambulance Service",
            "Crew on scene with police, infant conveyed",
            day=second[0],
            time=second[1],
        ),
    ]
    items = prepare(events)
    relation = "same_day" if first[0] == second[0] else "near"
    ctx = context(items, load_rules())
    ((pair, weight),) = score_pairs([(items[0], items[1], relation, 40.0)], ctx)
    reference = levels_of(
        items[0], items[1], relation, 40.0, pair.cosine, ctx.rules, ctx.names, ctx.rare
    )
    return items, pair, reference, weight


def test_rows_either_side_of_midnight_are_minutes_apart() -> None:
    items, pair, reference, _ = _scored((DAY, dt.time(23, 40)), (NEXT, dt.time(0, 35)))
    assert time_gap(items[0], items[1]) == (55, True)
    assert time_gap(items[1], items[0]) == (55, True)
    assert pair.levels == reference.levels
    assert pair.levels[1] == "within_60"
    assert (pair.gap, pair.overnight) == (55, True)
    words = " | ".join(explain(pair, load_weights()))
    assert "times 55 minutes apart (across midnight)" in words


def test_a_date_typed_a_day_out_still_keeps_its_time_of_day() -> None:
    items, pair, reference, _ = _scored((DAY, dt.time(10, 0)), (NEXT, dt.time(10, 5)))
    assert time_gap(items[0], items[1]) == (5, False)
    assert pair.levels == reference.levels
    assert pair.levels[1] == "within_15"
    assert "times of day 5 minutes apart" in " | ".join(explain(pair, load_weights()))


def test_the_same_clock_times_on_one_day_or_two_days_apart_are_hours_apart() -> None:
    for second in (DAY, DAY + dt.timedelta(days=2)):
        items, pair, reference, _ = _scored((DAY, dt.time(23, 40)), (second, dt.time(0, 35)))
        assert time_gap(items[0], items[1]) == (1385, False)
        assert pair.levels[1] == reference.levels[1] == "over_180"


def test_the_night_before_is_not_read_as_the_morning_after() -> None:
    # 00:35 on the first day and 23:40 on the next are nearly two days apart
    items, pair, _, _ = _scored((DAY, dt.time(0, 35)), (NEXT, dt.time(23, 40)))
    assert time_gap(items[0], items[1]) == (1385, False)
    assert pair.levels[1] == "over_180"


def test_an_attendance_from_late_evening_to_after_midnight_is_one_occurrence() -> None:
    """Blind set 22 (a dev set since): triage at 22:50, review at 23:40, discharge at 02:10
    the next day. An attendance's rows are often hours apart, so time is no evidence against
    them (`in_attendance`); the triage and the discharge were 200 minutes apart and missed."""
    ed = "Emergency Department"
    events = [
        row(
            ed,
            "Triage 22:50. BIBA with father. PC: head injury, self-inflicted. 4cm lac forehead, "
            "bleeding controlled. Obs stable. MTS orange. Autism/LD: side room, lights down, "
            "father present.",
            kind="Triage",
            time=dt.time(22, 50),
        ),
        row(
            ed,
            "ED Dr review: no LOC per father, GCS 15, no focal neuro. CT not indicated. Lac "
            "cleaned and glued. Father reports increasing aggression, hit him tonight. "
            "Safeguarding: paeds liaison to refer to CSC; LD liaison aware.",
            kind="Medical review",
            time=dt.time(23, 40),
        ),
        row(
            ed,
            "Discharged 02:10 home with father. Easy-read head injury advice. Safeguarding "
            "referral to follow via paediatric liaison. GP letter.",
            kind="Discharge",
            day=NEXT,
            time=dt.time(2, 10),
        ),
    ]
    events = [replace(e, source=replace(e.source, row=n)) for n, e in enumerate(events, start=2)]
    items = prepare(events)
    assert len({p.attendance for p in items}) == 1
    ctx = context(items, load_rules())
    ((pair, weight),) = score_pairs([(items[0], items[2], "near", 30.0)], ctx)
    assert pair.levels[1:3] == ("in_attendance", "one_attendance")
    assert weight >= load_weights().same
    assert cluster(items).clusters == [[0, 1, 2]]
