"""What the dashboard keeps about a case besides the review record: users and their roles,
who is assigned to which review, the agencies' uploaded files (stored in the data folder),
saved column mappings per agency template and the reviewer's duplicate/category decisions.

Passwords are stored only as salted hashes (werkzeug's scrypt). Every change that matters
(logins, uploads, merges, overrides, exports) goes to the same audit trail as the review
records (`reviews.service.audit`), so one log answers "who did what, when".
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    select,
)
from sqlalchemy.orm import Mapped, Session, mapped_column
from werkzeug.security import check_password_hash, generate_password_hash

from reviews.models import Base, Review
from reviews.service import ReviewError, audit

ROLES = ("admin", "lead_reviewer", "panel_member", "business_support", "agency_uploader")
FILE_KINDS = ("chronology", "family")
FILE_STATUSES = ("pending", "confirmed", "withdrawn")
DECISION_KINDS = ("same", "different", "category")
MIN_PASSWORD = 10
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,62}$")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


class User(Base):
    """Someone who can log in to the dashboard; `agency` only for agency uploaders."""

    __tablename__ = "app_user"
    __table_args__ = (CheckConstraint(_in("role", ROLES), name="role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(32))
    agency: Mapped[str] = mapped_column(String(120), default="")
    display_name: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Assignment(Base):
    """A user's access to one review (lead reviewers, panel members, agency uploaders)."""

    __tablename__ = "review_assignment"
    __table_args__ = (UniqueConstraint("user_id", "review_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"))
    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"))


class CaseFile(Base):
    """An uploaded workbook: the bytes live in the data folder, this row says what it is."""

    __tablename__ = "case_file"
    __table_args__ = (
        CheckConstraint(_in("kind", FILE_KINDS), name="kind"),
        CheckConstraint(_in("status", FILE_STATUSES), name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16), default="chronology")
    agency: Mapped[str] = mapped_column(String(120), default="")
    filename: Mapped[str] = mapped_column(String(255))
    stored_path: Mapped[str] = mapped_column(String(500))  # relative to the data folder
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    mapping: Mapped[str] = mapped_column(Text, default="")  # SavedMapping JSON used to read it
    accepted: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    uploaded_by: Mapped[str] = mapped_column(String(64))
    uploaded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class TemplateMapping(Base):
    """A corrected column mapping, kept for the next file from the same agency's template."""

    __tablename__ = "template_mapping"
    __table_args__ = (UniqueConstraint("agency"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency: Mapped[str] = mapped_column(String(120))
    mapping: Mapped[str] = mapped_column(Text)
    saved_by: Mapped[str] = mapped_column(String(64))
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ReviewerDecision(Base):
    """One override of the merge: rows are `file|sheet|row#fingerprint` references."""

    __tablename__ = "reviewer_decision"
    __table_args__ = (CheckConstraint(_in("kind", DECISION_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    rows: Mapped[str] = mapped_column(Text)  # JSON list of row references
    category: Mapped[str] = mapped_column(String(64), default="")
    made_by: Mapped[str] = mapped_column(String(64))
    made_at: Mapped[dt.datetime] = mapped_column(DateTime)

    @property
    def refs(self) -> list[str]:
        return list(json.loads(self.rows))


# --------------------------------------------------------------------------- users


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
        raise ReviewError(
            f"user name '{username}' must be 2-63 characters: lower-case letters, digits, . _ -"
        )
    if role not in ROLES:
        raise ReviewError(f"role must be one of {', '.join(ROLES)} (got '{role}')")
    if role == "agency_uploader" and not agency.strip():
        raise ReviewError("an agency uploader needs --agency (the agency they upload for)")
    if len(password) < MIN_PASSWORD:
        raise ReviewError(f"the password must be at least {MIN_PASSWORD} characters")
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise ReviewError(f"user '{username}' already exists")
    user = User(
        username=username,
        password_hash=generate_password_hash(password),
        role=role,
        agency=agency.strip(),
        display_name=display_name.strip() or username,
        created_at=_now(),
    )
    session.add(user)
    session.flush()
    audit(session, by, "create", user, None, "role", None, role)
    return user


def get_user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None:
        raise ReviewError(f"no user '{username}'")
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
        raise ReviewError(f"the password must be at least {MIN_PASSWORD} characters")
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


def assign(session: Session, username: str, reference: str, *, by: str) -> Assignment:
    from reviews.service import get_review

    user = get_user(session, username)
    review = get_review(session, reference)
    found = session.scalar(
        select(Assignment).where(Assignment.user_id == user.id, Assignment.review_id == review.id)
    )
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


# --------------------------------------------------------------------------- files


def safe_filename(name: str) -> str:
    """A file name safe to store (no folders, no control characters), extension kept."""
    base = Path(name.replace("\\", "/")).name
    base = unicodedata.normalize("NFKC", base)
    base = re.sub(r"[^\w.()' -]+", "_", base).strip(" .")
    return base[:200] or "upload"


def store_file(
    session: Session,
    data_dir: Path,
    review: Review,
    filename: str,
    content: bytes,
    *,
    by: str,
    kind: str = "chronology",
    agency: str = "",
) -> CaseFile:
    """Write the bytes under DATA/uploads/<review id>/<n>/<name> and record them as pending."""
    if kind not in FILE_KINDS:
        raise ReviewError(f"file kind must be one of {', '.join(FILE_KINDS)}")
    name = safe_filename(filename)
    entry = CaseFile(
        review_id=review.id,
        kind=kind,
        agency=agency,
        filename=name,
        stored_path="",
        sha256=hashlib.sha256(content).hexdigest(),
        size=len(content),
        status="pending",
        uploaded_by=by,
        uploaded_at=_now(),
    )
    session.add(entry)
    session.flush()
    relative = Path("uploads") / str(review.id) / str(entry.id) / name
    target = data_dir / relative
    _private_dirs(data_dir, target.parent)
    # Case files are readable by this account only, whatever the process umask.
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(content)
    os.chmod(target, 0o600)
    entry.stored_path = relative.as_posix()
    audit(session, by, "upload", entry, review, "file", None, f"{name} ({len(content):,} bytes)")
    session.flush()
    return entry


def _private_dirs(root: Path, folder: Path) -> None:
    """Create `folder` (under `root`) and every folder between with mode 0700."""
    folder.mkdir(parents=True, exist_ok=True)
    current = folder
    while True:
        os.chmod(current, 0o700)
        if current == root or root not in current.parents:
            break
        current = current.parent


def file_path(data_dir: Path, entry: CaseFile) -> Path:
    path = (data_dir / entry.stored_path).resolve()
    if data_dir.resolve() not in path.parents:
        raise ReviewError(f"stored file {entry.id} is outside the data folder")
    return path


def case_files(
    session: Session,
    review_id: int,
    *,
    kind: str | None = None,
    status: str | None = None,
    uploaded_by: str | None = None,
) -> list[CaseFile]:
    query = select(CaseFile).where(CaseFile.review_id == review_id).order_by(CaseFile.id)
    if kind:
        query = query.where(CaseFile.kind == kind)
    if status:
        query = query.where(CaseFile.status == status)
    if uploaded_by:
        query = query.where(CaseFile.uploaded_by == uploaded_by)
    return list(session.scalars(query))


def set_file_status(session: Session, entry: CaseFile, status: str, *, by: str) -> None:
    if status not in FILE_STATUSES:
        raise ReviewError(f"file status must be one of {', '.join(FILE_STATUSES)}")
    review = session.get(Review, entry.review_id)
    if entry.status != status:
        audit(session, by, "upload", entry, review, "status", entry.status, status)
        if entry.kind == "family" and status == "confirmed":
            for other in case_files(session, entry.review_id, kind="family", status="confirmed"):
                if other.id != entry.id:
                    other.status = "withdrawn"
        entry.status = status
    session.flush()


# --------------------------------------------------------------------------- mappings


def saved_mapping_json(session: Session, agency: str) -> str | None:
    found = session.scalar(select(TemplateMapping).where(TemplateMapping.agency == agency))
    return found.mapping if found else None


def save_mapping(session: Session, agency: str, mapping_json: str, *, by: str) -> TemplateMapping:
    found = session.scalar(select(TemplateMapping).where(TemplateMapping.agency == agency))
    old = found.mapping if found else None
    if found is None:
        found = TemplateMapping(agency=agency, mapping=mapping_json, saved_by=by, saved_at=_now())
        session.add(found)
    else:
        found.mapping, found.saved_by, found.saved_at = mapping_json, by, _now()
    session.flush()
    audit(session, by, "override", found, None, "mapping", old, mapping_json)
    return found


# --------------------------------------------------------------------------- decisions


@dataclass(frozen=True)
class DecisionView:
    id: int
    kind: str
    refs: tuple[str, ...]
    category: str
    made_by: str
    made_at: dt.datetime


def add_decision(
    session: Session,
    review: Review,
    kind: str,
    refs: list[str],
    *,
    by: str,
    category: str = "",
) -> ReviewerDecision:
    if kind not in DECISION_KINDS:
        raise ReviewError(f"decision must be one of {', '.join(DECISION_KINDS)}")
    if kind == "category" and (len(refs) != 1 or not category):
        raise ReviewError("a category decision names one row and its category")
    if kind == "same" and len(refs) < 2:
        raise ReviewError("'same' needs two or more rows")
    if kind == "different" and len(refs) != 2:
        raise ReviewError("'different' needs two rows")
    entry = ReviewerDecision(
        review_id=review.id,
        kind=kind,
        rows=json.dumps(refs),
        category=category,
        made_by=by,
        made_at=_now(),
    )
    session.add(entry)
    session.flush()
    audit(
        session,
        by,
        "override",
        entry,
        review,
        kind,
        None,
        "; ".join(refs) + (f" -> {category}" if category else ""),
    )
    return entry


def decisions_for(session: Session, review_id: int) -> list[DecisionView]:
    query = (
        select(ReviewerDecision)
        .where(ReviewerDecision.review_id == review_id)
        .order_by(ReviewerDecision.id)
    )
    return [
        DecisionView(d.id, d.kind, tuple(d.refs), d.category, d.made_by, d.made_at)
        for d in session.scalars(query)
    ]


def remove_decision(session: Session, review: Review, decision_id: int, *, by: str) -> None:
    entry = session.get(ReviewerDecision, decision_id)
    if entry is None or entry.review_id != review.id:
        raise ReviewError(f"review {review.reference} has no decision {decision_id}")
    session.delete(entry)
    session.flush()
    audit(session, by, "override", entry, review, entry.kind, entry.rows, "(withdrawn)")
