"""Logging in and out, and the gate in front of every URL.

The login page is a plain server-rendered form (no JavaScript), so nothing of the Dash app,
its layout or its callbacks is served before a login: `/_dash-layout`, `/_dash-dependencies`,
`/_dash-update-component` and the pages answer 401 or redirect. Passwords are checked against
salted hashes; failures are rate-limited per user name and per address and audited.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import ipaddress
import os
import secrets
import time
from urllib.parse import urlparse

import flask
from sqlalchemy import case, delete, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session
from werkzeug.wrappers import Response

from accounts import LoginCounter, User, authenticate
from dashboard.access import (
    CurrentUser,
    audit_refused,
    current_user,
    db,
    live_sessions,
    session_stamp,
    within,
)
from reviews.service import audit

PUBLIC_PATHS = ("/login", "/assets/", "/_favicon.ico", "/favicon.ico")
WINDOW_SECONDS = 600
MAX_FAILURES_PER_USER = 5
MAX_FAILURES_PER_ADDRESS = 20
SESSION_HOURS = 8  # idle timeout: the cookie's lifetime, renewed by every request
# No CDN, no inline resources from elsewhere: the browser itself refuses any other origin.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
    "connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; form-action 'self'; "
    "base-uri 'self'"
)


class RateLimiter:
    """Failed logins counted per user name and per address, in the database (every worker
    process enforces the same limit). Only failures count: a correct password never does, so
    any number of people logging in at once lock nobody out.

    A key is locked once it has `limit` failures in a window opened by its first failure; a
    failure while locked is answered like a refusal, so attempts racing in parallel learn
    nothing past the limit (each failure is counted under a row lock, one after another)."""

    def __init__(self, window: float = WINDOW_SECONDS) -> None:
        self.window = window

    @staticmethod
    def _keys(username: str, address: str) -> tuple[tuple[str, int], tuple[str, int]]:
        return (
            (f"user:{username}"[:160], MAX_FAILURES_PER_USER),
            (f"addr:{address}"[:160], MAX_FAILURES_PER_ADDRESS),
        )

    def blocked_for(
        self,
        username: str,
        address: str,
        now: float | None = None,
        session: Session | None = None,
    ) -> float:
        """Seconds until another attempt is allowed (0: allowed now)."""
        now = time.time() if now is None else now
        waits = [0.0]
        with within(session) as db_session:
            for key, limit in self._keys(username, address):
                found = db_session.get(LoginCounter, key, populate_existing=True)
                if found is not None and found.failures >= limit:
                    waits.append(found.first_at + self.window - now)
        return max(waits)

    def failed(
        self,
        username: str,
        address: str,
        now: float | None = None,
        session: Session | None = None,
    ) -> bool:
        """Count one failure for the user name and the address; True if either was already
        locked before it (the caller then answers as for a refused attempt)."""
        now = time.time() if now is None else now
        locked = False
        with within(session) as db_session:
            for key, limit in self._keys(username, address):
                locked |= self._bump(db_session, key, now) > limit
        return locked

    def _bump(self, session: Session, key: str, now: float) -> int:
        """Add one failure atomically (an upsert holding the row lock) and return the count;
        a window that has passed starts again at this failure."""
        expired = LoginCounter.first_at <= now - self.window
        dialect = session.get_bind().dialect.name
        insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
        statement = insert(LoginCounter).values(key=key, first_at=now, failures=1)
        statement = statement.on_conflict_do_update(
            index_elements=[LoginCounter.key],
            set_={
                "failures": case((expired, 1), else_=LoginCounter.failures + 1),
                "first_at": case((expired, now), else_=LoginCounter.first_at),
            },
        )
        session.execute(statement)
        count = session.scalar(select(LoginCounter.failures).where(LoginCounter.key == key))
        return int(count or 0)

    def succeeded(
        self, username: str, address: str | None = None, session: Session | None = None
    ) -> None:
        """A correct password clears the user name's failures (never the address's: one
        address may be guessing many names)."""
        key = self._keys(username, address or "")[0][0]
        with within(session) as db_session:
            db_session.execute(delete(LoginCounter).where(LoginCounter.key == key))

    def reset(self) -> None:
        with db() as session:
            session.execute(delete(LoginCounter))


limiter = RateLimiter()


@functools.cache
def _networks(setting: str) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    networks = []
    for part in setting.replace(";", ",").split(","):
        if part.strip():
            try:
                networks.append(ipaddress.ip_network(part.strip(), strict=False))
            except ValueError:
                raise ValueError(
                    f"CSPR_TRUSTED_PROXIES: '{part.strip()[:60]}' is not an address or network "
                    "(e.g. 127.0.0.1 or 10.0.0.0/8)"
                ) from None
    return tuple(networks)


def trusted_proxies() -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    """CSPR_TRUSTED_PROXIES: addresses or networks of the reverse proxies in front of the
    dashboard (e.g. `127.0.0.1` or `10.0.0.0/8`), comma-separated. Empty: none."""
    return _networks(os.environ.get("CSPR_TRUSTED_PROXIES", ""))


def _trusted(
    address: str, networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]
) -> bool:
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return False
    return any(ip in network for network in networks)


def client_address() -> str:
    """Who is asking. X-Forwarded-For is believed only when the request comes from a trusted
    proxy (anyone can send the header): then the client is the nearest address in it that is
    not itself a trusted proxy. Behind a proxy that is not configured, every client has the
    proxy's address and the per-address limit applies to all of them together."""
    remote = flask.request.remote_addr or "unknown"
    networks = trusted_proxies()
    if not networks or not _trusted(remote, networks):
        return remote
    forwarded = ",".join(flask.request.headers.getlist("X-Forwarded-For"))
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    for hop in reversed(hops):
        if not _trusted(hop, networks):
            try:
                return str(ipaddress.ip_address(hop))
            except ValueError:
                return remote  # a malformed entry: fall back to what we know
    return hops[0] if hops else remote


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


def _too_many(wait: float, username: str) -> flask.Response:
    minutes = max(1, round(wait / 60))
    return _login_page(
        f"Too many failed attempts. Try again in about {minutes} minute(s).", username, 429
    )


def login() -> Response:
    """Check the password outside any write transaction; record the outcome (the failure
    count, the login and their audit rows) in one short transaction."""
    if flask.request.method == "GET":
        if current_user() is not None:
            return flask.redirect("/")
        return _login_page()
    form = flask.request.form
    username = form.get("username", "").strip().lower()[:64]
    password = form.get("password", "")
    address = client_address()
    expected = flask.session.get("csrf", "")
    if not expected or not secrets.compare_digest(form.get("csrf", ""), expected):
        return _login_page("The form had expired; please try again.", username, 400)
    who = username or "(blank)"
    with db() as session:
        wait = limiter.blocked_for(username, address, session=session)
        if wait > 0:
            audit(session, who, "login_refused", User(), None, "address", None, address)
    if wait > 0:
        return _too_many(wait, username)
    with db() as session:
        user = authenticate(session, username, password)
        account = (user.id, user.username, session_stamp(user)) if user is not None else None
    if account is None:
        with db() as session:
            locked = limiter.failed(username, address, session=session)
            note = f"{address} (while locked)" if locked else address
            audit(session, who, "login_failed", User(), None, "address", None, note)
            wait = limiter.blocked_for(username, address, session=session) if locked else 0
        if locked:
            return _too_many(wait, username)
        return _login_page("User name or password not recognised.", username, 401)
    uid, name, stamp = account
    with db() as session:
        # Failures by parallel attempts may have locked the name while this one was checked.
        wait = limiter.blocked_for(username, address, session=session)
        entry = session.get(User, uid) or User(id=uid)
        if wait > 0:
            audit(session, name, "login_refused", entry, None, "address", None, address)
            sid = ""
        else:
            limiter.succeeded(username, address, session=session)
            audit(session, name, "login", entry, None, "address", None, address)
            live_sessions.forget_expired(session)
            sid = live_sessions.start(uid, session=session)
    if not sid:
        return _too_many(wait, username)
    flask.session.clear()
    flask.session.permanent = True
    flask.session["uid"] = uid
    flask.session["sid"] = sid
    flask.session["stamp"] = stamp
    flask.session["since"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    return flask.redirect(_safe_next(flask.request.args.get("next")))


def logout() -> Response:
    user = current_user()
    if user is not None:
        with db() as session:
            account = session.get(User, user.id)
            if account is not None:
                audit(session, user.username, "logout", account, None)
    live_sessions.end(flask.session.get("sid"))
    flask.session.clear()
    return flask.redirect("/login")


def gate() -> Response | None:
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
    return flask.redirect(f"/login?next={path}")


def _callback_gate(user: CurrentUser) -> flask.Response | None:
    """A second, independent check before Dash runs a callback: the permission its function
    declares (see `guarded`), looked up by the outputs the request names."""
    from dashboard.app import callback_permission

    body = flask.request.get_json(silent=True) or {}
    permission = callback_permission(str(body.get("output", "")))
    if permission is not None and not user.can(permission):
        audit_refused(permission, f"{user.role_name} may not do this ({permission})")
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
