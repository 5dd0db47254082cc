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
from chronology.dedup import cluster, context, load_rules, normalise_text, prepare, score_pairs
from chronology.linkage import load_weights
from tests.test_issue12_linkage import DAY, row


def test_missed_appointments_of_two_services_a_day_apart_stay_apart() -> None:
    """Scored as whole texts alike the pair would be merged at the threshold a 98% precision
    target chose (+0.62 bits, session 8); as short texts it is not merged even there."""
    events = [
        row("GP", "DNA"),
        row("Health Visiting", "DNA", day=DAY + dt.timedelta(days=1)),
    ]
    items = prepare(events)
    ctx = context(items, load_rules())
    ((pair, weight),) = score_pairs([(items[0], items[1], "near", 100.0)], ctx)
    assert pair.levels[3:5] == ("short", "short")
    text, words = ctx.weights.levels["text"], ctx.weights.levels["words"]
    as_whole = weight - text["short"].weight - words["short"].weight
    as_whole += text["t95"].weight + words["c60"].weight
    assert weight < 0.62 <= as_whole
    assert cluster(items).clusters == [[0], [1]]


def test_a_short_text_lands_on_the_short_level_of_both_text_comparisons() -> None:
    events = [
        row("GP", "DNA"),
        row("Health Visiting", "Mother did not attend the clinic with the baby"),
    ]
    items = prepare(events)
    assert [p.short for p in items] == [True, False]
    result = cluster(items)
    reasons = [r for c in result.possible for r in (c.reasons or ())]
    text_reasons = [r for r in reasons if "alike" in r or "cosine" in r]
    assert len(text_reasons) == 2
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


def _main(text: str, kind: str = "") -> str | None:
    (item,) = prepare([row("School", text, kind=kind)])
    return item.main_daily


def test_a_call_that_names_a_meeting_is_not_the_meeting() -> None:
    """dedup.toml [mentions] reports: a row that phones, emails, requests information or
    screens, and names the meeting later, records the call (blind-9's false merges)."""
    assert (
        _main("DSL phoned the LADO at 9.05 about the restraint; strategy discussion at 11") is None
    )
    assert (
        _main("MASH screening: RAG red, threshold for s47 met, strategy discussion today") is None
    )
    assert _main("Information request from the MASH for today's strategy discussion") is None


def test_a_call_before_a_meeting_that_was_held_is_not_the_meeting_s_only_record() -> None:
    """[mentions] held: the row reports a call and then that the meeting was held."""
    assert _main(
        "Mother phoned school to report bruising. Strategy discussion held, s47 agreed"
    ) == ("strategy discussion")
    assert _main("Referral received from school; strategy discussion held 14:00") == (
        "strategy discussion"
    )


def test_a_meeting_attended_for_the_family_is_the_meeting() -> None:
    assert _main("Attended school for the core group meeting, plan reviewed") == "core group"


def test_a_meeting_held_by_phone_is_still_the_meeting() -> None:
    assert _main("Rang in to the strategy meeting, shared attendance") == "strategy discussion"
    assert _main("Strategy discussion by phone: I shared attendance") == "strategy discussion"
    assert _main("Telephone strategy discussion, health information shared") == (
        "strategy discussion"
    )
    # The event type names the meeting: the row is the meeting whatever its text says first.
    assert _main("DSL phoned in; s47 agreed", kind="Strategy discussion") == "strategy discussion"


def test_a_phone_call_before_a_strategy_discussion_is_kept_apart_from_it() -> None:
    events = [
        row(
            "School",
            "DSL phoned the LADO at 9.05: bruising seen on both arms, strategy discussion at 11",
        ),
        row("Children's Social Care", "Strategy discussion (Teams): s47 agreed, joint visit"),
        row("Police", "STRAT DISC 1100. S47 JOINT. DC TO VISIT"),
    ]
    assert cluster(prepare(events)).clusters == [[0], [1, 2]]
