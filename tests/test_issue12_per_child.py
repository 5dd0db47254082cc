"""Issue 12, session 10: one event a school writes once per child.

"Jayden (Y6): Operation Encompass call from police 07:45 ..." and "Lacey (Y3): Operation
Encompass call from police 07:45 ..." on one sheet and day record one call. Each row opens with
a different child's name and the rest is alike: the `per_child` level of the typed-twice
comparison, learnt on the dev sets. The same child's two events, two days, or rows opening with
a word that is not a name ("Triage:", "Review:") stay worded differently.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from chronology.dedup import _child, cluster, context, load_rules, prepare, score_pairs
from chronology.linkage import levels_of, load_weights, per_child
from tests.test_issue12_linkage import DAY, row

SCHOOL = "Haverleigh Brook Primary School"
JAYDEN = (
    "Jayden ANSELL (Y6): Op Encompass call from police 07:45 - DA at home Saturday, Jayden "
    "present. Class teacher told, will watch."
)
LACEY = (
    "Lacey ANSELL (Y3): Op Encompass call from police 07:45 - DA at home Sat night, Lacey was "
    "asleep upstairs. Key adult to check in."
)


def _pair(first: str, second: str, second_day: dt.date = DAY) -> tuple[tuple[str, ...], float]:
    events = [row(SCHOOL, first, number=2), row(SCHOOL, second, day=second_day, number=3)]
    items = prepare(events)
    ctx = context(items, load_rules())
    relation = "same_day" if second_day == DAY else "near"
    ((pair, weight),) = score_pairs([(items[0], items[1], relation, 60.0)], ctx)
    reference = levels_of(
        items[0], items[1], relation, 60.0, pair.cosine, ctx.rules, ctx.names, ctx.rare
    )
    assert pair.levels == reference.levels  # the columnar and the row-by-row paths agree
    return pair.levels, weight


def test_one_conference_written_once_per_child_is_one_occurrence() -> None:
    rows = (
        "Brandon (Y6): attended ICPC at civic centre, CP plan neglect. Attendance 84%, lates.",
        "Kieran (Y3): attended ICPC (civic centre) - plan: neglect. Attendance 88%, no PE kit.",
    )
    levels, weight = _pair(*rows)
    assert levels[6:] == ("same_sheet", "per_child")
    assert levels[2] == "same_meeting"  # not "meeting_on_one_sheet": one meeting, two children
    assert weight >= load_weights().same
    events = [row(SCHOOL, rows[0], number=2), row(SCHOOL, rows[1], number=3)]
    assert cluster(prepare(events)).clusters == [[0, 1]]


def test_a_call_written_once_per_child_is_at_least_listed() -> None:
    levels, weight = _pair(JAYDEN, LACEY)
    assert levels[6:] == ("same_sheet", "per_child")
    weights = load_weights()
    assert weights.levels["typed_twice"]["per_child"].weight > 0
    assert weight >= weights.possible


def test_a_bracketed_name_and_a_name_in_the_rest_are_read_too() -> None:
    levels, _ = _pair(
        "(Levi) Levi not in school yesterday or today. I rang mum at 9:30: they moved to Tilbrook.",
        "(Esme) Esme absent, with her brother. I rang mum at 9:30: they moved to Tilbrook.",
    )
    assert levels[7] == "per_child"


def test_one_childs_two_rows_two_days_or_unnamed_openings_are_not_per_child() -> None:
    same_child = "Jayden ANSELL (Y6): Op Encompass call from police 08:10 - second incident, seen"
    assert _pair(JAYDEN, same_child)[0][7] != "per_child"
    assert _pair(JAYDEN, LACEY, DAY + dt.timedelta(days=1))[0][7] != "per_child"
    levels, _ = _pair(
        "Triage: brought by mum, fall from climbing frame at school, pain L wrist",
        "Review: brought by mum, fall from climbing frame at school, pain L wrist seen",
    )
    assert levels[7] != "per_child"


def test_titles_relatives_and_headings_are_not_childrens_names() -> None:
    """A code review's cases: "Mr Hale:" and "Mrs Hale:" are two parents, "Gran:" and
    "Stepdad:" two callers; none of them is a child's row of one event."""
    rules = load_rules()
    for opening in ("Mr Hale:", "Mrs Hale:", "Dr Patel:", "Sister Okafor:", "Gran:", "Stepdad:"):
        assert _child(f"{opening} phoned duty, worried about mum's drinking", rules) is None
    assert _child("Jayden (Y6): Op Encompass call", rules) == ("jayden", "op encompass call")


def test_nearly_the_same_childrens_rows_are_per_child_and_a_month_is_not_a_day() -> None:
    base = "Op Encompass call from police 07:45, DA at home Saturday, child present. "
    close = _pair(
        f"Jayden (Y6): {base}Teacher told, will monitor.", f"Lacey (Y3): {base}Key adult told."
    )
    assert close[0][7] == "per_child"  # a ratio of 85 or more does not hide it
    month = [
        row(SCHOOL, JAYDEN, number=2),
        replace(row(SCHOOL, LACEY, number=3), date_precision="month"),
    ]
    items = prepare(month)
    assert not per_child(items[0], items[1])
