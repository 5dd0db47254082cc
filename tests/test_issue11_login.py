"""Issue 11: the login rate limit counts failures only, per user name and per address, behind a
configurable trusted proxy, with its counters in the database; refused attempts are audited;
a login has an absolute lifetime. Run on SQLite and (with CSPR_TEST_POSTGRES_URL) PostgreSQL.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import delete, select, update

from accounts import LoginCounter, LoginSession
from dashboard import auth
from dashboard.auth import MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_USER, RateLimiter
from reviews.models import AuditEntry
from tests.test_dashboard_support import PASSWORDS
from tests.test_issue11_concurrency import Backend, open_backend, use


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def shared(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Backend]:
    with open_backend(request.param, tmp_path_factory.mktemp("issue11-login")) as found:
        yield found


@pytest.fixture
def backend(shared: Backend) -> Backend:
    """The module's database with no login, counter or audit entry left by another test."""
    use(shared)
    with shared.context.sessions.begin() as session:
        session.execute(delete(LoginSession))
        session.execute(delete(AuditEntry))
    return shared


def _post_login(
    client: Any, username: str, password: str | None = None, forwarded: str | None = None
) -> Any:
    page = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf" value="([^"]+)"', page)
    assert token is not None
    headers = {"X-Forwarded-For": forwarded} if forwarded else {}
    return client.post(
        "/login",
        data={
            "username": username,
            "password": PASSWORDS[username] if password is None else password,
            "csrf": token.group(1),
        },
        headers=headers,
    )


def _fail(backend: Backend, username: str, times: int, forwarded: str | None = None) -> list[int]:
    client = backend.app.server.test_client()
    return [
        _post_login(client, username, "wrong password!", forwarded).status_code
        for _ in range(times)
    ]


def _actions(backend: Backend, user: str) -> list[tuple[str, str]]:
    with backend.context.sessions.begin() as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.new_value)
            .where(AuditEntry.user == user)
            .order_by(AuditEntry.id)
        )
        return [(a, v) for a, v in rows]


def test_correct_logins_never_count(backend: Backend) -> None:
    """More correct logins than either limit, from one address: none is refused."""
    for _ in range(MAX_FAILURES_PER_ADDRESS + 2):
        response = _post_login(backend.app.server.test_client(), "lead")
        assert response.status_code == 302
    with backend.context.sessions.begin() as session:
        assert session.scalar(select(LoginCounter)) is None


def test_concurrent_correct_logins_lock_nobody_out(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The issue saw parallel correct logins counted as failures. A barrier inside the
    password check holds every attempt in flight at once."""
    parties = MAX_FAILURES_PER_USER + 3
    barrier = threading.Barrier(parties)
    real = auth.authenticate

    def slow(session: Any, username: str, password: str) -> Any:
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait(timeout=20)
        return real(session, username, password)

    monkeypatch.setattr(auth, "authenticate", slow)
    codes: list[int] = []
    lock = threading.Lock()

    def attempt() -> None:
        code = _post_login(backend.app.server.test_client(), "panel").status_code
        with lock:
            codes.append(code)

    threads = [threading.Thread(target=attempt) for _ in range(parties)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert codes == [302] * parties


def test_parallel_wrong_guesses_learn_nothing_past_the_limit(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Failures only are counted, yet attempts racing each other still get at most the limit
    of answers: a failure counted while the name is locked is answered 429."""
    parties = MAX_FAILURES_PER_USER + 3
    barrier = threading.Barrier(parties)
    real = auth.authenticate

    def slow(session: Any, username: str, password: str) -> Any:
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait(timeout=20)
        return real(session, username, password)

    monkeypatch.setattr(auth, "authenticate", slow)
    codes: list[int] = []
    lock = threading.Lock()

    def attempt() -> None:
        client = backend.app.server.test_client()
        code = _post_login(client, "support", "wrong guess!").status_code
        with lock:
            codes.append(code)

    threads = [threading.Thread(target=attempt) for _ in range(parties)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(codes) == [401] * MAX_FAILURES_PER_USER + [429] * 3
    failed = [v for a, v in _actions(backend, "support") if a == "login_failed"]
    assert len(failed) == parties
    assert sum("(while locked)" in v for v in failed) == 3


def test_failures_lock_the_user_name_from_any_address(backend: Backend) -> None:
    codes = []
    for number in range(MAX_FAILURES_PER_USER):
        environ = {"REMOTE_ADDR": f"192.0.2.{number + 1}"}
        client = backend.app.server.test_client()
        client.environ_base.update(environ)
        codes.append(_post_login(client, "panel", "wrong password!").status_code)
    assert codes == [401] * MAX_FAILURES_PER_USER
    fresh = backend.app.server.test_client()
    fresh.environ_base["REMOTE_ADDR"] = "198.51.100.9"
    assert _post_login(fresh, "panel").status_code == 429
    assert _post_login(fresh, "lead").status_code == 302  # other names are not locked


def test_failures_lock_the_address_across_user_names(backend: Backend) -> None:
    client = backend.app.server.test_client()
    client.environ_base["REMOTE_ADDR"] = "203.0.113.7"
    names = ["lead", "panel", "support", "police", "admin"]
    codes = [
        _post_login(client, names[n % len(names)], "wrong password!").status_code
        for n in range(MAX_FAILURES_PER_ADDRESS)
    ]
    assert codes == [401] * MAX_FAILURES_PER_ADDRESS  # 4 per name: no name is locked
    assert _post_login(client, "lead").status_code == 429  # the address is locked
    other = backend.app.server.test_client()
    other.environ_base["REMOTE_ADDR"] = "203.0.113.8"
    assert _post_login(other, "lead").status_code == 302


def test_forwarded_for_is_ignored_unless_the_proxy_is_trusted(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without CSPR_TRUSTED_PROXIES anyone could send X-Forwarded-For to dodge the address
    limit: it is ignored, and every attempt counts against the connecting address."""
    monkeypatch.delenv("CSPR_TRUSTED_PROXIES", raising=False)
    names = ["lead", "panel", "support", "police", "admin"]
    client = backend.app.server.test_client()
    for n in range(MAX_FAILURES_PER_ADDRESS):
        forged = f"198.51.100.{n + 1}"
        _post_login(client, names[n % len(names)], "wrong password!", forwarded=forged)
    assert _post_login(client, "lead", forwarded="198.51.100.200").status_code == 429


def test_behind_a_trusted_proxy_one_client_does_not_lock_out_the_others(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The issue: behind a reverse proxy one address's failures locked out everyone."""
    monkeypatch.setenv("CSPR_TRUSTED_PROXIES", "127.0.0.1, 10.0.0.0/8")
    names = ["lead", "panel", "support", "police", "admin"]
    client = backend.app.server.test_client()
    for n in range(MAX_FAILURES_PER_ADDRESS):
        # A client may prepend anything; the proxy appends the address it saw.
        _post_login(
            client, names[n % len(names)], "wrong password!", forwarded=f"1.1.1.{n}, 203.0.113.5"
        )
    assert _post_login(client, "lead", forwarded="203.0.113.5").status_code == 429
    assert _post_login(client, "lead", forwarded="198.51.100.7, 10.1.2.3").status_code == 302
    refused = [v for a, v in _actions(backend, "lead") if a == "login_refused"]
    assert refused == ["203.0.113.5"]


def test_counters_live_in_the_database(backend: Backend) -> None:
    """Another worker process has its own limiter object and shares only the database."""
    RateLimiter().failed("panel", "192.0.2.1")
    for _ in range(MAX_FAILURES_PER_USER - 1):
        RateLimiter().failed("panel", "192.0.2.2")
    other_process = RateLimiter()
    assert other_process.blocked_for("panel", "192.0.2.3") > 0
    assert other_process.blocked_for("lead", "192.0.2.3") == 0
    with backend.context.sessions.begin() as session:
        counter = session.get(LoginCounter, "user:panel")
        assert counter is not None and counter.failures == MAX_FAILURES_PER_USER


def test_refused_attempts_are_audited(backend: Backend) -> None:
    assert _fail(backend, "panel", MAX_FAILURES_PER_USER + 1)[-1] == 429
    assert _post_login(backend.app.server.test_client(), "panel").status_code == 429
    actions = [a for a, _ in _actions(backend, "panel")]
    assert actions.count("login_failed") == MAX_FAILURES_PER_USER
    assert actions.count("login_refused") == 2
    assert "login" not in actions


def test_a_correct_login_clears_the_name_but_not_the_address(backend: Backend) -> None:
    _fail(backend, "panel", MAX_FAILURES_PER_USER - 1)
    assert _post_login(backend.app.server.test_client(), "panel").status_code == 302
    assert _fail(backend, "panel", MAX_FAILURES_PER_USER - 1) == [401] * (MAX_FAILURES_PER_USER - 1)
    with backend.context.sessions.begin() as session:
        address = session.get(LoginCounter, "addr:127.0.0.1")
        assert address is not None and address.failures == 2 * (MAX_FAILURES_PER_USER - 1)


# --------------------------------------------------------------------------- sessions


def _age_sessions(backend: Backend, hours: float) -> None:
    with backend.context.sessions.begin() as session:
        session.execute(
            update(LoginSession).values(
                started_at=dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(hours=hours)
            )
        )


def test_a_login_ends_after_its_absolute_lifetime(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    """However busy it is kept (the cookie's idle timeout slides), a login lasts at most
    CSPR_SESSION_MAX_HOURS (12 by default)."""
    monkeypatch.delenv("CSPR_SESSION_MAX_HOURS", raising=False)
    client = backend.app.server.test_client()
    assert _post_login(client, "lead").status_code == 302
    _age_sessions(backend, 11.5)
    assert client.get("/_dash-layout").status_code == 200
    _age_sessions(backend, 12.5)
    assert client.get("/_dash-layout").status_code == 401
    with backend.context.sessions.begin() as session:
        assert session.scalar(select(LoginSession)) is None  # ended, not only refused


def test_the_absolute_lifetime_is_configurable(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CSPR_SESSION_MAX_HOURS", "24")
    client = backend.app.server.test_client()
    assert _post_login(client, "lead").status_code == 302
    _age_sessions(backend, 20)
    assert client.get("/_dash-layout").status_code == 200
    monkeypatch.setenv("CSPR_SESSION_MAX_HOURS", "2")
    assert client.get("/_dash-layout").status_code == 401


def test_sessions_are_shared_by_worker_processes(backend: Backend) -> None:
    """A login is a database row (only its id's hash is stored): logout on one worker ends
    it on all, and the cookie alone proves nothing."""
    client = backend.app.server.test_client()
    assert _post_login(client, "lead").status_code == 302
    cookie = client.get_cookie("cspr_session").value
    with backend.context.sessions.begin() as session:
        rows = list(session.scalars(select(LoginSession)))
    assert len(rows) == 1 and len(rows[0].id_hash) == 64
    assert rows[0].id_hash not in cookie
    with backend.context.sessions.begin() as session:
        session.execute(delete(LoginSession))  # another worker logged this session out
    assert client.get("/_dash-layout").status_code == 401
