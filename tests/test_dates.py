"""The date parser: day first always, partial dates keep precision, nothing is guessed."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chronology.dates import (
    EXCEL_1904_EPOCH,
    DateError,
    format_uk,
    parse_date,
    parse_time,
)

dates = st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2100, 12, 31))
times = st.times().map(lambda t: t.replace(microsecond=0))


def _ordinal(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


DAY_FORMATS = {
    "dd/mm/yyyy": lambda d: d.strftime("%d/%m/%Y"),
    "d/m/yyyy": lambda d: f"{d.day}/{d.month}/{d.year}",
    "dd.mm.yyyy": lambda d: d.strftime("%d.%m.%Y"),
    "dd-mm-yyyy": lambda d: d.strftime("%d-%m-%Y"),
    "5th June 2017": lambda d: f"{_ordinal(d.day)} {d:%B %Y}",
    "5 Jun 2017": lambda d: f"{d.day} {d:%b %Y}",
    "05-Jun-2018": lambda d: d.strftime("%d-%b-%Y"),
    "05 JUN 2018": lambda d: d.strftime("%d %b %Y").upper(),
    "Monday 5th June 2017": lambda d: f"{d:%A} {_ordinal(d.day)} {d:%B %Y}",
    "June 5th, 2017": lambda d: f"{d:%B} {_ordinal(d.day)}, {d.year}",
    "iso": lambda d: d.isoformat(),
    "excel serial as text": lambda d: str((d - dt.date(1899, 12, 30)).days),
}


@given(dates, st.sampled_from(sorted(DAY_FORMATS)))
def test_every_day_format_round_trips(day: dt.date, name: str) -> None:
    text = DAY_FORMATS[name](day)
    if name == "excel serial as text" and not 10000 <= int(text) <= 99999:
        return  # five-digit serials only: 1927 to 2173
    parsed = parse_date(text)
    assert (parsed.value, parsed.precision, parsed.time) == (day, "day", None)


@given(dates.filter(lambda d: 2000 <= d.year <= 2049))
def test_two_digit_years_round_trip_with_fixed_pivot(day: dt.date) -> None:
    assert parse_date(day.strftime("%d/%m/%y")).value == day
    assert parse_date(day.strftime("%d-%b-%y")).value == day


@given(dates, times.filter(lambda t: t != dt.time(0)))
def test_date_and_time_in_one_cell(day: dt.date, time: dt.time) -> None:
    for text in (
        f"{day:%d/%m/%Y} {time:%H:%M:%S}",
        f"{day:%d/%m/%Y} {time:%H:%M}",
        f"{day:%d.%m.%Y} {time:%H%M}hrs",
    ):
        parsed = parse_date(text)
        assert parsed.value == day
        assert parsed.time is not None
        assert (parsed.time.hour, parsed.time.minute) == (time.hour, time.minute)


@given(dates)
def test_month_and_year_keep_their_precision(day: dt.date) -> None:
    first = day.replace(day=1)
    for text in (f"{day:%B %Y}", f"{day:%b %Y}", f"{day:%m/%Y}", f"{day:%b-%y}"):
        if text.endswith("-" + day.strftime("%y")) and not 2000 <= day.year <= 2049:
            continue
        parsed = parse_date(text)
        assert (parsed.value, parsed.precision) == (first, "month"), text
    parsed = parse_date(str(day.year))
    assert (parsed.value, parsed.precision) == (day.replace(month=1, day=1), "year")


@given(dates.filter(lambda d: d.day <= 12 and d.day != d.month))
def test_ambiguous_day_first_string_is_never_read_month_first(day: dt.date) -> None:
    text = day.strftime("%d/%m/%Y")
    month_first = dt.date(day.year, day.day, day.month)
    parsed = parse_date(text)
    assert parsed.value == day
    assert parsed.value != month_first


@given(
    st.integers(1900, 2100),
    st.integers(1, 12),
    st.integers(1, 31),
    st.sampled_from(["{d:02d}/{m:02d}/{y}", "{d}.{m}.{y}", "{d} {mon} {y}", "{d}-{mon}-{y}"]),
)
def test_impossible_dates_are_always_refused(y: int, m: int, d: int, pattern: str) -> None:
    try:
        dt.date(y, m, d)
    except ValueError:
        text = pattern.format(d=d, m=m, y=y, mon=dt.date(2000, m, 1).strftime("%b"))
        with pytest.raises(DateError, match="does not exist"):
            parse_date(text)


@given(st.integers(1, 12), st.integers(13, 31), st.integers(1900, 2100))
def test_month_first_strings_are_refused_not_swapped(m: int, d: int, y: int) -> None:
    with pytest.raises(DateError, match="day first"):
        parse_date(f"{m:02d}/{d:02d}/{y}")


@pytest.mark.parametrize(
    "text",
    [
        "Summer 2018",
        "unknown",
        "approx 2018",
        "c.2018",
        "2018?",
        "early 2019",
        "mid-2017",
        "late Jan 2018",
        "w/c 04/05/2019",
        "2017/18",
        "12-14 June 2018",
        "Xmas 2019",
        "N/K",
        "TBC",
        "between 03/2017 and 05/2017",
    ],
)
def test_vague_dates_are_refused_with_reason(text: str) -> None:
    with pytest.raises(DateError) as caught:
        parse_date(text)
    assert text in str(caught.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31/02/2019", "date '31/02/2019' does not exist"),
        ("29/02/2019", "does not exist"),
        ("00/01/2019", "does not exist"),
        ("01/13/2019", "month 13"),
        ("Tuesday 5th June 2017", "wrong weekday (05/06/2017 is a Monday)"),
        ("04/05/1850", "outside 1900"),
        ("hello", "is not a date"),
        ("60", "not a date"),
        ("04/05/2019 25:00", "time"),
        ("5 June", "not a date"),
        ("Smarch 2019", "not a month"),
    ],
)
def test_refusals_say_why(text: str, message: str) -> None:
    with pytest.raises(DateError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_date(text)


def test_leap_day_and_excel_fake_leap_day() -> None:
    assert parse_date("29/02/2020").value == dt.date(2020, 2, 29)
    assert parse_date(43890.0).value == dt.date(2020, 2, 29)
    with pytest.raises(DateError, match="29/02/1900"):
        parse_date(60)


def test_cell_types_from_excel() -> None:
    assert parse_date(dt.datetime(2019, 5, 4, 9, 30)).time == dt.time(9, 30)
    assert parse_date(dt.datetime(2019, 5, 4)).time is None
    assert parse_date(dt.date(2019, 5, 4)).precision == "day"
    assert parse_date(43589.0).value == dt.date(2019, 5, 4)
    assert parse_date(43589.75).time == dt.time(18, 0)
    assert parse_date(2018).precision == "year"  # a year typed into a number cell
    with pytest.raises(DateError, match="only a time"):
        parse_date(dt.time(9, 30))


def test_serial_text_follows_the_workbook_epoch() -> None:
    assert parse_date("43589").value == dt.date(2019, 5, 4)
    assert parse_date("43589", EXCEL_1904_EPOCH).value == dt.date(2023, 5, 5)


def test_misspelt_month_names_are_read() -> None:
    assert parse_date("Febuary 2019").value == dt.date(2019, 2, 1)
    assert parse_date("3rd Septmber 2018").value == dt.date(2018, 9, 3)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("09:30", dt.time(9, 30)),
        ("9.30am", dt.time(9, 30)),
        ("0930hrs", dt.time(9, 30)),
        ("0930", dt.time(9, 30)),
        ("12pm", dt.time(12, 0)),
        ("12am", dt.time(0, 0)),
        ("10:15 pm", dt.time(22, 15)),
        ("23:59:59", dt.time(23, 59, 59)),
        (0.5, dt.time(12, 0)),
        (930, dt.time(9, 30)),
        (dt.time(7, 5), dt.time(7, 5)),
        ("", None),
        (None, None),
    ],
)
def test_times(value: object, expected: dt.time | None) -> None:
    assert parse_time(value) == expected


@pytest.mark.parametrize("value", ["evening", "24:00", "13:75", "13pm", "9"])
def test_bad_times_are_refused(value: str) -> None:
    with pytest.raises(DateError):
        parse_time(value)


def test_uk_display() -> None:
    assert format_uk(parse_date("4/5/2019")) == "04/05/2019"
    assert format_uk(parse_date("May 2019")) == "05/2019"
    assert format_uk(parse_date("2019")) == "2019"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2017-11", dt.date(2017, 11, 1)), ("2019-05", dt.date(2019, 5, 1))],
)
def test_iso_year_month_is_a_month(text: str, expected: dt.date) -> None:
    assert (parse_date(text).value, parse_date(text).precision) == (expected, "month")


@pytest.mark.parametrize("text", ["2011-12", "2017-18", "2009-10"])
def test_year_ranges_and_financial_years_are_vague(text: str) -> None:
    with pytest.raises(DateError, match="vague"):
        parse_date(text)
