"""Recommendations' actions followed up: the list of actions across all reviews that the
partnership's learning subgroup and its yearly report work from. Who may update an action is
`accounts.action_rights`.

The list (`action_rows`, written by `write_actions`) is one row per action with its RAG status
computed as at a given day, so an action due yesterday and not signed off reads "Overdue".
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy.orm import Session

from chronology.agencies import canonical_agency
from chronology.export_tables import protective_marking
from chronology.output import neutralise, write_csv
from reviews import service
from reviews.errors import ReviewError
from reviews.export import TYPE_NAMES, _fill, _format_sheet
from reviews.models import Action, Recommendation, Review
from reviews.status import DeadlineStatus, action_status
from reviews.workingdays import WorkingCalendar, default_calendar

STATUS_NAMES = {
    "open": "Open",
    "in_progress": "In progress",
    "complete": "Complete, awaiting sign-off",
    "signed_off": "Signed off",
}


@dataclass(frozen=True)
class ActionRow:
    """One action with its review, recommendation and status as at a day."""

    review: Review
    recommendation: Recommendation
    action: Action
    status: DeadlineStatus | None  # None: no due date

    @property
    def is_open(self) -> bool:
        return self.action.status != "signed_off"

    @property
    def rag_word(self) -> str:
        if self.status is None:
            return "No due date" if self.is_open else "Signed off"
        return self.status.rag_word


def in_year(entry: Action, year: int) -> bool:
    """In the year's report: due by 31 December and not signed off before 1 January (so an
    action carried over from an earlier year, still open, is reported again)."""
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if entry.due_on is not None and entry.due_on > end:
        return False
    signed = entry.signed_off_on if entry.status == "signed_off" else None
    return signed is None or signed >= start


def action_rows(
    session: Session,
    today: dt.date,
    *,
    open_only: bool = False,
    year: int | None = None,
    owner: str | None = None,
    calendar: WorkingCalendar | None = None,
) -> list[ActionRow]:
    """Every action of every review (closed ones too: their actions may still be open), by due
    date (undated last), then review and action; filtered to those not signed off, to a year's
    report (`in_year`) and/or to one owner agency however it is written."""
    calendar = calendar or default_calendar()
    rows = [
        ActionRow(review, rec, entry, action_status(entry, rec.number, today, calendar))
        for review in service.list_reviews(session, include_closed=True)
        for rec in review.recommendations
        for entry in rec.actions
        if not (open_only and entry.status == "signed_off")
        and (year is None or in_year(entry, year))
        and (owner is None or service.same_agency(owner, entry.owner_agency))
    ]
    return sorted(
        rows,
        key=lambda r: (r.action.due_on or dt.date.max, r.review.reference, r.action.id),
    )


COLUMNS = (
    ("Reference", 14),
    ("Type", 16),
    ("Recommendation", 8),
    ("Recommendation text", 40),
    ("Action", 8),
    ("Action text", 40),
    ("Owner agency", 20),
    ("Due on", 11.5),
    ("Status", 16),
    ("RAG status", 14),
    ("Evidence", 36),
    ("Signed off by", 18),
    ("Signed off on", 11.5),
)
DATE_COLUMNS = {8, 13}
SUMMARY_COLUMNS = (
    ("Owner agency", 28),
    ("Actions", 10),
    ("Not signed off", 12),
    ("Overdue", 10),
    ("Complete, awaiting sign-off", 16),
    ("Signed off", 10),
)


def _values(row: ActionRow) -> list[object]:
    entry = row.action
    return [
        neutralise(row.review.reference),
        TYPE_NAMES.get(row.review.review_type, row.review.review_type),
        row.recommendation.number,
        neutralise(row.recommendation.text),
        entry.id,
        neutralise(entry.action),
        neutralise(entry.owner_agency),
        entry.due_on,
        STATUS_NAMES.get(entry.status, entry.status),
        row.rag_word,
        neutralise(entry.evidence),
        neutralise(entry.signed_off_by),
        entry.signed_off_on,
    ]


def agency_summary(rows: Sequence[ActionRow]) -> list[list[object]]:
    """Per owner agency (however written): actions, not signed off, overdue, complete awaiting
    sign-off, signed off; the yearly report's table."""
    names: dict[str, str] = {}
    counts: dict[str, Counter[str]] = {}
    for row in rows:
        key = canonical_agency(row.action.owner_agency).casefold()
        names.setdefault(key, canonical_agency(row.action.owner_agency))
        count = counts.setdefault(key, Counter())
        count["all"] += 1
        count["open"] += row.is_open
        count["overdue"] += bool(row.status and row.status.is_overdue)
        count["complete"] += row.action.status == "complete"
        count["signed_off"] += not row.is_open
    return [
        [neutralise(names[k]), c["all"], c["open"], c["overdue"], c["complete"], c["signed_off"]]
        for k, c in sorted(counts.items(), key=lambda kc: names[kc[0]].casefold())
    ]


def write_actions(
    rows: Sequence[ActionRow], path: Path, *, title: str, marking: str | None = None
) -> int:
    """The actions as .xlsx (an Actions sheet with date cells and RAG fills, and a By agency
    summary) or .csv (ISO dates, for other tools); returns the number of actions written."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        names = [name for name, _ in COLUMNS]
        return write_csv(
            path,
            names,
            (
                {
                    n: (v.isoformat() if isinstance(v, dt.date) else v)
                    for n, v in zip(names, _values(row), strict=True)
                }
                for row in rows
            ),
        )
    if suffix != ".xlsx":
        raise ReviewError(f"{path.name}: write the actions as .xlsx or .csv")
    marking = protective_marking(marking)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Actions"
    sheet.append([name for name, _ in COLUMNS])
    for row in rows:
        sheet.append(_values(row))
        if row.status is not None:
            sheet.cell(sheet.max_row, 10).fill = _fill(row.status.rag)
    _format_sheet(sheet, [float(w) for _, w in COLUMNS], len(COLUMNS), marking, DATE_COLUMNS)
    summary = workbook.create_sheet("By agency")
    summary.append([name for name, _ in SUMMARY_COLUMNS])
    for line in agency_summary(rows):
        summary.append(line)
    _format_sheet(
        summary, [float(w) for _, w in SUMMARY_COLUMNS], len(SUMMARY_COLUMNS), marking, set()
    )
    workbook.properties.creator = "cspr"
    workbook.properties.title = title
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return len(rows)
