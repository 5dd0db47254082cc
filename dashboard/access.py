"""Who may do what: the role matrix, the logged-in user and the `guarded` decorator that every
callback and download goes through. Checks run on the server on every call; hiding a link in
the browser is only a courtesy.

The dashboard is one Dash app per process (Dash's global callbacks are attached to the first
app), so where it keeps its data is a replaceable `Context` rather than app construction
arguments: tests and `cspr dashboard` call `configure()` first. Logins live in the database
(`LoginSession`), so several worker processes share them.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
import os
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import flask
from sqlalchemy import delete
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from accounts import LoginSession, User, assigned_review_ids
from reviews.audit import now
from reviews.casefiles import clean_orphans
from reviews.models import Review
from reviews.service import audit

SESSION_MAX_HOURS = 12  # absolute lifetime of a login, however busy (CSPR_SESSION_MAX_HOURS)
MAX_SESSION_HOURS = 24 * 366  # a longer setting is a mistake, not a policy

# permission -> roles holding it. Review-level permissions also need an assignment for the
# roles in ASSIGNED_ONLY.
PERMISSIONS: dict[str, frozenset[str]] = {
    "reviews.view": frozenset({"admin", "lead_reviewer", "panel_member", "business_support"}),
    "reviews.edit": frozenset({"lead_reviewer", "business_support"}),
    "reviews.create": frozenset({"lead_reviewer", "business_support"}),  # open a new review
    # report progress on actions (an agency only on its own: reviews.actions decides which)
    "actions.update": frozenset({"lead_reviewer", "business_support", "agency_uploader"}),
    "chronology.view": frozenset({"lead_reviewer", "panel_member"}),
    "upload": frozenset({"lead_reviewer", "agency_uploader"}),
    "upload.family": frozenset({"lead_reviewer"}),  # the family workbook (the genogram's source)
    # any agency's chronology, and every upload of the review (else one's own agency and uploads)
    "upload.any_agency": frozenset({"lead_reviewer"}),
    "mappings.save": frozenset({"lead_reviewer"}),  # a template mapping used in every review
    "duplicates.decide": frozenset({"lead_reviewer"}),
    "files.withdraw": frozenset({"lead_reviewer"}),  # take an added file out of the chronology
    "genogram.view": frozenset({"lead_reviewer", "panel_member"}),
    "export": frozenset({"lead_reviewer", "panel_member"}),
    # a review's letters, packs, notifications and agency templates (business support writes
    # them); named ones, and agencies' query workbooks, for the review team only
    "documents": frozenset({"lead_reviewer", "panel_member", "business_support"}),
    "documents.named": frozenset({"lead_reviewer", "business_support"}),
    "export.named": frozenset({"lead_reviewer"}),
    "audit.view": frozenset({"admin"}),
    "users.view": frozenset({"admin"}),
    "users.manage": frozenset({"admin"}),  # add, remove, set passwords, assign to reviews
    "session": frozenset(
        {"admin", "lead_reviewer", "panel_member", "business_support", "agency_uploader"}
    ),
}
ASSIGNED_ONLY = frozenset({"lead_reviewer", "panel_member", "agency_uploader"})
# Admins manage users and read the audit log; they hold no case role, so case text reaches
# them anonymised, like the panel.
ALWAYS_ANONYMISED = frozenset({"panel_member", "admin"})
ROLE_NAMES = {
    "admin": "Administrator",
    "lead_reviewer": "Lead reviewer",
    "panel_member": "Panel member",
    "business_support": "Business support",
    "agency_uploader": "Agency uploader",
}


class Denied(PermissionError):
    """The caller may not do this; answered with HTTP 403."""


@dataclass
class Context:
    data_dir: Path
    sessions: sessionmaker[Session]
    max_upload_mb: int = 20
    secret_key: bytes = b""


_context: Context | None = None


def configure(context: Context) -> Context:
    """Use this data folder and database; at start-up also remove upload leftovers of a crash
    (files no database row names, see `reviews.casefiles.clean_orphans`)."""
    global _context
    _context = context
    from dashboard import case

    case.clear_cache()
    try:
        with context.sessions.begin() as session:
            clean_orphans(session, context.data_dir)
    except (OSError, SQLAlchemyError) as error:  # never stops the server from starting
        logging.getLogger(__name__).warning("upload clean-up skipped: %s", error)
    return context


def context() -> Context:
    if _context is None:
        raise RuntimeError("dashboard not configured: call dashboard.access.configure first")
    return _context


@contextmanager
def db() -> Iterator[Session]:
    """A session that commits on success and rolls back on error."""
    with context().sessions.begin() as session:
        yield session


@dataclass(frozen=True)
class CurrentUser:
    id: int
    username: str
    role: str
    agency: str
    display_name: str

    def can(self, permission: str) -> bool:
        return self.role in PERMISSIONS[permission]

    @property
    def role_name(self) -> str:
        return ROLE_NAMES[self.role]


def session_stamp(user: User) -> str:
    """Changes when the password does, so a password change ends other sessions."""
    import hashlib

    return hashlib.sha256(user.password_hash.encode()).hexdigest()[:16]


def session_max_age() -> dt.timedelta:
    """How long a login lasts at most, used or not (CSPR_SESSION_MAX_HOURS, default 12); the
    idle timeout (the cookie's sliding lifetime) ends an unused one sooner."""
    value = os.environ.get("CSPR_SESSION_MAX_HOURS", "")
    try:
        hours = float(value) if value else SESSION_MAX_HOURS
    except ValueError:
        hours = SESSION_MAX_HOURS
    if not 0 < hours <= MAX_SESSION_HOURS:  # nan, inf or a typo of many zeros: the default
        hours = SESSION_MAX_HOURS
    return dt.timedelta(hours=hours)


def _hash(sid: str) -> str:
    return hashlib.sha256(sid.encode()).hexdigest()


class LiveSessions:
    """Server-side state of each login, keyed by a random id kept in the signed cookie: logout
    ends it (a copied cookie stops working), presentation mode lives here, not in the cookie,
    so a late response carrying an older cookie cannot switch it off, and a login ends after
    `session_max_age()` however busy it is kept. In the database, so every worker process
    agrees and a restart keeps people logged in."""

    def start(self, uid: int | None = None, session: Session | None = None) -> str:
        sid = secrets.token_urlsafe(24)
        with within(session) as db_session:
            db_session.add(
                LoginSession(id_hash=_hash(sid), user_id=uid, started_at=now(), presentation=False)
            )
            db_session.flush()
        return sid

    def _live(self, session: Session, sid: object) -> LoginSession | None:
        if not isinstance(sid, str) or not sid:
            return None
        found = session.get(LoginSession, _hash(sid))
        if found is not None and found.started_at <= now() - session_max_age():
            session.delete(found)
            session.flush()
            return None
        return found

    def alive(self, sid: object) -> bool:
        with db() as session:
            return self._live(session, sid) is not None

    def end(self, sid: object) -> None:
        if isinstance(sid, str) and sid:
            with db() as session:
                session.execute(delete(LoginSession).where(LoginSession.id_hash == _hash(sid)))

    def presentation(self, sid: object) -> bool:
        with db() as session:
            found = self._live(session, sid)
            return bool(found and found.presentation)

    def set_presentation(self, sid: object, on: bool) -> None:
        with db() as session:
            found = self._live(session, sid)
            if found is not None:
                found.presentation = on

    def forget_expired(self, session: Session) -> None:
        """Delete logins past their absolute lifetime (run at each login)."""
        cutoff = now() - session_max_age()
        session.execute(delete(LoginSession).where(LoginSession.started_at <= cutoff))


@contextmanager
def within(session: Session | None) -> Iterator[Session]:
    """The caller's session (its transaction), else a short one of our own."""
    if session is not None:
        yield session
        return
    with db() as own:
        yield own


live_sessions = LiveSessions()


def set_presentation_mode(on: bool) -> None:
    live_sessions.set_presentation(flask.session.get("sid"), on)
    if flask.has_request_context():
        flask.g.cspr_presentation = on


def current_user() -> CurrentUser | None:
    """The logged-in user of this request, checked against the database every request: the
    account (its password unchanged) and the login (not logged out, not past its lifetime)."""
    if not flask.has_request_context():
        return None
    if "cspr_user" in flask.g:
        return flask.g.cspr_user
    found = None
    presentation = False
    uid = flask.session.get("uid")
    if uid is not None:
        with db() as session:
            live = live_sessions._live(session, flask.session.get("sid"))
            user = session.get(User, uid) if live is not None else None
            if (
                live is not None
                and user is not None
                and live.user_id in (None, user.id)
                and flask.session.get("stamp") == session_stamp(user)
            ):
                found = CurrentUser(
                    user.id, user.username, user.role, user.agency, user.display_name
                )
                presentation = live.presentation
    flask.g.cspr_user = found
    flask.g.cspr_presentation = presentation
    return found


def require(permission: str) -> CurrentUser:
    user = current_user()
    if user is None:
        raise Denied("log in first")
    if not user.can(permission):
        raise Denied(
            f"{_article(user.role_name)} {user.role_name.lower()} may not do this ({permission})"
        )
    return user


def review_ids_for(user: CurrentUser, session: Session) -> set[int] | None:
    """The reviews the user may open: None means all of them."""
    if user.role not in ASSIGNED_ONLY:
        return None
    account = session.get(User, user.id)
    return assigned_review_ids(session, account) if account else set()


def require_review(user: CurrentUser, review_id: object, session: Session) -> Review:
    """The review, if it exists and the user is assigned to it (or sees every review).
    No review chosen yet (the user has none): the callback quietly does nothing."""
    if review_id is None:
        from dash.exceptions import PreventUpdate

        raise PreventUpdate
    try:
        number = int(review_id)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        raise Denied("choose a review first") from None
    review = session.get(Review, number)
    allowed = review_ids_for(user, session)
    if review is None or (allowed is not None and review.id not in allowed):
        raise Denied("you are not assigned to this review")
    return review


def task_user(session: Session, user_id: int, permission: str, review_id: object) -> CurrentUser:
    """The user of a background task, checked again where it runs: there is no request there,
    so the account is read from the database and its role and review checked as a callback
    checks them; a role withdrawn or an account removed after the click stops the work."""
    account = session.get(User, user_id)
    if account is None:
        raise Denied("the account that asked for this no longer exists")
    user = CurrentUser(
        account.id, account.username, account.role, account.agency, account.display_name
    )
    if not user.can(permission):
        raise Denied(
            f"{_article(user.role_name)} {user.role_name.lower()} may not do this ({permission})"
        )
    require_review(user, review_id, session)
    return user


def anonymised_view(user: CurrentUser) -> bool:
    """Panel members always see anonymised data; others when presentation mode is on."""
    return user.role in ALWAYS_ANONYMISED or presentation_mode()


def anonymised_download(user: CurrentUser, anonymise: bool, named: str) -> bool:
    """Whether a download is anonymised: asked for, or presentation mode, or a role without
    the `named` permission; a named one asked by such a role is refused (Denied)."""
    if not anonymise and not user.can(named):
        raise Denied("only anonymised exports are allowed for your role")
    return anonymise or anonymised_view(user)


def presentation_mode() -> bool:
    if not flask.has_request_context():
        return False
    if "cspr_presentation" not in flask.g:
        flask.g.cspr_presentation = live_sessions.presentation(flask.session.get("sid"))
    return bool(flask.g.cspr_presentation)


VIEW_REPEAT_SECONDS = 60.0
_views: OrderedDict[tuple[str, int | None, str], float] = OrderedDict()
_views_lock = threading.Lock()


def audit_view(
    user: CurrentUser,
    review: Review | None,
    what: str,
    detail: str = "",
    session: Session | None = None,
) -> None:
    """Record that `user` saw case data (`what`: the page or part, e.g. "duplicates",
    "upload preview"). The same view by the same user within a minute is recorded once, so
    that Dash's repeated callbacks do not bury the log; a different detail is a new view."""
    key = (user.username, review.id if review is not None else None, f"{what}|{detail}")
    if not _first_this_minute(key):
        return
    with within(session) as db_session:
        entity: object = review if review is not None else User(id=user.id)
        audit(db_session, user.username, "view", entity, review, what, None, detail)


def _first_this_minute(key: tuple[str, int | None, str]) -> bool:
    """Whether this is the first such record within VIEW_REPEAT_SECONDS (Dash repeats
    callbacks; the log must not be buried). Remembers at most 5,000 keys."""
    now = time.monotonic()
    with _views_lock:
        last = _views.get(key)
        if last is not None and now - last < VIEW_REPEAT_SECONDS:
            return False
        _views[key] = now
        _views.move_to_end(key)
        while len(_views) > 5000:
            _views.popitem(last=False)
    return True


def audit_refused(permission: str, reason: str) -> None:
    """Record a refused call (HTTP 403): who (or that nobody was logged in), what they were
    not allowed and why; once a minute per person and permission, like views."""
    user = current_user()
    name = user.username if user is not None else "(not logged in)"
    if not _first_this_minute((name, None, f"refused|{permission}")):
        return
    with db() as session:
        entity = User(id=user.id) if user is not None else User()
        audit(session, name, "refused", entity, None, permission, None, reason)


def forget_views() -> None:
    """Forget which views were recorded recently (tests)."""
    with _views_lock:
        _views.clear()


F = TypeVar("F", bound=Callable[..., Any])


def guarded(permission: str) -> Callable[[F], F]:
    """Refuse the call (HTTP 403) unless the logged-in user holds `permission`."""
    if permission not in PERMISSIONS:
        raise ValueError(f"unknown permission '{permission}'")

    def wrap(function: F) -> F:
        @functools.wraps(function)
        def inner(*args: Any, **kwargs: Any) -> Any:
            try:
                require(permission)
                return function(*args, **kwargs)
            except Denied as error:
                audit_refused(permission, str(error))
                flask.abort(403, description=str(error))

        inner.permission = permission  # type: ignore[attr-defined]
        return inner  # type: ignore[return-value]

    return wrap


def new_secret() -> bytes:
    return secrets.token_bytes(32)


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"
