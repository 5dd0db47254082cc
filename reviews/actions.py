"""Recommendations' actions followed up: who may update one, and the list of actions across
all reviews that the partnership's learning subgroup and its yearly report work from.

The guidance's action plans are "monitored until signed off": agencies report progress on their
own actions, the partnership signs them off. So an agency uploader may update only the actions
its agency owns (in a review it is assigned to), with evidence when it says one is complete,
and never signs one off; lead reviewers (assigned) and business support may update any. The
dashboard and `cspr review action-update` both go through `update_action_as`, and
`reviews.service.update_action` keeps the rule that sign-off needs evidence, a signatory and a
date.

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
from sqlalchemy import select
from sqlalchemy.orm import Session

from chronology.agencies import canonical_agency
from chronology.export_tables import protective_marking
from chronology.output import neutralise, write_csv
from reviews import service
from reviews.casefiles import Assignment, User
from reviews.errors import ReviewError
from reviews.export import TYPE_NAMES, _fill, _format_sheet
from reviews.models import Action, Recommendation, Review
from reviews.status import DeadlineStatus, action_status
from reviews.workingdays import WorkingCalendar, default_calendar

# Roles that may update any action of a review (lead reviewers only of reviews assigned to them).
EDITORS = frozenset({"lead_reviewer", "business_support"})
ASSIGNED_ONLY = frozenset({"lead_reviewer", "agency_uploader"})
AGENCY = "agency_uploader"
AGENCY_STATUSES = ("open", "in_progress", "complete")
ROLE_WORDS = {"admin": "an administrator", "panel_member": "a panel member"}
STATUS_NAMES = {
    "open": "Open",
    "in_progress": "In progress",
    "complete": "Complete, awaiting sign-off",
    "signed_off": "Signed off",
}


class NotAllowed(ReviewError):
    """The account may not make this change; the message says why."""


@dataclass(frozen=True)
class Actor:
    """A dashboard account as the permission check sees it."""

    username: str
    role: str
    agency: str
    review_ids: frozenset[int]


def actor_for(session: Session, username: str) -> Actor | None:
    """The dashboard account of that user name with its assigned reviews; None if there is
    none (the command line run by the partnership's own staff)."""
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None:
        return None
    ids = session.scalars(select(Assignment.review_id).where(Assignment.user_id == user.id))
    return Actor(user.username, user.role, user.agency, frozenset(ids))


def refusal(
    actor: Actor,
    entry: Action,
    *,
    status: str | None = None,
    evidence: str | None = None,
    signs_off: bool = False,
) -> str | None:
    """Why `actor` may not make this change to the action, or None when it may."""
    review = entry.recommendation.review
    if actor.role not in EDITORS and actor.role != AGENCY:
        return f"{ROLE_WORDS.get(actor.role, actor.role)} cannot update actions"
    if actor.role in ASSIGNED_ONLY and review.id not in actor.review_ids:
        return f"{actor.username} is not assigned to review {review.reference}"
    if actor.role != AGENCY:
        return None
    if not actor.agency or not service.same_agency(actor.agency, entry.owner_agency):
        return (
            f"action {entry.id} is owned by {entry.owner_agency}; {actor.username} updates only "
            f"the actions of {actor.agency or 'its own agency'}"
        )
    if signs_off or status == "signed_off" or entry.status == "signed_off":
        return "an action is signed off by the partnership, not by the agency that owns it"
    if status is not None and status not in AGENCY_STATUSES:
        return f"status must be one of {', '.join(AGENCY_STATUSES)}"
    if status == "complete" and not (evidence if evidence is not None else entry.evidence).strip():
        return "say what shows the action is complete (the evidence)"
    return None


def update_action_as(
    session: Session,
    action_id: int,
    username: str,
    *,
    status: str | None = None,
    evidence: str | None = None,
    signed_off_by: str | None = None,
    signed_off_on: dt.date | None = None,
) -> Action:
    """Update an action as the dashboard account `username`, refused (NotAllowed) unless its
    role allows it; a user name with no account is the command line's operator, unrestricted."""
    entry = session.get(Action, action_id)
    if entry is None:
        raise ReviewError(f"no action {action_id}")
    actor = actor_for(session, username)
    if actor is not None:
        why = refusal(
            actor,
            entry,
            status=status,
            evidence=evidence,
            signs_off=signed_off_by is not None or signed_off_on is not None,
        )
        if why is not None:
            raise NotAllowed(why)
    return service.update_action(
        session,
        entry,
        actor.username if actor else username,
        status=status,
        evidence=evidence,
        signed_off_by=signed_off_by,
        signed_off_on=signed_off_on,
    )


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
