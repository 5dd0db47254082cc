"""Issue 11 (database concurrency): a long upload check must not lock the database.

The issue saw a 19 MB upload make correct logins and a duplicate decision fail with HTTP 500
`database is locked`: SQLite ran in rollback-journal mode and the upload check (reading the
file) ran inside the upload's write transaction. Here the reading of an upload is held open
(deterministically, by an event, not by timing) while another thread logs in and records a
decision; both must succeed. The same tests run on PostgreSQL when CSPR_TEST_POSTGRES_URL is
set (each run in its own schema, as in tests/test_reviews_db.py).
"""

from __future__ import annotations

import base64
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from accounts import get_user
from dashboard import access
from dashboard.access import Context, CurrentUser
from dashboard.app import get_app, make_context
from dashboard.auth import limiter
from dashboard.demo import DEMO_DIR, load_demo
from reviews.casefiles import CaseFile, ReviewerDecision
from reviews.db import make_engine
from reviews.models import AuditEntry
from tests.databases import fresh_database
from tests.test_dashboard_support import login


@dataclass
class Backend:
    context: Context
    data_dir: Path
    app: Any


@contextmanager
def open_backend(kind: str, directory: Path) -> Iterator[Backend]:
    """The demo case on a fresh SQLite file or a fresh PostgreSQL schema, configured as the
    dashboard's data; `kind` "postgresql" skips without CSPR_TEST_POSTGRES_URL."""
    data_dir = directory / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    with fresh_database(kind, data_dir) as url:
        context = make_context(data_dir, url=url)
        try:
            with context.sessions.begin() as session:
                load_demo(session, data_dir)
            access.configure(context)
            found = Backend(context, data_dir, get_app())
            use(found)
            yield found
        finally:
            context.sessions.kw["bind"].dispose()


def use(backend: Backend) -> None:
    """Make `backend` the dashboard's data (other test modules configure their own)."""
    from dashboard import auth

    access.configure(backend.context)
    auth.install_secret(backend.app.server, backend.context.secret_key)
    limiter.reset()
    access.forget_views()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Backend]:
    with open_backend(request.param, tmp_path) as found:
        yield found


def _user(backend: Backend, username: str) -> CurrentUser:
    with backend.context.sessions.begin() as session:
        user = get_user(session, username)
        return CurrentUser(user.id, user.username, user.role, user.agency, user.display_name)


def _data_url(data: bytes) -> str:
    return "data:text/csv;base64," + base64.b64encode(data).decode()


class HeldReading:
    """Replaces the chronology reader: the first call signals and then waits to be released,
    standing in for the seconds a 19 MB upload takes to read."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from chronology import ingest
        from dashboard import case
        from dashboard.pages import upload

        self.real = ingest.read_chronology
        self.started = threading.Event()
        self.release = threading.Event()
        self.calls = 0
        monkeypatch.setattr(case, "read_chronology", self)
        monkeypatch.setattr(upload, "read_chronology", self, raising=False)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        if self.calls == 1:
            self.started.set()
            self.release.wait(120)
        return self.real(*args, **kwargs)


def _upload_in_thread(backend: Backend, held: HeldReading) -> tuple[threading.Thread, list[Any]]:
    from dashboard.pages import upload

    lead = _user(backend, "lead")
    data = (DEMO_DIR / "GP_chronology.csv").read_bytes()
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(
                upload.receive_files(lead, 1, [_data_url(data)], ["GP_v2.csv"], "chronology", "GP")
            )
        except Exception as error:  # reported by the test, not lost in the thread
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    assert held.started.wait(60), "the upload never started reading"
    return thread, outcome


def _finish(held: HeldReading, thread: threading.Thread, outcome: list[Any]) -> None:
    held.release.set()
    thread.join(120)
    assert outcome and not isinstance(outcome[0], Exception), outcome
    messages, file_id = outcome[0]
    assert file_id is not None, messages


def test_login_succeeds_while_an_upload_is_being_read(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    held = HeldReading(monkeypatch)
    thread, outcome = _upload_in_thread(backend, held)
    try:
        client = backend.app.server.test_client()
        response = login(client, "panel")
        assert response.status_code == 302, response.get_data(as_text=True)[:300]
        assert client.get("/_dash-layout").status_code == 200
        wrong = login(backend.app.server.test_client(), "support", "not the password")
        assert wrong.status_code == 401
    finally:
        _finish(held, thread, outcome)
    with backend.context.sessions.begin() as session:
        actions = list(session.scalars(select(AuditEntry.action)))
    assert "login" in actions and "login_failed" in actions


def test_decision_is_recorded_while_an_upload_is_being_read(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dashboard.case import load_case
    from dashboard.pages import duplicates

    with backend.context.sessions.begin() as session:
        case = load_case(session, backend.data_dir, 1)
    pair = case.run.integration.possible[0]
    held = HeldReading(monkeypatch)
    thread, outcome = _upload_in_thread(backend, held)
    try:
        message = duplicates.decide(
            _user(backend, "lead"), 1, case, duplicates.pair_id(pair), "different"
        )
        assert message == "Kept apart."
    finally:
        _finish(held, thread, outcome)
    with backend.context.sessions.begin() as session:
        decisions = list(session.scalars(select(ReviewerDecision)))
        overrides = list(session.scalars(select(AuditEntry).where(AuditEntry.action == "override")))
        uploads = list(session.scalars(select(CaseFile).where(CaseFile.filename == "GP_v2.csv")))
    assert [d.kind for d in decisions] == ["different"]
    assert any(o.entity == "ReviewerDecision" for o in overrides)
    assert len(uploads) == 1 and uploads[0].accepted > 0


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(tmp_path: Path) -> None:
    """Every connection: WAL (readers never wait for a writer) and a busy timeout (a writer
    waits for another instead of failing at once)."""
    engine = make_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 10_000
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def _broken_audit(*_args: Any, **_kwargs: Any) -> None:
    raise RuntimeError("audit table unavailable")


def test_a_decision_and_its_audit_row_are_one_transaction(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dashboard.case import load_case
    from dashboard.pages import duplicates
    from reviews import casefiles

    with backend.context.sessions.begin() as session:
        case = load_case(session, backend.data_dir, 1)
    pid = duplicates.pair_id(case.run.integration.possible[0])
    monkeypatch.setattr(casefiles, "audit", _broken_audit)
    with pytest.raises(RuntimeError, match="audit table"):
        duplicates.decide(_user(backend, "lead"), 1, case, pid, "same")
    with backend.context.sessions.begin() as session:
        assert session.scalar(select(ReviewerDecision)) is None


def test_an_upload_and_its_audit_row_are_one_transaction(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dashboard.pages import upload
    from reviews import casefiles

    uploads = backend.data_dir / "uploads"
    before = {p for p in uploads.rglob("*") if p.is_file()}
    monkeypatch.setattr(casefiles, "audit", _broken_audit)
    data = (DEMO_DIR / "GP_chronology.csv").read_bytes()
    with pytest.raises(RuntimeError, match="audit table"):
        upload.receive_files(
            _user(backend, "lead"), 1, [_data_url(data)], ["GP_v3.csv"], "chronology", "GP"
        )
    with backend.context.sessions.begin() as session:
        assert session.scalar(select(CaseFile).where(CaseFile.filename == "GP_v3.csv")) is None
    assert {p for p in uploads.rglob("*") if p.is_file()} == before


@pytest.mark.parametrize("page", ["chronology", "genogram"])
def test_a_case_build_does_not_hold_the_write_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, page: str
) -> None:
    """The view's audit row is committed before the case is built: while a build runs, another
    connection can take SQLite's write lock at once (it waited for the whole build before)."""
    import sqlite3
    from importlib import import_module

    from tests.test_dashboard_support import as_user

    during: list[str] = []

    def build_while_writing(session: Any, *args: Any, **kwargs: Any) -> Any:
        # A build starts by reading the review's files, as load_case does (which flushes
        # anything the session still holds to write).
        list(session.scalars(select(CaseFile)))
        database = next(backend.data_dir.glob("*.sqlite3"))
        other = sqlite3.connect(database, timeout=0.2)
        try:
            other.execute("BEGIN IMMEDIATE")  # the write lock, as a login or decision takes it
            other.execute("ROLLBACK")
            during.append("written")
        except sqlite3.OperationalError as error:
            during.append(str(error))
        finally:
            other.close()
        return real(session, *args, **kwargs)

    with open_backend("sqlite", tmp_path) as backend:
        module = import_module(f"dashboard.pages.{page}")  # after the app exists
        real = module.load_case
        monkeypatch.setattr(module, "load_case", build_while_writing)
        with as_user(backend, "lead"):  # type: ignore[arg-type]
            _user_seen, case = module._case(1)
        assert case.events
        with backend.context.sessions.begin() as session:
            views = list(session.scalars(select(AuditEntry).where(AuditEntry.action == "view")))
    assert during == ["written"]
    assert [v.field for v in views] == [page]
