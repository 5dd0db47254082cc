"""The shared kit of the blind duplicate-detection sets: occurrences recorded by agencies' sheets.

A set module declares its agencies and families; this kit turns each family's scripted
occurrences (one `R` per agency's record, with the date shifts real returns have) and its routine
single entries into `(name, events, truth, noise)`: the rows as `Event`s, each row's occurrence id
keyed `file|sheet|row`, and the ids of occurrences whose records do not all carry the same date.
One implementation, so every blind set labels and dates its rows the same way.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import combinations

from chronology.dates import Precision
from chronology.schema import Event, Provenance

BlindCase = tuple[str, list[Event], dict[str, str], set[str]]

SHIFTS: tuple[str, ...] = ("", "+1", "-1", "+2", "-2", "swap", "month", "late")

# Invented but typical English school holidays (first and last day closed), so a school's or a
# school nurse's routine entries never fall when the school is shut.
SCHOOL_HOLIDAYS: tuple[tuple[str, str], ...] = (
    ("2023-12-20", "2024-01-03"),
    ("2024-02-12", "2024-02-16"),
    ("2024-03-28", "2024-04-12"),
    ("2024-05-27", "2024-05-31"),
    ("2024-07-22", "2024-09-03"),
    ("2024-10-28", "2024-11-01"),
    ("2024-12-20", "2025-01-03"),
    ("2025-02-17", "2025-02-21"),
    ("2025-04-07", "2025-04-21"),
    ("2025-05-26", "2025-05-30"),
    ("2025-07-22", "2025-09-02"),
    ("2025-10-27", "2025-10-31"),
    ("2025-12-19", "2026-01-02"),
)
# Bank holidays in England over the cases' span: no routine weekday entry falls on one.
BANK_HOLIDAYS: tuple[str, ...] = (
    "2024-01-01",
    "2024-03-29",
    "2024-04-01",
    "2024-05-06",
    "2024-05-27",
    "2024-08-26",
    "2024-12-25",
    "2024-12-26",
    "2025-01-01",
    "2025-04-18",
    "2025-04-21",
    "2025-05-05",
    "2025-05-26",
    "2025-08-25",
    "2025-12-25",
    "2025-12-26",
)


def _school_closed(day: dt.date, holidays: tuple[tuple[str, str], ...]) -> bool:
    return any(_day(first) <= day <= _day(last) for first, last in holidays)


@dataclass(frozen=True)
class Sheet:
    """One sheet of one agency's return: who wrote it, and who signed its entries when."""

    agency: str
    file: str
    name: str = ""
    staff: tuple[tuple[str, str], ...] = ()  # (from ISO date, practitioner), in date order
    typed: bool = True  # the return has an event type column


@dataclass(frozen=True)
class R:
    """One agency's record of an occurrence.

    shift: "" (date right), "+1"/"-1"/"+2"/"-2" (days out), "swap" (day and month swapped),
    "month" (only the month written), "late" (a life event noted the next day).
    """

    sheet: str
    text: str
    time: str = ""
    kind: str = ""
    outcome: str = ""
    shift: str = ""
    ref: str = ""


@dataclass
class _Row:
    sheet: str
    date: dt.date
    precision: Precision
    time: dt.time | None
    written: str
    record: R
    occurrence: str
    order: int
    true_date: dt.date


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def _written(true: dt.date, shift: str) -> tuple[dt.date, Precision, str]:
    """(date as read, precision, date as written) for a record of an occurrence on `true`."""
    if shift not in SHIFTS:
        raise ValueError(f"unknown shift {shift!r}")
    if shift == "month":
        first = true.replace(day=1)
        return first, "month", f"{true:%m/%Y}"
    if shift == "swap":
        if true.day > 12 or true.day == true.month:
            raise ValueError(f"{true} cannot be written with day and month swapped")
        swapped = dt.date(true.year, true.day, true.month)
        return swapped, "day", f"{true.month:02d}/{true.day:02d}/{true.year}"
    offset = {"": 0, "+1": 1, "late": 1, "-1": -1, "+2": 2, "-2": -2}[shift]
    date = true + dt.timedelta(days=offset)
    return date, "day", f"{date:%d/%m/%Y}"


@dataclass
class Family:
    """Builds one case: scripted occurrences first, then routine single entries around them."""

    name: str
    seed: int
    sheets: dict[str, Sheet]
    rows: list[_Row] = field(default_factory=list)
    noise: set[str] = field(default_factory=set)
    busy: set[dt.date] = field(default_factory=set)
    sheet_busy: dict[str, set[dt.date]] = field(default_factory=dict)
    count: int = 0
    term_time: tuple[str, ...] = ()  # agencies whose routine entries keep to term time
    school_holidays: tuple[tuple[str, str], ...] = SCHOOL_HOLIDAYS  # closed to term-time ones
    bank_holidays: tuple[str, ...] = BANK_HOLIDAYS  # days no weekday routine entry takes
    routine_apart: bool = False  # True: a routine entry keeps every other entry a day away

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    def occ(self, day: str, scene: str, *records: R, routine: bool = False) -> str:
        """One occurrence on `day`, recorded by each of `records`."""
        if not records:
            raise ValueError("an occurrence needs at least one record")
        self.count += 1
        occurrence = f"{self.name}-{self.count:03d}-{scene}"
        true = _day(day)
        for record in records:
            if record.sheet not in self.sheets:
                raise KeyError(f"{self.name}: no sheet {record.sheet!r}")
            date, precision, written = _written(true, record.shift)
            time = None
            if record.time and precision == "day":
                hours, minutes = record.time.split(":")
                time = dt.time(int(hours), int(minutes))
            if record.shift:
                self.noise.add(occurrence)
            self.rows.append(
                _Row(
                    record.sheet,
                    date,
                    precision,
                    time,
                    written,
                    record,
                    occurrence,
                    len(self.rows),
                    true,
                )
            )
        own_sheet = routine and not self.routine_apart  # else every later entry keeps clear
        marks = self.sheet_busy.setdefault(records[0].sheet, set()) if own_sheet else self.busy
        for offset in (-1, 0, 1):
            marks.add(true + dt.timedelta(days=offset))
        return occurrence

    def fill(
        self,
        sheet: str,
        start: str,
        end: str,
        items: list[tuple[str, str]],
        timed: bool = True,
        weekdays: bool = True,
    ) -> None:
        """Routine single entries `(event type, text)` on free days between start and end.

        Each goes on a day with no scripted occurrence within a day either side, so a routine
        entry never sits beside a scripted occurrence it could be mistaken for, and with no other
        routine entry of its own sheet within a day either side. Routine entries of different
        sheets may share a day (separate contacts by separate services, kept apart), unless the
        family keeps them apart (`routine_apart`, the first set's rule). A school's, pre-school's,
        unit's or school nurse's routine entries keep to term time, and weekday entries avoid the
        family's bank holidays.
        """
        taken = self.sheet_busy.setdefault(sheet, set())
        term_time = self.sheets[sheet].agency in self.term_time
        first, last = _day(start), _day(end)
        span = (last - first).days
        for kind, text in items:
            for _ in range(4000):
                day = first + dt.timedelta(days=self.rng.randint(0, span))
                if day in self.busy or day in taken or (weekdays and day.weekday() >= 5):
                    continue
                if weekdays and day.isoformat() in self.bank_holidays:
                    continue
                if term_time and _school_closed(day, self.school_holidays):
                    continue
                break
            else:
                raise RuntimeError(f"{self.name}: no free day for {sheet} in {start}..{end}")
            time = ""
            if timed:
                minutes = self.rng.randrange(8 * 60 + 30, 17 * 60, 5)
                time = f"{minutes // 60:02d}:{minutes % 60:02d}"
            self.occ(day.isoformat(), f"routine-{sheet}", R(sheet, text, time, kind), routine=True)

    def _practitioner(self, sheet: Sheet, day: dt.date) -> str:
        name = ""
        for since, who in sheet.staff:
            if _day(since) <= day:
                name = who
        return name

    def case(self) -> BlindCase:
        by_sheet: dict[tuple[str, str], list[_Row]] = {}
        for row in self.rows:
            sheet = self.sheets[row.sheet]
            by_sheet.setdefault((sheet.file, sheet.name), []).append(row)
        events: list[Event] = []
        truth: dict[str, str] = {}
        for (file, name), rows in sorted(by_sheet.items()):
            rows.sort(key=lambda r: (r.date, r.time or dt.time(0, 0), r.order))
            for number, row in enumerate(rows, start=2):  # row 1 is the header
                sheet = self.sheets[row.sheet]
                record = row.record
                events.append(
                    Event(
                        source=Provenance(file, name, number),
                        agency=sheet.agency,
                        date=row.date,
                        date_precision=row.precision,
                        event_text=record.text,
                        time=row.time,
                        event_type=record.kind if sheet.typed else "",
                        outcome=record.outcome,
                        practitioner=self._practitioner(sheet, row.true_date),
                        reference=record.ref,
                        date_as_written=row.written,
                    )
                )
                truth[f"{file}|{name}|{number}"] = row.occurrence
        return self.name, events, truth, set(self.noise)


def pairs(truth: dict[str, str]) -> int:
    """True pairs: rows sharing an occurrence, two at a time."""
    sizes = Counter(truth.values())
    return sum(n * (n - 1) // 2 for n in sizes.values())


def summary(cases: Callable[[], list[BlindCase]]) -> None:
    """Print each case's rows, agencies, sheets, occurrences and true pairs."""
    for name, events, truth, noise in cases():
        agencies = sorted({e.agency for e in events})
        sheets = sorted({(e.source.file, e.source.sheet) for e in events})
        groups: dict[str, list[str]] = {}
        for key, occurrence in truth.items():
            groups.setdefault(occurrence, []).append(key)
        cross = sum(
            1
            for keys in groups.values()
            for a, b in combinations(keys, 2)
            if a.split("|")[:2] != b.split("|")[:2]
        )
        print(
            f"{name}: {len(events)} rows, {len(agencies)} agencies, {len(sheets)} sheets, "
            f"{len(groups)} occurrences, {pairs(truth)} true pairs ({cross} across sheets), "
            f"{len(noise)} noisy occurrences"
        )
