"""The rapid review meeting and the decision: attendance and quorum, the guidance's two votes by
named representatives, escalation of a split the votes cannot decide, the Panel's request for
reconsideration, and the publication decision. The edition of the guidance a review is judged
by (Working Together 2018 or 2023) names the partners and leads."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy.orm import Session

from reviews.audit import audit, now
from reviews.checklists import seed_tasks
from reviews.errors import ReviewError, check_choice
from reviews.models import (
    CHOICES,
    ORGANISATION_KINDS,
    PARTNERS,
    PUBLICATION_DECISIONS,
    VOTE_CHOICES,
    VOTE_ROUNDS,
    Attendee,
    Review,
    Vote,
)
from reviews.timescales import Edition, edition_for

PARTNER_NAMES = {"local_authority": "the local authority", "icb": "the ICB", "police": "the police"}


ROUND_NAMES = {
    "cspr": "whether to undertake a Child Safeguarding Practice Review",
    "alternative": "whether an alternative learning review is appropriate",
}


# "each of the three statutory partners ... will get a single vote": two of the three decide.
VOTES_TO_DECIDE = 2


def review_edition(review: Review) -> tuple[Edition, str]:
    """The guidance edition the review is judged by, and which of its dates chose it."""
    for field, what in (
        ("referral_date", "the referral"),
        ("awareness_date", "the day the local authority became aware"),
        ("incident_date", "the incident"),
    ):
        if (day := getattr(review, field)) is not None:
            return edition_for(day), what
    created = review.created_at.date() if review.created_at else now().date()
    return edition_for(created), "the day the review was recorded"


def partner_name(partner: str, review: Review | None = None) -> str:
    """ "the local authority", "the police", and the health partner by the review's edition
    ("the CCG" before 1 July 2022, "the ICB" since)."""
    if partner == "icb" and review is not None:
        return f"the {review_edition(review)[0].health_partner_short}"
    return PARTNER_NAMES[partner]


def add_attendee(
    session: Session, review: Review, name: str, organisation: str, partner: str, user: str
) -> Attendee:
    check_choice(partner, ORGANISATION_KINDS, "partner")
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
    check_choice(partner, PARTNERS, "voting partner")
    check_choice(round, VOTE_ROUNDS, "vote round")
    check_choice(choice, VOTE_CHOICES, "vote")
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
        seed_tasks(review)
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
    check_choice(decision, CHOICES, "decision")
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
    check_choice(decision, CHOICES, "decision")
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
