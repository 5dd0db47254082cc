"""Dashboard users: adding (role, agency, display name), passwords (stored only as salted
scrypt hashes), removing, and assigning to the reviews they may open. `cspr user` and the
Admin page both call these; every change goes to the review records' audit trail."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from accounts.models import ROLES, Assignment, User
from chronology.errors import InputError
from reviews.audit import audit, now
from reviews.models import Review

MIN_PASSWORD = 10
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,62}$")


class AccountError(InputError):
    """A user name, role, agency, password or assignment that cannot be used."""


def add_user(
    session: Session,
    username: str,
    password: str,
    role: str,
    *,
    by: str,
    agency: str = "",
    display_name: str = "",
) -> User:
    username = username.strip().lower()
    if not _USERNAME.match(username):
        raise AccountError(
            f"user name '{username}' must be 2-63 characters: lower-case letters, digits, . _ -"
        )
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)} (got '{role}')")
    if role == "agency_uploader" and not agency.strip():
        raise AccountError(
            "is needed for an agency uploader (the agency they upload for)", field="agency"
        )
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password must be at least {MIN_PASSWORD} characters")
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise AccountError(f"user '{username}' already exists")
    user = User(
        username=username,
        password_hash=generate_password_hash(password),
        role=role,
        agency=agency.strip(),
        display_name=display_name.strip() or username,
        created_at=now(),
    )
    session.add(user)
    session.flush()
    audit(session, by, "create", user, None, "role", None, role)
    return user


def get_user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None:
        raise AccountError(f"no user '{username}'")
    return user


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.username)))


def remove_user(session: Session, username: str, *, by: str) -> None:
    user = get_user(session, username)
    session.delete(user)
    session.flush()
    audit(session, by, "delete", user, None, "username", username, None)


def set_password(session: Session, username: str, password: str, *, by: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password must be at least {MIN_PASSWORD} characters")
    user = get_user(session, username)
    user.password_hash = generate_password_hash(password)
    audit(session, by, "update", user, None, "password", None, "(changed)")
    session.flush()


_DUMMY_HASH = generate_password_hash("not a real password, only to spend the same time")


def authenticate(session: Session, username: str, password: str) -> User | None:
    """The user if the password is right; the same work is done for unknown names."""
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None:
        check_password_hash(_DUMMY_HASH, password)
        return None
    return user if check_password_hash(user.password_hash, password) else None


def _assignment(
    session: Session, username: str, reference: str
) -> tuple[User, Review, Assignment | None]:
    """The user, the review and the user's access to it, if any."""
    from reviews.service import get_review

    user = get_user(session, username)
    review = get_review(session, reference)
    found = session.scalar(
        select(Assignment).where(Assignment.user_id == user.id, Assignment.review_id == review.id)
    )
    return user, review, found


def assign(session: Session, username: str, reference: str, *, by: str) -> Assignment:
    user, review, found = _assignment(session, username, reference)
    if found is not None:
        return found
    entry = Assignment(user_id=user.id, review_id=review.id)
    session.add(entry)
    session.flush()
    audit(session, by, "assign", entry, review, "user", None, user.username)
    return entry


def assigned_review_ids(session: Session, user: User) -> set[int]:
    return set(session.scalars(select(Assignment.review_id).where(Assignment.user_id == user.id)))


def assigned_usernames(session: Session, review_id: int) -> list[str]:
    query = (
        select(User.username)
        .join(Assignment, Assignment.user_id == User.id)
        .where(Assignment.review_id == review_id)
        .order_by(User.username)
    )
    return list(session.scalars(query))


def unassign(session: Session, username: str, reference: str, *, by: str) -> bool:
    """Take a user's access to a review away; False when they had none."""
    user, review, found = _assignment(session, username, reference)
    if found is None:
        return False
    session.delete(found)
    session.flush()
    audit(session, by, "unassign", found, review, "user", user.username, None)
    return True
