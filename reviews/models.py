"""What a partnership records about each review, as SQLAlchemy 2 models.

Deadlines and RAG status are not stored: they are computed from these dates on every read
(`reviews.status`), so they can never go stale. Vocabularies are plain strings checked by
`reviews.service` and by CHECK constraints, so SQLite and PostgreSQL behave the same.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

REVIEW_TYPES = (
    "rapid_review",
    "local_cspr",
    "alternative_learning_review",
    "sar",
    "dhr",
    "mappa_scr",
)
PARTNERS = ("local_authority", "icb", "police")
ORGANISATION_KINDS = (*PARTNERS, "other")
CHOICES = ("cspr", "alternative_learning_review", "no_further_review")
# The guidance's two votes: first on a CSPR, then (if not) on an alternative learning review.
VOTE_ROUNDS = ("cspr", "alternative")
# A vote is yes, no or abstain; one of CHOICES is a ballot answering both rounds at once.
VOTE_CHOICES = ("yes", "no", "abstain", *CHOICES)
PUBLICATION_DECISIONS = ("publish", "not_publish")
STAGES = ("establish", "monitor", "finalise")
ACTION_STATUSES = ("open", "in_progress", "complete", "signed_off")
# What a review asks of each agency, and where each request stands.
REQUEST_KINDS = ("scoping_form", "chronology", "imr", "further")
REQUEST_KIND_NAMES = {
    "scoping_form": "Initial scoping form",
    "chronology": "Chronology",
    "imr": "Individual management review (IMR)",
    "further": "Further request",
}
# requested: no due date yet; due: awaited by its due date; sent_back: returned, then sent back
# with queries and awaited again (by a new due date); returned and accepted are done.
REQUEST_STATUSES = ("requested", "due", "returned", "sent_back", "accepted")
REQUEST_STATUS_NAMES = {
    "requested": "Requested",
    "due": "Due",
    "returned": "Returned",
    "sent_back": "Sent back with queries",
    "accepted": "Accepted",
}


def one_of(column: str, values: tuple[str, ...]) -> str:
    """A CHECK constraint's text: the column holds one of these values."""
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


class Review(Base):
    __tablename__ = "review"
    __table_args__ = (
        CheckConstraint(one_of("review_type", REVIEW_TYPES), name="review_type"),
        CheckConstraint(f"decision IS NULL OR {one_of('decision', CHOICES)}", name="decision"),
        CheckConstraint(
            "publication_decision IS NULL OR "
            + one_of("publication_decision", PUBLICATION_DECISIONS),
            name="publication_decision",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(64), unique=True)
    review_type: Mapped[str] = mapped_column(String(32))
    linked_review_id: Mapped[int | None] = mapped_column(ForeignKey("review.id"))
    child_pseudonym: Mapped[str] = mapped_column(String(64), default="Child A")
    incident_date: Mapped[dt.date | None] = mapped_column(Date)
    awareness_date: Mapped[dt.date | None] = mapped_column(Date)
    referral_date: Mapped[dt.date | None] = mapped_column(Date)
    referring_agency: Mapped[str] = mapped_column(String(120), default="")
    la_notified_on: Mapped[dt.date | None] = mapped_column(Date)
    # Rapid review
    scoping_sent_on: Mapped[dt.date | None] = mapped_column(Date)
    meeting_date: Mapped[dt.date | None] = mapped_column(Date)
    immediate_actions: Mapped[str] = mapped_column(Text, default="")
    learning: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str | None] = mapped_column(String(32))
    decision_date: Mapped[dt.date | None] = mapped_column(Date)
    escalated_on: Mapped[dt.date | None] = mapped_column(Date)
    # Who made the decision: the partners' votes, or (after escalation) the partners' leads.
    decided_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    decision_rationale: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The National Panel may ask the partners to reconsider their decision.
    reconsideration_requested_on: Mapped[dt.date | None] = mapped_column(Date)
    reconsideration_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    reconsidered_on: Mapped[dt.date | None] = mapped_column(Date)
    rapid_review_sent_on: Mapped[dt.date | None] = mapped_column(Date)
    # The local review
    lead_reviewer: Mapped[str] = mapped_column(String(120), default="")
    panel: Mapped[str] = mapped_column(Text, default="")
    terms_of_reference: Mapped[str] = mapped_column(Text, default="")
    methodology: Mapped[str] = mapped_column(Text, default="")
    family_engagement: Mapped[str] = mapped_column(Text, default="")
    parallel_investigations: Mapped[str] = mapped_column(Text, default="")
    report_completed_on: Mapped[dt.date | None] = mapped_column(Date)
    # Publication
    planned_publication_on: Mapped[dt.date | None] = mapped_column(Date)
    publication_decision: Mapped[str | None] = mapped_column(String(16))
    not_publishing_reasons: Mapped[str] = mapped_column(Text, default="", server_default="")
    report_sent_to_panel_on: Mapped[dt.date | None] = mapped_column(Date)
    published_on: Mapped[dt.date | None] = mapped_column(Date)
    available_until: Mapped[dt.date | None] = mapped_column(Date)
    repository_submitted_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now())

    linked_review: Mapped[Review | None] = relationship(remote_side=[id])
    agency_returns: Mapped[list[AgencyReturn]] = relationship(
        back_populates="review", cascade="all, delete-orphan", order_by="AgencyReturn.id"
    )
    attendees: Mapped[list[Attendee]] = relationship(
        back_populates="review", cascade="all, delete-orphan", order_by="Attendee.id"
    )
    votes: Mapped[list[Vote]] = relationship(
        back_populates="review", cascade="all, delete-orphan", order_by="Vote.id"
    )
    tasks: Mapped[list[StageTask]] = relationship(
        back_populates="review", cascade="all, delete-orphan", order_by="StageTask.id"
    )
    delays: Mapped[list[Delay]] = relationship(
        back_populates="review", cascade="all, delete-orphan", order_by="Delay.id"
    )
    recommendations: Mapped[list[Recommendation]] = relationship(
        back_populates="review", cascade="all, delete-orphan", order_by="Recommendation.number"
    )
    notifications: Mapped[list[Notification]] = relationship(
        back_populates="review", cascade="all, delete-orphan", order_by="Notification.id"
    )
    requests: Mapped[list[AgencyRequest]] = relationship(
        back_populates="review", cascade="all, delete-orphan", order_by="AgencyRequest.id"
    )


class AgencyReturn(Base):
    """One agency's return of the initial scoping form."""

    __tablename__ = "agency_return"
    __table_args__ = (UniqueConstraint("review_id", "agency"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"))
    agency: Mapped[str] = mapped_column(String(120))
    returned_on: Mapped[dt.date | None] = mapped_column(Date)
    review: Mapped[Review] = relationship(back_populates="agency_returns")


class AgencyRequest(Base):
    """Something the review asked of one agency (scoping form, chronology, IMR or a further
    request) and where it stands. The RAG status is computed from `due_on` on every read."""

    __tablename__ = "agency_request"
    __table_args__ = (
        CheckConstraint(one_of("kind", REQUEST_KINDS), name="kind"),
        CheckConstraint(one_of("status", REQUEST_STATUSES), name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"))
    agency: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(16))
    # A further request says what is asked (no names: it is shown in the tracker's listings).
    what: Mapped[str] = mapped_column(Text, default="", server_default="")
    status: Mapped[str] = mapped_column(String(16), default="requested", server_default="requested")
    requested_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    returned_on: Mapped[dt.date | None] = mapped_column(Date)
    sent_back_on: Mapped[dt.date | None] = mapped_column(Date)
    queries: Mapped[str] = mapped_column(Text, default="", server_default="")
    accepted_on: Mapped[dt.date | None] = mapped_column(Date)
    review: Mapped[Review] = relationship(back_populates="requests")


class Attendee(Base):
    """Someone at the rapid review meeting, with the organisation they represent."""

    __tablename__ = "attendee"
    __table_args__ = (CheckConstraint(one_of("partner", ORGANISATION_KINDS), name="partner"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(120))
    organisation: Mapped[str] = mapped_column(String(120))
    partner: Mapped[str] = mapped_column(String(32))
    review: Mapped[Review] = relationship(back_populates="attendees")


class Vote(Base):
    """One statutory partner's vote in one round, by a named representative with a rationale.

    Round "cspr" asks whether to undertake a CSPR; round "alternative" (asked only when the CSPR
    is not agreed) whether an alternative learning review is appropriate. A `choice` from
    CHOICES in round "cspr" is a ballot that answers both rounds (older records are all so).
    """

    __tablename__ = "vote"
    __table_args__ = (
        UniqueConstraint("review_id", "round", "partner", name="uq_vote_review_round_partner"),
        CheckConstraint(one_of("partner", PARTNERS), name="partner"),
        CheckConstraint(one_of("choice", VOTE_CHOICES), name="choice"),
        CheckConstraint(one_of("round", VOTE_ROUNDS), name="round"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"))
    round: Mapped[str] = mapped_column(String(16), default="cspr", server_default="cspr")
    partner: Mapped[str] = mapped_column(String(32))
    representative: Mapped[str] = mapped_column(String(120), default="", server_default="")
    choice: Mapped[str] = mapped_column(String(32))
    rationale: Mapped[str] = mapped_column(Text, default="")
    review: Mapped[Review] = relationship(back_populates="votes")


class StageTask(Base):
    """A checklist item of the Establish, Monitor or Finalise stage."""

    __tablename__ = "stage_task"
    __table_args__ = (CheckConstraint(one_of("stage", STAGES), name="stage"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"))
    stage: Mapped[str] = mapped_column(String(16))
    task: Mapped[str] = mapped_column(Text)
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    review: Mapped[Review] = relationship(back_populates="tasks")


class Delay(Base):
    """A delay that will prevent publication within six months: the guidance says "the National
    Panel and Secretary of State should be informed and provided with the reason for the delay",
    so each has its own date."""

    __tablename__ = "delay"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(Text)
    panel_told_on: Mapped[dt.date | None] = mapped_column(Date)
    secretary_of_state_told_on: Mapped[dt.date | None] = mapped_column(Date)
    review: Mapped[Review] = relationship(back_populates="delays")


class Recommendation(Base):
    __tablename__ = "recommendation"
    __table_args__ = (UniqueConstraint("review_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    review: Mapped[Review] = relationship(back_populates="recommendations")
    actions: Mapped[list[Action]] = relationship(
        back_populates="recommendation", cascade="all, delete-orphan", order_by="Action.id"
    )


class Action(Base):
    """An action plan entry: owner, due date, status, evidence and sign-off."""

    __tablename__ = "action"
    __table_args__ = (CheckConstraint(one_of("status", ACTION_STATUSES), name="status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE")
    )
    owner_agency: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(Text)
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open")
    evidence: Mapped[str] = mapped_column(Text, default="")
    signed_off_by: Mapped[str] = mapped_column(String(120), default="")
    signed_off_on: Mapped[dt.date | None] = mapped_column(Date)
    recommendation: Mapped[Recommendation] = relationship(back_populates="actions")


class Notification(Base):
    """A notification sent (to the National Panel, Ofsted, the DfE, the family...)."""

    __tablename__ = "notification"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"))
    sent_on: Mapped[dt.date] = mapped_column(Date)
    recipient: Mapped[str] = mapped_column(String(120))
    subject: Mapped[str] = mapped_column(Text)
    review: Mapped[Review] = relationship(back_populates="notifications")


class AuditEntry(Base):
    """Every change: who, when, which record and field, old and new values."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    user: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    review_reference: Mapped[str] = mapped_column(String(64), default="")
    field: Mapped[str] = mapped_column(String(64), default="")
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
