"""two votes, escalation and reconsideration, publication, delays told to the Secretary of State

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-08 09:00:00

Issue 14: the rapid review decision is two votes (a CSPR, then an alternative learning review)
by named representatives; an undecidable split is escalated and the leads' decision recorded;
the National Panel may ask for reconsideration; publication has a planned date and may be
decided against, with reasons; a delay is reported to the National Panel and the Secretary of
State. Votes recorded before this revision are ballots (one of the three outcomes) and stay so.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

OLD_CHOICES = "choice IN ('cspr', 'alternative_learning_review', 'no_further_review')"
NEW_CHOICES = (
    "choice IN ('yes', 'no', 'abstain', 'cspr', 'alternative_learning_review', 'no_further_review')"
)
PUBLICATION = "publication_decision IS NULL OR publication_decision IN ('publish', 'not_publish')"
OLD_IMR_TASK = "Where required, request independent management reviews"
NEW_IMR_TASK = "Where required, request individual management reviews (IMRs)"


def upgrade() -> None:
    # Plain ALTER TABLE, never a batch rebuild of `review`: on SQLite a rebuild drops the table,
    # and with foreign keys on that deletes every vote, attendee, task... by ON DELETE CASCADE.
    for column in (
        sa.Column("decided_by", sa.String(200), nullable=False, server_default=""),
        sa.Column("decision_rationale", sa.Text(), nullable=False, server_default=""),
        sa.Column("reconsideration_requested_on", sa.Date(), nullable=True),
        sa.Column("reconsideration_reason", sa.Text(), nullable=False, server_default=""),
        sa.Column("reconsidered_on", sa.Date(), nullable=True),
        sa.Column("planned_publication_on", sa.Date(), nullable=True),
        sa.Column("publication_decision", sa.String(16), nullable=True),
        sa.Column("not_publishing_reasons", sa.Text(), nullable=False, server_default=""),
    ):
        op.add_column("review", column)
    if op.get_bind().dialect.name != "sqlite":  # SQLite adds a CHECK only by rebuilding
        op.create_check_constraint(op.f("ck_review_publication_decision"), "review", PUBLICATION)
    with op.batch_alter_table("vote") as batch:
        batch.add_column(sa.Column("round", sa.String(16), nullable=False, server_default="cspr"))
        batch.add_column(
            sa.Column("representative", sa.String(120), nullable=False, server_default="")
        )
        batch.drop_constraint(op.f("uq_vote_review_id"), type_="unique")
        batch.create_unique_constraint(
            "uq_vote_review_round_partner", ["review_id", "round", "partner"]
        )
        batch.drop_constraint(op.f("ck_vote_choice"), type_="check")
        batch.create_check_constraint(op.f("ck_vote_choice"), NEW_CHOICES)
        batch.create_check_constraint(op.f("ck_vote_round"), "round IN ('cspr', 'alternative')")
    op.add_column("delay", sa.Column("secretary_of_state_told_on", sa.Date(), nullable=True))
    # IMR means individual management review: correct the checklists seeded with the old words.
    op.execute(
        sa.text("UPDATE stage_task SET task = :new WHERE task = :old").bindparams(
            new=NEW_IMR_TASK, old=OLD_IMR_TASK
        )
    )


def downgrade() -> None:
    op.execute(
        sa.text("UPDATE stage_task SET task = :old WHERE task = :new").bindparams(
            new=NEW_IMR_TASK, old=OLD_IMR_TASK
        )
    )
    with op.batch_alter_table("delay") as batch:  # no table refers to `delay`
        batch.drop_column("secretary_of_state_told_on")
    op.execute("DELETE FROM vote WHERE round <> 'cspr' OR choice IN ('yes', 'no', 'abstain')")
    with op.batch_alter_table("vote") as batch:
        batch.drop_constraint(op.f("ck_vote_round"), type_="check")
        batch.drop_constraint(op.f("ck_vote_choice"), type_="check")
        batch.create_check_constraint(op.f("ck_vote_choice"), OLD_CHOICES)
        batch.drop_constraint(op.f("uq_vote_review_round_partner"), type_="unique")
        batch.create_unique_constraint("uq_vote_review_id", ["review_id", "partner"])
        batch.drop_column("representative")
        batch.drop_column("round")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(op.f("ck_review_publication_decision"), "review", type_="check")
    for column in (
        "not_publishing_reasons",
        "publication_decision",
        "planned_publication_on",
        "reconsidered_on",
        "reconsideration_reason",
        "reconsideration_requested_on",
        "decision_rationale",
        "decided_by",
    ):
        op.drop_column("review", column)  # SQLite 3.35+: ALTER TABLE DROP COLUMN, no rebuild
