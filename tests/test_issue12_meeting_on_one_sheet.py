"""Issue 12, session 9: one sheet recording a meeting twice in other words, and one
attendance written as several rows of one sheet.

Every agency's record of one strategy discussion is one occurrence, but one agency's sheet
rarely records the same meeting twice in different words: on blind set 14 a health visitor's
record of a reconvened strategy discussion, dated a day early, was merged with the first
discussion (and so with every agency's record of it). Such a pair has a level of its own
(`meeting_on_one_sheet`), learnt apart from `same_meeting`; an entry typed twice keeps
`same_meeting` and its typed-twice evidence.
"""

from __future__ import annotations

import datetime as dt

from chronology.dedup import cluster, context, load_rules, prepare, score_pairs
from chronology.linkage import ARRIVAL, CARE, LEAVING, levels_of, load_weights, one_attendance
from chronology.schema import Event
from tests.test_issue12_linkage import DAY, row

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


# An emergency department writing one attendance as several rows (session 9): the blind sets'
# labelling rule, and the most common kind of miss on them (77 such pairs on blind sets 6-14).


def _ed(text: str, hour: int, minute: int, number: int, kind: str = "") -> Event:
    return row("Emergency Department", text, time=dt.time(hour, minute), number=number, kind=kind)


def test_triage_review_and_discharge_rows_are_one_attendance() -> None:
    rows = [
        _ed("TRIAGE: 2y M via ambulance with mum. Fall from sofa, vomited x2", 19, 21, 2),
        _ed("Reg review: CT head - R parietal linear skull fracture", 20, 55, 3, "Medical review"),
        _ed(
            "Safeguarding: Dr Tulloch telephoned the duty team", 22, 10, 4, "Safeguarding referral"
        ),
        _ed("Left department for the ward under paediatrics. Mum with him", 23, 30, 5),
    ]
    items = prepare(rows)
    assert [p.phase for p in items] == [ARRIVAL, CARE, 0, LEAVING]
    assert one_attendance(items[0], items[3])
    assert one_attendance(items[3], items[1])  # in order of time, whichever is first
    assert not one_attendance(items[0], items[2])  # the call to the duty team
    clusters = cluster(items).clusters
    assert [0, 1, 3] in clusters and [2] in clusters
    columns, reference, _ = _levels([rows[0], rows[3]])
    assert columns == reference
    assert columns[2] == "one_attendance"


def test_a_discharge_before_a_triage_is_another_attendance() -> None:
    items = prepare(
        [
            _ed("DISCHARGED 00:40 with father. Leaflets.", 0, 40, 2),
            _ed("TRIAGE 19:50. 14F re-attends, reopened wound", 19, 50, 3),
            _ed("TRIAGE 23:10. 14F third attendance", 23, 10, 4),
        ]
    )
    assert not one_attendance(items[0], items[1])
    assert not one_attendance(items[1], items[2])  # two arrivals: two attendances
    assert cluster(items).clusters == [[0], [1], [2]]


def test_rows_more_than_twelve_hours_apart_or_on_another_service_are_not_one_attendance() -> None:
    far = prepare(
        [
            _ed("Triage 06:00: wrist pain", 6, 0, 2),
            row(
                "Emergency Department",
                "Discharged home",
                day=DAY + dt.timedelta(days=1),
                time=dt.time(7, 0),
                number=3,
            ),
        ]
    )
    assert not one_attendance(far[0], far[1])
    ward = prepare(
        [
            row("GP", "Triage call: cough", time=dt.time(9, 0)),
            row("GP", "Dr review: chest clear, discharged", time=dt.time(11, 0), number=3),
        ]
    )
    assert [p.phase for p in ward] == [0, 0]


def _day_of_two_attendances(newest_first: bool) -> list[Event]:
    texts = [
        ("Triage: 3y, hand burn on the oven door", "Triage"),
        ("Reg review: superficial burn, dressed", "Review"),
        ("Discharged home with mother", "Discharge"),
        ("Triage: 3y re-attends, vomiting", "Triage"),
        ("Dr review: well, tolerating fluids", "Review"),
        ("Discharged home with father", "Discharge"),
    ]
    numbers = range(7, 1, -1) if newest_first else range(2, 8)
    return [
        row("Emergency Department", text, kind=kind, number=number)
        for (text, kind), number in zip(texts, numbers, strict=True)
    ]


def test_two_untimed_attendances_on_one_day_stay_two_in_either_sheet_order() -> None:
    """Review finding: a pair alone cannot see the second arrival between its rows, and a
    sheet listed newest first reverses the order of untimed rows."""
    for newest_first in (False, True):
        events = _day_of_two_attendances(newest_first)
        if newest_first:  # the export's other rows fall in date as its rows go on
            events += [
                row(
                    "Emergency Department",
                    "Triage: earlier attendance",
                    kind="Triage",
                    day=DAY - dt.timedelta(days=30),
                    number=8,
                ),
                row(
                    "Emergency Department",
                    "Triage: first attendance",
                    kind="Triage",
                    day=DAY - dt.timedelta(days=60),
                    number=9,
                ),
            ]
        items = prepare(events)
        ids = [p.attendance for p in items[:6]]
        assert ids[0] == ids[1] == ids[2] != 0
        assert ids[3] == ids[4] == ids[5] != ids[0]
        clusters = cluster(items).clusters
        assert not any({0, 3} <= set(c) or {0, 5} <= set(c) or {2, 3} <= set(c) for c in clusters)


def test_a_call_to_the_duty_team_in_the_opening_words_is_apart_and_the_duty_team_is_not_an_ed() -> (
    None
):
    items = prepare(
        [
            _ed("Dr Tulloch telephoned the duty team re concerns of NAI", 21, 0, 2),
            _ed("Consultant discussed with police; strategy discussion requested", 21, 30, 3),
            row("Emergency Duty Team", "Arrived at the address with police", time=dt.time(22, 10)),
            row(
                "Emergency Duty Team",
                "Outcome: children placed with MGM",
                time=dt.time(23, 50),
                number=3,
            ),
        ]
    )
    assert [p.phase for p in items] == [0, 0, 0, 0]
    assert [p.attendance for p in items] == [0, 0, 0, 0]


def test_an_arrival_or_leaving_written_first_keeps_its_phase_beside_an_apart_word() -> None:
    """Second review: "Triage: brought by police" and "Discharged home, GP letter sent" had lost
    their phase to the apart words after them; a review that then phones the duty team has not."""
    texts = {
        "Triage: brought by police": ARRIVAL,
        "Discharged home, GP letter sent": LEAVING,
        "D/C home, referral to HV": LEAVING,
        "Reviewed by paeds reg, phoned EDT": 0,
        "Safeguarding: phoned EDT 22:40": 0,
    }
    items = prepare([row("Emergency Department", text) for text in texts])
    assert [p.phase for p in items] == list(texts.values())
    assert prepare([row("Accident & Emergency", "Triage: fall from a swing")])[0].phase == ARRIVAL
