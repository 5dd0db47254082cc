"""agency requests and returns

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-09 09:00:00

Issue 14: per review and agency, the scoping form, chronology, individual management review and
any further request, each with its status (requested, due, returned, sent back with queries,
accepted) and dates. The RAG status is computed on every read, never stored.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agency_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("agency", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("what", sa.Text(), server_default="", nullable=False),
        sa.Column("status", sa.String(length=16), server_default="requested", nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("returned_on", sa.Date(), nullable=True),
        sa.Column("sent_back_on", sa.Date(), nullable=True),
        sa.Column("queries", sa.Text(), server_default="", nullable=False),
        sa.Column("accepted_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('scoping_form', 'chronology', 'imr', 'further')",
            name=op.f("ck_agency_request_kind"),
        ),
        sa.CheckConstraint(
            "status IN ('requested', 'due', 'returned', 'sent_back', 'accepted')",
            name=op.f("ck_agency_request_status"),
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["review.id"],
            name=op.f("fk_agency_request_review_id_review"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency_request")),
    )


def downgrade() -> None:
    op.drop_table("agency_request")
