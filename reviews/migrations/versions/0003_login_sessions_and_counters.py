"""login sessions and failed-login counters in the database

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06 05:30:00

Sessions and the login rate limit were kept in one process's memory; several worker processes
(and a restart) need them in the database.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "login_session",
        sa.Column("id_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("presentation", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["app_user.id"],
            name=op.f("fk_login_session_user_id_app_user"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id_hash", name=op.f("pk_login_session")),
    )
    op.create_table(
        "login_counter",
        sa.Column("key", sa.String(length=160), nullable=False),
        sa.Column("first_at", sa.Float(), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_login_counter")),
    )


def downgrade() -> None:
    op.drop_table("login_counter")
    op.drop_table("login_session")
