"""Statutory timescales in England working days.

Every expected date is worked out by hand in the comment beside it (WDn = n-th working day),
never by the code under test. Hand-checked counts use `ENGLAND` (bank holidays only), so a
partnership adding local closures to rules/closures.toml cannot change them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviews.cli import add_deadlines_command
from reviews.timescales import compute_deadlines, deadlines_for, load_rules, parse_rules
from reviews.workingdays import WorkingCalendar, add_months, load_closures, parse_closures

D = dt.date
ENGLAND = WorkingCalendar()
REFERRAL_KEYS = [
    "la_notification_due",
    "scoping_sent_by",
    "agency_returns_by",
    "rapid_review_meeting_earliest",
    "rapid_review_meeting_latest",
    "rapid_review_due",
]
ALL_KEYS = [
    *REFERRAL_KEYS,
    "outcome_to_panel_by",
    "review_due",
    "review_published_due",  # six months to publication, shown apart from completion
    "learning_review_due",
    "report_to_panel_by",
    "publicly_available_until",
]


def deadlines(**dates: dt.date) -> dict[str, dt.date]:
    return compute_deadlines(**dates, calendar=ENGLAND)


# --- the working-day calendar ---------------------------------------------------------------


def test_bank_holidays_substitute_and_one_off_days_are_not_working_days() -> None:
    assert not ENGLAND.is_working_day(D(2022, 9, 19))  # Mon: state funeral of Elizabeth II
    assert not ENGLAND.is_working_day(D(2023, 5, 8))  # Mon: coronation of Charles III
    assert not ENGLAND.is_working_day(D(2022, 12, 27))  # Tue: substitute for Christmas (Sun)
    assert not ENGLAND.is_working_day(D(2023, 1, 2))  # Mon: substitute for New Year (Sun)
    assert not ENGLAND.is_working_day(D(2022, 12, 24))  # Sat
    assert ENGLAND.is_working_day(D(2022, 9, 20))  # an ordinary Tue
    assert "observed" in (ENGLAND.non_working_reason(D(2022, 12, 27)) or "")
    assert ENGLAND.non_working_reason(D(2022, 12, 25)) == "Sunday"
    assert ENGLAND.non_working_reason(D(2022, 9, 20)) is None


def test_string_look_ups_are_refused() -> None:
    # "08/05/2023" would be read month first (5 August) by `holidays`.
    with pytest.raises(TypeError):
        ENGLAND.is_working_day("08/05/2023")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        compute_deadlines(referral="16/09/2022")  # type: ignore[arg-type]


def test_day_counts_must_be_at_least_one() -> None:
    with pytest.raises(ValueError, match="from 1"):
        ENGLAND.add_working_days(D(2024, 5, 3), 0)


def test_working_days_between_is_half_open() -> None:
    # (Fri 16/09/2022, Mon 26/09/2022]: Tue 20, Wed 21, Thu 22, Fri 23, Mon 26 (Mon 19 funeral)
    assert ENGLAND.working_days_between(D(2022, 9, 16), D(2022, 9, 26)) == 5
    assert ENGLAND.working_days_between(D(2022, 9, 26), D(2022, 9, 16)) == -5
    assert ENGLAND.working_days_between(D(2022, 9, 16), D(2022, 9, 16)) == 0
    # (Fri 23/12/2022, Tue 03/01/2023]: Wed 28, Thu 29, Fri 30, Tue 03
    # (26, 27 Dec and 02 Jan bank holidays; 24, 25, 31 Dec and 01 Jan weekends)
    assert ENGLAND.working_days_between(D(2022, 12, 23), D(2023, 1, 3)) == 4


def test_add_months_clamps_to_the_month_end() -> None:
    assert add_months(D(2023, 8, 31), 6) == D(2024, 2, 29)  # Feb 2024 has 29 days (leap year)
    assert add_months(D(2024, 8, 31), 6) == D(2025, 2, 28)  # Feb 2025 has 28
    assert add_months(D(2024, 2, 29), 12) == D(2025, 2, 28)  # no 29/02/2025
    assert add_months(D(2023, 12, 31), 2) == D(2024, 2, 29)  # across a year end
    assert add_months(D(2024, 3, 31), -1) == D(2024, 2, 29)  # backwards
    assert add_months(D(2023, 11, 15), 3) == D(2024, 2, 15)  # no clamping needed
    assert add_months(D(2100, 1, 31), 1) == D(2100, 2, 28)  # 2100 is not a leap year
    assert WorkingCalendar.add_months(D(2023, 8, 31), 6) == D(2024, 2, 29)


# --- rapid review timescales from the referral ------------------------------------------------


def test_referral_before_the_state_funeral() -> None:
    # Referral Fri 16/09/2022 (day 0); Sat 17, Sun 18; Mon 19/09 state funeral.
    # WD1 Tue 20, WD2 Wed 21, WD3 Thu 22, WD4 Fri 23, WD5 Mon 26, WD6 Tue 27, WD7 Wed 28,
    # WD8 Thu 29, WD9 Fri 30, WD10 Mon 03/10, WD11 Tue 04, WD12 Wed 05, WD13 Thu 06,
    # WD14 Fri 07, WD15 Mon 10/10.
    assert deadlines(referral=D(2022, 9, 16)) == {
        "la_notification_due": D(2022, 9, 26),  # WD5; awareness defaults to the referral
        "scoping_sent_by": D(2022, 9, 21),  # WD2
        # form not yet sent: 5 WD after its due date Wed 21/09: Thu 22, Fri 23, Mon 26,
        # Tue 27, Wed 28
        "agency_returns_by": D(2022, 9, 28),
        "rapid_review_meeting_earliest": D(2022, 9, 28),  # WD7
        "rapid_review_meeting_latest": D(2022, 10, 6),  # WD13
        "rapid_review_due": D(2022, 10, 10),  # WD15
    }


def test_referral_before_the_coronation() -> None:
    # Referral Thu 04/05/2023. WD1 Fri 05/05; Sat 6, Sun 7, Mon 08/05 coronation;
    # WD2 Tue 09/05, WD3 Wed 10, WD4 Thu 11, WD5 Fri 12/05.
    result = deadlines(referral=D(2023, 5, 4))
    assert result["scoping_sent_by"] == D(2023, 5, 9)
    assert result["la_notification_due"] == D(2023, 5, 12)


def test_christmas_run_with_substitute_days() -> None:
    # Referral Fri 23/12/2022. Sat 24, Sun 25 Christmas, Mon 26 Boxing Day,
    # Tue 27 substitute for Christmas. WD1 Wed 28, WD2 Thu 29, WD3 Fri 30; Sat 31, Sun 01/01
    # New Year, Mon 02/01 substitute. WD4 Tue 03/01/2023, WD5 Wed 04, WD6 Thu 05, WD7 Fri 06,
    # WD8 Mon 09, WD9 Tue 10, WD10 Wed 11, WD11 Thu 12, WD12 Fri 13, WD13 Mon 16, WD14 Tue 17,
    # WD15 Wed 18/01/2023.
    result = deadlines(referral=D(2022, 12, 23))
    assert result["scoping_sent_by"] == D(2022, 12, 29)  # WD2
    assert result["la_notification_due"] == D(2023, 1, 4)  # WD5
    assert result["rapid_review_meeting_earliest"] == D(2023, 1, 6)  # WD7
    assert result["rapid_review_meeting_latest"] == D(2023, 1, 16)  # WD13
    assert result["rapid_review_due"] == D(2023, 1, 18)  # WD15


def test_referral_on_a_saturday_is_day_zero() -> None:
    # Referral Sat 23/12/2023 (day 0). Sun 24, Mon 25 Christmas, Tue 26 Boxing Day.
    # WD1 Wed 27, WD2 Thu 28, WD3 Fri 29; Sat 30, Sun 31, Mon 01/01/2024 New Year;
    # WD4 Tue 02/01, WD5 Wed 03/01/2024.
    result = deadlines(referral=D(2023, 12, 23))
    assert result["scoping_sent_by"] == D(2023, 12, 28)
    assert result["la_notification_due"] == D(2024, 1, 3)
    # Referral Sat 01/06/2024: WD1 Mon 03/06, WD2 Tue 04/06 (the Sunday is not counted).
    assert deadlines(referral=D(2024, 6, 1))["scoping_sent_by"] == D(2024, 6, 4)


def test_referral_on_a_bank_holiday_is_day_zero() -> None:
    # Referral Mon 27/05/2024, spring bank holiday (day 0).
    # WD1 Tue 28, WD2 Wed 29, WD3 Thu 30, WD4 Fri 31; Sat 01/06, Sun 02; WD5 Mon 03/06.
    result = deadlines(referral=D(2024, 5, 27))
    assert result["scoping_sent_by"] == D(2024, 5, 29)
    assert result["la_notification_due"] == D(2024, 6, 3)
    # Referral Good Friday 29/03/2024: Sat 30, Sun 31, Mon 01/04 Easter Monday;
    # WD1 Tue 02/04, WD2 Wed 03/04.
    assert deadlines(referral=D(2024, 3, 29))["scoping_sent_by"] == D(2024, 4, 3)


def test_awareness_before_the_referral() -> None:
    # Awareness Mon 12/09/2022: WD1 Tue 13, WD2 Wed 14, WD3 Thu 15, WD4 Fri 16;
    # Sat 17, Sun 18, Mon 19 state funeral; WD5 Tue 20/09.
    result = deadlines(referral=D(2022, 9, 16), la_awareness=D(2022, 9, 12))
    assert result["la_notification_due"] == D(2022, 9, 20)
    assert result["scoping_sent_by"] == D(2022, 9, 21)  # still from the referral: WD2


def test_scoping_form_sent_early() -> None:
    # Sent Tue 20/09/2022: WD1 Wed 21, WD2 Thu 22, WD3 Fri 23, WD4 Mon 26, WD5 Tue 27.
    result = deadlines(referral=D(2022, 9, 16), scoping_sent=D(2022, 9, 20))
    assert result["agency_returns_by"] == D(2022, 9, 27)


# --- each date alone --------------------------------------------------------------------------


def test_each_date_alone_gives_only_its_own_deadlines() -> None:
    # Awareness Fri 16/09/2022: WD1 Tue 20 (Mon 19 funeral) ... WD5 Mon 26/09; the rapid review
    # is counted from awareness too ("within 15 working days of becoming aware of the
    # incident"): WD6 Tue 27 ... WD10 Mon 03/10 ... WD15 Mon 10/10.
    assert deadlines(la_awareness=D(2022, 9, 16)) == {
        "la_notification_due": D(2022, 9, 26),
        "rapid_review_due": D(2022, 10, 10),
    }
    # Sent Tue 20/09/2022: Wed 21, Thu 22, Fri 23, Mon 26, Tue 27.
    assert deadlines(scoping_sent=D(2022, 9, 20)) == {"agency_returns_by": D(2022, 9, 27)}
    # Meeting Fri 05/05/2023: Sat 6, Sun 7, Mon 8 coronation; WD1 Tue 09, WD2 Wed 10/05.
    assert deadlines(meeting=D(2023, 5, 5)) == {"outcome_to_panel_by": D(2023, 5, 10)}
    # Decision Mon 10/10/2022: + 6 months = 10/04/2023 (Easter Monday: calendar periods are
    # not moved off non-working days); + 3 months = 10/01/2023.
    assert deadlines(decision=D(2022, 10, 10)) == {
        "review_due": D(2023, 4, 10),
        "review_published_due": D(2023, 4, 10),
        "learning_review_due": D(2023, 1, 10),
    }
    # Publication Wed 29/05/2024, counting back: WD1 Tue 28; Mon 27 spring bank holiday,
    # Sun 26, Sat 25; WD2 Fri 24, WD3 Thu 23, WD4 Wed 22, WD5 Tue 21, WD6 Mon 20, WD7 Fri 17/05.
    # Kept available until 29/05/2025 (+ 1 year).
    assert deadlines(publication=D(2024, 5, 29)) == {
        "report_to_panel_by": D(2024, 5, 17),
        "publicly_available_until": D(2025, 5, 29),
    }
    assert deadlines() == {}


def test_referral_alone_gives_the_rapid_review_keys() -> None:
    assert list(deadlines(referral=D(2024, 5, 3))) == REFERRAL_KEYS


# --- calendar periods -------------------------------------------------------------------------


def test_six_months_from_31_august() -> None:
    # Decision Thu 31/08/2023 + 6 months: Feb 2024 has 29 days -> 29/02/2024;
    # + 3 months: November has 30 -> 30/11/2023.
    assert deadlines(decision=D(2023, 8, 31)) == {
        "review_due": D(2024, 2, 29),
        "review_published_due": D(2024, 2, 29),
        "learning_review_due": D(2023, 11, 30),
    }
    # Decision Sat 31/08/2024 + 6 months: Feb 2025 has 28 days -> 28/02/2025.
    assert deadlines(decision=D(2024, 8, 31))["review_due"] == D(2025, 2, 28)


def test_leap_day_decision_and_publication() -> None:
    # Decision Thu 29/02/2024: + 6 months 29/08/2024; + 3 months 29/05/2024.
    assert deadlines(decision=D(2024, 2, 29)) == {
        "review_due": D(2024, 8, 29),
        "review_published_due": D(2024, 8, 29),
        "learning_review_due": D(2024, 5, 29),
    }
    # Published 29/02/2024: + 1 year has no 29 Feb -> 28/02/2025.
    assert deadlines(publication=D(2024, 2, 29))["publicly_available_until"] == D(2025, 2, 28)


# --- counting backwards -----------------------------------------------------------------------


def test_report_to_panel_counts_back_across_bank_holidays() -> None:
    # Publication Thu 05/01/2023: WD1 Wed 04, WD2 Tue 03; Mon 02/01 substitute, Sun 01, Sat 31;
    # WD3 Fri 30/12, WD4 Thu 29, WD5 Wed 28; Tue 27 substitute, Mon 26 Boxing Day, Sun 25,
    # Sat 24; WD6 Fri 23, WD7 Thu 22/12/2022.
    assert deadlines(publication=D(2023, 1, 5))["report_to_panel_by"] == D(2022, 12, 22)
    # Publication Tue 20/09/2022: Mon 19 state funeral; WD1 Fri 16, WD2 Thu 15, WD3 Wed 14,
    # WD4 Tue 13, WD5 Mon 12, WD6 Fri 09, WD7 Thu 08/09/2022.
    assert deadlines(publication=D(2022, 9, 20))["report_to_panel_by"] == D(2022, 9, 8)


# --- the Deadline records ---------------------------------------------------------------------


def test_deadline_records_carry_rule_and_edition() -> None:
    records = {d.key: d for d in deadlines_for(referral=D(2022, 9, 16), calendar=ENGLAND)}
    notice = records["la_notification_due"]
    assert notice.due == D(2022, 9, 26)  # WD5, as above
    assert notice.counted_from == "la_awareness"
    assert notice.counted_from_date == D(2022, 9, 16)  # the referral stands in
    assert notice.rule.startswith("5 working days after")
    assert notice.edition == "Working Together to Safeguard Children 2023"
    assert notice.note is not None and "referral" in notice.note
    returns = records["agency_returns_by"]
    assert returns.counted_from_date == D(2022, 9, 21)  # scoping_sent_by stands in
    assert returns.note is not None and "scoping_sent_by" in returns.note
    assert records["scoping_sent_by"].note is None
    assert all(d.edition and d.description for d in records.values())


# --- the rules file ---------------------------------------------------------------------------

RULES_TEXT = resources.files("reviews").joinpath("rules/timescales.toml").read_text("utf-8")


def test_packaged_rules_load() -> None:
    rules = load_rules()
    assert rules.version
    assert [rule.key for rule in rules.rules] == ALL_KEYS


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('unit = "calendar_months"', 'unit = "weeks"', "rule 'review_due': unknown unit 'weeks'"),
        ('direction = "before"', 'direction = "around"', "rule 'report_to_panel_by'.*direction"),
        (
            'counted_from = "meeting"',
            'counted_from = "birth"',
            "rule 'outcome_to_panel_by'.*counted_from",
        ),
        ("amount = 13", "amount = 0", "rule 'rapid_review_meeting_latest'.*amount"),
        ('la_awareness = "referral"', 'la_awareness = "nobody"', "neither a date nor a rule"),
        ('la_awareness = "referral"', 'referral = "scoping_sent_by"', "loops"),
        ('key = "review_due"', 'key = "scoping_sent_by"', "used twice"),
    ],
)
def test_bad_rules_are_refused_with_the_rule_named(old: str, new: str, message: str) -> None:
    assert old in RULES_TEXT
    with pytest.raises(ValueError, match=message):
        parse_rules(RULES_TEXT.replace(old, new, 1))


# --- closures ---------------------------------------------------------------------------------


def test_packaged_closures_file_parses() -> None:
    closures = load_closures()
    assert closures.version
    assert isinstance(closures.closures, dict)
    assert isinstance(closures.extra_bank_holidays, dict)


def test_a_local_closure_changes_the_count() -> None:
    closed = WorkingCalendar(closures={D(2022, 9, 20): "office move"})
    # Referral Fri 16/09/2022; Mon 19 funeral; Tue 20 closed; WD1 Wed 21, WD2 Thu 22.
    assert compute_deadlines(referral=D(2022, 9, 16), calendar=closed)["scoping_sent_by"] == D(
        2022, 9, 22
    )
    assert closed.non_working_reason(D(2022, 9, 20)) == "local closure: office move"


def test_closures_file_adds_closures_and_bank_holidays() -> None:
    text = """
version = 2
closures = [{ date = 2022-09-20, reason = "office move" }]
extra_bank_holidays = [{ date = "2024-06-07", reason = "a new bank holiday" }]
"""
    calendar = WorkingCalendar.from_closures(parse_closures(text))
    # Referral Thu 06/06/2024; Fri 07 extra bank holiday, Sat 8, Sun 9; WD1 Mon 10, WD2 Tue 11.
    # (Without it: WD1 Fri 07, WD2 Mon 10.)
    assert calendar.add_working_days(D(2024, 6, 6), 2) == D(2024, 6, 11)
    assert ENGLAND.add_working_days(D(2024, 6, 6), 2) == D(2024, 6, 10)
    # Fri 16/09/2022: Mon 19 funeral, Tue 20 closed; WD1 Wed 21.
    assert calendar.add_working_days(D(2022, 9, 16), 1) == D(2022, 9, 21)


@pytest.mark.parametrize(
    "text",
    [
        'version = 1\nclosures = [{ date = "24/12/2025", reason = "Christmas Eve" }]',
        "version = 1\nclosures = [{ date = 2025-12-24 }]",
        'version = 1\nclosure = [{ date = 2025-12-24, reason = "typo in the list name" }]',
        "closures = []",
    ],
)
def test_bad_closures_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"closures\.toml"):
        parse_closures(text)


# --- properties -------------------------------------------------------------------------------

days = st.dates(min_value=D(2016, 1, 1), max_value=D(2035, 12, 31))


def _working_days_strictly_between(a: dt.date, b: dt.date) -> int:
    return sum(ENGLAND.is_working_day(a + dt.timedelta(k)) for k in range(1, (b - a).days))


@given(days, st.integers(min_value=1, max_value=30))
def test_add_working_days_lands_on_the_nth_working_day(start: dt.date, n: int) -> None:
    end = ENGLAND.add_working_days(start, n)
    assert end > start
    assert ENGLAND.is_working_day(end)
    assert _working_days_strictly_between(start, end) == n - 1
    assert ENGLAND.working_days_between(start, end) == n


@given(days, st.integers(min_value=1, max_value=30))
def test_subtract_working_days_mirrors_add(end: dt.date, n: int) -> None:
    start = ENGLAND.subtract_working_days(end, n)
    assert start < end
    assert ENGLAND.is_working_day(start)
    assert _working_days_strictly_between(start, end) == n - 1


@given(days, st.integers(min_value=0, max_value=400))
def test_working_days_between_matches_counting_one_by_one(start: dt.date, span: int) -> None:
    end = start + dt.timedelta(span)
    by_hand = sum(ENGLAND.is_working_day(start + dt.timedelta(k)) for k in range(1, span + 1))
    assert ENGLAND.working_days_between(start, end) == by_hand
    assert ENGLAND.working_days_between(end, start) == -by_hand


# --- the command ------------------------------------------------------------------------------


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="cspr")
    add_deadlines_command(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["deadlines", *argv])
    return int(args.func(args))


def test_cli_json_has_every_key(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--referral", "16/09/2022", "--awareness", "2022-09-12", "--scoping-sent"]
    argv += ["20/09/2022", "--meeting", "2022-09-28", "--decision", "10/10/2022"]
    argv += ["--publication", "2023-05-10", "--json"]
    assert run(argv) == 0
    assert json.loads(capsys.readouterr().out) == {
        # awareness Mon 12/09: Tue 13, Wed 14, Thu 15, Fri 16, (Mon 19 funeral) Tue 20
        "la_notification_due": "2022-09-20",
        # referral Fri 16/09: WD1 Tue 20, WD2 Wed 21 ... WD7 Wed 28, WD13 Thu 06/10,
        # WD15 Mon 10/10 (as in test_referral_before_the_state_funeral)
        "scoping_sent_by": "2022-09-21",
        # sent Tue 20/09: Wed 21, Thu 22, Fri 23, Mon 26, Tue 27
        "agency_returns_by": "2022-09-27",
        "rapid_review_meeting_earliest": "2022-09-28",
        "rapid_review_meeting_latest": "2022-10-06",
        # from awareness Mon 12/09 ("within 15 working days of becoming aware of the
        # incident"): WD5 Tue 20 (as above), WD6 Wed 21 ... WD9 Mon 26, WD10 Tue 27,
        # WD13 Fri 30, WD14 Mon 03/10, WD15 Tue 04/10
        "rapid_review_due": "2022-10-04",
        # meeting Wed 28/09: Thu 29, Fri 30
        "outcome_to_panel_by": "2022-09-30",
        # decision 10/10/2022: + 6 months, + 3 months
        "review_due": "2023-04-10",
        "review_published_due": "2023-04-10",
        "learning_review_due": "2023-01-10",
        # publication Wed 10/05/2023 back: Tue 09 (1); Mon 08 coronation; Fri 05 (2), Thu 04 (3),
        # Wed 03 (4), Tue 02 (5); Mon 01/05 May Day; Fri 28/04 (6), Thu 27/04 (7)
        "report_to_panel_by": "2023-04-27",
        "publicly_available_until": "2024-05-10",  # + 1 year
    }


def test_cli_table_shows_uk_dates_rules_and_editions(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--referral", "03/05/2024"]) == 0
    out = capsys.readouterr().out
    assert "Fri 03/05/2024" in out  # the referral, day first
    # Referral Fri 03/05/2024; Sat 4, Sun 5, Mon 06/05 May Day; WD1 Tue 07, WD2 Wed 08,
    # WD3 Thu 09, WD4 Fri 10, WD5 Mon 13/05.
    assert "Wed 08/05/2024  Initial scoping form sent" in out
    assert "Mon 13/05/2024  Local authority notifies" in out
    assert "2 working days after the referral" in out
    assert "Working Together to Safeguard Children 2023" in out
    assert "Local guidance" in out


def test_cli_flags_a_calendar_deadline_on_a_non_working_day(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Decision Mon 10/10/2022 + 6 months = Mon 10/04/2023, Easter Monday.
    run(["--decision", "10/10/2022"])
    assert "Mon 10/04/2023  Local CSPR completed" in (out := capsys.readouterr().out)
    assert "non-working day: Easter Monday" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "at least one date"),
        (["--referral", "31/02/2024"], "--referral '31/02/2024' does not exist"),
        (["--decision", "2024-13-01"], "does not exist"),
        (["--meeting", "05/03"], "--meeting '05/03' is not a date"),
        (["--publication", "3rd May 2024"], "is not a date"),
    ],
)
def test_cli_bad_dates_raise_one_line_value_errors(argv: list[str], message: str) -> None:
    with pytest.raises(ValueError, match=message) as caught:
        run(argv)
    assert "\n" not in str(caught.value)
