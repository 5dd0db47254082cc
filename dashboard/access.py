"""Who may do what: the role matrix, the logged-in user and the `guarded` decorator that every
callback and download goes through. Checks run on the server on every call; hiding a link in
the browser is only a courtesy.

The dashboard is one Dash app per process (Dash's global callbacks are attached to the first
app), so where it keeps its data is a replaceable `Context` rather than app construction
arguments: tests and `cspr dashboard` call `configure()` first.
"""

from __future__ import annotations

import functools
import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import flask
from sqlalchemy.orm import Session, sessionmaker

from reviews.casefiles import User, assigned_review_ids
from reviews.models import Review

# permission -> roles holding it. Review-level permissions also need an assignment for the
# roles in ASSIGNED_ONLY.
PERMISSIONS: dict[str, frozenset[str]] = {
    "reviews.view": frozenset({"admin", "lead_reviewer", "panel_member", "business_support"}),
    "reviews.edit": frozenset({"lead_reviewer", "business_support"}),
    "chronology.view": frozenset({"lead_reviewer", "panel_member"}),
    "upload": frozenset({"lead_reviewer", "agency_uploader"}),
    "duplicates.decide": frozenset({"lead_reviewer"}),
    "genogram.view": frozenset({"lead_reviewer", "panel_member"}),
    "export": frozenset({"lead_reviewer", "panel_member"}),
    "export.named": frozenset({"lead_reviewer"}),
    "audit.view": frozenset({"admin"}),
    "users.view": frozenset({"admin"}),
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
    global _context
    _context = context
    from dashboard import case

    case.clear_cache()
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


class LiveSessions:
    """Server-side state of each login, keyed by a random id kept in the signed cookie: logout
    ends it (a copied cookie stops working), and presentation mode lives here, not in the
    cookie, so a late response carrying an older cookie cannot switch it off. In memory, like
    the upload jobs: one server process (a restart asks everyone to log in again)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._live: dict[str, dict[str, bool]] = {}

    def start(self) -> str:
        sid = secrets.token_urlsafe(24)
        with self._lock:
            self._live[sid] = {"presentation": False}
        return sid

    def alive(self, sid: object) -> bool:
        with self._lock:
            return isinstance(sid, str) and sid in self._live

    def end(self, sid: object) -> None:
        with self._lock:
            if isinstance(sid, str):
                self._live.pop(sid, None)

    def presentation(self, sid: object) -> bool:
        with self._lock:
            return isinstance(sid, str) and self._live.get(sid, {}).get("presentation", False)

    def set_presentation(self, sid: object, on: bool) -> None:
        with self._lock:
            if isinstance(sid, str) and sid in self._live:
                self._live[sid]["presentation"] = on


live_sessions = LiveSessions()


def set_presentation_mode(on: bool) -> None:
    live_sessions.set_presentation(flask.session.get("sid"), on)


def current_user() -> CurrentUser | None:
    """The logged-in user of this request, checked against the database every request."""
    if not flask.has_request_context():
        return None
    if "cspr_user" in flask.g:
        return flask.g.cspr_user  # type: ignore[no-any-return]
    found = None
    uid = flask.session.get("uid")
    if uid is not None and live_sessions.alive(flask.session.get("sid")):
        with db() as session:
            user = session.get(User, uid)
            if user is not None and flask.session.get("stamp") == session_stamp(user):
                found = CurrentUser(
                    user.id, user.username, user.role, user.agency, user.display_name
                )
    flask.g.cspr_user = found
    return found


def require(permission: str) -> CurrentUser:
    user = current_user()
    if user is None:
        raise Denied("log in first")
    if not user.can(permission):
        raise Denied(f"a {user.role_name.lower()} may not do this ({permission})")
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


def anonymised_view(user: CurrentUser) -> bool:
    """Panel members always see anonymised data; others when presentation mode is on."""
    return user.role in ALWAYS_ANONYMISED or presentation_mode()


def presentation_mode() -> bool:
    return flask.has_request_context() and live_sessions.presentation(flask.session.get("sid"))


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
                flask.abort(403, description=str(error))

        inner.permission = permission  # type: ignore[attr-defined]
        return inner  # type: ignore[return-value]

    return wrap


def new_secret() -> bytes:
    return secrets.token_bytes(32)
