"""Issue 12, session 8: the merge threshold chosen for the issue's 98% precision, with two
safeguards that keep that lower threshold from merging what a reviewer would keep apart.

- A text of a word or two ("DNA") is contained in many others, so its likeness counts for
  little: two services' missed appointments on consecutive days stay two occurrences.
- A meeting named only as what a row was for ("GP summary for this morning's strategy
  discussion", "following this week's professionals' meeting") is a mention, not the row's kind.
"""

from __future__ import annotations

import datetime as dt

from chronology.dedup import _kinds as kinds_of
from chronology.dedup import cluster, load_rules, normalise_text, prepare
from chronology.linkage import load_weights
from chronology.schema import Event, Provenance

DAY = dt.date(2023, 3, 14)


def row(agency: str, text: str, day: dt.date = DAY, kind: str = "", number: int = 2) -> Event:
    return Event(
        Provenance(f"{agency}.xlsx", "Chronology", number),
        agency,
        day,
        "day",
        text,
        event_type=kind,
    )


def test_missed_appointments_of_two_services_a_day_apart_stay_apart() -> None:
    events = [
        row("GP", "DNA", DAY),
        row("Health Visiting", "DNA", DAY + dt.timedelta(days=1)),
    ]
    result = cluster(prepare(events))
    assert result.clusters == [[0], [1]]


def test_a_short_text_lands_on_the_short_level_of_both_text_comparisons() -> None:
    events = [
        row("GP", "DNA", DAY),
        row("Health Visiting", "Mother did not attend the clinic with the baby", DAY),
    ]
    items = prepare(events)
    assert [p.short for p in items] == [True, False]
    result = cluster(items)
    reasons = [r for c in result.possible for r in (c.reasons or ())]
    text_reasons = [r for r in reasons if "alike" in r or "cosine" in r]
    assert all("a word or two" in r for r in text_reasons)


def test_two_words_are_short_and_three_are_not() -> None:
    two, three, typed = prepare(
        [
            row("GP", "Home visit"),
            row("GP", "Home visit completed", number=3),
            row("GP", "visit", kind="Home", number=4),
        ]
    )
    assert (two.short, three.short, typed.short) == (True, False, True)


def test_the_shipped_weights_count_a_short_text_for_less_than_a_whole_text_alike() -> None:
    weights = load_weights()
    text, words = weights.levels["text"], weights.levels["words"]
    assert text["short"].weight + words["short"].weight < text["t95"].weight + words["c60"].weight


def test_a_meeting_a_row_was_for_is_only_mentioned() -> None:
    rules = load_rules()
    for written in (
        "Email to MASH with GP summary for this morning's strategy discussion",
        "Referral received from the health visitor following this week's professionals' meeting",
    ):
        found = kinds_of(normalise_text(written, rules), rules, typed=False)
        assert not any("meeting" in k or "strategy" in k for k in found), (written, found)
    held = "Strategy discussion held this morning, s47 agreed"
    found = kinds_of(normalise_text(held, rules), rules, typed=False)
    assert "strategy discussion" in found


def test_an_email_for_a_meeting_is_not_merged_with_the_meeting() -> None:
    events = [
        row("GP", "Email to MASH with GP summary for this morning's strategy discussion"),
        row("Children's Social Care", "Strategy discussion held: s47 agreed, joint visit today"),
    ]
    assert cluster(prepare(events)).clusters == [[0], [1]]
