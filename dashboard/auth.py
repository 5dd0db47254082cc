"""Logging in and out, and the gate in front of every URL.

The login page is a plain server-rendered form (no JavaScript), so nothing of the Dash app,
its layout or its callbacks is served before a login: `/_dash-layout`, `/_dash-dependencies`,
`/_dash-update-component` and the pages answer 401 or redirect. Passwords are checked against
salted hashes; failures are rate-limited per user name and per address and audited.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import secrets
import threading
import time
from collections import defaultdict, deque
from urllib.parse import urlparse

import flask

from dashboard.access import current_user, db, live_sessions, session_stamp
from reviews.casefiles import User, authenticate
from reviews.service import audit

PUBLIC_PATHS = ("/login", "/assets/", "/_favicon.ico", "/favicon.ico")
WINDOW_SECONDS = 600
MAX_FAILURES_PER_USER = 5
MAX_FAILURES_PER_ADDRESS = 20
SESSION_HOURS = 8
# No CDN, no inline resources from elsewhere: the browser itself refuses any other origin.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
    "connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; form-action 'self'; "
    "base-uri 'self'"
)


class RateLimiter:
    """Failed attempts in a sliding window, by user name and by address (in memory)."""

    def __init__(self, window: float = WINDOW_SECONDS) -> None:
        self.window = window
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        times = self._failures[key]
        while times and times[0] <= now - self.window:
            times.popleft()
        return times

    def blocked_for(self, username: str, address: str, now: float | None = None) -> float:
        """Seconds until another attempt is allowed (0: allowed now)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            return self._wait(username, address, now)

    def _wait(self, username: str, address: str, now: float) -> float:
        waits = []
        for key, limit in (
            (f"user:{username}", MAX_FAILURES_PER_USER),
            (f"addr:{address}", MAX_FAILURES_PER_ADDRESS),
        ):
            times = self._recent(key, now)
            if len(times) >= limit:
                waits.append(times[0] + self.window - now)
        return max(waits, default=0.0)

    def reserve(self, username: str, address: str, now: float | None = None) -> float:
        """Check and count an attempt in one step, before the (slow) password check, so that
        parallel attempts cannot all pass the check first; a success gives it back."""
        now = time.monotonic() if now is None else now
        with self._lock:
            wait = self._wait(username, address, now)
            if wait <= 0:
                self._failures[f"user:{username}"].append(now)
                self._failures[f"addr:{address}"].append(now)
            return wait

    def failed(self, username: str, address: str, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        with self._lock:
            self._failures[f"user:{username}"].append(now)
            self._failures[f"addr:{address}"].append(now)

    def succeeded(self, username: str, address: str | None = None) -> None:
        with self._lock:
            self._failures.pop(f"user:{username}", None)
            times = self._failures.get(f"addr:{address}") if address else None
            if times:
                times.pop()  # the attempt reserved for this login

    def reset(self) -> None:
        with self._lock:
            self._failures.clear()


limiter = RateLimiter()


def _login_page(message: str = "", username: str = "", status: int = 200) -> flask.Response:
    token = flask.session.get("csrf") or secrets.token_urlsafe(24)
    flask.session["csrf"] = token
    note = f'<p class="login-error" role="alert">{html.escape(message)}</p>' if message else ""
    body = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Log in · cspr</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/cspr.css"></head>
<body class="login-body"><main class="login-card">
<h1>Child Safeguarding Practice Reviews</h1>
<p>Log in to continue. All data stays on this server.</p>{note}
<form method="post" action="/login" autocomplete="off">
<input type="hidden" name="csrf" value="{token}">
<label for="username">User name</label>
<input id="username" name="username" value="{html.escape(username)}" required autofocus>
<label for="password">Password</label>
<input id="password" name="password" type="password" required>
<button type="submit" id="login-button">Log in</button>
</form></main></body></html>"""
    response = flask.make_response(body, status)
    response.headers["Cache-Control"] = "no-store"
    return response


def _safe_next(target: str | None) -> str:
    """Only a path on this site (no scheme, no host, no `//`): never an open redirect."""
    if not target:
        return "/"
    parsed = urlparse(target)
    if parsed.scheme or parsed.netloc or not target.startswith("/") or target.startswith("//"):
        return "/"
    return target


def login() -> flask.Response:
    if flask.request.method == "GET":
        if current_user() is not None:
            return flask.redirect("/")  # type: ignore[return-value]
        return _login_page()
    form = flask.request.form
    username = form.get("username", "").strip().lower()[:64]
    password = form.get("password", "")
    address = flask.request.remote_addr or "unknown"
    expected = flask.session.get("csrf", "")
    if not expected or not secrets.compare_digest(form.get("csrf", ""), expected):
        return _login_page("The form had expired; please try again.", username, 400)
    wait = limiter.reserve(username, address)
    if wait > 0:
        minutes = max(1, round(wait / 60))
        return _login_page(
            f"Too many failed attempts. Try again in about {minutes} minute(s).", username, 429
        )
    with db() as session:
        user = authenticate(session, username, password)
        if user is None:
            audit(
                session,
                username or "(blank)",
                "login_failed",
                User(),
                None,
                "address",
                None,
                address,
            )
            return _login_page("User name or password not recognised.", username, 401)
        limiter.succeeded(username, address)
        audit(session, user.username, "login", user, None, "address", None, address)
        stamp = session_stamp(user)
        uid = user.id
    flask.session.clear()
    flask.session.permanent = True
    flask.session["uid"] = uid
    flask.session["sid"] = live_sessions.start()
    flask.session["stamp"] = stamp
    flask.session["since"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    return flask.redirect(_safe_next(flask.request.args.get("next")))  # type: ignore[return-value]


def logout() -> flask.Response:
    user = current_user()
    if user is not None:
        with db() as session:
            account = session.get(User, user.id)
            if account is not None:
                audit(session, user.username, "logout", account, None)
    live_sessions.end(flask.session.get("sid"))
    flask.session.clear()
    return flask.redirect("/login")  # type: ignore[return-value]


def gate() -> flask.Response | None:
    """Before every request: public paths pass; everything else needs a logged-in user."""
    path = flask.request.path
    if path in ("/login", "/_favicon.ico", "/favicon.ico") or path.startswith("/assets/"):
        return None
    user = current_user()
    if user is not None:
        if path == "/_dash-update-component" and flask.request.method == "POST":
            return _callback_gate(user)
        return None
    if path.startswith("/_") or flask.request.method != "GET":
        response = flask.jsonify({"error": "log in first"})
        response.status_code = 401
        return response
    return flask.redirect(f"/login?next={path}")  # type: ignore[return-value]


def _callback_gate(user: object) -> flask.Response | None:
    """A second, independent check before Dash runs a callback: the permission its function
    declares (see `guarded`), looked up by the outputs the request names."""
    from dashboard.app import callback_permission

    body = flask.request.get_json(silent=True) or {}
    permission = callback_permission(str(body.get("output", "")))
    if permission is not None and not user.can(permission):  # type: ignore[attr-defined]
        response = flask.jsonify({"error": "not permitted"})
        response.status_code = 403
        return response
    return None


def secure_headers(response: flask.Response) -> flask.Response:
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    if flask.request.path.startswith("/_dash-update-component"):
        response.headers["Cache-Control"] = "no-store"
    return response


def install(server: flask.Flask, secret_key: bytes, secure_cookie: bool | None = None) -> None:
    """Login, logout and the gate. Behind HTTPS set CSPR_SECURE_COOKIE=1: the session cookie
    is then marked Secure (never sent over plain HTTP). It is off by default because the
    dashboard serves http://127.0.0.1 for one person on their own machine."""
    if secure_cookie is None:
        secure_cookie = os.environ.get("CSPR_SECURE_COOKIE", "") in {"1", "true", "yes"}
    server.secret_key = secret_key
    server.config.update(
        SESSION_COOKIE_NAME="cspr_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_SECURE=secure_cookie,
        PERMANENT_SESSION_LIFETIME=dt.timedelta(hours=SESSION_HOURS),
        MAX_CONTENT_LENGTH=64 << 20,
    )
    server.add_url_rule("/login", "cspr_login", login, methods=["GET", "POST"])
    server.add_url_rule("/logout", "cspr_logout", logout, methods=["POST"])
    server.before_request(gate)
    server.after_request(secure_headers)


def install_secret(server: flask.Flask, secret_key: bytes) -> None:
    """Use the current data folder's key (the app outlives a reconfiguration in tests)."""
    server.secret_key = secret_key
