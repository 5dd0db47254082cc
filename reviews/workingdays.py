"""England working days, the unit most statutory timescales are counted in.

Why a calendar of our own around `holidays`: the package knows substitute days and one-off bank
holidays (the 2022 state funeral, the 2023 coronation), but only those its pinned release knew
of, and it reads a string look-up such as `"08/05/2023"` month first. So days here are `date`
objects only, each year is loaded the first time it is needed, and `rules/closures.toml` adds
local closure days and bank holidays announced after the release.

Counting convention (DOMAIN.md): "N working days after X" is the N-th working day strictly after
X, and X is day 0 whatever day of the week it is; "N working days before Y" is the mirror image.
Calendar periods add whole months and clamp to the month end.
"""

from __future__ import annotations

import datetime as dt
import os
from calendar import monthrange
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import holidays

from rulefiles import parse, rules_file, source

SATURDAY = 5


@dataclass(frozen=True)
class Closures:
    """The days `rules/closures.toml` adds: local closures and not-yet-known bank holidays."""

    version: str
    closures: Mapping[dt.date, str]
    extra_bank_holidays: Mapping[dt.date, str]


def _as_date(value: object, what: str = "day") -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    # Refused rather than parsed: `holidays` would read "08/05/2023" as 5 August.
    raise TypeError(f"{what} must be a date, not {type(value).__name__} {value!r}")


def _days_list(entries: object, name: str, origin: str) -> dict[dt.date, str]:
    if not isinstance(entries, list):
        raise ValueError(f"{origin}: '{name}' must be a list of {{ date = ..., reason = ... }}")
    days: dict[dt.date, str] = {}
    for number, entry in enumerate(entries, start=1):
        where = f"{origin}: {name} entry {number}"
        if not isinstance(entry, dict) or set(entry) != {"date", "reason"}:
            raise ValueError(f"{where} must have exactly a date and a reason")
        day, reason = entry["date"], entry["reason"]
        if isinstance(day, str):
            try:
                day = dt.date.fromisoformat(day)  # ISO only: unambiguous
            except ValueError:
                raise ValueError(f"{where}: date '{day}' is not YYYY-MM-DD") from None
        if isinstance(day, dt.datetime) or not isinstance(day, dt.date):
            raise ValueError(f"{where}: date must be a date such as 2025-12-24")
        if not isinstance(reason, str) or not reason.strip():
            raise ValueError(f"{where}: reason must be some text")
        if day in days:
            raise ValueError(f"{where}: {day.isoformat()} is listed twice")
        days[day] = reason.strip()
    return days


@rules_file("reviews", "closures.toml")
@dataclass(frozen=True)
class ClosuresFile:
    version: int | str
    # Each a list of { date = ..., reason = ... }: Any here, as _days_list checks every entry
    # (an ISO date may be written as text) and names the entry in its refusals.
    closures: Any = field(default_factory=list)
    extra_bank_holidays: Any = field(default_factory=list)


def parse_closures(text: str, origin: str = "closures.toml") -> Closures:
    """Read a closures file; every mistake is a ValueError naming the file and entry."""
    data = parse(ClosuresFile, text, origin)
    return Closures(
        version=str(data.version),
        closures=_days_list(data.closures, "closures", origin),
        extra_bank_holidays=_days_list(data.extra_bank_holidays, "extra_bank_holidays", origin),
    )


def load_closures(path: str | Path | None = None) -> Closures:
    """The packaged `rules/closures.toml`, or a partnership's own file."""
    return parse_closures(*source(ClosuresFile, path))


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` plus whole calendar months (negative: minus), clamped to the end of the month.

    31 Aug + 6 months is 29 Feb in a leap year and 28 Feb otherwise; 29 Feb + 12 is 28 Feb.
    """
    day = _as_date(day)
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    return dt.date(year, month0 + 1, min(day.day, monthrange(year, month0 + 1)[1]))


def _weekdays_to(day: dt.date) -> int:
    """Mondays to Fridays from 1 Jan year 1 (a Monday) to `day` inclusive."""
    weeks, weekday = divmod(day.toordinal() - 1, 7)
    return weeks * 5 + min(weekday + 1, 5)


class WorkingCalendar:
    """Monday to Friday except bank holidays in England and any extra days given.

    Make one and keep it (`default_calendar()`): it remembers every year it has loaded.
    """

    def __init__(
        self,
        closures: Mapping[dt.date, str] | None = None,
        extra_bank_holidays: Mapping[dt.date, str] | None = None,
    ) -> None:
        self._extra: dict[dt.date, str] = {}
        for day, name in (extra_bank_holidays or {}).items():
            self._extra[_as_date(day, "bank holiday")] = name
        for day, reason in (closures or {}).items():
            self._extra.setdefault(_as_date(day, "closure"), f"local closure: {reason}")
        self._years: dict[int, dict[dt.date, str]] = {}

    @classmethod
    def from_closures(cls, closures: Closures) -> WorkingCalendar:
        return cls(closures.closures, closures.extra_bank_holidays)

    def _year(self, year: int) -> dict[dt.date, str]:
        days = self._years.get(year)
        if days is None:
            # Explicit years: the package's own lazy expansion is keyed by whatever is looked up.
            known = holidays.country_holidays("GB", subdiv="ENG", years=[year])
            days = {day: str(name) for day, name in known.items()}
            for day, reason in self._extra.items():
                if day.year == year:
                    days.setdefault(day, reason)
            self._years[year] = days
        return days

    def non_working_reason(self, day: dt.date) -> str | None:
        """Why `day` is not a working day ("Saturday", "Boxing Day", ...); None if it is one."""
        day = _as_date(day)
        if day.weekday() >= SATURDAY:
            return "Saturday" if day.weekday() == SATURDAY else "Sunday"
        return self._year(day.year).get(day)

    def is_working_day(self, day: dt.date) -> bool:
        return self.non_working_reason(day) is None

    def _step(self, origin: dt.date, n: int, step: int) -> dt.date:
        if isinstance(n, bool) or not isinstance(n, int) or n < 1:
            raise ValueError(f"a number of working days must be a whole number from 1, not {n!r}")
        day = _as_date(origin)
        while n:
            day += dt.timedelta(days=step)
            if self.is_working_day(day):
                n -= 1
        return day

    def add_working_days(self, start: dt.date, n: int) -> dt.date:
        """The n-th working day strictly after `start` (day 0, whatever day it is); n >= 1."""
        return self._step(start, n, 1)

    def subtract_working_days(self, end: dt.date, n: int) -> dt.date:
        """The n-th working day strictly before `end`; n >= 1."""
        return self._step(end, n, -1)

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days in (start, end]: 0 on the same day, negative when `end` is earlier.

        Half-open so that `working_days_between(today, due)` is the working days left (negative:
        overdue), the figure a RAG status turns on ("amber within 3 working days").
        """
        a, b = _as_date(start), _as_date(end)
        if b < a:
            return -self.working_days_between(b, a)
        closed = sum(
            1
            for year in range(a.year, b.year + 1)
            for day in self._year(year)
            if a < day <= b and day.weekday() < SATURDAY
        )
        return _weekdays_to(b) - _weekdays_to(a) - closed

    add_months = staticmethod(add_months)


CLOSURES_ENV = "CSPR_CLOSURES"


@cache
def default_calendar() -> WorkingCalendar:
    """England's bank holidays plus the closures file: the partnership's own (CSPR_CLOSURES,
    kept outside the package so an upgrade keeps it), else the packaged `rules/closures.toml`.
    Built once per process."""
    own = os.environ.get(CLOSURES_ENV, "").strip()
    return WorkingCalendar.from_closures(load_closures(own or None))
