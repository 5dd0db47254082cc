"""What the dashboard keeps about a case besides the review record: the agencies' uploaded
files (stored in the data folder), saved column mappings per agency template, the reviewer's
duplicate/category decisions and background jobs. Users, logins and who may open which review
are the `accounts` package's.

Every change that matters
(logins, uploads, merges, overrides, exports) goes to the same audit trail as the review
records (`reviews.service.audit`), in the same transaction as the change, so one log answers
"who did what, when" and never records what did not happen.

Logins, failed-login counters and background jobs are kept here too, so that several worker
processes share them. Uploaded bytes are written to a staging folder before any transaction
(`stage_upload`) and moved into place with one rename inside it (`store_file`); a rolled-back
transaction deletes what it moved, and `clean_orphans` removes what a crash left.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import secrets
import shutil
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
    select,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from reviews.audit import audit, now
from reviews.errors import ReviewError
from reviews.models import Base, Review, one_of

FILE_KINDS = ("chronology", "family")
FILE_STATUSES = ("pending", "confirmed", "withdrawn")
DECISION_KINDS = ("same", "different", "category")


class BackgroundJob(Base):
    """Progress and outcome of work done off the request (checking uploads), kept here so
    that the poll can be answered by any worker process (see `dashboard.jobs`)."""

    __tablename__ = "background_job"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    owner: Mapped[int] = mapped_column(Integer)  # the user who started it
    total: Mapped[int] = mapped_column(Integer)
    done: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(String(200), default="")
    result: Mapped[str] = mapped_column(Text, default="")  # JSON
    error: Mapped[str] = mapped_column(Text, default="")
    finished: Mapped[bool] = mapped_column(Boolean, default=False)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class CaseFile(Base):
    """An uploaded workbook: the bytes live in the data folder, this row says what it is."""

    __tablename__ = "case_file"
    __table_args__ = (
        CheckConstraint(one_of("kind", FILE_KINDS), name="kind"),
        CheckConstraint(one_of("status", FILE_STATUSES), name="status"),
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
    __table_args__ = (CheckConstraint(one_of("kind", DECISION_KINDS), name="kind"),)

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


# --------------------------------------------------------------------------- files


MAX_NAME = 200
INCOMING = ".incoming"  # uploads/.incoming/<token>/<name>: bytes written, not yet recorded


def safe_filename(name: str) -> str:
    """A file name safe to store (no folders, no control characters, at most 200 characters),
    extension kept: the reader chooses how to read a file by its extension."""
    base = Path(name.replace("\\", "/")).name
    base = unicodedata.normalize("NFKC", base)
    base = re.sub(r"[^\w.()' -]+", "_", base).strip(" .")
    if len(base) > MAX_NAME:
        stem, dot, suffix = base.rpartition(".")
        if dot and stem and 0 < len(suffix) <= 10:
            base = stem[: MAX_NAME - len(suffix) - 1].rstrip(" .") + "." + suffix
        else:
            base = base[:MAX_NAME]
    return base or "upload"


@dataclass(frozen=True)
class StagedFile:
    """Bytes written in full (and flushed to disk) under a private temporary folder, before
    any database transaction starts; `store_file` moves them into place with one rename."""

    path: Path
    sha256: str
    size: int

    def discard(self) -> None:
        """Remove what is left of the staging folder (nothing, once it was stored)."""
        shutil.rmtree(self.path.parent, ignore_errors=True)


def stage_upload(data_dir: Path, filename: str, content: bytes) -> StagedFile:
    """Write `content` to DATA/uploads/.incoming/<random>/<safe name> (0600, fsynced).

    Writing under a temporary name means a crash mid-write leaves no half file where an
    upload is looked for; `clean_orphans` removes such leftovers at the next start."""
    folder = data_dir / "uploads" / INCOMING / secrets.token_hex(12)
    _private_dirs(data_dir, folder)
    target = folder / safe_filename(filename)
    try:
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return StagedFile(target, hashlib.sha256(content).hexdigest(), len(content))


def store_file(
    session: Session,
    data_dir: Path,
    review: Review,
    filename: str,
    content: bytes | StagedFile,
    *,
    by: str,
    kind: str = "chronology",
    agency: str = "",
) -> CaseFile:
    """Record an upload as pending and move its bytes to DATA/uploads/<review id>/<n>/<name>.

    Pass a `StagedFile` (from `stage_upload`, written before the transaction) to keep the
    transaction short; raw bytes are staged here. If the transaction is rolled back the moved
    file is deleted again (see `_forget_files_on_rollback`)."""
    if kind not in FILE_KINDS:
        raise ReviewError(f"file kind must be one of {', '.join(FILE_KINDS)}")
    staged = (
        content if isinstance(content, StagedFile) else stage_upload(data_dir, filename, content)
    )
    name = staged.path.name
    entry = CaseFile(
        review_id=review.id,
        kind=kind,
        agency=agency,
        filename=name,
        stored_path="",
        sha256=staged.sha256,
        size=staged.size,
        status="pending",
        uploaded_by=by,
        uploaded_at=now(),
    )
    session.add(entry)
    session.flush()
    relative = Path("uploads") / str(review.id) / str(entry.id) / name
    target = data_dir / relative
    _private_dirs(data_dir, target.parent.parent)
    if target.parent.exists():
        # A folder for an id this transaction has just been given is a leftover of an upload
        # whose transaction never committed (SQLite hands the id out again): never reuse it.
        shutil.rmtree(target.parent)
    os.utime(staged.path.parent)  # fresh: `clean_orphans` leaves recent folders alone
    os.replace(staged.path.parent, target.parent)  # one atomic rename of the whole folder
    os.chmod(target.parent, 0o700)
    os.chmod(target, 0o600)
    session.info.setdefault(_NEW_FILES, []).append(target.parent)
    entry.stored_path = relative.as_posix()
    audit(session, by, "upload", entry, review, "file", None, f"{name} ({staged.size:,} bytes)")
    session.flush()
    return entry


def record_refused_upload(
    session: Session,
    review: Review,
    filename: str,
    staged: StagedFile,
    reason: str,
    *,
    by: str,
    kind: str = "chronology",
    agency: str = "",
) -> CaseFile:
    """Note a refused upload (who, what, why) without keeping its bytes: a hostile or
    unreadable file is deleted, only the record of its refusal stays."""
    entry = CaseFile(
        review_id=review.id,
        kind=kind,
        agency=agency,
        filename=safe_filename(filename),
        stored_path="",
        sha256=staged.sha256,
        size=staged.size,
        status="withdrawn",
        uploaded_by=by,
        uploaded_at=now(),
    )
    session.add(entry)
    session.flush()
    audit(session, by, "upload", entry, review, "refused", None, f"{entry.filename}: {reason}")
    return entry


def learned_path(data_dir: Path, review_id: int) -> Path:
    """Where the dashboard keeps what its anonymiser learned from a review's uploads (see
    `anonymise.learned`): it holds their names, so it goes when any of them is withdrawn."""
    return data_dir / "learned" / f"review-{review_id}"


def delete_stored_file(session: Session, data_dir: Path, entry: CaseFile) -> None:
    """Delete a withdrawn upload's bytes once the transaction recording that commits, and what
    was learned from the review's uploads (learned again from those that remain)."""
    if not entry.stored_path:
        return
    folder = file_path(data_dir, entry).parent
    session.info.setdefault(_GONE_FILES, []).append(folder)
    session.info.setdefault(_GONE_FILES, []).append(learned_path(data_dir, entry.review_id))


_NEW_FILES = "cspr_new_upload_folders"
_GONE_FILES = "cspr_withdrawn_upload_folders"


@event.listens_for(Session, "after_rollback")
def _forget_files_on_rollback(session: Session) -> None:
    """An upload whose row was rolled back leaves no file behind (and a deletion that was
    rolled back deletes nothing)."""
    for folder in session.info.pop(_NEW_FILES, []):
        shutil.rmtree(folder, ignore_errors=True)
    session.info.pop(_GONE_FILES, None)


@event.listens_for(Session, "after_commit")
def _files_follow_commit(session: Session) -> None:
    session.info.pop(_NEW_FILES, None)
    for gone in session.info.pop(_GONE_FILES, []):
        if gone.is_dir():
            shutil.rmtree(gone, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                gone.unlink(missing_ok=True)


def clean_orphans(session: Session, data_dir: Path, older_than: float = 600.0) -> list[Path]:
    """Remove upload files and folders that no case_file row names: staging folders left by
    a crash mid-write, and folders moved into place by a transaction that never committed.
    Only those untouched for `older_than` seconds, so another worker's upload in flight is
    left alone. Returns what was removed."""
    root = data_dir / "uploads"
    if not root.is_dir():
        return []
    known = {
        (data_dir / path).parent.resolve()
        for path in session.scalars(select(CaseFile.stored_path).where(CaseFile.stored_path != ""))
    }
    cutoff = time.time() - older_than
    removed = []
    for review_folder in root.iterdir():
        if not review_folder.is_dir() or review_folder.is_symlink():
            continue
        for folder in review_folder.iterdir():
            if folder.resolve() in known or folder.lstat().st_mtime > cutoff:
                continue
            if folder.is_dir() and not folder.is_symlink():
                shutil.rmtree(folder, ignore_errors=True)
            else:
                folder.unlink(missing_ok=True)
            removed.append(folder)
    return removed


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
        found = TemplateMapping(agency=agency, mapping=mapping_json, saved_by=by, saved_at=now())
        session.add(found)
    else:
        found.mapping, found.saved_by, found.saved_at = mapping_json, by, now()
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
        made_at=now(),
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
