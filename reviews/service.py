"""Recording reviews with the guidance's rules enforced and every change audited.

The CLI and the dashboard both call these functions; neither writes to the models directly, so
the rules (quorum, one vote per partner, no decision before the meeting...) hold everywhere.
Errors are `ReviewError` with a one-line message a business support officer can act on.

The rules are grouped by what they record: agency requests and returns (`reviews.requests`),
the meeting, votes and decisions (`reviews.decisions`), stage checklists
(`reviews.checklists`); this module records the review itself, its tasks, delays,
recommendations, actions and notifications, and re-exports the others so callers have one
entry point.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviews.audit import audit
from reviews.checklists import seed_tasks, stage_tasks
from reviews.decisions import (
    PARTNER_NAMES,
    ROUND_NAMES,
    VOTES_TO_DECIDE,
    DecisionOutcome,
    Tally,
    add_attendee,
    cast_vote,
    missing_partners,
    partner_answer,
    partner_name,
    record_decision,
    record_escalated_decision,
    record_publication_decision,
    record_reconsideration,
    request_reconsideration,
    review_edition,
    tally,
)
from reviews.errors import ReviewError, check_choice
from reviews.models import (
    ACTION_STATUSES,
    REVIEW_TYPES,
    Action,
    AuditEntry,
    Delay,
    Notification,
    Recommendation,
    Review,
    StageTask,
)
from reviews.requests import (
    OPEN_REQUEST_STATUSES,
    chronology_uploaded,
    find_request,
    record_return,
    request_accepted,
    request_from_agency,
    request_label,
    request_returned,
    request_sent_back,
    same_agency,
    scoping_working_days,
)

__all__ = [
    "DATE_FIELDS",
    "OPEN_REQUEST_STATUSES",
    "PARTNER_NAMES",
    "ROUND_NAMES",
    "TEXT_FIELDS",
    "UPDATABLE",
    "VOTES_TO_DECIDE",
    "DecisionOutcome",
    "ReviewError",
    "Tally",
    "add_action",
    "add_attendee",
    "add_delay",
    "add_notification",
    "add_recommendation",
    "add_review",
    "audit",
    "audit_trail",
    "cast_vote",
    "check_choice",
    "chronology_uploaded",
    "complete_task",
    "find_request",
    "get_review",
    "list_reviews",
    "missing_partners",
    "partner_answer",
    "partner_name",
    "record_decision",
    "record_escalated_decision",
    "record_publication_decision",
    "record_reconsideration",
    "record_return",
    "request_accepted",
    "request_from_agency",
    "request_label",
    "request_reconsideration",
    "request_returned",
    "request_sent_back",
    "review_edition",
    "same_agency",
    "scoping_working_days",
    "seed_tasks",
    "stage_tasks",
    "tally",
    "update_action",
    "update_delay",
    "update_review",
]

DATE_FIELDS = (
    "incident_date",
    "awareness_date",
    "referral_date",
    "la_notified_on",
    "scoping_sent_on",
    "meeting_date",
    "rapid_review_sent_on",
    "planned_publication_on",
    "report_completed_on",
    "report_sent_to_panel_on",
    "published_on",
    "available_until",
    "repository_submitted_on",
    "closed_on",
)


TEXT_FIELDS = (
    "child_pseudonym",
    "referring_agency",
    "immediate_actions",
    "learning",
    "lead_reviewer",
    "panel",
    "terms_of_reference",
    "methodology",
    "family_engagement",
    "parallel_investigations",
)


UPDATABLE = DATE_FIELDS + TEXT_FIELDS


def get_review(session: Session, reference: str) -> Review:
    review = session.scalar(select(Review).where(Review.reference == reference))
    if review is None:
        raise ReviewError(f"no review with reference '{reference}'")
    return review


def list_reviews(session: Session, include_closed: bool = False) -> list[Review]:
    query = select(Review).order_by(Review.referral_date, Review.reference)
    if not include_closed:
        query = query.where(Review.closed_on.is_(None))
    return list(session.scalars(query))


def add_review(
    session: Session,
    *,
    reference: str,
    review_type: str,
    user: str,
    referral_date: dt.date | None = None,
    child_pseudonym: str = "Child A",
    incident_date: dt.date | None = None,
    awareness_date: dt.date | None = None,
    referring_agency: str = "",
    linked_reference: str | None = None,
) -> Review:
    """A new review; a local CSPR starts with the guidance's stage checklists."""
    if not reference.strip():
        raise ReviewError("a review needs a reference")
    if session.scalar(select(Review.id).where(Review.reference == reference)) is not None:
        raise ReviewError(f"a review with reference '{reference}' already exists")
    check_choice(review_type, REVIEW_TYPES, "review type")
    if review_type in {"rapid_review", "local_cspr"} and referral_date is None:
        raise ReviewError("a rapid review or CSPR needs its referral date")
    if incident_date and referral_date and incident_date > referral_date:
        raise ReviewError("the incident cannot be after the referral")
    review = Review(
        reference=reference.strip(),
        review_type=review_type,
        referral_date=referral_date,
        child_pseudonym=child_pseudonym,
        incident_date=incident_date,
        awareness_date=awareness_date,
        referring_agency=referring_agency,
    )
    if linked_reference:
        review.linked_review = get_review(session, linked_reference)
    session.add(review)
    if review_type == "local_cspr":
        seed_tasks(review)
    session.flush()
    audit(session, user, "create", review, review, "review_type", None, review_type)
    return review


def update_review(session: Session, review: Review, changes: dict[str, Any], user: str) -> None:
    """Set plain fields (dates and texts); decisions go through `record_decision`."""
    for field, value in changes.items():
        if field not in UPDATABLE:
            hint = " (use record_decision)" if field.startswith("decision") else ""
            raise ReviewError(f"'{field}' cannot be updated this way{hint}")
        if field in DATE_FIELDS and value is not None and not isinstance(value, dt.date):
            raise ReviewError(f"'{field}' needs a date")
    merged = {f: changes.get(f, getattr(review, f)) for f in DATE_FIELDS}
    if (
        merged["meeting_date"]
        and review.decision_date
        and review.decision_date < merged["meeting_date"]
    ):
        raise ReviewError("the meeting cannot be after the decision already recorded")
    if (
        merged["meeting_date"]
        and merged["referral_date"]
        and (merged["meeting_date"] < merged["referral_date"])
    ):
        raise ReviewError("the rapid review meeting cannot be before the referral")
    for field, value in changes.items():
        old = getattr(review, field)
        if old != value:
            setattr(review, field, value)
            audit(session, user, "update", review, review, field, old, value)
    session.flush()


def complete_task(
    session: Session, review: Review, task_id: int, completed_on: dt.date | None, user: str
) -> StageTask:
    task = next((t for t in review.tasks if t.id == task_id), None)
    if task is None:
        raise ReviewError(f"review {review.reference} has no task {task_id}")
    audit(session, user, "update", task, review, "completed_on", task.completed_on, completed_on)
    task.completed_on = completed_on
    session.flush()
    return task


def add_delay(
    session: Session,
    review: Review,
    reason: str,
    panel_told_on: dt.date | None,
    user: str,
    secretary_of_state_told_on: dt.date | None = None,
) -> Delay:
    """A delay that will prevent publication within six months; the National Panel and the
    Secretary of State are each told, with the reason."""
    if not reason.strip():
        raise ReviewError("a delay needs its reason")
    delay = Delay(
        reason=reason,
        panel_told_on=panel_told_on,
        secretary_of_state_told_on=secretary_of_state_told_on,
    )
    review.delays.append(delay)
    session.flush()
    audit(session, user, "create", delay, review, "reason", None, reason)
    return delay


def update_delay(
    session: Session,
    review: Review,
    delay_id: int,
    user: str,
    *,
    panel_told_on: dt.date | None = None,
    secretary_of_state_told_on: dt.date | None = None,
) -> Delay:
    """Record when the National Panel and/or the Secretary of State were told of a delay."""
    delay = next((d for d in review.delays if d.id == delay_id), None)
    if delay is None:
        raise ReviewError(f"review {review.reference} has no delay {delay_id}")
    for field, value in (
        ("panel_told_on", panel_told_on),
        ("secretary_of_state_told_on", secretary_of_state_told_on),
    ):
        if value is not None and getattr(delay, field) != value:
            audit(session, user, "update", delay, review, field, getattr(delay, field), value)
            setattr(delay, field, value)
    session.flush()
    return delay


def add_recommendation(session: Session, review: Review, text: str, user: str) -> Recommendation:
    number = max((r.number for r in review.recommendations), default=0) + 1
    recommendation = Recommendation(number=number, text=text)
    review.recommendations.append(recommendation)
    session.flush()
    audit(session, user, "create", recommendation, review, "text", None, text)
    return recommendation


def add_action(
    session: Session,
    recommendation: Recommendation,
    owner_agency: str,
    action: str,
    due_on: dt.date | None,
    user: str,
) -> Action:
    entry = Action(owner_agency=owner_agency, action=action, due_on=due_on, status="open")
    recommendation.actions.append(entry)
    session.flush()
    audit(session, user, "create", entry, recommendation.review, "action", None, action)
    return entry


def update_action(
    session: Session,
    entry: Action,
    user: str,
    *,
    status: str | None = None,
    evidence: str | None = None,
    signed_off_by: str | None = None,
    signed_off_on: dt.date | None = None,
) -> Action:
    """Progress an action; sign-off needs evidence, a signatory and a date."""
    if status is not None:
        check_choice(status, ACTION_STATUSES, "action status")
    new = {
        "status": status or entry.status,
        "evidence": entry.evidence if evidence is None else evidence,
        "signed_off_by": entry.signed_off_by if signed_off_by is None else signed_off_by,
        "signed_off_on": signed_off_on or entry.signed_off_on,
    }
    if new["status"] == "signed_off" and not (
        new["evidence"] and new["signed_off_by"] and new["signed_off_on"]
    ):
        raise ReviewError("an action is signed off only with evidence, a signatory and a date")
    for field, value in new.items():
        if getattr(entry, field) != value:
            audit(
                session,
                user,
                "update",
                entry,
                entry.recommendation.review,
                field,
                getattr(entry, field),
                value,
            )
            setattr(entry, field, value)
    session.flush()
    return entry


def add_notification(
    session: Session, review: Review, sent_on: dt.date, recipient: str, subject: str, user: str
) -> Notification:
    note = Notification(sent_on=sent_on, recipient=recipient, subject=subject)
    review.notifications.append(note)
    session.flush()
    audit(session, user, "create", note, review, "recipient", None, recipient)
    return note


def audit_trail(session: Session, reference: str | None = None) -> list[AuditEntry]:
    query = select(AuditEntry).order_by(AuditEntry.id)
    if reference:
        query = query.where(AuditEntry.review_reference == reference)
    return list(session.scalars(query))
