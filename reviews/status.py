"""What is due next for each review, with a RAG status computed on every read.

Nothing here is stored: due dates come from `reviews.timescales` and the dates recorded on the
review, so a correction to a date changes every status at once. RAG always travels with a word
("Overdue"), never colour alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from reviews.decisions import missing_partners, partner_name, review_edition
from reviews.models import Action, AgencyRequest, Review
from reviews.requests import request_label
from reviews.timescales import Kind, deadlines_for, format_day
from reviews.workingdays import WorkingCalendar, default_calendar

Rag = Literal["green", "amber", "red", "done_on_time", "done_late"]
RAG_WORDS: dict[Rag, str] = {
    "green": "On track",
    "amber": "Due soon",
    "red": "Overdue",
    "done_on_time": "Done on time",
    "done_late": "Done late",
}
# A target ("ideally within three months") is never Overdue: these words replace RAG_WORDS.
TARGET_WORDS: dict[Rag, str] = {
    "green": "Target: on track",
    "amber": "Target: due soon",
    "red": "Past target (not overdue)",  # not used: a target past its date stays amber
    "done_on_time": "Target met",
    "done_late": "Done after the target",
}
AMBER_WORKING_DAYS = 3
# Which recorded date completes each deadline; windows and "keep until" dates are not tasks.
DONE_BY: dict[str, str] = {
    "la_notification_due": "la_notified_on",
    "scoping_sent_by": "scoping_sent_on",
    "agency_returns_by": "agency_returns",
    "rapid_review_meeting_latest": "meeting_date",
    "rapid_review_due": "decision_date",
    "outcome_to_panel_by": "rapid_review_sent_on",
    "review_due": "report_completed_on",
    "review_published_due": "published_on",
    "learning_review_due": "report_completed_on",
    "report_to_panel_by": "report_sent_to_panel_on",
}
STATUTORY_TYPES = frozenset({"rapid_review", "local_cspr", "alternative_learning_review"})


@dataclass(frozen=True)
class DeadlineStatus:
    key: str
    description: str
    due: dt.date
    rule: str
    done_on: dt.date | None
    rag: Rag
    kind: Kind = "deadline"

    past_target: bool = False

    @property
    def rag_word(self) -> str:
        if self.kind == "target":
            return "Past target (not overdue)" if self.past_target else TARGET_WORDS[self.rag]
        return RAG_WORDS[self.rag]

    @property
    def is_overdue(self) -> bool:
        return self.rag == "red" and self.kind == "deadline"

    @property
    def is_open(self) -> bool:
        return self.done_on is None


def _done_on(review: Review, key: str) -> dt.date | None:
    source = DONE_BY[key]
    if source == "agency_returns":
        returns = review.agency_returns
        if not returns or any(r.returned_on is None for r in returns):
            return None
        return max(r.returned_on for r in returns if r.returned_on is not None)
    value = getattr(review, source)
    return value if isinstance(value, dt.date) else None


def rag_for(
    due: dt.date,
    done_on: dt.date | None,
    today: dt.date,
    calendar: WorkingCalendar,
    kind: Kind = "deadline",
) -> Rag:
    """A target past its date is amber, never red: only a deadline can be Overdue."""
    if done_on is not None:
        return "done_on_time" if done_on <= due else "done_late"
    if today > due:
        return "red" if kind == "deadline" else "amber"
    if calendar.working_days_between(today, due) <= AMBER_WORKING_DAYS:
        return "amber"
    return "green"


def action_status(
    entry: Action, number: int, today: dt.date, calendar: WorkingCalendar
) -> DeadlineStatus | None:
    """An action with a due date as a deadline: done when signed off ("monitored until signed
    off"), Overdue the day after its due date until then."""
    if entry.due_on is None:
        return None
    done = entry.signed_off_on if entry.status == "signed_off" else None
    waiting = " (complete, awaiting sign-off)" if entry.status == "complete" else ""
    return DeadlineStatus(
        key=f"action_{entry.id}",
        # No action text here: it may name people, and deadlines are shown on shared screens.
        description=f"Action {entry.id} on recommendation {number} ({entry.owner_agency})"
        + waiting,
        due=entry.due_on,
        rule="the due date agreed in the action plan",
        done_on=done,
        rag=rag_for(entry.due_on, done, today, calendar),
    )


def request_status(
    entry: AgencyRequest, today: dt.date, calendar: WorkingCalendar
) -> DeadlineStatus | None:
    """An agency request with a due date as a deadline: done when returned (or accepted);
    sent back with queries, it is awaited again by its new due date."""
    if entry.due_on is None:
        return None
    done = entry.returned_on if entry.status in ("returned", "accepted") else None
    again = " (after queries)" if entry.status == "sent_back" else ""
    since = (
        f"sent back with queries on {entry.sent_back_on:%d/%m/%Y}"
        if entry.status == "sent_back" and entry.sent_back_on
        else f"requested on {entry.requested_on:%d/%m/%Y}"
    )
    return DeadlineStatus(
        key=f"request_{entry.id}",
        description=request_label(entry) + again,
        due=entry.due_on,
        rule=f"the due date given when {since}",
        done_on=done,
        rag=rag_for(entry.due_on, done, today, calendar),
    )


def review_deadlines(
    review: Review, today: dt.date, calendar: WorkingCalendar | None = None
) -> list[DeadlineStatus]:
    """Every deadline that applies to the review now (actions and agency requests included),
    in due-date order."""
    calendar = calendar or default_calendar()
    statuses = [
        status
        for rec in review.recommendations
        for entry in rec.actions
        if (status := action_status(entry, rec.number, today, calendar)) is not None
    ]
    statuses += [
        status
        for entry in review.requests
        if (status := request_status(entry, today, calendar)) is not None
    ]
    if review.review_type in STATUTORY_TYPES:
        statuses += _statutory(review, today, calendar)
    # SARs, DHRs and MAPPA SCRs follow their own guidance: only their actions are timed here.
    return sorted(statuses, key=lambda s: (s.due, s.key))


def _statutory(review: Review, today: dt.date, calendar: WorkingCalendar) -> list[DeadlineStatus]:
    deadlines = deadlines_for(
        referral=review.referral_date,
        la_awareness=review.awareness_date,
        scoping_sent=review.scoping_sent_on,
        meeting=review.meeting_date,
        decision=review.decision_date,
        publication=review.published_on or review.planned_publication_on,
        calendar=calendar,
    )
    wanted = {
        "review_due": review.decision == "cspr",
        "review_published_due": review.decision == "cspr"
        and review.publication_decision != "not_publish",
        "learning_review_due": review.decision == "alternative_learning_review",
    }
    statuses = []
    for deadline in deadlines:
        if deadline.key not in DONE_BY or not wanted.get(deadline.key, True):
            continue
        done = _done_on(review, deadline.key)
        statuses.append(
            DeadlineStatus(
                key=deadline.key,
                description=deadline.description,
                due=deadline.due,
                rule=deadline.rule,
                done_on=done,
                rag=rag_for(deadline.due, done, today, calendar, deadline.kind),
                kind=deadline.kind,
                past_target=deadline.kind == "target" and done is None and today > deadline.due,
            )
        )
    return statuses


def next_deadline(statuses: list[DeadlineStatus]) -> DeadlineStatus | None:
    """The earliest deadline not yet done."""
    return next((s for s in statuses if s.is_open), None)


def review_flags(
    review: Review, calendar: WorkingCalendar | None = None, today: dt.date | None = None
) -> list[str]:
    """Things a business support officer must see: allowed, but not as the guidance expects.

    `today` dates the overdue actions (default: the real today; tests always give it)."""
    calendar = calendar or default_calendar()
    today = today or dt.date.today()
    leads = review_edition(review)[0].leads
    flags = []
    if review.meeting_date and review.referral_date:
        earliest = calendar.add_working_days(review.referral_date, 7)
        latest = calendar.add_working_days(review.referral_date, 13)
        if not earliest <= review.meeting_date <= latest:
            flags.append(
                f"meeting on {review.meeting_date:%d/%m/%Y} is outside the 7th–13th working "
                f"day window ({earliest:%d/%m/%Y}–{latest:%d/%m/%Y})"
            )
    if review.meeting_date and missing_partners(review):
        names = ", ".join(partner_name(p, review) for p in missing_partners(review))
        flags.append(f"meeting not quorate: no representative of {names}")
    for vote in review.votes:
        gaps = [
            w
            for w, v in (
                ("named representative", vote.representative),
                ("rationale", vote.rationale),
            )
            if not v.strip()
        ]
        if gaps:
            flags.append(
                f"vote of {partner_name(vote.partner, review)} ({vote.round}) has no "
                + " and no ".join(gaps)
            )
    if review.escalated_on and review.decision is None:
        flags.append(
            f"the votes could not decide: escalated on {review.escalated_on:%d/%m/%Y} to "
            f"{leads}; record their decision"
        )
    if review.reconsideration_requested_on and review.reconsidered_on is None:
        flags.append(
            "the National Panel asked for the decision to be reconsidered on "
            f"{review.reconsideration_requested_on:%d/%m/%Y}: record the outcome"
        )
    for delay in review.delays:
        told = {
            "the National Panel": delay.panel_told_on,
            "the Secretary of State": delay.secretary_of_state_told_on,
        }
        if untold := [who for who, day in told.items() if day is None]:
            flags.append(f"delay not yet reported to {' or '.join(untold)}: {delay.reason}")
    if review.publication_decision == "not_publish":
        flags.append(
            "decision not to publish: the information about the improvements to be made must "
            "still be published"
            + ("" if review.published_on else " (not yet recorded as published)")
        )
    for rec in review.recommendations:
        for entry in rec.actions:
            status = action_status(entry, rec.number, today, calendar)
            if status is not None and status.is_overdue:
                flags.append(f"overdue: {status.description}, due {format_day(status.due)}")
    for request in review.requests:
        status = request_status(request, today, calendar)
        if status is not None and status.is_overdue:
            flags.append(f"overdue: {status.description}, due {format_day(status.due)}: chase")
    return flags


@dataclass(frozen=True)
class ChaseItem:
    """A request past its due date and not returned: who to chase, for what, how late."""

    review: Review
    request: AgencyRequest
    status: DeadlineStatus
    working_days_late: int


def chase_list(
    reviews: list[Review], today: dt.date, calendar: WorkingCalendar | None = None
) -> list[ChaseItem]:
    """Every request past its due date and not returned, earliest due first."""
    calendar = calendar or default_calendar()
    items = [
        ChaseItem(review, entry, status, calendar.working_days_between(status.due, today))
        for review in reviews
        for entry in review.requests
        if (status := request_status(entry, today, calendar)) is not None and status.is_overdue
    ]
    return sorted(
        items, key=lambda i: (i.status.due, i.review.reference, i.request.agency, i.request.id)
    )
