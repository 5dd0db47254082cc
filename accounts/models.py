"""Dashboard accounts as stored: users and their roles, their logins (kept in the database so
that every worker process agrees), failed-login counters and which reviews each user may open.
The tables share the review records' database and migrations (`reviews/migrations`)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from reviews.models import Base, one_of

ROLES = ("admin", "lead_reviewer", "panel_member", "business_support", "agency_uploader")


class User(Base):
    """Someone who can log in to the dashboard; `agency` only for agency uploaders."""

    __tablename__ = "app_user"
    __table_args__ = (CheckConstraint(one_of("role", ROLES), name="role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(32))
    agency: Mapped[str] = mapped_column(String(120), default="")
    display_name: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class LoginSession(Base):
    """One login, kept in the database so that every worker process agrees: logout ends it
    (a copied cookie stops working), presentation mode lives here rather than in the cookie,
    and `started_at` bounds its life however busy it is kept. Only a hash of the session id
    (which the signed cookie carries) is stored, so reading the table gives no way in."""

    __tablename__ = "login_session"

    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"))
    started_at: Mapped[dt.datetime] = mapped_column(DateTime)
    presentation: Mapped[bool] = mapped_column(Boolean, default=False)


class LoginCounter(Base):
    """Failed logins of one user name or one address (`key`), counted in the database so that
    several worker processes enforce one limit. `first_at` (seconds since the epoch) opens the
    window the failures are counted in."""

    __tablename__ = "login_counter"

    key: Mapped[str] = mapped_column(String(160), primary_key=True)
    first_at: Mapped[float] = mapped_column(Float)
    failures: Mapped[int] = mapped_column(Integer, default=0)


class Assignment(Base):
    """A user's access to one review (lead reviewers, panel members, agency uploaders)."""

    __tablename__ = "review_assignment"
    __table_args__ = (UniqueConstraint("user_id", "review_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"))
    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"))
