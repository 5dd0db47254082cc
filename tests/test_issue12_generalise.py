"""Issue 12, generalisation: evidence the third blind set showed the model lacked.

Hand-made rows, each with the answer a reviewer would give without the model: meetings under
names the kinds did not know (a child death review meeting, a JAR meeting, a transfer-in
conference, a pre-birth planning meeting, a vulnerability panel), the two ends of one referral
on consecutive days, a birth notification that is a birth (not a referral), an address named
by every agency within a week (rare, so evidence) beside the family's address named all year
(not evidence), and a field's first word that is not a proper name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from rapidfuzz import fuzz

from chronology.dedup import Relation, cluster, context, load_rules, prepare, score_pairs
from chronology.linkage import rare_specifics, specifics
from chronology.schema import Event, Provenance

DAY = dt.date(2024, 7, 9)


def row(
    agency: str,
    text: str,
    *,
    day: dt.date = DAY,
    time: dt.time | None = None,
    kind: str = "",
    number: int = 2,
) -> Event:
    return Event(
        Provenance(f"{agency}.xlsx", "Chronology", number),
        agency,
        day,
        "day",
        text,
        event_type=kind,
        time=time,
    )


@pytest.mark.parametrize(
    ("first", "second", "kind"),
    [
        ("CDRM for Jenson", "Child death review meeting attended", "child death review meeting"),
        (
            "JAR information sharing meeting",
            "Attended JAR meeting (Teams)",
            "joint agency response meeting",
        ),
        (
            "Transfer-in CP conference, plan continues",
            "TIC (CP) attended",
            "transfer-in conference",
        ),
        (
            "Pre birth planning mtg held",
            "Attended pre-birth planning meeting",
            "pre-birth planning meeting",
        ),
        (
            "Vulnerability panel - update given",
            "Attended CSP vulnerability panel",
            "vulnerability panel",
        ),
        ("CG1 after ICPC", "First core group", "core group"),
        (
            "FGC held at family centre",
            "Family group conference - plan agreed",
            "family group conference",
        ),
        ("MAPPA level 2 meeting", "Attended MAPPA meeting re father", "MAPPA meeting"),
        (
            "PEP meeting at school",
            "Personal education plan review",
            "personal education plan meeting",
        ),
    ],
)
def test_meeting_wordings_are_one_meeting(first: str, second: str, kind: str) -> None:
    events = [
        row("Children's Social Care", first, kind="Meeting"),
        row("GP", second, kind="Meeting", time=dt.time(13, 30)),
    ]
    items = prepare(events)
    assert items[0].main_daily == items[1].main_daily == kind
    result = cluster(items)
    assert result.clusters == [[0, 1]]
    assert any(f"both record the {kind}" in r for r in result.reasons[0])


def _scored(events: list[Event]) -> list[tuple[str, ...]]:
    rules = load_rules()
    items = prepare(events, rules)
    ctx = context(items, rules)
    a, b = items
    relation: Relation = "same_day" if a.start == b.start else "near"
    ((pair, _),) = score_pairs([(a, b, relation, fuzz.token_set_ratio(a.text, b.text))], ctx)
    return [pair.levels]


def test_referral_sent_and_received_next_day_are_its_two_ends() -> None:
    events = [
        row("GP", "CAMHS referral sent - self harm, low mood", kind="Referral"),
        row(
            "CAMHS",
            "Referral received from GP: self-harm, low mood. Urgent triage",
            day=DAY + dt.timedelta(days=1),
        ),
    ]
    items = prepare(events)
    assert (items[0].direction, items[1].direction) == (1, 2)
    assert _scored(events)[0][2] == "both_ends"


def test_two_referrals_sent_are_not_two_ends() -> None:
    events = [
        row("GP", "Referral sent to CAMHS - low mood", kind="Referral"),
        row("School", "Referral sent to school nursing - low mood", kind="Referral"),
    ]
    assert _scored(events)[0][2] == "same_kind"


def test_a_birth_notification_is_a_birth() -> None:
    items = prepare([row("Health Visiting", "Birth notification: born 23/01/24 Ketterholm Royal")])
    assert "birth" in items[0].kinds
    assert "referral or notification" not in items[0].kinds


def test_an_address_named_within_one_week_is_rare_the_family_home_all_year_is_not() -> None:
    move = "Family moved to 22 Sedge Lane BR4 8QS"
    home = "Home visit at 9 Elm Road BR1 2AB, children seen"
    events = [row(f"Agency {i}", move, day=DAY + dt.timedelta(days=i % 2)) for i in range(6)]
    events += [
        row("Health Visiting", home, day=DAY + dt.timedelta(days=30 * i), number=10 + i)
        for i in range(6)
    ]
    rare = rare_specifics(prepare(events))
    assert "br4 8qs" in rare
    assert "br1 2ab" not in rare


def test_the_first_word_of_a_field_is_not_a_proper_name() -> None:
    items = prepare([row("Housing", "Permanent transfer to Sedge Lane", kind="Tenancy")])
    assert "permanent" not in items[0].specifics
    assert "sedge lane" in items[0].specifics
    assert "brindlecombe general" in specifics("Born 09/12/22 Brindlecombe General 3.01kg")


def test_a_house_move_next_day_naming_the_new_address_is_explained() -> None:
    events = [
        row("Housing", "Tenancy signed 22 Sedge Lane BR4 8QS, family moved in", kind="Tenancy"),
        row("GP", "Change of address - 22 Sedge Lane BR4 8QS", day=DAY + dt.timedelta(days=1)),
    ]
    assert _scored(events)[0][2] == "life_event_agrees"


def test_a_street_called_court_is_not_a_court_hearing() -> None:
    items = prepare(
        [
            row("Health Visiting", "HV home visit at Wren Court - baby settled", kind="Home visit"),
            row("Police", "Closure order granted at court today", kind="Court"),
            row("Housing", "Address changed to Flat 3, Orchard Court - family move"),
        ]
    )
    assert "court hearing" not in items[0].kinds
    assert "court hearing" in items[1].kinds
    assert items[2].kinds == {"house move"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("SVD at 04:52. Baby girl, 3.02kg, Apgars 9/9", "birth"),
        ("Emergency LSCS 22:47 for fetal distress", "birth"),
        ("Discharged to care of MGM with safeguarding plan", "hospital discharge"),
        ("Jordan started at Kestleford Learning Centre today", "school start"),
        ("Family now registered with Orchard Medical Centre", "GP registration"),
        ("New patient registrations: mother and three children", "GP registration"),
    ],
)
def test_life_events_in_more_words(text: str, kind: str) -> None:
    assert kind in prepare([row("Health Visiting", text)])[0].kinds


TEXT = "Mother telephoned to say the boiler had broken and the flat was cold"


def _at(agency: str, minutes: int) -> Event:
    return row(agency, TEXT, time=dt.time(10 + minutes // 60, minutes % 60))


def test_the_shipped_weights_keep_strict_complete_linkage() -> None:
    """The softened linkage is off as shipped (on the held-out blind-2 set it let rows chain:
    precision 0.965 against 0.981 without it), so A~C too weak alone keeps C out."""
    events = [_at("Police", 0), _at("Health", 50), _at("Education", 100)]
    rules = load_rules()
    items = prepare(events, rules)
    ctx = context(items, rules)
    assert ctx.weights.group == ctx.weights.group_floor == float("inf")
    assert [0, 1, 2] not in cluster(items).clusters


def test_a_row_a_little_less_alike_joins_the_group_and_says_why(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With the softened linkage on (`group`, `group_floor` in dedup_weights.toml): A~B and
    B~C the same (50 minutes apart), A~C 100 minutes apart: no longer alike enough alone, but
    above the group floor, and the three pairs' mean reaches the merge threshold."""
    events = [_at("Police", 0), _at("Health", 50), _at("Education", 100)]
    rules = load_rules()
    items = prepare(events, rules)
    ctx = context(items, rules)
    weights = [w for _, w in score_pairs(
        [(items[0], items[1], "same_day", 50.0), (items[1], items[2], "same_day", 50.0),
         (items[0], items[2], "same_day", 100.0)], ctx)]  # fmt: skip
    mean = sum(weights) / 3
    assert min(weights) > -4.0
    soft = replace(ctx.weights, group=mean - 0.01, group_floor=-4.0)
    monkeypatch.setattr("chronology.dedup.load_weights", lambda: soft)
    result = cluster(items)
    assert result.clusters == [[0, 1, 2]]
    assert any("joined to the other rows: every pair" in r for r in result.reasons[0])


def test_a_pair_below_the_group_floor_keeps_complete_linkage(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The same three rows, with the floor raised above A~C's weight: A~C alone keeps C out."""
    events = [_at("Police", 0), _at("Health", 50), _at("Education", 100)]
    rules = load_rules()
    items = prepare(events, rules)
    ctx = context(items, rules)
    ((_, weight_ac),) = score_pairs([(items[0], items[2], "same_day", 100.0)], ctx)
    assert weight_ac < ctx.weights.same
    raised = replace(ctx.weights, group=ctx.weights.same, group_floor=weight_ac + 0.1)
    monkeypatch.setattr("chronology.dedup.load_weights", lambda: raised)
    assert cluster(items).clusters == [[0, 1], [2]]
