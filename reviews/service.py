"""Recording reviews with the guidance's rules enforced and every change audited.

The CLI and the dashboard both call these functions; neither writes to the models directly, so
the rules (quorum, one vote per partner, no decision before the meeting...) hold everywhere.
Errors are `ReviewError` with a one-line message a business support officer can act on.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviews.models import (
    ACTION_STATUSES,
    CHOICES,
    ORGANISATION_KINDS,
    PARTNERS,
    REVIEW_TYPES,
    Action,
    AgencyReturn,
    Attendee,
    AuditEntry,
    Delay,
    Notification,
    Recommendation,
    Review,
    StageTask,
    Vote,
)

PARTNER_NAMES = {"local_authority": "the local authority", "icb": "the ICB", "police": "the police"}
DATE_FIELDS = (
    "incident_date",
    "awareness_date",
    "referral_date",
    "la_notified_on",
    "scoping_sent_on",
    "meeting_date",
    "rapid_review_sent_on",
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


class ReviewError(ValueError):
    """A request that breaks a rule; the message says which and why."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def _show(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def audit(
    session: Session,
    user: str,
    action: str,
    entity: object,
    review: Review | None = None,
    field: str = "",
    old: Any = None,
    new: Any = None,
) -> None:
    session.add(
        AuditEntry(
            at=_now(),
            user=user,
            action=action,
            entity=type(entity).__name__,
            entity_id=getattr(entity, "id", None),
            review_reference=review.reference if review else "",
            field=field,
            old_value=_show(old),
            new_value=_show(new),
        )
    )


def _check(value: str, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise ReviewError(f"{what} must be one of {', '.join(allowed)} (got '{value}')")
    return value


@cache
def stage_tasks() -> tuple[tuple[str, str], ...]:
    """(stage, task) pairs from rules/stages.toml, in order."""
    text = resources.files("reviews").joinpath("rules/stages.toml").read_text("utf-8")
    return tuple(
        (stage["key"], task) for stage in tomllib.loads(text)["stage"] for task in stage["tasks"]
    )


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
    _check(review_type, REVIEW_TYPES, "review type")
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
        _seed_tasks(review)
    session.flush()
    audit(session, user, "create", review, review, "review_type", None, review_type)
    return review


def _seed_tasks(review: Review) -> None:
    if not review.tasks:
        review.tasks.extend(StageTask(stage=s, task=t) for s, t in stage_tasks())


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


def record_return(
    session: Session, review: Review, agency: str, returned_on: dt.date | None, user: str
) -> AgencyReturn:
    """An agency asked for (returned_on None) or having returned its scoping form."""
    entry = next((r for r in review.agency_returns if r.agency == agency), None)
    if entry is None:
        entry = AgencyReturn(agency=agency, returned_on=returned_on)
        review.agency_returns.append(entry)
        session.flush()
        audit(session, user, "create", entry, review, "agency", None, agency)
    if entry.returned_on != returned_on:
        audit(session, user, "update", entry, review, "returned_on", entry.returned_on, returned_on)
        entry.returned_on = returned_on
    session.flush()
    return entry


def add_attendee(
    session: Session, review: Review, name: str, organisation: str, partner: str, user: str
) -> Attendee:
    _check(partner, ORGANISATION_KINDS, "partner")
    attendee = Attendee(name=name, organisation=organisation, partner=partner)
    review.attendees.append(attendee)
    session.flush()
    audit(session, user, "create", attendee, review, "attendee", None, f"{name} ({organisation})")
    return attendee


def missing_partners(review: Review) -> list[str]:
    """Statutory partners with nobody at the meeting; quorate when this is empty."""
    present = {a.partner for a in review.attendees}
    return [p for p in PARTNERS if p not in present]


def cast_vote(
    session: Session, review: Review, partner: str, choice: str, rationale: str, user: str
) -> Vote:
    _check(partner, PARTNERS, "voting partner")
    _check(choice, CHOICES, "vote")
    if review.decision is not None:
        raise ReviewError("the decision has already been recorded")
    earlier = next((v for v in review.votes if v.partner == partner), None)
    if earlier is not None:
        raise ReviewError(f"{PARTNER_NAMES[partner]} already voted ({earlier.choice})")
    vote = Vote(partner=partner, choice=choice, rationale=rationale)
    review.votes.append(vote)
    session.flush()
    audit(session, user, "create", vote, review, partner, None, choice)
    return vote


@dataclass(frozen=True)
class DecisionOutcome:
    decision: str | None
    escalate: bool
    message: str


def record_decision(
    session: Session, review: Review, decision_date: dt.date, user: str
) -> DecisionOutcome:
    """Turn the three partners' votes into the decision, or flag a split for escalation."""
    if review.meeting_date is None:
        raise ReviewError("record the rapid review meeting date before the decision")
    if decision_date < review.meeting_date:
        raise ReviewError(
            f"the decision ({decision_date:%d/%m/%Y}) cannot precede the meeting "
            f"({review.meeting_date:%d/%m/%Y})"
        )
    missing = missing_partners(review)
    if missing:
        names = ", ".join(PARTNER_NAMES[p] for p in missing)
        raise ReviewError(f"the meeting was not quorate (no representative of {names})")
    if len(review.votes) < len(PARTNERS):
        voted = ", ".join(PARTNER_NAMES[v.partner] for v in review.votes) or "nobody"
        raise ReviewError(f"all three partners must vote first (so far: {voted})")
    if review.decision is not None:
        raise ReviewError(f"the decision has already been recorded ({review.decision})")
    choice, count = Counter(v.choice for v in review.votes).most_common(1)[0]
    if count < 2:
        review.escalated_on = decision_date
        audit(session, user, "escalate", review, review, "votes", None, "1-1-1 split")
        session.flush()
        return DecisionOutcome(None, True, "votes split 1-1-1: no decision; escalate")
    old = review.decision
    review.decision = choice
    review.decision_date = decision_date
    if choice == "cspr" and review.review_type == "rapid_review":
        audit(session, user, "update", review, review, "review_type", "rapid_review", "local_cspr")
        review.review_type = "local_cspr"
        _seed_tasks(review)
    audit(session, user, "decide", review, review, "decision", old, choice)
    session.flush()
    return DecisionOutcome(choice, False, f"decision: {choice} ({count} of 3 votes)")


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
    session: Session, review: Review, reason: str, panel_told_on: dt.date | None, user: str
) -> Delay:
    if not reason.strip():
        raise ReviewError("a delay needs its reason")
    delay = Delay(reason=reason, panel_told_on=panel_told_on)
    review.delays.append(delay)
    session.flush()
    audit(session, user, "create", delay, review, "reason", None, reason)
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
        _check(status, ACTION_STATUSES, "action status")
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
