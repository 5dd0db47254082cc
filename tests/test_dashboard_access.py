"""Dashboard access: the login gate in front of Dash's own endpoints, sessions, rate limiting,
password hashing, and the role check on every callback (through Flask's test client)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from accounts import User, add_user
from dashboard import access
from dashboard.auth import MAX_FAILURES_PER_USER, RateLimiter, limiter
from reviews.models import AuditEntry
from tests.test_dashboard_support import (
    Demo,
    callback_key,
    dash_request,
    demo_fixture,
    login,
)

demo = demo_fixture("dashboard-access")


@pytest.fixture(autouse=True)
def _fresh_limiter(demo: Demo) -> None:
    access.configure(demo.context)
    limiter.reset()


DASH_ENDPOINTS = ("/_dash-layout", "/_dash-dependencies")


def test_dash_endpoints_refuse_anonymous_callers(demo: Demo) -> None:
    client = demo.app.server.test_client()
    for path in DASH_ENDPOINTS:
        assert client.get(path).status_code == 401, path
    key = callback_key(demo.app, "chr-timeline.figure")
    response = client.post(
        "/_dash-update-component", json=dash_request(demo.app, key, {"review-id.data": 1})
    )
    assert response.status_code == 401
    assert client.get("/_reload-hash").status_code == 401
    page = client.get("/chronology")
    assert page.status_code == 302
    assert page.headers["Location"].startswith("/login?next=/chronology")


def test_login_page_and_stylesheet_are_public(demo: Demo) -> None:
    client = demo.app.server.test_client()
    page = client.get("/login")
    assert page.status_code == 200
    assert "Content-Security-Policy" in page.headers
    with client.get("/assets/cspr.css") as stylesheet:
        assert stylesheet.status_code == 200


def test_login_sets_a_httponly_samesite_cookie_and_logout_ends_it(demo: Demo) -> None:
    client = demo.app.server.test_client()
    response = login(client, "lead")
    assert response.status_code == 302
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Strict" in cookie
    for path in DASH_ENDPOINTS:
        assert client.get(path).status_code == 200
    assert client.post("/logout").status_code == 302
    assert client.get("/_dash-layout").status_code == 401


def test_wrong_password_is_refused_and_audited(demo: Demo) -> None:
    client = demo.app.server.test_client()
    response = login(client, "lead", "not the password")
    assert response.status_code == 401
    assert "not recognised" in response.get_data(as_text=True)
    assert client.get("/_dash-layout").status_code == 401
    with demo.context.sessions.begin() as session:
        actions = set(session.scalars(select(AuditEntry.action).where(AuditEntry.user == "lead")))
    assert "login_failed" in actions


def test_login_needs_the_form_token(demo: Demo) -> None:
    client = demo.app.server.test_client()
    response = client.post("/login", data={"username": "lead", "password": "demo-lead-pass"})
    assert response.status_code == 400
    assert client.get("/_dash-layout").status_code == 401


def test_login_attempts_are_rate_limited(demo: Demo) -> None:
    client = demo.app.server.test_client()
    for _ in range(MAX_FAILURES_PER_USER):
        assert login(client, "panel", "wrong password!").status_code == 401
    blocked = login(client, "panel")  # even the right password, for a while
    assert blocked.status_code == 429
    assert "Too many failed attempts" in blocked.get_data(as_text=True)


def test_rate_limiter_window_passes() -> None:
    limiter = RateLimiter(window=10)
    for second in range(MAX_FAILURES_PER_USER):
        limiter.failed("x", "1.2.3.4", now=float(second))
    assert limiter.blocked_for("x", "1.2.3.4", now=5.0) > 0
    assert limiter.blocked_for("x", "1.2.3.4", now=20.0) == 0
    assert limiter.blocked_for("y", "5.6.7.8", now=5.0) == 0


def test_passwords_are_stored_hashed(demo: Demo) -> None:
    with demo.context.sessions.begin() as session:
        user = session.scalar(select(User).where(User.username == "lead"))
        assert user is not None
        assert "demo-lead-pass" not in user.password_hash
        assert user.password_hash.startswith(("scrypt:", "pbkdf2:"))
        with pytest.raises(ValueError, match="at least"):
            add_user(session, "shorty", "short", "admin", by="test")
        with pytest.raises(ValueError, match="is needed for an agency uploader"):
            add_user(session, "upl", "long enough pass", "agency_uploader", by="test")


def test_password_change_ends_other_sessions(demo: Demo) -> None:
    from accounts import set_password

    client = demo.app.server.test_client()
    with demo.context.sessions.begin() as session:
        add_user(session, "temp-user", "first password", "business_support", by="test")
    login(client, "temp-user", "first password")
    assert client.get("/_dash-layout").status_code == 200
    with demo.context.sessions.begin() as session:
        set_password(session, "temp-user", "second password", by="test")
    assert client.get("/_dash-layout").status_code == 401


def test_every_callback_is_guarded(demo: Demo) -> None:
    """Each Python callback carries the permission its decorator checks on the server."""
    unguarded = []
    for key, spec in demo.app.callback_map.items():
        function = spec.get("callback")
        if function is None or "_pages" in key:
            continue  # clientside, or Dash's own page router (behind the login gate)
        if getattr(function, "permission", None) is None:
            unguarded.append(key)
    assert not unguarded


def _chronology_call(demo: Demo, client: object, review: int) -> object:
    key = callback_key(demo.app, "chr-timeline.figure")
    body = dash_request(demo.app, key, {"review-id.data": review, "shell-mode.data": "normal"})
    return client.post("/_dash-update-component", json=body)  # type: ignore[attr-defined]


def test_agency_uploader_cannot_call_the_chronology_callback(demo: Demo) -> None:
    client = demo.app.server.test_client()
    login(client, "police")
    response = _chronology_call(demo, client, 1)
    assert response.status_code == 403  # type: ignore[attr-defined]
    layout = client.post(
        "/_dash-update-component",
        json=dash_request(
            demo.app,
            callback_key(demo.app, "_pages_content.children"),
            {"_pages_location.pathname": "/chronology"},
        ),
    )
    assert "do not have access" in layout.get_data(as_text=True)
    assert "chr-timeline" not in layout.get_data(as_text=True)


def test_lead_reviewer_gets_the_chronology(demo: Demo) -> None:
    client = demo.app.server.test_client()
    login(client, "lead")
    response = _chronology_call(demo, client, 1)
    assert response.status_code == 200  # type: ignore[attr-defined]
    body = json.loads(response.get_data(as_text=True))  # type: ignore[attr-defined]
    figure = body["response"]["chr-timeline"]["figure"]
    assert any(trace["type"] == "scattergl" for trace in figure["data"])


def test_reviews_are_limited_to_assignments(demo: Demo) -> None:
    client = demo.app.server.test_client()
    login(client, "panel")
    assert _chronology_call(demo, client, 1).status_code == 200  # type: ignore[attr-defined]
    assert _chronology_call(demo, client, 2).status_code == 403  # type: ignore[attr-defined]
    assert _chronology_call(demo, client, 999).status_code == 403  # type: ignore[attr-defined]


def test_business_support_cannot_see_case_data(demo: Demo) -> None:
    client = demo.app.server.test_client()
    login(client, "support")
    assert _chronology_call(demo, client, 1).status_code == 403  # type: ignore[attr-defined]
    key = callback_key(demo.app, "rev-grid.rowData")
    response = client.post("/_dash-update-component", json=dash_request(demo.app, key, {}))
    assert response.status_code == 200
    assert "CSPR-2021-03" in response.get_data(as_text=True)


def test_stores_hold_ids_only(demo: Demo) -> None:
    """The review store gets a number from the server, never case data."""
    client = demo.app.server.test_client()
    login(client, "lead")
    key = callback_key(demo.app, "review-id.data")
    response = client.post(
        "/_dash-update-component", json=dash_request(demo.app, key, {"shell-review.value": 1})
    )
    assert json.loads(response.get_data(as_text=True))["response"]["review-id"]["data"] == 1


def test_security_headers(demo: Demo) -> None:
    client = demo.app.server.test_client()
    login(client, "lead")
    page = client.get("/")
    policy = page.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "connect-src 'self'" in policy
    assert page.headers["X-Frame-Options"] == "DENY"


def test_open_redirect_is_refused(demo: Demo) -> None:
    client = demo.app.server.test_client()
    page = client.get("/login?next=//evil.example/")
    assert page.status_code == 200
    token = re.search(r'name="csrf" value="([^"]+)"', page.get_data(as_text=True))
    assert token is not None
    response = client.post(
        "/login?next=//evil.example/",
        data={"username": "lead", "password": "demo-lead-pass", "csrf": token.group(1)},
    )
    assert response.headers["Location"] == "/"


def test_no_cdn_in_the_index_page(demo: Demo) -> None:
    client = demo.app.server.test_client()
    login(client, "lead")
    html = client.get("/").get_data(as_text=True)
    assert not re.search(r'(?:src|href)="(?:https?:)?//', html)  # no script or style elsewhere
    assert Path(demo.data_dir / "session.key").stat().st_mode & 0o077 == 0


def test_no_review_chosen_is_not_an_error(demo: Demo) -> None:
    with demo.context.sessions.begin() as session:
        add_user(session, "new-lead", "a long password", "lead_reviewer", by="test")
    client = demo.app.server.test_client()
    login(client, "new-lead", "a long password")
    key = callback_key(demo.app, "chr-timeline.figure")
    response = client.post(
        "/_dash-update-component", json=dash_request(demo.app, key, {"review-id.data": None})
    )
    assert response.status_code == 204  # nothing to show yet, and nothing refused
    assert _chronology_call(demo, client, 1).status_code == 403  # type: ignore[attr-defined]


def test_callback_gate_checks_the_declared_permission_before_dash(demo: Demo) -> None:
    from dashboard.app import callback_permission
    from dashboard.auth import _callback_gate
    from tests.test_dashboard_support import as_user

    key = callback_key(demo.app, "chr-timeline.figure")
    assert callback_permission(key) == "chronology.view"
    assert callback_permission("..no-such.output..") is None
    body = dash_request(demo.app, key, {"review-id.data": 1})
    for username, allowed in (("police", False), ("lead", True)):
        with as_user(demo, username) as user:
            with demo.app.server.test_request_context(
                "/_dash-update-component", method="POST", json=body
            ):
                refused = _callback_gate(user)
            assert (refused is None) is allowed
            if refused is not None:
                assert refused.status_code == 403


def test_jobs_belong_to_who_started_them() -> None:
    from dashboard import jobs

    def work(progress: jobs.Progress) -> str:
        progress(1, "half way")
        return "done"

    job_id = jobs.start(7, 2, work)
    finished = jobs.wait(job_id, 7)
    assert finished is not None and finished.finished and finished.result == "done"
    assert jobs.get(job_id, 8) is None  # another user's job shows nothing

    def broken(progress: jobs.Progress) -> None:
        raise OSError("disk full")

    failed = jobs.wait(jobs.start(7, 1, broken), 7)
    assert failed is not None and "disk full" in failed.error


def test_refused_calls_are_audited_once_a_minute(demo: Demo) -> None:
    """Issue 11: a refused call (HTTP 403) is recorded with who, the permission and why;
    repeated refusals of one permission within a minute make one row."""
    from sqlalchemy import func, select

    from dashboard.access import forget_views
    from reviews.models import AuditEntry

    forget_views()
    with demo.context.sessions.begin() as session:
        before = session.scalar(select(func.max(AuditEntry.id))) or 0
    client = demo.app.server.test_client()
    login(client, "police")
    for _ in range(3):
        assert _chronology_call(demo, client, 1).status_code == 403  # type: ignore[attr-defined]
    with demo.context.sessions.begin() as session:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "refused", AuditEntry.id > before)
        ).all()
        seen = [(r.user, r.field, r.new_value) for r in rows]
    assert len(seen) == 1, seen
    user, permission, reason = seen[0]
    assert (user, permission) == ("police", "chronology.view")
    assert "may not do this" in reason
