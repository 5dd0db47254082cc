"""Patterns for the things that identify without being a name: UK postcodes, phone numbers,
email addresses, NHS numbers (with their mod-11 check digit), National Insurance numbers,
reference numbers, links, and the dates agencies write in free text."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from chronology.dates import MONTHS

EMAIL = re.compile(r"\b[\w.+%-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\b")
LINK = re.compile(r"\b(?:https?://|www\.)[^\s\"'<>)]+", re.IGNORECASE)
# UK postcode (outward code, then inward code); case-insensitive, optional space.
POSTCODE = re.compile(
    r"\b(?P<out>[A-Z]{1,2}\d[A-Z\d]?)\s?(?P<in>\d[ABD-HJLNP-UW-Z]{2})\b", re.IGNORECASE
)
# UK phone numbers: +44 or 0, then 9-10 more digits in groups; brackets and dashes allowed.
PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\s?44\s?(?:\(0\)\s?)?|\(?0)\d(?:[\s\-()]{0,2}\d){8,9}(?!\d)"
)
NHS = re.compile(r"(?<![\w-])(\d{3})[\s-]?(\d{3})[\s-]?(\d{4})(?![\w-])")
NHS_CONTEXT = re.compile(r"\bNHS\b|\bCHI\b", re.IGNORECASE)
NI = re.compile(
    r"\b([A-Z]{2})\s?(\d{2})\s?(\d{2})\s?(\d{2})\s?([A-D])\b|"
    r"(?<=NI\s)([A-Z]{2})\s?(\d{2})\s?(\d{2})\s?(\d{2})\b|"
    r"(?<=NI:\s)([A-Z]{2})\s?(\d{2})\s?(\d{2})\s?(\d{2})\b",
    re.IGNORECASE,
)
# Police, probation and case references: letters and digits joined by - or / (checked in code:
# enough digits, not a date or a span of years), or letters then five or more digits.
REFERENCE = re.compile(
    r"(?<![\w/-])(?:[A-Za-z0-9]+(?:[-/][A-Za-z0-9]+)+|[A-Z]{1,3}\d{5,})(?![\w/-])"
)
_YEARS = re.compile(r"(?:19|20)\d\d[-/](?:19|20)?\d\d")


def is_reference(text: str) -> bool:
    digits = sum(c.isdigit() for c in text)
    if _YEARS.fullmatch(text) or digits < 4:
        return False
    return digits >= 5 or any(c.isalpha() for c in text)


MENTION = re.compile(r"(?<![\w.])@([A-Z][a-zA-Z'’-]+)")

_MONTH_NAMES = sorted(MONTHS, key=len, reverse=True)
_MONTH = r"(?P<month>" + "|".join(_MONTH_NAMES) + r")\.?"
_ORD = r"(?:st|nd|rd|th)?"
DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    re.compile(r"(?<![\d/.-])(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4}|\d{2})(?![\d/])"),
    re.compile(
        rf"\b(?P<d>\d{{1,2}}){_ORD}(?:\s+of)?[\s-]+{_MONTH}[\s,-]+(?P<y>\d{{4}}|'?\d{{2}})\b",
        re.IGNORECASE,
    ),
    re.compile(rf"\b{_MONTH}\s+(?P<d>\d{{1,2}}){_ORD},?\s+(?P<y>\d{{4}})\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}[\s,]+(?P<y>\d{{4}})\b", re.IGNORECASE),
    re.compile(rf"\b(?P<d>\d{{1,2}}){_ORD}(?:\s+of)?\s+{_MONTH}(?!\w)", re.IGNORECASE),
    re.compile(r"(?<![\d/.-])(?P<d>[0-3]\d)/(?P<m>[01]\d)(?![\d/])"),
)
DOB_LABEL = re.compile(
    r"\b(?:DOB|D\.O\.B\.?|date of birth|born(?: on)?|b\.)\s*[:\-–]?\s*$", re.IGNORECASE
)


def nhs_checksum_ok(digits: str) -> bool:
    """The NHS number's mod-11 check: weights 10..2 on the first nine digits."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def phone_digits_ok(text: str) -> bool:
    digits = re.sub(r"\D", "", text.replace("(0)", ""))
    if digits.startswith("0044"):
        digits = "0" + digits[4:]
    elif digits.startswith("44"):
        digits = "0" + digits[2:]
    if digits.startswith("00"):
        return False
    return len(digits) in (10, 11) and digits.startswith("0")


@dataclass(frozen=True)
class FoundDate:
    """A date in free text: `precision` day or month; `year_known` False for '14/02'."""

    value: dt.date
    precision: str
    year_known: bool = True


def _year(text: str) -> int:
    text = text.lstrip("'")
    year = int(text)
    if len(text) == 2:
        year += 2000 if year <= (dt.date.today().year % 100) + 1 else 1900
    return year


def read_found_date(match: re.Match[str], reference: dt.date | None) -> FoundDate | None:
    """The date a DATE_PATTERNS match means; a day that does not exist (31/02) keeps its month;
    a date with no year takes the year that puts it on or before `reference`."""
    groups = match.groupdict()
    try:
        month = int(groups["m"]) if groups.get("m") else MONTHS[groups["month"].lower()]
    except (KeyError, ValueError):
        return None
    if not 1 <= month <= 12:
        return None
    year_known = groups.get("y") is not None
    if year_known:
        year = _year(groups["y"])
    elif reference is not None:
        year = reference.year if month <= reference.month else reference.year - 1
    else:
        year = dt.date.today().year
    if not 1900 <= year <= 2999:
        return None
    day_text = groups.get("d")
    if day_text is None:
        return FoundDate(dt.date(year, month, 1), "month", year_known)
    day = int(day_text)
    if not 1 <= day <= 31:
        return None
    if day > calendar.monthrange(year, month)[1]:
        return FoundDate(dt.date(year, month, 1), "month", year_known)
    return FoundDate(dt.date(year, month, day), "day", year_known)
