"""Issue 21: direct tests for chronology/dates.py that kill mutmut's survivors.

Refusals are asserted word for word (the agency reads them as they stand) and every limit is
tried on both sides: 1900 and 2100, the two-digit pivot at 49/50, Excel's fake leap day at
serial 60, midnight and 23:59:59. Expected dates were worked out by hand; Excel serials from
30/12/1899 (serial 1 is 01/01/1900, and serials before 61 are one day off).
"""

from __future__ import annotations

import datetime as dt

import pytest

from chronology.dates import (
    EXCEL_1900_EPOCH,
    EXCEL_1904_EPOCH,
    DateError,
    ParsedDate,
    format_uk,
    from_excel_serial,
    parse_date,
    parse_time,
)

D = dt.date
T = dt.time


def refused(value: object, epoch: dt.datetime = EXCEL_1900_EPOCH) -> str:
    with pytest.raises(DateError) as caught:
        parse_date(value, epoch)
    return str(caught.value)


def time_refused(value: object) -> str:
    with pytest.raises(DateError) as caught:
        parse_time(value)
    return str(caught.value)


def read(value: object, epoch: dt.datetime = EXCEL_1900_EPOCH) -> tuple[dt.date, str, object]:
    parsed = parse_date(value, epoch)
    return parsed.value, parsed.precision, parsed.time


# ------------------------------------------------------------------ years


@pytest.mark.parametrize(
    ("text", "year"),
    [("1/1/00", 2000), ("1/1/49", 2049), ("1/1/50", 1950), ("31/12/99", 1999), ("1/1/1900", 1900)],
)
def test_years_and_the_two_digit_pivot(text: str, year: int) -> None:
    assert parse_date(text).value.year == year


def test_years_outside_1900_to_2100() -> None:
    assert read("31/12/2100") == (D(2100, 12, 31), "day", None)
    assert refused("01/01/1899") == "date '01/01/1899' has year 1899, outside 1900–2100"
    assert refused("31/12/2101") == "date '31/12/2101' has year 2101, outside 1900–2100"
    assert refused("1899") == "date '1899' has year 1899, outside 1900–2100"
    assert read("2100") == (D(2100, 1, 1), "year", None)


# ------------------------------------------------------------------ months


def test_month_names_with_a_full_stop_and_misspellings() -> None:
    assert read("Sept. 2019") == (D(2019, 9, 1), "month", None)
    assert read("4 Sept. 2019") == (D(2019, 9, 4), "day", None)
    assert read("augst 2019") == (D(2019, 8, 1), "month", None)  # five letters, one missing
    assert read("Decembre 2019") == (D(2019, 12, 1), "month", None)


def test_short_or_unknown_month_words_are_refused() -> None:
    # "Marc" is close to March, but four letters are too few to trust a spelling fix.
    assert refused("Marc 2019") == "date 'Marc 2019' has 'Marc', which is not a month"
    assert refused("5 Junk 2019") == "date '5 Junk 2019' has 'Junk', which is not a month"
    assert refused("Junk 5, 2019") == "date 'Junk 5, 2019' has 'Junk', which is not a month"
    assert refused("Smarch 2019") == "date 'Smarch 2019' has 'Smarch', which is not a month"


def test_day_first_month_check() -> None:
    assert refused("01/13/2019") == (
        "date '01/13/2019' does not exist (dates are read day first; month 13)"
    )
    assert refused("01/00/2019") == (
        "date '01/00/2019' does not exist (dates are read day first; month 0)"
    )
    assert read("01/12/2019") == (D(2019, 12, 1), "day", None)
    assert read("2019-01-31") == (D(2019, 1, 31), "day", None)
    assert refused("31/04/2019") == "date '31/04/2019' does not exist"


def test_numeric_month_and_year() -> None:
    assert read("1/2019") == (D(2019, 1, 1), "month", None)
    assert read("12/2019") == (D(2019, 12, 1), "month", None)
    assert refused("13/2019") == "date '13/2019' does not exist (month 13)"
    assert refused("0/2019") == "date '0/2019' does not exist (month 0)"


def test_iso_year_month_and_the_financial_year_exception() -> None:
    assert read("2019-01") == (D(2019, 1, 1), "month", None)
    assert read("2019-12") == (D(2019, 12, 1), "month", None)
    assert read("2010-12") == (D(2010, 12, 1), "month", None)  # 2010/11 would be "2010-11"
    assert refused("2010-11") == "date '2010-11' is vague; give a day, a month or a year"


def test_month_and_year_words() -> None:
    assert read("June, 2018") == (D(2018, 6, 1), "month", None)
    assert read("Jun '18") == (D(2018, 6, 1), "month", None)
    assert read("Jun-49") == (D(2049, 6, 1), "month", None)
    assert read("Jun-50") == (D(1950, 6, 1), "month", None)
    assert refused("June 18") == "date 'June 18' is not a date this tool reads"


# ------------------------------------------------------------------ weekdays


def test_weekdays_named_with_a_date() -> None:
    assert read("Mon. 6 May 2019") == (D(2019, 5, 6), "day", None)
    assert read("Thurs 9/5/2019") == (D(2019, 5, 9), "day", None)
    assert refused("Tuesday 5th June 2017") == (
        "date 'Tuesday 5th June 2017' names the wrong weekday (05/06/2017 is a Monday)"
    )
    assert refused("Fri 9/5/2019") == (
        "date 'Fri 9/5/2019' names the wrong weekday (09/05/2019 is a Thursday)"
    )
    assert (
        refused("Funday 5 June 2017") == "date 'Funday 5 June 2017' is not a date this tool reads"
    )


# ------------------------------------------------------------------ text clean-up and refusals


def test_text_is_cleaned_before_reading() -> None:
    assert read("4\u00a0May\u00a02019") == (D(2019, 5, 4), "day", None)
    assert read("  04/05/2019., ") == (D(2019, 5, 4), "day", None)
    assert read("4–5–2019") == (D(2019, 5, 4), "day", None)  # en dashes
    assert read("4—5—2019") == (D(2019, 5, 4), "day", None)  # em dashes
    assert read("4‐5‐2019") == (D(2019, 5, 4), "day", None)  # hyphens (U+2010)


def test_empty_cells_and_ranges() -> None:
    assert refused("   ") == "no date given"
    assert refused("\u00a0") == "no date given"
    for text in ("01/05/2019 - 03/05/2019", "1.5.19 to 3.5.19", "01/05/2019 until 03/05/2019"):
        assert refused(text) == f"date '{text}' is a range; give the day it happened, one row a day"


def test_vague_and_unreadable_words() -> None:
    assert refused("Summer 2018") == "date 'Summer 2018' is vague; give a day, a month or a year"
    assert refused("hello") == "date 'hello' is not a date this tool reads"


def test_dates_with_times() -> None:
    assert read("04/05/2019 at 9.30am") == (D(2019, 5, 4), "day", T(9, 30))
    assert read("2019-05-04T09:30") == (D(2019, 5, 4), "day", T(9, 30))
    assert read("4 May 2019, 14:05") == (D(2019, 5, 4), "day", T(14, 5))
    assert read("May 4, 2019 @ 1600hrs") == (D(2019, 5, 4), "day", T(16, 0))
    assert (
        refused("04/05/2019 25:00") == "date '04/05/2019 25:00' has a time this tool does not read"
    )
    assert refused("2019-05-04 noon") == "date '2019-05-04 noon' has a time this tool does not read"


# ------------------------------------------------------------------ Excel numbers


@pytest.mark.parametrize(
    ("serial", "day"),
    [(1, D(1900, 1, 1)), (59, D(1900, 2, 28)), (61, D(1900, 3, 1)), (43589, D(2019, 5, 4))],
)
def test_excel_serials_either_side_of_the_fake_leap_day(serial: int, day: dt.date) -> None:
    assert read(float(serial)) == (day, "day", None)


def test_excel_fake_leap_day_and_the_1904_system() -> None:
    assert refused(60.0) == "date '60' is Excel's 29/02/1900, which does not exist"
    assert refused(60.25) == "date '60.25' is Excel's 29/02/1900, which does not exist"
    assert refused("79000", EXCEL_1904_EPOCH) == "date '79000' is outside 1900–2100"
    # In the 1904 system day 0 is 01/01/1904 and day 60 is 01/03/1904 (1904 is a leap year).
    assert from_excel_serial(60, "60", EXCEL_1904_EPOCH) == ParsedDate(D(1904, 3, 1), "day")
    assert from_excel_serial(1, "1", EXCEL_1904_EPOCH) == ParsedDate(D(1904, 1, 2), "day")
    assert read("43589", EXCEL_1904_EPOCH) == (D(2023, 5, 5), "day", None)


def test_excel_serial_times_round_to_the_second() -> None:
    half_day = 43589.5
    assert read(half_day + 0.4 / 86400) == (D(2019, 5, 4), "day", T(12, 0))
    assert read(half_day + 0.6 / 86400) == (D(2019, 5, 4), "day", T(12, 0, 1))
    assert read("43589.5") == (D(2019, 5, 4), "day", T(12, 0))
    assert read(43589.75) == (D(2019, 5, 4), "day", T(18, 0))


def test_numbers_that_are_years_or_not_dates() -> None:
    assert read(1900) == (D(1900, 1, 1), "year", None)
    assert read(2100.0) == (D(2100, 1, 1), "year", None)
    assert read(1899) == (D(1905, 3, 13), "day", None)  # a serial: 30/12/1899 + 1899 days
    assert read(2100.5) == (D(1905, 9, 30), "day", T(12, 0))
    assert read(1) == (D(1900, 1, 1), "day", None)
    assert refused(0.5) == "date '0.5' is not a plausible Excel date number"
    assert refused(80001) == "date '80001' is not a plausible Excel date number"
    assert refused(80000) == "date '80000' is outside 1900–2100"
    assert refused(True) == "date 'True' is not a date"


def test_cells_excel_already_read() -> None:
    assert read(dt.datetime(2019, 5, 4, 9, 30, 15, 600_000)) == (D(2019, 5, 4), "day", T(9, 30, 15))
    assert read(dt.datetime(2019, 5, 4, 0, 0, 0, 400)) == (D(2019, 5, 4), "day", None)
    assert refused(dt.time(9, 5)) == "date cell holds only a time (09:05)"


def test_parsed_date_iso_and_uk_display() -> None:
    assert ParsedDate(D(2016, 2, 14), "day").iso() == "2016-02-14"
    assert format_uk(ParsedDate(D(2016, 2, 14), "day")) == "14/02/2016"
    assert format_uk(ParsedDate(D(2016, 2, 1), "month")) == "02/2016"
    assert format_uk(ParsedDate(D(2016, 1, 1), "year")) == "2016"


# ------------------------------------------------------------------ times


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.datetime(2019, 1, 1, 9, 30, 15, 500), T(9, 30, 15)),
        (T(7, 5, 3, 999), T(7, 5, 3)),
        (0, T(0, 0)),
        (0.0, T(0, 0)),
        (0.999999, T(23, 59, 59)),  # 86399.9 s rounds to 86400: kept within the day
        (0.25, T(6, 0)),
        (1530.0, T(15, 30)),
        (930, T(9, 30)),
        (1200, T(12, 0)),
        ("  9.30  am ", T(9, 30)),
        ("   ", None),
        ("1pm", T(13, 0)),
        ("9am", T(9, 0)),
        ("12am", T(0, 0)),
        ("12pm", T(12, 0)),
        ("11:59 PM", T(23, 59)),
        ("0930hrs", T(9, 30)),
        ("0930 h", T(9, 30)),
        ("930", T(9, 30)),
        ("23:59:59", T(23, 59, 59)),
        ("00:00", T(0, 0)),
        ("9.30.15", T(9, 30, 15)),
    ],
)
def test_times_read(value: object, expected: dt.time | None) -> None:
    assert parse_time(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (True, "time 'True' is not a time"),
        (1, "time '1' is not a time this tool reads"),
        (9.5, "time '9.5' is not a time this tool reads"),
        ("9", "time '9' is not a time this tool reads"),
        ("9h", "time '9h' is not a time this tool reads"),
        ("quarter past", "time 'quarter past' is not a time this tool reads"),
        ("2400hrs", "time '2400hrs' does not exist"),
        ("1260", "time '1260' does not exist"),
        ("0am", "time '0am' does not exist"),
        ("13pm", "time '13pm' does not exist"),
        ("24:00", "time '24:00' does not exist"),
        ("23:60", "time '23:60' does not exist"),
        ("23:59:60", "time '23:59:60' does not exist"),
    ],
)
def test_times_refused(value: object, message: str) -> None:
    assert time_refused(value) == message


# ------------------------------------------------------------------ survivors of the first run


def test_words_that_only_resemble_a_month_are_refused() -> None:
    # "Octopus" shares October's first two letters but little else (57% alike); "Marchand", a
    # surname, contains "march" whole, yet as a word it is only 77% alike.
    assert refused("Octopus 2019") == "date 'Octopus 2019' has 'Octopus', which is not a month"
    assert refused("Marchand 2019") == "date 'Marchand 2019' has 'Marchand', which is not a month"
    assert read("Septmber 2019") == (D(2019, 9, 1), "month", None)  # 94% alike September


def test_only_full_stops_and_commas_are_trimmed_from_the_end() -> None:
    assert refused("04/05/2019X") == "date '04/05/2019X' is not a date this tool reads"
    assert refused("May 2019X") == "date 'May 2019X' is not a date this tool reads"


def test_iso_refusals_name_the_cell() -> None:
    assert refused("2019-02-30") == "date '2019-02-30' does not exist"
    assert refused("1899-05-04") == "date '1899-05-04' has year 1899, outside 1900–2100"
    assert refused("1899-11") == "date '1899-11' has year 1899, outside 1900–2100"
    # Month 13 is no month: "2019-13" reads as the years 2019 to 2013, which is vague.
    assert refused("2019-13") == "date '2019-13' is vague; give a day, a month or a year"


@pytest.mark.parametrize(
    ("fraction", "expected"),
    [
        (0.75, T(18, 0)),  # 64,800 s
        (0.3125, T(7, 30)),  # 27,000 s
        (0.6, T(14, 24)),  # 51,840 s
        (0.99999, T(23, 59, 59)),  # 86,399.136 s
    ],
)
def test_day_fractions_to_the_second(fraction: float, expected: dt.time) -> None:
    assert parse_time(fraction) == expected


def test_every_form_names_the_cell_in_its_refusal() -> None:
    assert refused("5/1899") == "date '5/1899' has year 1899, outside 1900–2100"
    assert refused("May 1899") == "date 'May 1899' has year 1899, outside 1900–2100"
    assert refused("4 May 1899") == "date '4 May 1899' has year 1899, outside 1900–2100"
    assert refused("31 June 2019") == "date '31 June 2019' does not exist"
    assert refused("June 31, 2019") == "date 'June 31, 2019' does not exist"
    assert refused("4 May 2019 25:00") == (
        "date '4 May 2019 25:00' has a time this tool does not read"
    )


def test_numbers_follow_the_workbook_epoch_too() -> None:
    assert read(43589.0, EXCEL_1904_EPOCH) == (D(2023, 5, 5), "day", None)
    assert read(43589, EXCEL_1904_EPOCH) == (D(2023, 5, 5), "day", None)


def test_excel_serials_in_the_last_year_allowed() -> None:
    # 01/01/2100 is serial 73051 and 31/12/2100 is 73415 (30/12/1899 plus that many days).
    assert read(73051.0) == (D(2100, 1, 1), "day", None)
    assert read("73415") == (D(2100, 12, 31), "day", None)
    assert refused("73416") == "date '73416' is outside 1900–2100"
