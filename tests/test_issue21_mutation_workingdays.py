"""Issue 21: direct tests for reviews/workingdays.py that kill mutmut's survivors.

Every day count below was worked out on a calendar by hand; the weekday of each date is
written beside it. Refusals are asserted word for word: they are what a partnership reads when
its closures file is wrong.
"""

from __future__ import annotations

import datetime as dt
import locale
from pathlib import Path

import pytest

from reviews import workingdays
from reviews.workingdays import (
    WorkingCalendar,
    add_months,
    load_closures,
    parse_closures,
)

D = dt.date


def message(error: pytest.ExceptionInfo[BaseException]) -> str:
    return str(error.value)


# ------------------------------------------------------------------ only dates are accepted


def test_a_datetime_counts_as_its_day() -> None:
    calendar = WorkingCalendar()
    # Fri 16/09/2022 09:30 is Friday the 16th; WD1 after it is Tue 20 (Mon 19 state funeral).
    assert calendar.add_working_days(dt.datetime(2022, 9, 16, 9, 30), 1) == D(2022, 9, 20)
    assert calendar.is_working_day(dt.datetime(2022, 9, 16, 23, 59))
    assert add_months(dt.datetime(2024, 1, 31, 12, 0), 1) == D(2024, 2, 29)


def test_refusals_name_what_was_given() -> None:
    calendar = WorkingCalendar()
    with pytest.raises(TypeError) as caught:
        calendar.is_working_day("08/05/2023")  # type: ignore[arg-type]
    assert message(caught) == "day must be a date, not str '08/05/2023'"
    with pytest.raises(TypeError) as caught:
        WorkingCalendar(extra_bank_holidays={"2030-06-14": "new"})  # type: ignore[dict-item]
    assert message(caught) == "bank holiday must be a date, not str '2030-06-14'"
    with pytest.raises(TypeError) as caught:
        WorkingCalendar(closures={20250101: "x"})  # type: ignore[dict-item]
    assert message(caught) == "closure must be a date, not int 20250101"


@pytest.mark.parametrize("n", [0, -1, True, 1.0])
def test_a_count_must_be_a_whole_number_from_one(n: object) -> None:
    calendar = WorkingCalendar()
    for step in (calendar.add_working_days, calendar.subtract_working_days):
        with pytest.raises(ValueError) as caught:
            step(D(2024, 5, 3), n)  # type: ignore[arg-type]
        assert message(caught) == (
            f"a number of working days must be a whole number from 1, not {n!r}"
        )


# ------------------------------------------------------------------ the calendar


def test_weekend_reasons() -> None:
    calendar = WorkingCalendar()
    assert calendar.non_working_reason(D(2024, 6, 8)) == "Saturday"  # Sat
    assert calendar.non_working_reason(D(2024, 6, 9)) == "Sunday"  # Sun
    assert calendar.non_working_reason(D(2024, 6, 7)) is None  # Fri
    assert calendar.non_working_reason(D(2024, 6, 10)) is None  # Mon
    # A bank holiday on a Saturday is a Saturday first (26/12/2020, Boxing Day).
    assert calendar.non_working_reason(D(2020, 12, 26)) == "Saturday"
    assert calendar.non_working_reason(D(2020, 12, 28)) == "Boxing Day (observed)"  # Mon


def test_a_bank_holiday_keeps_its_own_name_over_a_closure_or_an_extra_day() -> None:
    calendar = WorkingCalendar(
        closures={D(2024, 12, 25): "office shut", D(2024, 12, 24): "Christmas Eve"},
        extra_bank_holidays={D(2024, 12, 26): "extra", D(2024, 12, 27): "Royal event"},
    )
    assert calendar.non_working_reason(D(2024, 12, 25)) == "Christmas Day"  # Wed
    assert calendar.non_working_reason(D(2024, 12, 26)) == "Boxing Day"  # Thu
    assert calendar.non_working_reason(D(2024, 12, 24)) == "local closure: Christmas Eve"
    assert calendar.non_working_reason(D(2024, 12, 27)) == "Royal event"  # Fri


def test_an_extra_bank_holiday_wins_over_a_closure_on_the_same_day() -> None:
    calendar = WorkingCalendar(
        closures={D(2030, 6, 14): "office move"},
        extra_bank_holidays={D(2030, 6, 14): "Bank holiday for a jubilee"},
    )
    assert calendar.non_working_reason(D(2030, 6, 14)) == "Bank holiday for a jubilee"  # Fri


def test_extra_days_count_only_in_their_own_year() -> None:
    calendar = WorkingCalendar(closures={D(2025, 6, 13): "away day"})  # Fri
    assert calendar.non_working_reason(D(2025, 6, 13)) == "local closure: away day"
    assert calendar.is_working_day(D(2026, 6, 12))  # Fri, a year on
    assert calendar.is_working_day(D(2024, 6, 14))  # Fri, a year before
    # Loading the year again (a second calendar) finds the same closure.
    again = WorkingCalendar(closures={D(2025, 6, 13): "away day"})
    assert again.is_working_day(D(2024, 6, 14))
    assert not again.is_working_day(D(2025, 6, 13))


def test_counting_forwards_and_back_across_weekends_and_holidays() -> None:
    calendar = WorkingCalendar()
    # Thu 23/12/2021 + 1: Fri 24 (Christmas Eve is a working day).
    assert calendar.add_working_days(D(2021, 12, 23), 1) == D(2021, 12, 24)
    # Fri 24/12/2021 + 1: Sat 25, Sun 26, Mon 27 and Tue 28 (substitutes) skipped: Wed 29.
    assert calendar.add_working_days(D(2021, 12, 24), 1) == D(2021, 12, 29)
    # + 3 from Fri 24: Wed 29, Thu 30, Fri 31.
    assert calendar.add_working_days(D(2021, 12, 24), 3) == D(2021, 12, 31)
    # + 4 from Fri 24: Sat 1, Sun 2, Mon 3 (New Year substitute): Tue 04/01/2022.
    assert calendar.add_working_days(D(2021, 12, 24), 4) == D(2022, 1, 4)
    # Back 1 from Tue 04/01/2022: Fri 31/12/2021; back 2: Thu 30.
    assert calendar.subtract_working_days(D(2022, 1, 4), 1) == D(2021, 12, 31)
    assert calendar.subtract_working_days(D(2022, 1, 4), 2) == D(2021, 12, 30)
    # Back 1 from Wed 29/12/2021: Fri 24.
    assert calendar.subtract_working_days(D(2021, 12, 29), 1) == D(2021, 12, 24)


def test_working_days_between_in_whole_weeks_and_parts() -> None:
    calendar = WorkingCalendar()
    # (Mon 03/06/2024, Mon 10/06/2024]: Tue to Fri and Mon = 5.
    assert calendar.working_days_between(D(2024, 6, 3), D(2024, 6, 10)) == 5
    # (Fri 07/06/2024, Sat 08/06/2024]: none; (Fri, Sun]: none; (Fri, Mon]: 1.
    assert calendar.working_days_between(D(2024, 6, 7), D(2024, 6, 8)) == 0
    assert calendar.working_days_between(D(2024, 6, 7), D(2024, 6, 9)) == 0
    assert calendar.working_days_between(D(2024, 6, 7), D(2024, 6, 10)) == 1
    # (Sat 08/06, Sun 09/06]: 0; (Sun 09/06, Mon 10/06]: 1; (Sat, Tue 11/06]: 2.
    assert calendar.working_days_between(D(2024, 6, 8), D(2024, 6, 9)) == 0
    assert calendar.working_days_between(D(2024, 6, 9), D(2024, 6, 10)) == 1
    assert calendar.working_days_between(D(2024, 6, 8), D(2024, 6, 11)) == 2
    # From a bank holiday (Mon 26/08/2024) to Fri 30/08: Tue to Fri = 4; it is not counted.
    assert calendar.working_days_between(D(2024, 8, 26), D(2024, 8, 30)) == 4
    # To a bank holiday (Mon 26/08/2024) from Fri 23/08: none.
    assert calendar.working_days_between(D(2024, 8, 23), D(2024, 8, 26)) == 0
    # Across a whole year, 31/12/2022 (Sat) to 31/12/2023 (Sun): 260 weekdays less 9 bank
    # holidays on weekdays (2 Jan, 7 Apr, 10 Apr, 1 May, 8 May, 29 May, 28 Aug, 25 Dec,
    # 26 Dec) = 251.
    assert calendar.working_days_between(D(2022, 12, 31), D(2023, 12, 31)) == 251
    assert calendar.working_days_between(D(2023, 12, 31), D(2022, 12, 31)) == -251


def test_a_closure_counts_in_working_days_between() -> None:
    calendar = WorkingCalendar(closures={D(2024, 6, 5): "training"})  # Wed
    # (Mon 03/06, Fri 07/06]: Tue, Thu, Fri = 3.
    assert calendar.working_days_between(D(2024, 6, 3), D(2024, 6, 7)) == 3
    assert WorkingCalendar().working_days_between(D(2024, 6, 3), D(2024, 6, 7)) == 4


def test_add_months_both_ways() -> None:
    assert add_months(D(2024, 1, 15), 0) == D(2024, 1, 15)
    assert add_months(D(2024, 1, 15), 11) == D(2024, 12, 15)
    assert add_months(D(2024, 1, 15), 12) == D(2025, 1, 15)
    assert add_months(D(2024, 1, 15), -1) == D(2023, 12, 15)
    assert add_months(D(2024, 5, 31), 1) == D(2024, 6, 30)
    assert add_months(D(2024, 5, 30), 1) == D(2024, 6, 30)
    assert add_months(D(2024, 12, 31), -24) == D(2022, 12, 31)


# ------------------------------------------------------------------ the closures file


def test_parse_closures_reads_both_lists() -> None:
    found = parse_closures(
        "version = 3\n"
        'closures = [{ date = 2025-12-24, reason = "  Office closed  " },\n'
        '            { date = "2025-12-29", reason = "Office closed" }]\n'
    )
    assert found.version == "3"
    assert found.closures == {D(2025, 12, 24): "Office closed", D(2025, 12, 29): "Office closed"}
    assert found.extra_bank_holidays == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("version = ", "closures.toml: not valid TOML ("),
        ("version = 1\nclosure = []\nholidays = []", "closures.toml: unknown keys "
         "'closure', 'holidays'"),
        ("closures = []", "closures.toml: missing key 'version'"),
        ("version = 1\nclosures = { date = 2025-12-24 }", "closures.toml: 'closures' must be a "
         "list of { date = ..., reason = ... }"),
        ('version = 1\nextra_bank_holidays = "2025-12-24"', "closures.toml: "
         "'extra_bank_holidays' must be a list of { date = ..., reason = ... }"),
        ('version = 1\nclosures = [{ date = 2025-12-24, reason = "a" }, { date = 2025-12-25 }]',
         "closures.toml: closures entry 2 must have exactly a date and a reason"),
        ('version = 1\nclosures = [{ date = 2025-12-24, reason = "a", note = "b" }]',
         "closures.toml: closures entry 1 must have exactly a date and a reason"),
        ('version = 1\nclosures = ["2025-12-24"]',
         "closures.toml: closures entry 1 must have exactly a date and a reason"),
        ('version = 1\nclosures = [{ date = "24/12/2025", reason = "a" }]',
         "closures.toml: closures entry 1: date '24/12/2025' is not YYYY-MM-DD"),
        ('version = 1\nclosures = [{ date = 2025-12-24T09:00:00, reason = "a" }]',
         "closures.toml: closures entry 1: date must be a date such as 2025-12-24"),
        ('version = 1\nclosures = [{ date = 20251224, reason = "a" }]',
         "closures.toml: closures entry 1: date must be a date such as 2025-12-24"),
        ('version = 1\nclosures = [{ date = 2025-12-24, reason = "  " }]',
         "closures.toml: closures entry 1: reason must be some text"),
        ("version = 1\nclosures = [{ date = 2025-12-24, reason = 5 }]",
         "closures.toml: closures entry 1: reason must be some text"),
        ('version = 1\nextra_bank_holidays = [{ date = 2030-06-14, reason = "a" },'
         ' { date = "2030-06-14", reason = "b" }]',
         "closures.toml: extra_bank_holidays entry 2: 2030-06-14 is listed twice"),
    ],
)  # fmt: skip
def test_closures_file_refusals_word_for_word(text: str, expected: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_closures(text)
    if expected.endswith("("):
        assert message(caught).startswith(expected)
        assert message(caught).endswith(")")
    else:
        assert message(caught) == expected


def test_a_partnerships_own_file_is_named_in_its_refusals(tmp_path: Path) -> None:
    own = tmp_path / "ours.toml"
    own.write_text('version = "2026-a"\nclosures = [{ date = 2026-12-24, reason = "Eve" }]\n')
    found = load_closures(own)
    assert found.version == "2026-a"
    assert found.closures == {D(2026, 12, 24): "Eve"}
    assert load_closures(str(own)) == found
    own.write_text("closures = []\n")
    with pytest.raises(ValueError) as caught:
        load_closures(own)
    assert message(caught) == "ours.toml: missing key 'version'"


def test_the_packaged_file_is_read_as_the_default() -> None:
    packaged = load_closures()
    assert packaged.version == "1"
    assert WorkingCalendar.from_closures(packaged).is_working_day(D(2025, 12, 24))  # Wed


def test_default_calendar_reads_the_partnerships_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = tmp_path / "closures.toml"
    own.write_text('version = 1\nclosures = [{ date = 2025-06-13, reason = "away day" }]\n')
    monkeypatch.setenv(workingdays.CLOSURES_ENV, f"  {own}  ")
    workingdays.default_calendar.cache_clear()
    try:
        calendar = workingdays.default_calendar()
        assert calendar.non_working_reason(D(2025, 6, 13)) == "local closure: away day"
        assert workingdays.default_calendar() is calendar  # built once
        monkeypatch.setenv(workingdays.CLOSURES_ENV, "   ")
        workingdays.default_calendar.cache_clear()
        assert workingdays.default_calendar().is_working_day(D(2025, 6, 13))
    finally:
        workingdays.default_calendar.cache_clear()


def test_a_partnerships_file_is_read_as_utf8_whatever_the_locale(tmp_path: Path) -> None:
    own = tmp_path / "closures.toml"
    own.write_text(
        'version = 1\nclosures = [{ date = 2025-06-13, reason = "Fête de la ville" }]\n',
        encoding="utf-8",
    )
    previous = locale.setlocale(locale.LC_CTYPE)
    locale.setlocale(locale.LC_CTYPE, "C")  # an ASCII locale: open() would default to ASCII
    try:
        found = load_closures(own)
    finally:
        locale.setlocale(locale.LC_CTYPE, previous)
    assert found.closures == {D(2025, 6, 13): "Fête de la ville"}


def test_only_the_years_a_count_needs_are_loaded_and_kept() -> None:
    # The module promises each year is loaded the first time it is needed, and kept.
    calendar = WorkingCalendar()
    assert calendar.working_days_between(D(2024, 6, 3), D(2024, 6, 10)) == 5
    assert set(calendar._years) == {2024}
    assert calendar._years[2024][D(2024, 12, 25)] == "Christmas Day"
    assert calendar.working_days_between(D(2023, 12, 29), D(2024, 1, 2)) == 1  # Tue 2 Jan
    assert set(calendar._years) == {2023, 2024}
