"""The subject child's age at each event, as reviewers write it ("2y 5m", "7 weeks",
"unborn"), from the family workbook's date of birth. Partial dates give what they can."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from chronology.dates import ParsedDate


def _months_between(birth: dt.date, day: dt.date) -> int:
    months = (day.year - birth.year) * 12 + day.month - birth.month
    return months - (1 if day.day < birth.day else 0)


def age_at(birth: ParsedDate, day: dt.date, precision: str) -> str:
    """Age on `day`; coarser when either date is partial; '' when it cannot be known."""
    if birth.precision == "year" or precision == "year":
        years = day.year - birth.value.year
        if years < 0:
            return "unborn"
        return f"about {years}y" if years else "under 1y"
    if birth.precision == "month" or precision == "month":
        months = (day.year - birth.value.year) * 12 + day.month - birth.value.month
        if months < 0:
            return "unborn"
        return f"{months // 12}y {months % 12}m" if months >= 12 else f"{months}m"
    if day < birth.value:
        return "unborn"
    days = (day - birth.value).days
    if days < 7 * 8:
        return f"{days // 7} weeks" if days >= 14 else f"{days} days"
    months = _months_between(birth.value, day)
    return f"{months // 12}y {months % 12}m" if months >= 12 else f"{months}m"


def age_function(birth: ParsedDate) -> Callable[[dt.date, str], str]:
    return lambda day, precision: age_at(birth, day, precision)
