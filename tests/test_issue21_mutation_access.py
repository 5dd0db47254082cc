"""Issue 21: direct tests for dashboard/access.py that kill mutmut's survivors.

A real database (SQLite, migrated) with five users, one per role, and two reviews; a bare Flask
app for the request context. Nothing in dashboard.access is replaced: logins are started,
ended and expired through `live_sessions`, and users are read back as a request would.

    users: ada (admin), lee (lead reviewer), pam (panel member), bea (business support),
           ula (agency uploader, Police)
    review R1: lee, pam and ula assigned      review R2: nobody assigned
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import flask
import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session, sessionmaker
from werkzeug.exceptions import Forbidden

from accounts import Assignment, LoginSession, User
from dashboard import access
from dashboard.access import (
    Context,
    CurrentUser,
    Denied,
    LiveSessions,
    anonymised_view,
    audit_view,
    current_user,
    guarded,
    live_sessions,
    presentation_mode,
    require,
    require_review,
    review_ids_for,
    session_max_age,
    session_stamp,
    set_presentation_mode,
    task_user,
    within,
)
from reviews.db import open_database
from reviews.models import AuditEntry, Review
from reviews.service import add_review

ROLES = {
    "ada": "admin",
    "lee": "lead_reviewer",
    "pam": "panel_member",
    "bea": "business_support",
    "ula": "agency_uploader",
}


@dataclass
class World:
    context: Context
    uid: dict[str, int]
    r1: int
    r2: int

    def session(self) -> Session:
        return self.context.sessions()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    folder = tmp_path_factory.mktemp("access")
    sessions = open_database(f"sqlite:///{folder / 'cspr.sqlite3'}")
    uid: dict[str, int] = {}
    with sessions.begin() as session:
        for name, role in ROLES.items():
            user = User(
                username=name,
                password_hash=f"hash-of-{name}",
                role=role,
                agency="Police" if role == "agency_uploader" else "",
                display_name=name.title(),
                created_at=dt.datetime(2026, 1, 1),
            )
            session.add(user)
            session.flush()
            uid[name] = user.id
        r1 = add_review(
            session, reference="R1", review_type="alternative_learning_review", user="t"
        )
        r2 = add_review(
            session, reference="R2", review_type="alternative_learning_review", user="t"
        )
        for name in ("lee", "pam", "ula"):
            session.add(Assignment(user_id=uid[name], review_id=r1.id))
        ids = (r1.id, r2.id)
    yield World(Context(folder, sessions), uid, *ids)
    sessions.kw["bind"].dispose()


@pytest.fixture(autouse=True)
def configured(world: World, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    previous = access._context
    monkeypatch.delenv("CSPR_SESSION_MAX_HOURS", raising=False)
    access.configure(world.context)
    access.forget_views()
    yield
    access.forget_views()
    access._context = previous


@pytest.fixture
def app() -> flask.Flask:
    server = flask.Flask("access-test")
    server.secret_key = "test secret"
    return server


def me(world: World, name: str) -> CurrentUser:
    return CurrentUser(world.uid[name], name, ROLES[name], "", name.title())


def log_in(world: World, name: str, *, bound: bool = True) -> str:
    """What the login page stores in the cookie: uid, stamp and a live session id."""
    sid = live_sessions.start(world.uid[name] if bound else None)
    flask.session["uid"] = world.uid[name]
    flask.session["stamp"] = session_stamp(User(password_hash=f"hash-of-{name}"))
    flask.session["sid"] = sid
    return sid


def started(world: World, hours_ago: float, uid: int | None = None) -> str:
    """A login row started `hours_ago`; returns its session id."""
    sid = f"sid-{hours_ago}-{uid}-{os.urandom(4).hex()}"
    with world.context.sessions.begin() as session:
        when = access.now() - dt.timedelta(hours=hours_ago)
        session.add(
            LoginSession(
                id_hash=hashlib.sha256(sid.encode()).hexdigest(),
                user_id=uid,
                started_at=when,
                presentation=True,
            )
        )
    return sid


def row(world: World, sid: str) -> LoginSession | None:
    with world.session() as session:
        return session.get(LoginSession, hashlib.sha256(sid.encode()).hexdigest())


# ------------------------------------------------------------------ set-up and context


def test_context_must_be_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(access, "_context", None)
    with pytest.raises(RuntimeError) as caught:
        access.context()
    assert str(caught.value) == "dashboard not configured: call dashboard.access.configure first"


def test_configure_removes_old_upload_leftovers(world: World, tmp_path: Path) -> None:
    leftover = tmp_path / "uploads" / "R9" / "staging-1"
    leftover.mkdir(parents=True)
    os.utime(leftover, (1_000_000_000, 1_000_000_000))  # 2001: long past the 600 s grace
    fresh = tmp_path / "uploads" / "R9" / "staging-2"
    fresh.mkdir()
    own = Context(tmp_path, world.context.sessions)
    assert access.configure(own) is own
    assert access.context() is own
    assert not leftover.exists()
    assert fresh.exists()


def test_configure_survives_a_database_it_cannot_read(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "uploads").mkdir()
    empty = sessionmaker(create_engine(f"sqlite:///{tmp_path / 'empty.sqlite3'}"))
    own = Context(tmp_path, empty)
    with caplog.at_level(logging.WARNING, logger="dashboard.access"):
        assert access.configure(own) is own
    assert access.context() is own
    found = [(r.name, r.levelname, r.getMessage()[:28]) for r in caplog.records]
    assert found == [("dashboard.access", "WARNING", "upload clean-up skipped: (sq")]
    empty.kw["bind"].dispose()


def test_db_commits_on_success_and_rolls_back_on_error(world: World) -> None:
    with access.db() as session:
        session.add(LoginSession(id_hash="db-ok", user_id=None, started_at=access.now()))
    with pytest.raises(ZeroDivisionError), access.db() as session:
        session.add(LoginSession(id_hash="db-bad", user_id=None, started_at=access.now()))
        session.flush()
        _ = 1 / 0
    with world.session() as session:
        assert session.get(LoginSession, "db-ok") is not None
        assert session.get(LoginSession, "db-bad") is None


def test_within_uses_the_callers_session_else_its_own(world: World) -> None:
    with world.context.sessions.begin() as mine, within(mine) as used:
        assert used is mine
    with within(None) as own:
        own.add(LoginSession(id_hash="within-own", user_id=None, started_at=access.now()))
    with world.session() as session:
        assert session.get(LoginSession, "within-own") is not None


# ------------------------------------------------------------------ users and stamps


def test_current_user_permissions_and_role_names(world: World) -> None:
    names = {
        "ada": "Administrator",
        "lee": "Lead reviewer",
        "pam": "Panel member",
        "bea": "Business support",
        "ula": "Agency uploader",
    }
    for name, title in names.items():
        assert me(world, name).role_name == title
    assert me(world, "pam").can("export")
    assert not me(world, "pam").can("upload")
    assert me(world, "ula").can("upload")
    assert not me(world, "ada").can("reviews.edit")
    assert me(world, "ada").can("audit.view")


def test_session_stamp_is_the_first_16_hex_of_the_password_hash_digest() -> None:
    # SHA-256 of "abc" is ba7816bf 8f01cfea 414140de ... (FIPS 180-2 test vector).
    assert session_stamp(User(password_hash="abc")) == "ba7816bf8f01cfea"


@pytest.mark.parametrize(
    ("setting", "hours"),
    [(None, 12), ("", 12), ("3", 3), ("1.5", 1.5), ("0", 12), ("-2", 12), ("twelve", 12)],
)
def test_session_max_age(
    setting: str | None, hours: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    if setting is not None:
        monkeypatch.setenv("CSPR_SESSION_MAX_HOURS", setting)
    assert session_max_age() == dt.timedelta(hours=hours)


@pytest.mark.parametrize("zone", ["UTC", "America/New_York", "Asia/Tokyo"])
def test_now_is_naive_utc_whatever_the_local_zone(
    zone: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        patch.setenv("TZ", zone)
        time.tzset()
        try:
            before = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
            now = access.now()
            after = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        finally:
            patch.undo()
            time.tzset()
    assert now.tzinfo is None
    assert before <= now <= after


# ------------------------------------------------------------------ live sessions


def test_a_started_login_is_stored_by_its_hash(world: World) -> None:
    before = access.now()
    sid = LiveSessions().start(world.uid["lee"])
    after = access.now()
    assert len(sid) == 32  # 24 random bytes, URL-safe base64
    found = row(world, sid)
    assert found is not None
    assert found.user_id == world.uid["lee"]
    assert found.presentation is False
    assert before <= found.started_at <= after
    with world.session() as session:
        assert session.get(LoginSession, sid) is None  # the id itself is never stored
    assert live_sessions.alive(sid)
    assert LiveSessions().start() != LiveSessions().start()


def test_a_login_started_in_the_callers_transaction_goes_with_it(world: World) -> None:
    with world.context.sessions() as session:
        sid = live_sessions.start(world.uid["lee"], session=session)
        assert session.get(LoginSession, hashlib.sha256(sid.encode()).hexdigest()) is not None
        session.rollback()
    assert not live_sessions.alive(sid)
    with world.context.sessions.begin() as session:
        kept = live_sessions.start(world.uid["lee"], session=session)
    assert live_sessions.alive(kept)


def test_alive_refuses_ids_that_are_not_strings(world: World) -> None:
    for sid in (None, "", 5, b"x", "never-started"):
        assert not live_sessions.alive(sid)
        assert not live_sessions.presentation(sid)


def test_a_login_past_its_lifetime_is_deleted(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = started(world, 12.5)
    recent = started(world, 11.5)
    assert not live_sessions.alive(old)
    assert row(world, old) is None
    assert live_sessions.alive(recent)
    assert live_sessions.presentation(recent)
    monkeypatch.setenv("CSPR_SESSION_MAX_HOURS", "11")
    assert not live_sessions.presentation(recent)
    assert row(world, recent) is None


def test_end_removes_only_that_login(world: World) -> None:
    one, two = live_sessions.start(), live_sessions.start()
    live_sessions.end(one)
    for nothing in (None, "", 5, b"x"):
        live_sessions.end(nothing)
    assert not live_sessions.alive(one)
    assert live_sessions.alive(two)


def test_presentation_is_kept_per_login(world: World) -> None:
    one, two = live_sessions.start(), live_sessions.start()
    assert live_sessions.presentation(one) is False
    live_sessions.set_presentation(one, True)
    assert live_sessions.presentation(one) is True
    assert live_sessions.presentation(two) is False
    live_sessions.set_presentation(one, False)
    assert live_sessions.presentation(one) is False
    live_sessions.set_presentation("never-started", True)  # nothing to change, no error
    assert not live_sessions.alive("never-started")


def test_forget_expired_deletes_only_expired_logins(world: World) -> None:
    old, recent = started(world, 13), started(world, 1)
    with world.context.sessions.begin() as session:
        live_sessions.forget_expired(session)
    assert row(world, old) is None
    assert row(world, recent) is not None


# ------------------------------------------------------------------ the request's user


def test_no_user_outside_a_request(world: World) -> None:
    assert current_user() is None
    assert presentation_mode() is False


def test_the_logged_in_user(world: World, app: flask.Flask) -> None:
    with app.test_request_context("/"):
        log_in(world, "ula")
        found = current_user()
        assert found == CurrentUser(world.uid["ula"], "ula", "agency_uploader", "Police", "Ula")
        assert flask.g.cspr_user == found
        assert flask.g.cspr_presentation is False
        assert require("upload") == found
        with pytest.raises(Denied) as caught:
            require("export")
        # (The message reads "a agency uploader"; either article is accepted here.)
        assert re.fullmatch(r"an? agency uploader may not do this \(export\)", str(caught.value))


def test_refusals_for_a_panel_member_and_a_stranger(world: World, app: flask.Flask) -> None:
    with app.test_request_context("/"):
        log_in(world, "pam")
        with pytest.raises(Denied) as caught:
            require("upload")
        assert str(caught.value) == "a panel member may not do this (upload)"
    with app.test_request_context("/"):
        assert current_user() is None
        assert flask.g.cspr_user is None
        assert flask.g.cspr_presentation is False
        with pytest.raises(Denied) as caught:
            require("session")
        assert str(caught.value) == "log in first"


def test_the_user_is_read_once_per_request(world: World, app: flask.Flask) -> None:
    with app.test_request_context("/"):
        sid = log_in(world, "lee")
        first = current_user()
        live_sessions.end(sid)
        assert current_user() is first
    with app.test_request_context("/"):
        flask.session.update({"uid": world.uid["lee"], "sid": sid})
        flask.session["stamp"] = session_stamp(User(password_hash="hash-of-lee"))
        assert current_user() is None  # logged out


def test_a_changed_password_or_a_borrowed_login_is_refused(world: World, app: flask.Flask) -> None:
    with app.test_request_context("/"):
        log_in(world, "lee")
        flask.session["stamp"] = session_stamp(User(password_hash="an older hash"))
        assert current_user() is None
    with app.test_request_context("/"):
        sid = log_in(world, "lee")
        flask.session["uid"] = world.uid["pam"]  # pam's id with lee's login
        flask.session["stamp"] = session_stamp(User(password_hash="hash-of-pam"))
        assert live_sessions.alive(sid)
        assert current_user() is None
    with app.test_request_context("/"):
        log_in(world, "pam", bound=False)  # a login not yet tied to an account
        found = current_user()
        assert found is not None and found.username == "pam"
    with app.test_request_context("/"):
        log_in(world, "pam")
        flask.session["uid"] = 987_654  # no such account
        assert current_user() is None


def test_presentation_mode_follows_the_login(world: World, app: flask.Flask) -> None:
    with app.test_request_context("/"):
        sid = log_in(world, "lee")
        live_sessions.set_presentation(sid, True)
        assert current_user() is not None
        assert flask.g.cspr_presentation is True
        assert presentation_mode() is True
        assert anonymised_view(me(world, "lee")) is True
    with app.test_request_context("/"):
        flask.session["sid"] = sid
        assert presentation_mode() is True  # read from the login when not yet known
        set_presentation_mode(False)
        assert flask.g.cspr_presentation is False
        assert presentation_mode() is False
    assert live_sessions.presentation(sid) is False
    with app.test_request_context("/"):
        flask.session["sid"] = sid
        set_presentation_mode(True)
        assert flask.g.cspr_presentation is True
    assert live_sessions.presentation(sid) is True


def test_anonymised_view_by_role(world: World, app: flask.Flask) -> None:
    with app.test_request_context("/"):
        flask.session["sid"] = live_sessions.start()
        for name in ("pam", "ada"):
            assert anonymised_view(me(world, name)) is True
        for name in ("lee", "bea", "ula"):
            assert anonymised_view(me(world, name)) is False


# ------------------------------------------------------------------ reviews


def test_review_ids_for_each_role(world: World) -> None:
    with world.session() as session:
        for name in ("ada", "bea"):
            assert review_ids_for(me(world, name), session) is None
        for name in ("lee", "pam", "ula"):
            assert review_ids_for(me(world, name), session) == {world.r1}
        ghost = CurrentUser(987_654, "ghost", "lead_reviewer", "", "Ghost")
        assert review_ids_for(ghost, session) == set()


def test_require_review(world: World) -> None:
    from dash.exceptions import PreventUpdate

    with world.session() as session:
        assert require_review(me(world, "lee"), world.r1, session).reference == "R1"
        assert require_review(me(world, "lee"), str(world.r1), session).reference == "R1"
        assert require_review(me(world, "bea"), world.r2, session).reference == "R2"
        with pytest.raises(PreventUpdate):
            require_review(me(world, "lee"), None, session)
        for bad in ("R1", [1], ""):
            with pytest.raises(Denied) as caught:
                require_review(me(world, "lee"), bad, session)
            assert str(caught.value) == "choose a review first"
        for who, review in (("lee", world.r2), ("ada", 987_654), ("pam", world.r2)):
            with pytest.raises(Denied) as caught:
                require_review(me(world, who), review, session)
            assert str(caught.value) == "you are not assigned to this review"


def test_task_user(world: World) -> None:
    with world.session() as session:
        found = task_user(session, world.uid["ula"], "upload", world.r1)
        assert found == CurrentUser(world.uid["ula"], "ula", "agency_uploader", "Police", "Ula")
        with pytest.raises(Denied) as caught:
            task_user(session, 987_654, "upload", world.r1)
        assert str(caught.value) == "the account that asked for this no longer exists"
        with pytest.raises(Denied) as caught:
            task_user(session, world.uid["pam"], "upload", world.r1)
        assert str(caught.value) == "a panel member may not do this (upload)"
        with pytest.raises(Denied) as caught:
            task_user(session, world.uid["ula"], "upload", world.r2)
        assert str(caught.value) == "you are not assigned to this review"


# ------------------------------------------------------------------ audit of views


def views(world: World) -> list[tuple[str, str, int | None, str, str, str]]:
    with world.session() as session:
        query = select(AuditEntry).where(AuditEntry.action == "view").order_by(AuditEntry.id)
        return [
            (e.user, e.entity, e.entity_id, e.review_reference, e.field, e.new_value)
            for e in session.scalars(query)
        ]


def test_a_view_is_recorded_once_a_minute_per_user_review_and_detail(world: World) -> None:
    seen = len(views(world))
    lee, pam = me(world, "lee"), me(world, "pam")
    with world.session() as session:
        r1 = session.get(Review, world.r1)
    audit_view(lee, r1, "duplicates")
    audit_view(lee, r1, "duplicates")  # the same: not again
    audit_view(lee, r1, "duplicates", "pair 3")  # another detail
    audit_view(pam, r1, "duplicates")  # another user
    audit_view(lee, None, "duplicates")  # no review
    assert views(world)[seen:] == [
        ("lee", "Review", world.r1, "R1", "duplicates", ""),
        ("lee", "Review", world.r1, "R1", "duplicates", "pair 3"),
        ("pam", "Review", world.r1, "R1", "duplicates", ""),
        ("lee", "User", world.uid["lee"], "", "duplicates", ""),
    ]
    access.forget_views()
    audit_view(lee, r1, "duplicates")
    assert len(views(world)) == seen + 5


def test_a_view_joins_the_callers_transaction(world: World) -> None:
    seen = len(views(world))
    with world.context.sessions() as session:
        audit_view(me(world, "bea"), None, "reviews", session=session)
        session.rollback()
    assert len(views(world)) == seen


def test_only_the_latest_5000_views_are_remembered(world: World) -> None:
    bea = me(world, "bea")
    with world.context.sessions.begin() as session:
        for number in range(5001):
            audit_view(bea, None, "page", str(number), session=session)
        # The newest 5000 are 1 to 5000: those are not recorded again, 0 is.
        audit_view(bea, None, "page", "5000", session=session)
        audit_view(bea, None, "page", "1", session=session)
        audit_view(bea, None, "page", "0", session=session)
    with world.session() as session:
        count = session.scalar(
            select(func.count()).where(AuditEntry.user == "bea", AuditEntry.field == "page")
        )
        again = session.scalar(
            select(func.count()).where(
                AuditEntry.user == "bea", AuditEntry.field == "page", AuditEntry.new_value == "0"
            )
        )
    assert (count, again) == (5002, 2)


# ------------------------------------------------------------------ guarded


def test_guarded_refuses_unknown_permissions() -> None:
    with pytest.raises(ValueError) as caught:
        guarded("reviews.delete")
    assert str(caught.value) == "unknown permission 'reviews.delete'"


def test_guarded_calls_through_or_answers_403(world: World, app: flask.Flask) -> None:
    @guarded("upload")
    def upload(name: str, *, size: int) -> str:
        """Take a file."""
        return f"{name}:{size}"

    assert upload.__name__ == "upload"
    assert upload.__doc__ == "Take a file."
    assert upload.permission == "upload"  # type: ignore[attr-defined]
    with app.test_request_context("/"):
        log_in(world, "lee")
        assert upload("a.xlsx", size=3) == "a.xlsx:3"
    with app.test_request_context("/"):
        log_in(world, "pam")
        with pytest.raises(Forbidden) as caught:
            upload("a.xlsx", size=3)
        assert caught.value.description == "a panel member may not do this (upload)"
    with app.test_request_context("/"), pytest.raises(Forbidden) as caught:
        upload("a.xlsx", size=3)
    assert caught.value.description == "log in first"


def test_new_secret_is_32_random_bytes() -> None:
    first, second = access.new_secret(), access.new_secret()
    assert isinstance(first, bytes)
    assert len(first) == len(second) == 32
    assert first != second


def test_presentation_mode_is_read_once_per_request(world: World, app: flask.Flask) -> None:
    sid = live_sessions.start()
    live_sessions.set_presentation(sid, True)
    with app.test_request_context("/"):
        flask.session["sid"] = sid
        assert presentation_mode() is True
        live_sessions.set_presentation(sid, False)  # another worker turns it off meanwhile
        assert presentation_mode() is True  # this request keeps what it first read
    with app.test_request_context("/"):
        flask.session["sid"] = sid
        assert presentation_mode() is False
