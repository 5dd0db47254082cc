"""Recording reviews with the guidance's rules enforced and every change audited.

The CLI and the dashboard both call these functions; neither writes to the models directly, so
the rules (quorum, one vote per partner, no decision before the meeting...) hold everywhere.
Errors are `ReviewError` with a one-line message a business support officer can act on.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from chronology.agencies import canonical_agency
from reviews.models import (
    ACTION_STATUSES,
    CHOICES,
    ORGANISATION_KINDS,
    PARTNERS,
    PUBLICATION_DECISIONS,
    REQUEST_KIND_NAMES,
    REQUEST_KINDS,
    REQUEST_STATUS_NAMES,
    REVIEW_TYPES,
    VOTE_CHOICES,
    VOTE_ROUNDS,
    Action,
    AgencyRequest,
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
from reviews.timescales import Edition, edition_for, load_rules
from reviews.workingdays import WorkingCalendar, default_calendar
from rulefiles import load, rules_file

PARTNER_NAMES = {"local_authority": "the local authority", "icb": "the ICB", "police": "the police"}
ROUND_NAMES = {
    "cspr": "whether to undertake a Child Safeguarding Practice Review",
    "alternative": "whether an alternative learning review is appropriate",
}
# "each of the three statutory partners ... will get a single vote": two of the three decide.
VOTES_TO_DECIDE = 2
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


class ReviewError(ValueError):
    """A request that breaks a rule; the message says which and why."""


def review_edition(review: Review) -> tuple[Edition, str]:
    """The guidance edition the review is judged by, and which of its dates chose it."""
    for field, what in (
        ("referral_date", "the referral"),
        ("awareness_date", "the day the local authority became aware"),
        ("incident_date", "the incident"),
    ):
        if (day := getattr(review, field)) is not None:
            return edition_for(day), what
    created = review.created_at.date() if review.created_at else _now().date()
    return edition_for(created), "the day the review was recorded"


def partner_name(partner: str, review: Review | None = None) -> str:
    """ "the local authority", "the police", and the health partner by the review's edition
    ("the CCG" before 1 July 2022, "the ICB" since)."""
    if partner == "icb" and review is not None:
        return f"the {review_edition(review)[0].health_partner_short}"
    return PARTNER_NAMES[partner]


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


@dataclass(frozen=True)
class StageSpec:
    key: str
    name: str
    tasks: tuple[str, ...]


@rules_file("reviews", "stages.toml")
@dataclass(frozen=True)
class StagesFile:
    edition: str  # the guidance the stages come from, for the reader
    stage: tuple[StageSpec, ...]


@cache
def stage_tasks() -> tuple[tuple[str, str], ...]:
    """(stage, task) pairs from rules/stages.toml, in order."""
    return tuple((stage.key, task) for stage in load(StagesFile).stage for task in stage.tasks)


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


# ------------------------------------------------------------------ agency requests and returns

OPEN_REQUEST_STATUSES = ("requested", "due", "sent_back")


def same_agency(a: str, b: str) -> bool:
    """The same agency however it is written ("Northshire Police" and "police" are one)."""
    return canonical_agency(a).casefold() == canonical_agency(b).casefold()


def request_label(entry: AgencyRequest) -> str:
    """ "Chronology from Police"; a further request by its number (its text may name people)."""
    name = REQUEST_KIND_NAMES[entry.kind]
    if entry.kind == "further":
        name = f"Further request {entry.id}"
    return f"{name} from {entry.agency}"


def scoping_working_days() -> int:
    """The scoping form's return time: the rule `agency_returns_by` (5 working days)."""
    return load_rules().rule("agency_returns_by").amount


def _due(
    start: dt.date,
    due_on: dt.date | None,
    within: int | None,
    calendar: WorkingCalendar | None,
) -> dt.date | None:
    if due_on is not None and within is not None:
        raise ReviewError("give a due date or a number of working days, not both")
    if within is not None:
        if within < 1:
            raise ReviewError("the working days allowed must be at least 1")
        return (calendar or default_calendar()).add_working_days(start, within)
    return due_on


def _set(session: Session, user: str, entry: AgencyRequest, field: str, value: Any) -> None:
    old = getattr(entry, field)
    if old != value:
        audit(session, user, "update", entry, entry.review, field, old, value)
        setattr(entry, field, value)


def find_request(
    review: Review, agency: str, kind: str, request_id: int | None = None
) -> AgencyRequest:
    """The review's request of that kind from that agency (a further request by its id when
    the agency has more than one)."""
    _check(kind, REQUEST_KINDS, "request kind")
    found = [
        r
        for r in review.requests
        if r.kind == kind
        and same_agency(r.agency, agency)
        and (request_id is None or r.id == request_id)
    ]
    what = REQUEST_KIND_NAMES[kind].lower()
    if not found:
        raise ReviewError(f"review {review.reference} has no {what} requested from {agency}")
    if len(found) > 1:
        ids = ", ".join(str(r.id) for r in found)
        raise ReviewError(f"{agency} has several {what}s in {review.reference}: give --id ({ids})")
    return found[0]


def request_from_agency(
    session: Session,
    review: Review,
    agency: str,
    kind: str,
    requested_on: dt.date,
    user: str,
    *,
    due_on: dt.date | None = None,
    within: int | None = None,
    what: str = "",
    calendar: WorkingCalendar | None = None,
) -> AgencyRequest:
    """Ask an agency for its scoping form, chronology, IMR or something further.

    The due date is given, or counted in working days after the request; the scoping form is
    due 5 working days after it is sent ("Agencies should prioritise completion of the form and
    return it within 5 working days") unless told otherwise. Asking again for a scoping form,
    chronology or IMR still awaited changes its due date; a further request is always new."""
    _check(kind, REQUEST_KINDS, "request kind")
    agency = " ".join(agency.split())
    if not agency:
        raise ReviewError("a request needs the agency it is made of")
    if kind == "further" and not what.strip():
        raise ReviewError("a further request needs what is asked (--what)")
    if kind == "scoping_form" and due_on is None and within is None:
        within = scoping_working_days()
    due = _due(requested_on, due_on, within, calendar)
    if due is not None and due < requested_on:
        raise ReviewError("the due date cannot precede the request")
    existing = (
        None
        if kind == "further"
        else next(
            (r for r in review.requests if r.kind == kind and same_agency(r.agency, agency)), None
        )
    )
    if existing is not None:
        if existing.status not in ("requested", "due"):
            raise ReviewError(
                f"{request_label(existing)} is already "
                f"{REQUEST_STATUS_NAMES[existing.status].lower()}"
            )
        if due is None:
            raise ReviewError(f"{request_label(existing)} was already requested")
        _set(session, user, existing, "due_on", due)
        _set(session, user, existing, "status", "due")
        session.flush()
        return existing
    entry = AgencyRequest(
        agency=agency,
        kind=kind,
        what=what.strip(),
        status="due" if due else "requested",
        requested_on=requested_on,
        due_on=due,
        queries="",
    )
    review.requests.append(entry)
    session.flush()
    audit(session, user, "create", entry, review, "request", None, request_label(entry))
    if due is not None:
        audit(session, user, "update", entry, review, "due_on", None, due)
    if kind == "scoping_form" and not any(
        same_agency(r.agency, agency) for r in review.agency_returns
    ):
        # The review's "agencies return the scoping form" deadline waits for this agency too.
        record_return(session, review, agency, None, user)
    return entry


def request_returned(
    session: Session,
    review: Review,
    agency: str,
    kind: str,
    returned_on: dt.date,
    user: str,
    request_id: int | None = None,
) -> AgencyRequest:
    """The agency returned what was asked (again, after queries)."""
    entry = find_request(review, agency, kind, request_id)
    if entry.status not in OPEN_REQUEST_STATUSES:
        raise ReviewError(
            f"{request_label(entry)} is already {REQUEST_STATUS_NAMES[entry.status].lower()}"
        )
    earliest = entry.sent_back_on or entry.requested_on
    if returned_on < earliest:
        raise ReviewError(
            f"the return ({returned_on:%d/%m/%Y}) cannot precede the "
            + ("sending back" if entry.sent_back_on else "request")
            + f" ({earliest:%d/%m/%Y})"
        )
    _set(session, user, entry, "returned_on", returned_on)
    _set(session, user, entry, "status", "returned")
    if kind == "scoping_form":
        returned = next((r for r in review.agency_returns if same_agency(r.agency, agency)), None)
        if returned is None or returned.returned_on is None:
            record_return(
                session, review, returned.agency if returned else agency, returned_on, user
            )
    session.flush()
    return entry


def request_sent_back(
    session: Session,
    review: Review,
    agency: str,
    kind: str,
    sent_back_on: dt.date,
    queries: str,
    user: str,
    *,
    due_on: dt.date | None = None,
    within: int | None = None,
    request_id: int | None = None,
    calendar: WorkingCalendar | None = None,
) -> AgencyRequest:
    """A return sent back with queries: awaited again by a new due date."""
    entry = find_request(review, agency, kind, request_id)
    if entry.status != "returned" or entry.returned_on is None:
        raise ReviewError(f"only a returned item can be sent back ({request_label(entry)} is "
                          f"{REQUEST_STATUS_NAMES[entry.status].lower()})")  # fmt: skip
    if not queries.strip():
        raise ReviewError("say what the queries are (--queries)")
    if sent_back_on < entry.returned_on:
        raise ReviewError("it cannot be sent back before it was returned")
    due = _due(sent_back_on, due_on, within, calendar)
    if due is None:
        raise ReviewError("give the new due date (--due DATE or --within N working days)")
    if due < sent_back_on:
        raise ReviewError("the new due date cannot precede the sending back")
    _set(session, user, entry, "sent_back_on", sent_back_on)
    _set(session, user, entry, "queries", queries.strip())
    _set(session, user, entry, "due_on", due)
    _set(session, user, entry, "status", "sent_back")
    session.flush()
    return entry


def request_accepted(
    session: Session,
    review: Review,
    agency: str,
    kind: str,
    accepted_on: dt.date,
    user: str,
    request_id: int | None = None,
) -> AgencyRequest:
    """A returned item accepted: nothing more is asked of the agency for it."""
    entry = find_request(review, agency, kind, request_id)
    if entry.status != "returned" or entry.returned_on is None:
        raise ReviewError(f"only a returned item can be accepted ({request_label(entry)} is "
                          f"{REQUEST_STATUS_NAMES[entry.status].lower()})")  # fmt: skip
    if accepted_on < entry.returned_on:
        raise ReviewError("it cannot be accepted before it was returned")
    _set(session, user, entry, "accepted_on", accepted_on)
    _set(session, user, entry, "status", "accepted")
    session.flush()
    return entry


def chronology_uploaded(
    session: Session, review: Review, agency: str, on: dt.date, user: str
) -> AgencyRequest | None:
    """An agency's chronology file was added to the review: its chronology request, if one is
    awaited, is marked returned. Nothing is created when nothing was asked."""
    if not agency.strip():
        return None
    for entry in review.requests:
        if (
            entry.kind == "chronology"
            and same_agency(entry.agency, agency)
            and entry.status in OPEN_REQUEST_STATUSES
        ):
            # A file uploaded before the request (or its sending back) was recorded counts as
            # returned on that day: a return cannot precede what it answers.
            day = max(on, entry.sent_back_on or entry.requested_on)
            return request_returned(session, review, entry.agency, "chronology", day, user,
                                    entry.id)  # fmt: skip
    return None


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


def partner_answer(review: Review, partner: str, round_: str) -> str | None:
    """The partner's yes/no/abstain in a round, reading a ballot (one of CHOICES) as both."""
    for vote in review.votes:
        if vote.partner != partner:
            continue
        if vote.round == round_ and vote.choice in ("yes", "no", "abstain"):
            return vote.choice
        if vote.round == "cspr" and vote.choice in CHOICES:
            if round_ == "cspr":
                return "yes" if vote.choice == "cspr" else "no"
            if vote.choice != "cspr":
                return "yes" if vote.choice == "alternative_learning_review" else "no"
    return None


def cast_vote(
    session: Session,
    review: Review,
    partner: str,
    choice: str,
    rationale: str,
    user: str,
    *,
    round: str = "cspr",
    representative: str = "",
) -> Vote:
    """One partner's vote in one round, by its named representative, with the rationale.

    `choice` is yes, no or abstain; one of CHOICES (cspr, alternative_learning_review,
    no_further_review) is a ballot in round "cspr" answering both votes at once.
    """
    _check(partner, PARTNERS, "voting partner")
    _check(round, VOTE_ROUNDS, "vote round")
    _check(choice, VOTE_CHOICES, "vote")
    if choice in CHOICES and round != "cspr":
        raise ReviewError(f"in the second vote the choice is yes, no or abstain (got '{choice}')")
    if review.decision is not None:
        raise ReviewError("the decision has already been recorded")
    answered = [r for r in VOTE_ROUNDS if partner_answer(review, partner, r) is not None]
    clash = round in answered or (choice in CHOICES and choice != "cspr" and answered)
    if clash:
        earlier = round if round in answered else answered[0]
        raise ReviewError(
            f"{PARTNER_NAMES[partner]} already voted "
            f"({partner_answer(review, partner, earlier)} on {ROUND_NAMES[earlier]})"
        )
    vote = Vote(
        round=round,
        partner=partner,
        representative=representative.strip(),
        choice=choice,
        rationale=rationale,
    )
    review.votes.append(vote)
    session.flush()
    audit(session, user, "create", vote, review, f"{partner} ({round})", None, choice)
    return vote


@dataclass(frozen=True)
class Tally:
    """The votes of one round: yes/no/abstain counts and who has not voted."""

    round: str
    counts: dict[str, int]
    missing: tuple[str, ...]

    @property
    def words(self) -> str:
        return ", ".join(f"{self.counts.get(k, 0)} {k}" for k in ("yes", "no", "abstain"))

    @property
    def result(self) -> str | None:
        """ "yes" or "no" when two of the three agree; None when the votes cannot decide."""
        for answer in ("yes", "no"):
            if self.counts.get(answer, 0) >= VOTES_TO_DECIDE:
                return answer
        return None


def tally(review: Review, round_: str) -> Tally:
    answers = {p: partner_answer(review, p, round_) for p in PARTNERS}
    counts = Counter(a for a in answers.values() if a is not None)
    return Tally(round_, dict(counts), tuple(p for p, a in answers.items() if a is None))


@dataclass(frozen=True)
class DecisionOutcome:
    decision: str | None
    escalate: bool
    message: str


def _decide(
    session: Session, review: Review, choice: str, day: dt.date, by: str, why: str, user: str
) -> None:
    old = review.decision
    review.decision = choice
    review.decision_date = day
    review.decided_by = by
    review.decision_rationale = why
    if choice == "cspr" and review.review_type == "rapid_review":
        audit(session, user, "update", review, review, "review_type", "rapid_review", "local_cspr")
        review.review_type = "local_cspr"
        _seed_tasks(review)
    audit(session, user, "decide", review, review, "decision", old, f"{choice} ({by})")
    session.flush()


def _escalate(
    session: Session, review: Review, day: dt.date, what: str, user: str
) -> DecisionOutcome:
    leads = review_edition(review)[0].leads
    review.escalated_on = day
    audit(session, user, "escalate", review, review, "votes", None, what)
    session.flush()
    return DecisionOutcome(
        None,
        True,
        f"{what}: the votes cannot decide; escalated to {leads}, whose decision is then "
        "recorded (cspr review decide-escalated)",
    )


def record_decision(
    session: Session, review: Review, decision_date: dt.date, user: str
) -> DecisionOutcome:
    """The guidance's two votes turned into the decision, or escalated when they cannot decide.

    "each of the three statutory partners ... will get a single vote, to decide whether to
    undertake a Child Safeguarding Practice Review. If the decision is not to proceed with a
    formal Child Safeguarding Practice Review, they will vote on whether an alternative form of
    learning review is appropriate."
    """
    if review.meeting_date is None:
        raise ReviewError("record the rapid review meeting date before the decision")
    if decision_date < review.meeting_date:
        raise ReviewError(
            f"the decision ({decision_date:%d/%m/%Y}) cannot precede the meeting "
            f"({review.meeting_date:%d/%m/%Y})"
        )
    missing = missing_partners(review)
    if missing:
        names = ", ".join(partner_name(p, review) for p in missing)
        raise ReviewError(f"the meeting was not quorate (no representative of {names})")
    if review.decision is not None:
        raise ReviewError(f"the decision has already been recorded ({review.decision})")
    first = tally(review, "cspr")
    if first.missing:
        voted = ", ".join(partner_name(p, review) for p in PARTNERS if p not in first.missing)
        raise ReviewError(f"all three partners must vote first (so far: {voted or 'nobody'})")
    if first.result == "yes":
        _decide(session, review, "cspr", decision_date, "the partners' votes", "", user)
        return DecisionOutcome("cspr", False, f"decision: cspr (first vote: {first.words})")
    if first.result is None:
        return _escalate(session, review, decision_date, f"first vote {first.words}", user)
    second = tally(review, "alternative")
    if second.missing:
        names = ", ".join(partner_name(p, review) for p in second.missing)
        raise ReviewError(
            f"a CSPR was not agreed (first vote: {first.words}); each partner now votes on "
            f"{ROUND_NAMES['alternative']} (still to vote: {names})"
        )
    if second.result is None:
        return _escalate(session, review, decision_date, f"second vote {second.words}", user)
    choice = "alternative_learning_review" if second.result == "yes" else "no_further_review"
    _decide(session, review, choice, decision_date, "the partners' votes", "", user)
    return DecisionOutcome(
        choice, False, f"decision: {choice} (first vote: {first.words}; second: {second.words})"
    )


def record_escalated_decision(
    session: Session,
    review: Review,
    decision: str,
    decision_date: dt.date,
    decided_by: str,
    rationale: str,
    user: str,
) -> DecisionOutcome:
    """The decision of the partners' leads after an escalated split, named and with reasons."""
    _check(decision, CHOICES, "decision")
    if review.escalated_on is None:
        raise ReviewError("nothing was escalated: record the decision from the votes")
    if review.decision is not None:
        raise ReviewError(f"the decision has already been recorded ({review.decision})")
    if decision_date < review.escalated_on:
        raise ReviewError("the leads' decision cannot precede the escalation")
    if not decided_by.strip() or not rationale.strip():
        raise ReviewError("record who made the escalated decision and their rationale")
    leads = review_edition(review)[0].leads
    _decide(
        session,
        review,
        decision,
        decision_date,
        f"{leads}: {decided_by.strip()}",
        rationale.strip(),
        user,
    )
    return DecisionOutcome(decision, False, f"decision: {decision} (by {leads} after escalation)")


def request_reconsideration(
    session: Session, review: Review, requested_on: dt.date, reason: str, user: str
) -> None:
    """The National Panel asks the partners to reconsider their decision."""
    if review.decision is None or review.decision_date is None:
        raise ReviewError("there is no decision to reconsider yet")
    if requested_on < review.decision_date:
        raise ReviewError("the Panel's request cannot precede the decision")
    if not reason.strip():
        raise ReviewError("record what the National Panel asked")
    for field, value in (
        ("reconsideration_requested_on", requested_on),
        ("reconsideration_reason", reason.strip()),
        ("reconsidered_on", None),
    ):
        audit(session, user, "update", review, review, field, getattr(review, field), value)
        setattr(review, field, value)
    session.flush()


def record_reconsideration(
    session: Session,
    review: Review,
    reconsidered_on: dt.date,
    decision: str,
    rationale: str,
    user: str,
) -> DecisionOutcome:
    """The partners' answer to the Panel: the decision kept or changed, with reasons.

    A changed decision takes the reconsideration's date (six months run from a decision to
    commission a review)."""
    _check(decision, CHOICES, "decision")
    if review.reconsideration_requested_on is None:
        raise ReviewError("the National Panel has not asked for reconsideration")
    if reconsidered_on < review.reconsideration_requested_on:
        raise ReviewError("the reconsideration cannot precede the Panel's request")
    if not rationale.strip():
        raise ReviewError("record the rationale of the reconsidered decision")
    audit(session, user, "update", review, review, "reconsidered_on", None, reconsidered_on)
    review.reconsidered_on = reconsidered_on
    if decision == review.decision:
        review.decision_rationale = rationale.strip()
        session.flush()
        return DecisionOutcome(decision, False, f"decision kept on reconsideration: {decision}")
    _decide(
        session,
        review,
        decision,
        reconsidered_on,
        "the partners, on reconsideration",
        rationale.strip(),
        user,
    )
    return DecisionOutcome(decision, False, f"decision changed on reconsideration: {decision}")


def record_publication_decision(
    session: Session, review: Review, publish: bool, reasons: str, user: str
) -> None:
    """Publish, or not: "unless they consider it inappropriate to do so"; not publishing needs
    its reasons (and the information about improvements is still published)."""
    choice = PUBLICATION_DECISIONS[0] if publish else PUBLICATION_DECISIONS[1]
    if not publish and not reasons.strip():
        raise ReviewError("a decision not to publish needs its reasons")
    for field, value in (("publication_decision", choice), ("not_publishing_reasons", reasons)):
        if getattr(review, field) != value:
            audit(session, user, "update", review, review, field, getattr(review, field), value)
            setattr(review, field, value)
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
