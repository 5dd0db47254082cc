"""Issue 21: the login rate limit, checked so that it cannot pass by accident.

tests/test_dashboard_security_review.py counts the 401 answers to parallel wrong guesses and
asks for at most five: a server that answered every request with an error would pass it. Here
every answer is accounted for: exactly five "not recognised" and the rest "too many failed
attempts", and then even the right password is refused for the limit.
"""

from __future__ import annotations

import contextlib
import re
import threading
from typing import Any

import pytest

from dashboard import access, auth
from dashboard.auth import MAX_FAILURES_PER_USER
from tests.test_dashboard_support import Demo, demo_fixture, login

TOO_MANY = "Too many failed attempts"
NOT_RECOGNISED = "User name or password not recognised."


demo = demo_fixture("issue21-rate-limit")


@pytest.fixture(autouse=True)
def _configured(demo: Demo) -> None:
    access.configure(demo.context)
    auth.limiter.reset()


def _token(client: Any) -> str:
    page = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf" value="([^"]+)"', page)
    assert token is not None
    return token.group(1)


def test_parallel_wrong_guesses_are_refused_for_the_limit_not_by_errors(
    demo: Demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    parties = MAX_FAILURES_PER_USER + 3
    barrier = threading.Barrier(parties)
    real = auth.authenticate

    def together(session: Any, username: str, password: str) -> Any:
        # Only makes the race certain: every attempt is past the first check at once.
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait(timeout=20)
        return real(session, username, password)

    monkeypatch.setattr(auth, "authenticate", together)
    clients = [demo.app.server.test_client() for _ in range(parties)]
    tokens = [_token(client) for client in clients]
    answers: list[tuple[int, str]] = []
    lock = threading.Lock()

    def attempt(client: Any, token: str) -> None:
        response = client.post(
            "/login", data={"username": "support", "password": "wrong guess", "csrf": token}
        )
        with lock:
            answers.append((response.status_code, response.get_data(as_text=True)))

    pairs = zip(clients, tokens, strict=True)
    threads = [threading.Thread(target=attempt, args=pair) for pair in pairs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(answers) == parties
    codes = sorted(code for code, _ in answers)
    assert codes == [401] * MAX_FAILURES_PER_USER + [429] * 3, codes
    for code, body in answers:
        assert (NOT_RECOGNISED if code == 401 else TOO_MANY) in body, (code, body[:300])
    monkeypatch.setattr(auth, "authenticate", real)
    refused = login(demo.app.server.test_client(), "support")  # the right password
    assert refused.status_code == 429
    assert TOO_MANY in refused.get_data(as_text=True)


def test_the_same_user_is_not_refused_before_the_limit(demo: Demo) -> None:
    """The other side: four wrong guesses leave the right password working."""
    client = demo.app.server.test_client()
    for _ in range(MAX_FAILURES_PER_USER - 1):
        wrong = login(client, "panel", "wrong password!")
        assert wrong.status_code == 401
        assert NOT_RECOGNISED in wrong.get_data(as_text=True)
    assert login(client, "panel").status_code == 302
