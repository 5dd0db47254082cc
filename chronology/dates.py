"""Strict, day-first reading of the dates agencies write.

Why hand-written: pandas and dateparser read `05/01/2023` month first, `dayfirst=True` silently
swaps `01/22/2000`, and both fill in missing parts of partial dates. A chronology must never
guess, so every accepted form is listed here and everything else is refused with a reason a
person can act on. Partial dates keep their precision (`March 2017` is a month, not 1 March).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz, process

from chronology.errors import InputError

Precision = Literal["day", "month", "year"]

EXCEL_1900_EPOCH = dt.datetime(1899, 12, 30)
EXCEL_1904_EPOCH = dt.datetime(1904, 1, 1)
MIN_YEAR = 1900
MAX_YEAR = 2100

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_FULL_MONTHS = [name for name in MONTHS if len(name) > 4]
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2, "weds": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip

# Words that make a date vague; such dates go back to the agency, never to a guess.
_VAGUE = re.compile(
    r"\b(spring|summer|autumn|fall|winter|early|mid|late|end|beginning|start|approx\w*|circa|"
    r"ca|c|about|around|before|after|between|unknown|unk|n/?k|not\s+known|tbc|tba|q[1-4]|"
    r"quarter|half|term|w/?c|week|weeks|xmas|christmas|easter|sometime|possibly|probably)\b"
    r"|\?|~|\bto\b|\band\b"
    r"|(?<=\d{4})\s*[-–/]\s*(?=(?:19|20)?\d\d\b(?![/.\-]))"  # 2017/18, 2017-2018
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?\s+[a-z]"  # 12-14 June
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*[-–/]\s*"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",  # June-July 2018
    re.IGNORECASE,
)

_TIME = (
    r"(?P<hh>\d{1,2})(?:[:.](?P<mm>\d{2})(?:[:.](?P<ss>\d{2})(?:\.\d+)?)?)?\s*(?P<ampm>am|pm)?"
    r"\s*(?:hrs|hr|h)?"
)
_TIME_COMPACT = r"(?P<hhmm>\d{4})\s*(?:hrs|hr|h)"
_TIME_RE = re.compile(rf"^(?:{_TIME_COMPACT}|{_TIME})$", re.IGNORECASE)
_SEP = r"[/.\-]"
_JOIN = r"(?:\s+at\s+|\s*[,@T]\s*|\s+)"  # between a date and its time
_NUMERIC_DMY = re.compile(
    rf"^(?:(?P<wd>[a-z]+\.?),?\s+)?(?P<d>\d{{1,2}})\s*{_SEP}\s*(?P<m>\d{{1,2}})\s*{_SEP}\s*(?P<y>\d{{4}}|\d{{2}})"
    rf"(?:{_JOIN}(?P<time>.+))?$",
    re.IGNORECASE,
)
_ISO = re.compile(
    rf"^(?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})(?:{_JOIN}(?P<time>.+))?$",
    re.IGNORECASE,
)
_NUMERIC_MY = re.compile(rf"^(?P<m>\d{{1,2}})\s*{_SEP}\s*(?P<y>\d{{4}})$")
_YEAR = re.compile(r"^(?P<y>\d{4})$")
_ISO_MONTH = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})$")
_SERIAL = re.compile(r"^(?P<serial>\d{5})(?P<fraction>\.\d+)?$")
_ORDINAL = r"(?:st|nd|rd|th)"
_WORD = r"[a-z]+\.?"
_DAY_MONTH_YEAR = re.compile(
    rf"^(?:(?P<wd>{_WORD}),?\s+)?(?P<d>\d{{1,2}}){_ORDINAL}?(?:\s+of)?[\s\-/.]*"
    rf"(?P<mon>{_WORD})[\s\-/.,]*(?P<y>\d{{4}}|\d{{2}})"
    rf"(?:{_JOIN}(?P<time>.+))?$",
    re.IGNORECASE,
)
_MONTH_DAY_YEAR = re.compile(
    rf"^(?:(?P<wd>{_WORD}),?\s+)?(?P<mon>{_WORD})\s+(?P<d>\d{{1,2}}){_ORDINAL}?,?\s+"
    rf"(?P<y>\d{{4}})(?:{_JOIN}(?P<time>.+))?$",
    re.IGNORECASE,
)
# A two-digit year only after a joiner (`Jun-18`, `Jun '18`): "June 18" more often means a day.
_MONTH_YEAR = re.compile(
    rf"^(?P<mon>{_WORD})(?:[\s,]+(?P<y4>\d{{4}})|\s*[\-/'.]\s*(?P<y>\d{{4}}|\d{{2}}))$",
    re.IGNORECASE,
)


class DateError(InputError):
    """A date that cannot be accepted; the message is shown to the agency as it stands."""


@dataclass(frozen=True)
class ParsedDate:
    """A date as precise as the agency wrote it; `value` is the first day of a partial date."""

    value: dt.date
    precision: Precision
    time: dt.time | None = None

    def iso(self) -> str:
        return self.value.isoformat()


def _year(text: str, raw: str) -> int:
    year = int(text)
    if len(text) == 2:
        # Fixed pivot so the same file reads the same way every year it is opened.
        year += 2000 if year < 50 else 1900
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateError(f"date '{raw}' has year {year}, outside {MIN_YEAR}–{MAX_YEAR}")
    return year


def _month(word: str, raw: str) -> int:
    key = word.lower().rstrip(".")
    if key in MONTHS:
        return MONTHS[key]
    if len(key) >= 5:
        # Misspelt month names ("Febuary", "Septmber") are unambiguous; short words are not.
        # Same first two letters required, so "Smarch" is refused rather than read as March.
        same_start = [name for name in _FULL_MONTHS if name[:2] == key[:2]]
        match = process.extractOne(key, same_start, scorer=fuzz.ratio, score_cutoff=84)
        if match is not None:
            return MONTHS[match[0]]
    raise DateError(f"date '{raw}' has '{word}', which is not a month")


def _day(year: int, month: int, day: int, raw: str) -> dt.date:
    if not 1 <= month <= 12:
        raise DateError(f"date '{raw}' does not exist (dates are read day first; month {month})")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateError(f"date '{raw}' does not exist") from None


def _check_weekday(word: str | None, value: dt.date, raw: str) -> None:
    if not word:
        return
    key = word.lower().rstrip(".")
    if key not in WEEKDAYS:
        raise DateError(f"date '{raw}' is not a date this tool reads")
    if WEEKDAYS[key] != value.weekday():
        actual = value.strftime("%A")
        raise DateError(f"date '{raw}' names the wrong weekday ({value:%d/%m/%Y} is a {actual})")


def parse_time(value: object) -> dt.time | None:
    """Read a time of day from a cell; None for an empty cell.

    Accepts `09:30`, `9.30am`, `0930hrs`, `09:30:00`, Excel times and day fractions.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.time().replace(microsecond=0)
    if isinstance(value, dt.time):
        return value.replace(microsecond=0)
    if isinstance(value, bool):
        raise DateError(f"time '{value}' is not a time")
    if isinstance(value, int | float):
        if 0 <= value < 1:
            seconds = round(value * 86400)
            if seconds >= 86400:
                seconds = 86399
            return dt.time(seconds // 3600, seconds % 3600 // 60, seconds % 60)
        raw = str(int(value)) if float(value).is_integer() else str(value)
        return _parse_time_text(raw.zfill(4) if raw.isdigit() and len(raw) == 3 else raw)
    text = " ".join(str(value).split())
    if not text:
        return None
    return _parse_time_text(text)


def _parse_time_text(text: str) -> dt.time:
    match = _TIME_RE.match(text.strip())
    if match is None:
        if re.fullmatch(r"\d{3,4}", text.strip()):
            digits = text.strip().zfill(4)
            return _hm(int(digits[:2]), int(digits[2:]), 0, text)
        raise DateError(f"time '{text}' is not a time this tool reads")
    if match.group("hhmm"):
        digits = match.group("hhmm")
        return _hm(int(digits[:2]), int(digits[2:]), 0, text)
    hour = int(match.group("hh"))
    minute = int(match.group("mm") or 0)
    second = int(match.group("ss") or 0)
    ampm = (match.group("ampm") or "").lower()
    if not match.group("mm") and not ampm:
        raise DateError(f"time '{text}' is not a time this tool reads")
    if ampm:
        if not 1 <= hour <= 12:
            raise DateError(f"time '{text}' does not exist")
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    return _hm(hour, minute, second, text)


def _hm(hour: int, minute: int, second: int, raw: str) -> dt.time:
    if not (0 <= hour < 24 and 0 <= minute < 60 and 0 <= second < 60):
        raise DateError(f"time '{raw}' does not exist")
    return dt.time(hour, minute, second)


# A part of the day written where a clock time would be ("22/06/2026 @ am"): the day is
# certain, the time is not given; the cell stays in date_as_written.
_PART_OF_DAY = re.compile(
    r"^(?:@|at|in the)?\s*(?:am|pm|a\.m\.|p\.m\.|morning|afternoon|evening|night|overnight)$",
    re.IGNORECASE,
)


def _optional_time(text: str | None, raw: str) -> dt.time | None:
    if not text:
        return None
    if _PART_OF_DAY.match(text.strip()):
        return None
    try:
        return _parse_time_text(text.strip().removeprefix("@").strip())
    except DateError:
        raise DateError(f"date '{raw}' has a time this tool does not read") from None


def from_excel_serial(serial: float, raw: str, epoch: dt.datetime = EXCEL_1900_EPOCH) -> ParsedDate:
    """Convert an Excel day number, refusing Excel's fictional 29 February 1900."""
    if epoch == EXCEL_1900_EPOCH and int(serial) == 60:
        raise DateError(f"date '{raw}' is Excel's 29/02/1900, which does not exist")
    if epoch == EXCEL_1900_EPOCH and serial < 61:
        serial += 1  # Before the fake leap day the 1900 system is one day off.
    moment = epoch + dt.timedelta(days=serial)
    moment = moment.replace(microsecond=0) + dt.timedelta(seconds=round(moment.microsecond / 1e6))
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        raise DateError(f"date '{raw}' is outside {MIN_YEAR}–{MAX_YEAR}")
    time = moment.time() if moment.time() != dt.time(0) else None
    return ParsedDate(moment.date(), "day", time)


def parse_date(value: object, epoch: dt.datetime = EXCEL_1900_EPOCH) -> ParsedDate:
    """Read one date cell, day first, keeping partial precision; raises DateError otherwise.

    `epoch` is the workbook's date system, for Excel serial numbers typed as text.
    """
    if isinstance(value, dt.datetime):
        time = value.time().replace(microsecond=0)
        return ParsedDate(value.date(), "day", time if time != dt.time(0) else None)
    if isinstance(value, dt.date):
        return ParsedDate(value, "day")
    if isinstance(value, dt.time):
        raise DateError(f"date cell holds only a time ({value:%H:%M})")
    if isinstance(value, bool):
        raise DateError(f"date '{value}' is not a date")
    if isinstance(value, int | float):
        if float(value).is_integer() and MIN_YEAR <= value <= MAX_YEAR:
            return ParsedDate(dt.date(int(value), 1, 1), "year")  # a year typed into a number cell
        if not math.isfinite(value) or value < 1 or value > 80000:
            raise DateError(f"date '{value:g}' is not a plausible Excel date number")
        return from_excel_serial(float(value), f"{value:g}", epoch)
    raw = " ".join(str(value).replace("\u00a0", " ").split())
    if not raw:
        raise DateError("no date given")
    return _parse_text(raw, epoch)


_RANGE = re.compile(
    r"^\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\s*(?:-|to|until)\s*\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}$",
    re.IGNORECASE,
)


def _parse_text(raw: str, epoch: dt.datetime) -> ParsedDate:
    text = raw.replace("–", "-").replace("—", "-").replace("‐", "-").strip().rstrip(".,")
    if _RANGE.match(text):
        raise DateError(f"date '{raw}' is a range; give the day it happened, one row a day")
    if match := _SERIAL.match(text):
        serial = int(match.group("serial")) + float(match.group("fraction") or 0)
        return from_excel_serial(serial, raw, epoch)
    if match := _YEAR.match(text):
        return ParsedDate(dt.date(_year(match.group("y"), raw), 1, 1), "year")
    if match := _ISO.match(text):
        value = _day(_year(match["y"], raw), int(match["m"]), int(match["d"]), raw)
        return ParsedDate(value, "day", _optional_time(match["time"], raw))
    if match := _NUMERIC_DMY.match(text):
        value = _day(_year(match["y"], raw), int(match["m"]), int(match["d"]), raw)
        _check_weekday(match["wd"], value, raw)
        return ParsedDate(value, "day", _optional_time(match["time"], raw))
    if match := _ISO_MONTH.match(text):
        year, month = int(match["y"]), int(match["m"])
        # "2017-11" is November 2017, but "2011-12" may be the financial year 2011/12.
        if 1 <= month <= 12 and month != (year + 1) % 100:
            return ParsedDate(dt.date(_year(match["y"], raw), month, 1), "month")
    if match := _NUMERIC_MY.match(text):
        month = int(match["m"])
        if not 1 <= month <= 12:
            raise DateError(f"date '{raw}' does not exist (month {month})")
        return ParsedDate(dt.date(_year(match["y"], raw), month, 1), "month")
    _refuse_vague(text, raw)
    for pattern in (_MONTH_DAY_YEAR, _DAY_MONTH_YEAR):
        if match := pattern.match(text):
            value = _day(_year(match["y"], raw), _month(match["mon"], raw), int(match["d"]), raw)
            _check_weekday(match["wd"], value, raw)
            return ParsedDate(value, "day", _optional_time(match["time"], raw))
    if match := _MONTH_YEAR.match(text):
        year = _year(match["y4"] or match["y"], raw)
        return ParsedDate(dt.date(year, _month(match["mon"], raw), 1), "month")
    raise DateError(f"date '{raw}' is not a date this tool reads")


def _refuse_vague(text: str, raw: str) -> None:
    if _VAGUE.search(text):
        raise DateError(f"date '{raw}' is vague; give a day, a month or a year")


def format_uk(parsed: ParsedDate) -> str:
    """The date as a reviewer reads it: `14/02/2016`, `02/2016` or `2016`.

    A partial date is written with the month's number, not its name: in an anonymised file a
    family member called May or June must never appear, even as a month.
    """
    if parsed.precision == "day":
        return parsed.value.strftime("%d/%m/%Y")
    if parsed.precision == "month":
        return parsed.value.strftime("%m/%Y")
    return str(parsed.value.year)
