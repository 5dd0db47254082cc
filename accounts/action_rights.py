"""Who may update a recommendation's action. The guidance's action plans are "monitored until
signed off": agencies report progress on their own actions, the partnership signs them off. So
an agency uploader may update only the actions its agency owns (in a review it is assigned to),
with evidence when it says one is complete, and never signs one off; lead reviewers (assigned)
and business support may update any. The dashboard's Actions page and `cspr review
action-update` both go through `update_action_as`; `reviews.service.update_action` keeps the
rule that sign-off needs evidence, a signatory and a date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from accounts.models import Assignment, User
from reviews import service
from reviews.errors import ReviewError
from reviews.models import Action

# Roles that may update any action of a review (lead reviewers only of reviews assigned to them).
EDITORS = frozenset({"lead_reviewer", "business_support"})
ASSIGNED_ONLY = frozenset({"lead_reviewer", "agency_uploader"})
AGENCY = "agency_uploader"
AGENCY_STATUSES = ("open", "in_progress", "complete")
ROLE_WORDS = {"admin": "an administrator", "panel_member": "a panel member"}


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
