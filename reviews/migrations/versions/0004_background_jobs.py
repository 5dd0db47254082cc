"""background jobs in the database

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 07:00:00

Upload checks ran as threads whose progress lived in one process's memory; with several worker
processes the poll may reach another one, so the state is kept here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "background_job",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("owner", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("done", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("finished", sa.Boolean(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_background_job")),
    )


def downgrade() -> None:
    op.drop_table("background_job")
