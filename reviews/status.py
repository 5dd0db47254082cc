"""What is due next for each review, with a RAG status computed on every read.

Nothing here is stored: due dates come from `reviews.timescales` and the dates recorded on the
review, so a correction to a date changes every status at once. RAG always travels with a word
("Overdue"), never colour alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from reviews.models import Review
from reviews.service import PARTNER_NAMES, missing_partners
from reviews.timescales import deadlines_for
from reviews.workingdays import WorkingCalendar, default_calendar

Rag = Literal["green", "amber", "red", "done_on_time", "done_late"]
RAG_WORDS: dict[Rag, str] = {
    "green": "On track",
    "amber": "Due soon",
    "red": "Overdue",
    "done_on_time": "Done on time",
    "done_late": "Done late",
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

    @property
    def rag_word(self) -> str:
        return RAG_WORDS[self.rag]

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
    due: dt.date, done_on: dt.date | None, today: dt.date, calendar: WorkingCalendar
) -> Rag:
    if done_on is not None:
        return "done_on_time" if done_on <= due else "done_late"
    if today > due:
        return "red"
    if calendar.working_days_between(today, due) <= AMBER_WORKING_DAYS:
        return "amber"
    return "green"


def review_deadlines(
    review: Review, today: dt.date, calendar: WorkingCalendar | None = None
) -> list[DeadlineStatus]:
    """Every deadline that applies to the review now, in due-date order."""
    if review.review_type not in STATUTORY_TYPES:
        return []  # SARs, DHRs and MAPPA SCRs follow their own guidance; recorded, not timed
    calendar = calendar or default_calendar()
    deadlines = deadlines_for(
        referral=review.referral_date,
        la_awareness=review.awareness_date,
        scoping_sent=review.scoping_sent_on,
        meeting=review.meeting_date,
        decision=review.decision_date,
        publication=review.published_on,
        calendar=calendar,
    )
    wanted = {
        "review_due": review.decision == "cspr",
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
                rag=rag_for(deadline.due, done, today, calendar),
            )
        )
    return sorted(statuses, key=lambda s: (s.due, s.key))


def next_deadline(statuses: list[DeadlineStatus]) -> DeadlineStatus | None:
    """The earliest deadline not yet done."""
    return next((s for s in statuses if s.is_open), None)


def review_flags(review: Review, calendar: WorkingCalendar | None = None) -> list[str]:
    """Things a business support officer must see: allowed, but not as the guidance expects."""
    calendar = calendar or default_calendar()
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
        names = ", ".join(PARTNER_NAMES[p] for p in missing_partners(review))
        flags.append(f"meeting not quorate: no representative of {names}")
    if review.escalated_on and review.decision is None:
        flags.append("partners' votes split 1-1-1: escalate for a decision")
    for delay in review.delays:
        if delay.panel_told_on is None:
            flags.append(f"delay not yet reported to the National Panel: {delay.reason}")
    return flags
