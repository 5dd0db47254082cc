"""The deadlines that follow from a case's key dates, by the rules in `rules/timescales.toml`.

Why the rules live in a file: timescales and the guidance they come from change (Working Together
2018, then 2023, then the Panel's 2025 guidance), and a partnership may add its own; each rule
names its edition so every date shown can be traced to the text it comes from. Any one date is
enough: a rule whose date is not known (and has no stand-in) is simply left out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal, TypeVar, cast

import rulefiles
from reviews.workingdays import WorkingCalendar, add_months, default_calendar
from rulefiles import RulesError, load, parse, rules_file

Unit = Literal["working_days", "calendar_months", "years"]
Direction = Literal["after", "before"]
Kind = Literal["deadline", "target"]
Source = Literal["referral", "la_awareness", "scoping_sent", "meeting", "decision", "publication"]

UNITS: tuple[Unit, ...] = ("working_days", "calendar_months", "years")
DIRECTIONS: tuple[Direction, ...] = ("after", "before")
KINDS: tuple[Kind, ...] = ("deadline", "target")
# The dates a case can give, as a rule's wording names them (keys are compute_deadlines' keywords).
SOURCES: dict[Source, str] = {
    "referral": "the referral",
    "la_awareness": "the day the local authority learns of the incident",
    "scoping_sent": "the day the scoping form is sent",
    "meeting": "the rapid review meeting",
    "decision": "the decision to commission the review",
    "publication": "the publication date",
}
_UNIT_WORDS = {"working_days": "working day", "calendar_months": "calendar month", "years": "year"}
_KEY = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class Rule:
    key: str
    description: str
    amount: int
    unit: Unit
    direction: Direction
    counted_from: Source
    edition: str
    kind: Kind = "deadline"

    @property
    def wording(self) -> str:
        """The rule in words: "5 working days after the referral"."""
        unit = _UNIT_WORDS[self.unit] + ("" if self.amount == 1 else "s")
        return f"{self.amount} {unit} {self.direction} {SOURCES[self.counted_from]}"

    def apply(self, start: dt.date, calendar: WorkingCalendar) -> dt.date:
        sign = 1 if self.direction == "after" else -1
        if self.unit == "working_days":
            if sign > 0:
                return calendar.add_working_days(start, self.amount)
            return calendar.subtract_working_days(start, self.amount)
        months = self.amount * (12 if self.unit == "years" else 1)
        return add_months(start, sign * months)


@dataclass(frozen=True)
class RuleSet:
    """A parsed rules file: `fallback` maps a date not given to its stand-in (date or rule)."""

    version: str
    rules: tuple[Rule, ...]
    fallback: Mapping[Source, str]

    def rule(self, key: str) -> Rule:
        return next(rule for rule in self.rules if rule.key == key)


@dataclass(frozen=True)
class Deadline:
    """One due date, with what it was counted from and the guidance behind it."""

    key: str
    description: str
    due: dt.date
    counted_from: Source
    counted_from_date: dt.date
    rule: str  # the rule in words
    edition: str
    note: str | None = None  # set when a stand-in date was used
    kind: Kind = "deadline"  # a "target" is never overdue


def _choice(value: object, allowed: tuple[str, ...], what: str, where: str) -> str:
    if value not in allowed:
        expected = ", ".join(allowed)
        raise RulesError(f"{where}: unknown {what} {value!r} (expected one of: {expected})")
    return cast(str, value)


@dataclass(frozen=True)
class RuleSpec:
    """One [[rule]] as written; `_rule` checks its words and choices."""

    key: str
    description: str
    amount: int
    unit: str
    direction: str
    counted_from: str
    edition: str
    kind: str = "deadline"


@rules_file("reviews", "timescales.toml")
@dataclass(frozen=True)
class TimescalesFile:
    version: int | str
    rule: tuple[RuleSpec, ...]
    fallback: dict[str, str] = field(default_factory=dict)  # date not given -> its stand-in


def _rule(entry: RuleSpec, origin: str) -> Rule:
    key = entry.key
    if not _KEY.match(key):
        raise RulesError(f"{origin}: rule {key!r} needs a key in lower_snake_case")
    where = f"{origin}: rule '{key}'"
    amount = entry.amount
    if amount < 1:
        raise RulesError(f"{where}: amount must be a whole number from 1, not {amount!r}")
    for text_field in ("description", "edition"):
        if not getattr(entry, text_field).strip():
            raise RulesError(f"{where}: {text_field} must be some text")
    return Rule(
        key=key,
        description=entry.description.strip(),
        amount=amount,
        unit=cast(Unit, _choice(entry.unit, UNITS, "unit", where)),
        direction=cast(Direction, _choice(entry.direction, DIRECTIONS, "direction", where)),
        counted_from=cast(
            Source, _choice(entry.counted_from, tuple(SOURCES), "counted_from", where)
        ),
        edition=entry.edition.strip(),
        kind=cast(Kind, _choice(entry.kind, KINDS, "kind", where)),
    )


def _check_fallback(rules: tuple[Rule, ...], fallback: dict[str, Any], origin: str) -> None:
    by_key = {rule.key: rule for rule in rules}
    for source, stand_in in fallback.items():
        if source not in SOURCES:
            raise RulesError(f"{origin}: fallback for unknown date {source!r}")
        if stand_in not in SOURCES and stand_in not in by_key:
            raise RulesError(
                f"{origin}: fallback {source} = {stand_in!r} names neither a date nor a rule"
            )
    for source in fallback:  # every chain of stand-ins must end
        seen, current = [source], fallback[source]
        while current is not None:
            current = by_key[current].counted_from if current in by_key else current
            if current in seen:
                raise RulesError(f"{origin}: fallback loops: {' -> '.join([*seen, current])}")
            seen.append(current)
            current = fallback.get(current)


def parse_rules(text: str, origin: str = "timescales.toml") -> RuleSet:
    """Read and check a rules file; every mistake is a ValueError naming the file and rule."""
    data = parse(TimescalesFile, text, origin)
    if not data.rule:
        raise RulesError(f"{origin}: no [[rule]] entries")
    rules = tuple(_rule(entry, origin) for entry in data.rule)
    keys = [rule.key for rule in rules]
    if clashes := sorted(set(keys) & set(SOURCES)):
        raise RulesError(f"{origin}: rule key(s) {', '.join(clashes)} clash with a date's name")
    if duplicates := sorted({key for key in keys if keys.count(key) > 1}):
        raise RulesError(f"{origin}: rule key(s) used twice: {', '.join(duplicates)}")
    _check_fallback(rules, data.fallback, origin)
    return RuleSet(str(data.version), rules, cast(dict[Source, str], data.fallback))


@cache
def load_rules(path: str | None = None) -> RuleSet:
    """The packaged rules (or a partnership's own file), read and checked once per process."""
    return parse_rules(*rulefiles.source(TimescalesFile, path))


def format_day(day: dt.date) -> str:
    """A due date as a UK reader scans it: `Fri 03/05/2024` (not locale-dependent)."""
    return f"{('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')[day.weekday()]} {day:%d/%m/%Y}"


def deadlines_for(
    *,
    referral: dt.date | None = None,
    la_awareness: dt.date | None = None,
    scoping_sent: dt.date | None = None,
    meeting: dt.date | None = None,
    decision: dt.date | None = None,
    publication: dt.date | None = None,
    calendar: WorkingCalendar | None = None,
    rules: RuleSet | None = None,
) -> list[Deadline]:
    """Every deadline that follows from the dates given, in the rules file's order.

    `calendar` defaults to England plus `rules/closures.toml`; `rules` to the packaged rules.
    """
    given: dict[Source, dt.date | None] = {
        "referral": referral,
        "la_awareness": la_awareness,
        "scoping_sent": scoping_sent,
        "meeting": meeting,
        "decision": decision,
        "publication": publication,
    }
    for name, value in given.items():
        if value is not None and not isinstance(value, dt.date):
            raise TypeError(f"{name} must be a date, not {type(value).__name__} {value!r}")
        if isinstance(value, dt.datetime):
            given[name] = value.date()
    ruleset = rules or load_rules()
    calendar = calendar or default_calendar()
    done: dict[str, Deadline | None] = {}

    def start_of(source: Source) -> tuple[dt.date, str | None] | None:
        """The date to count from, and a note when it is a stand-in."""
        if (value := given[source]) is not None:
            return value, None
        stand_in = ruleset.fallback.get(source)
        if stand_in is None:
            return None
        if stand_in in SOURCES:
            found = start_of(cast(Source, stand_in))
            what = SOURCES[cast(Source, stand_in)]
        else:
            deadline = deadline_of(ruleset.rule(stand_in))
            found = None if deadline is None else (deadline.due, None)
            what = stand_in
        if found is None:
            return None
        return found[0], f"date not given: counted from {what}, {format_day(found[0])}"

    def deadline_of(rule: Rule) -> Deadline | None:
        if rule.key not in done:
            start = start_of(rule.counted_from)
            done[rule.key] = (
                None
                if start is None
                else Deadline(
                    key=rule.key,
                    description=rule.description,
                    due=rule.apply(start[0], calendar),
                    counted_from=rule.counted_from,
                    counted_from_date=start[0],
                    rule=rule.wording,
                    edition=rule.edition,
                    note=start[1],
                    kind=rule.kind,
                )
            )
        return done[rule.key]

    return [d for rule in ruleset.rules if (d := deadline_of(rule)) is not None]


def compute_deadlines(
    *,
    referral: dt.date | None = None,
    la_awareness: dt.date | None = None,
    scoping_sent: dt.date | None = None,
    meeting: dt.date | None = None,
    decision: dt.date | None = None,
    publication: dt.date | None = None,
    calendar: WorkingCalendar | None = None,
    rules: RuleSet | None = None,
) -> dict[str, dt.date]:
    """key -> due date for every deadline that follows from the dates given (rule order)."""
    deadlines = deadlines_for(
        referral=referral,
        la_awareness=la_awareness,
        scoping_sent=scoping_sent,
        meeting=meeting,
        decision=decision,
        publication=publication,
        calendar=calendar,
        rules=rules,
    )
    return {deadline.key: deadline.due for deadline in deadlines}


# --- guidance editions ------------------------------------------------------------------------


@dataclass(frozen=True)
class Edition:
    """The statutory guidance a review is judged by, and the words it uses on a given day."""

    key: str
    name: str
    in_force_from: dt.date
    partners: str  # the three statutory partners together
    leads: str  # who an undecidable decision is escalated to
    health_partner: str  # "integrated care board (ICB)"
    health_partner_short: str  # "ICB"
    nhs_investigation: str
    applied_on: dt.date  # the day it was chosen for

    def describe(self, what: str = "the referral") -> str:
        early = " (the date is before the earliest edition known: it is applied)"
        return (
            f"{self.name}{early if self.applied_on < self.in_force_from else ''} "
            f"(in force from {self.in_force_from:%d/%m/%Y}; judged on {what}, "
            f"{format_day(self.applied_on)}): health partner the {self.health_partner}, "
            f"escalation to {self.leads}"
        )


@dataclass(frozen=True)
class EditionSpec:
    key: str
    name: str
    in_force_from: dt.date
    partners: str
    leads: str


@dataclass(frozen=True)
class HealthPartnerSpec:
    name: str
    short: str
    in_force_from: dt.date


@dataclass(frozen=True)
class InvestigationSpec:
    name: str
    in_force_from: dt.date


@rules_file("reviews", "editions.toml")
@dataclass(frozen=True)
class EditionsFile:
    version: int | str
    edition: tuple[EditionSpec, ...]
    health_partner: tuple[HealthPartnerSpec, ...]
    nhs_investigation: tuple[InvestigationSpec, ...]


_Dated = TypeVar("_Dated", EditionSpec, HealthPartnerSpec, InvestigationSpec)


def _in_force(entries: tuple[_Dated, ...], day: dt.date) -> _Dated:
    """The entry in force on `day`; the earliest one for a day before them all."""
    found = [entry for entry in entries if entry.in_force_from <= day]
    if not found:
        return min(entries, key=lambda entry: entry.in_force_from)
    return max(found, key=lambda entry: entry.in_force_from)


@cache
def _editions() -> EditionsFile:
    return load(EditionsFile)


def edition_for(day: dt.date) -> Edition:
    """The guidance in force on `day` (Working Together 2018 before 15/12/2023, then 2023)."""
    data = _editions()
    edition = _in_force(data.edition, day)
    health = _in_force(data.health_partner, day)
    nhs = _in_force(data.nhs_investigation, day)
    return Edition(
        key=edition.key,
        name=edition.name,
        in_force_from=edition.in_force_from,
        partners=edition.partners,
        leads=edition.leads,
        health_partner=health.name,
        health_partner_short=health.short,
        nhs_investigation=nhs.name,
        applied_on=day,
    )
