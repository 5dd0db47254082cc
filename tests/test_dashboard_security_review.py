"""Security review of the dashboard (see the review report). Each test names one behaviour:
tests of a finding FAIL while the issue is present (the assertion states the required
behaviour); tests marked "sound" pass and pin down what was checked and found correct.
Every finding has since been fixed, so these now guard against regressions.

All calls go through Flask's test client and `/_dash-update-component`, as a browser would.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from accounts import assign
from dashboard import access, auth
from dashboard.auth import MAX_FAILURES_PER_USER, limiter
from reviews import service
from reviews.casefiles import (
    CaseFile,
    ReviewerDecision,
    add_decision,
    saved_mapping_json,
    set_file_status,
    store_file,
)
from tests.test_dashboard_support import Demo, dash_request, demo_fixture, login

# Names of the fictional demo family (sample_data/demo_case/family.xlsx).
FAMILY_NAMES = ("Chelsea", "Mitchell", "Kayden", "Hughes")
# A chronology whose time cell holds a name (agencies' spreadsheets often do this).
NAMED_CSV = (
    b"Date,Time,Type,Entry\n"
    b'01/02/2020,with Chelsea Mitchell,Home visit,"Chelsea Mitchell seen at home with Kayden."\n'
    b'03/02/2020,10:00,Phone call,"Call to Chelsea Mitchell about Kayden Hughes."\n'
)


demo = demo_fixture("dashboard-security")


@pytest.fixture(autouse=True)
def _fresh(demo: Demo) -> None:
    access.configure(demo.context)
    auth.install_secret(demo.app.server, demo.context.secret_key)
    limiter.reset()


# --------------------------------------------------------------------------- helpers


def key_for(demo: Demo, function_name: str) -> str:
    """The callback_map key of the Python callback called `function_name`."""
    for key, spec in demo.app.callback_map.items():
        function = spec.get("callback")
        if function is not None and getattr(function, "__name__", "") == function_name:
            return key
    raise KeyError(function_name)


def call(
    demo: Demo, client: Any, function_name: str, values: dict[str, Any], changed: str = ""
) -> Any:
    key = key_for(demo, function_name)
    body = dash_request(demo.app, key, values)
    for output in body["outputs"] if isinstance(body["outputs"], list) else [body["outputs"]]:
        output["property"] = output["property"].split("@")[0]
    if changed:
        body["changedPropIds"] = [changed]
    return client.post("/_dash-update-component", json=body)


def response_of(result: Any) -> dict[str, Any]:
    assert result.status_code == 200, result.get_data(as_text=True)[:300]
    return json.loads(result.get_data(as_text=True))["response"]  # type: ignore[no-any-return]


def client_for(demo: Demo, username: str) -> Any:
    client = demo.app.server.test_client()
    assert login(client, username).status_code == 302
    return client


def grid_rows(demo: Demo, client: Any, review_id: int, **extra: Any) -> list[dict[str, Any]]:
    values = {
        "review-id.data": review_id,
        "chr-grid.getRowsRequest": {"startRow": 0, "endRow": 500, **extra},
    }
    found = response_of(call(demo, client, "chronology_rows", values))
    return found["chr-grid"]["getRowsResponse"]["rowData"]  # type: ignore[no-any-return]


def names_in(text: str) -> list[str]:
    return [n for n in FAMILY_NAMES if n.lower() in text.lower()]


def add_named_file(demo: Demo, reference: str, filename: str) -> None:
    with demo.context.sessions.begin() as session:
        review = service.get_review(session, reference)
        entry = store_file(session, demo.data_dir, review, filename, NAMED_CSV, by="lead")
        entry.agency = "Health"
        set_file_status(session, entry, "confirmed", by="lead")


# ====================================================================== findings (fail now)


def test_panel_member_gets_real_names_when_review_has_no_family_workbook(demo: Demo) -> None:
    """HIGH. The screen anonymiser is built from the family workbook; with none (yet), it only
    strips postcodes/phones, so a panel member reads every name. Exports fail closed here
    ("needs the family workbook"); the screen fails open."""
    with demo.context.sessions.begin() as session:
        service.add_review(
            session,
            reference="CSPR-NOFAM",
            review_type="rapid_review",
            user="test",
            referral_date=dt.date(2024, 1, 2),
        )
        assign(session, "panel", "CSPR-NOFAM", by="test")
        assign(session, "lead", "CSPR-NOFAM", by="test")
        review_id = service.get_review(session, "CSPR-NOFAM").id
    add_named_file(demo, "CSPR-NOFAM", "Health_chronology.csv")
    rows = grid_rows(demo, client_for(demo, "panel"), review_id)
    assert rows, "the chronology should have rows"
    leaked = sorted({n for row in rows for n in names_in(row["text"])})
    assert not leaked, f"panel member received family names: {leaked}"


def test_panel_member_event_detail_leaks_names_in_row_warnings(demo: Demo) -> None:
    """MEDIUM. event_detail() anonymises type/text/outcome but prints `source.warnings` (and
    `category_reason`, `merge_reasons`) raw; a warning quotes the cell it could not read."""
    add_named_file(demo, "CSPR-2021-03", "Health_extra.csv")
    client = client_for(demo, "panel")
    rows = grid_rows(demo, client, 1)
    target = next(r for r in rows if r["date"] == "01/02/2020" and "at home" in r["text"])
    assert not names_in(target["text"])  # the table itself is anonymised
    result = call(
        demo,
        client,
        "select_event",
        {"chr-grid.cellClicked": {"rowId": target["id"]}, "review-id.data": 1},
        changed="chr-grid.cellClicked",
    )
    detail = json.dumps(response_of(result)["chr-detail"]["children"])
    assert not names_in(detail), f"event detail shows {names_in(detail)} to a panel member"


def test_panel_member_sees_names_in_agency_labels(demo: Demo) -> None:
    """LOW/MEDIUM. Agency labels are never anonymised (grid `agencies`, lanes, legend, event
    detail), but an unknown agency is taken as written from the file name or an agency
    column; "Hughes_family_notes.csv" becomes the agency "Hughes family notes"."""
    with demo.context.sessions.begin() as session:
        review = service.get_review(session, "CSPR-2021-03")
        entry = store_file(
            session, demo.data_dir, review, "Hughes_family_notes.csv", NAMED_CSV, by="lead"
        )
        set_file_status(session, entry, "confirmed", by="lead")
    rows = grid_rows(demo, client_for(demo, "panel"), 1)
    leaked = sorted({n for row in rows for n in names_in(row["agencies"])})
    assert not leaked, f"agency labels carry names: {leaked}"


def test_panel_member_sees_meeting_attendee_names(demo: Demo) -> None:
    """LOW. review_body() passes recommendations/actions/votes through the anonymiser but not
    attendees, whose names the case anonymiser itself treats as names (practitioners)."""
    with demo.context.sessions.begin() as session:
        review = service.get_review(session, "CSPR-2021-03")
        service.add_attendee(session, review, "Amy Clarke", "Eastfield CSC", "local_authority", "t")
    client = client_for(demo, "panel")
    body = json.dumps(response_of(call(demo, client, "show_review", {"rvd-id.data": "1"})))
    assert "Amy Clarke" not in body


def test_admin_reads_unanonymised_review_free_text(demo: Demo) -> None:
    """LOW. admin.py shows audit values anonymised because "administrators hold no case role",
    yet /review?id=N gives an admin (and business support) recommendations, actions and vote
    rationales verbatim."""
    with demo.context.sessions.begin() as session:
        review = service.get_review(session, "CSPR-2021-03")
        service.add_recommendation(
            session, review, "Professionals to hear Chelsea Mitchell's account directly.", "t"
        )
    client = client_for(demo, "admin")
    body = json.dumps(response_of(call(demo, client, "show_review", {"rvd-id.data": "1"})))
    assert not names_in(body), f"admin sees {names_in(body)}"


def test_anonymised_grid_sorts_by_the_original_text(demo: Demo) -> None:
    """LOW (side channel). SORTABLE['text'] sorts by raw event_text even when the rows are
    anonymised, so the order tells a panel member the real first words (names) of entries."""
    client = client_for(demo, "panel")
    rows = grid_rows(demo, client, 1, sortModel=[{"colId": "text", "sort": "asc"}])
    texts = [r["text"].lower() for r in rows]
    assert texts == sorted(texts), "order follows the hidden original text"


def test_logout_does_not_revoke_the_session_cookie(demo: Demo) -> None:
    """MEDIUM. Sessions are Flask's signed client-side cookies: logout only asks the browser
    to forget it; a copied cookie keeps working for up to 8 hours (and is re-issued with a
    fresh expiry on every request, so it never expires while used; `since` is never checked)."""
    client = client_for(demo, "lead")
    stolen = client.get_cookie("cspr_session").value
    refreshed = client.get("/_dash-layout")
    assert "cspr_session=" in refreshed.headers.get("Set-Cookie", "")  # sliding expiry
    assert client.post("/logout").status_code == 302
    assert client.get("/_dash-layout").status_code == 401
    client.set_cookie("cspr_session", stolen)
    assert client.get("/_dash-layout").status_code == 401, "logged-out cookie still accepted"


def test_session_cookie_can_be_marked_secure(monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by review (fixed as an option): behind HTTPS, CSPR_SECURE_COOKIE=1 marks the
    session cookie Secure; plain http://127.0.0.1 for one person keeps it off by default."""
    import flask

    from dashboard import auth

    monkeypatch.setenv("CSPR_SECURE_COOKIE", "1")
    server = flask.Flask("secure-test")
    auth.install(server, b"k" * 32)
    assert server.config["SESSION_COOKIE_SECURE"] is True
    monkeypatch.delenv("CSPR_SECURE_COOKIE")
    plain = flask.Flask("plain-test")
    auth.install(plain, b"k" * 32)
    assert plain.config["SESSION_COOKIE_SECURE"] is False


def test_public_prefix_serves_the_dash_app_to_anonymous_callers(demo: Demo) -> None:
    """LOW. gate() lets through any path that merely *starts with* /favicon.ico or
    /_favicon.ico, and Dash's catch-all route answers them with the app's index page."""
    client = demo.app.server.test_client()
    for path in ("/favicon.icox", "/_favicon.ico/review", "/favicon.ico/chronology"):
        response = client.get(path)
        assert response.status_code in (302, 401, 404), f"{path}: {response.status_code}"


def test_login_rate_limit_is_bypassed_by_parallel_attempts(
    demo: Demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    """MEDIUM. login() checks `blocked_for` and records `failed` in separate steps around a
    slow password check: requests in flight together all pass the check. The barrier only
    makes the race deterministic (scrypt itself takes tens of milliseconds)."""
    parties = MAX_FAILURES_PER_USER + 3
    barrier = threading.Barrier(parties)
    real = auth.authenticate

    def slow(session: Any, username: str, password: str) -> Any:
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait(timeout=10)
        return real(session, username, password)

    monkeypatch.setattr(auth, "authenticate", slow)
    clients = []
    for _ in range(parties):
        client = demo.app.server.test_client()
        page = client.get("/login").get_data(as_text=True)
        token = re.search(r'name="csrf" value="([^"]+)"', page)
        assert token is not None
        clients.append((client, token.group(1)))
    codes: list[int] = []
    lock = threading.Lock()

    def attempt(client: Any, token: str) -> None:
        response = client.post(
            "/login", data={"username": "support", "password": "wrong guess", "csrf": token}
        )
        with lock:
            codes.append(response.status_code)

    threads = [threading.Thread(target=attempt, args=pair) for pair in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    # Every attempt answered, each either a checked wrong password (401) or refused by the
    # limit (429): an error page on every request must not pass as "few passwords tried".
    assert len(codes) == parties and set(codes) <= {401, 429}, codes
    checked = codes.count(401)
    assert 1 <= checked <= MAX_FAILURES_PER_USER, f"{checked} passwords tried, limit is 5: {codes}"
    assert codes.count(429) == parties - checked >= 3, codes


def test_presentation_mode_is_undone_by_a_stale_cookie(demo: Demo) -> None:
    """MEDIUM. Presentation mode lives in the client-side session cookie and every response
    re-issues the session the request carried (permanent + SESSION_REFRESH_EACH_REQUEST). A
    request sent before the switch's response (the upload poll runs every 300 ms, the grid
    pages rows in) comes back after it and silently turns presentation mode off: names
    reach the shared screen while the switch still shows "on"."""
    client = client_for(demo, "lead")
    before = client.get_cookie("cspr_session").value
    switched = call(demo, client, "set_presentation", {"shell-presentation.value": ["on"]})
    assert response_of(switched)["shell-mode"]["data"] == "presentation"
    assert not any(names_in(r["text"]) for r in grid_rows(demo, client, 1))
    # The in-flight request: sent with the cookie from before the switch, answered after it.
    client.set_cookie("cspr_session", before)
    late = client.get("/_dash-layout")
    assert "cspr_session=" in late.headers.get("Set-Cookie", "")
    leaked = sorted({n for r in grid_rows(demo, client, 1) for n in names_in(r["text"])})
    assert not leaked, f"presentation mode was switched off behind the user's back: {leaked}"


def test_data_folder_and_uploads_are_private(tmp_path: Path) -> None:
    """MEDIUM. Only session.key is created 0600. The data folder (mkdir), the SQLite database
    and every uploaded chronology are created with the process umask (0755/0644 by default),
    so any local account on the server can read the case files."""
    from dashboard.app import make_context

    old = os.umask(0o022)
    try:
        data_dir = tmp_path / "data"
        context = make_context(data_dir, url=f"sqlite:///{data_dir / 'cspr.sqlite3'}")
        with context.sessions.begin() as session:
            review = service.add_review(
                session,
                reference="MODE-1",
                review_type="rapid_review",
                user="t",
                referral_date=dt.date(2024, 1, 2),
            )
            entry = store_file(session, data_dir, review, "Health.csv", NAMED_CSV, by="t")
            stored = data_dir / entry.stored_path
        context.sessions.kw["bind"].dispose()
    finally:
        os.umask(old)
    loose = {
        str(p.relative_to(tmp_path)): oct(p.stat().st_mode & 0o777)
        for p in (data_dir, data_dir / "cspr.sqlite3", stored.parent, stored)
        if p.stat().st_mode & 0o077
    }
    assert not loose, f"readable by other local users: {loose}"


def test_agency_uploader_cannot_save_the_agency_template_mapping(demo: Demo) -> None:
    """Found by review (fixed): a template mapping is global per agency, so only a lead
    reviewer may save one; an agency uploader's correction applies to their own file."""
    with demo.context.sessions.begin() as session:
        review = service.get_review(session, "CSPR-2021-03")
        entry = store_file(
            session, demo.data_dir, review, "Police_x.csv", NAMED_CSV, by="police", agency="Police"
        )
        file_id = entry.id
    client = client_for(demo, "police")
    values = {
        "upl-reread.n_clicks": 1,
        "upl-file.value": file_id,
        "upl-mapping.virtualRowData": [],
        "upl-header-row.value": 7,
        "upl-save-mapping.value": ["save"],
        "upl-agency.value": "Police",
        "review-id.data": 1,
        "upl-version.data": 0,
    }
    before = None
    with demo.context.sessions.begin() as session:
        before = saved_mapping_json(session, "Police")
    message = response_of(call(demo, client, "reread", values, changed="upl-reread.n_clicks"))
    assert "Only a lead reviewer can save" in json.dumps(message)
    with demo.context.sessions.begin() as session:
        saved = saved_mapping_json(session, "Police")
    assert saved == before  # the uploader's correction stayed with their own file
    assert saved is None or json.loads(saved).get("header_row") != 7


# ====================================================================== sound (pass now)


def test_sound_callbacks_refuse_non_json_bodies(demo: Demo) -> None:
    """CSRF: a cross-site form can only send form/text bodies, which Dash refuses (415) before
    any callback runs; the cookie is also SameSite=Strict."""
    client = client_for(demo, "lead")
    body = dash_request(demo.app, key_for(demo, "set_presentation"), {})
    body["inputs"][0]["value"] = ["on"]
    for kind in ("text/plain", "application/x-www-form-urlencoded", "multipart/form-data"):
        response = client.post("/_dash-update-component", data=json.dumps(body), content_type=kind)
        assert response.status_code in (400, 415), kind


def test_sound_review_page_id_is_checked(demo: Demo) -> None:
    """IDOR: /review?id=N puts N in a store; the callback checks the assignment."""
    client = client_for(demo, "panel")
    assert call(demo, client, "show_review", {"rvd-id.data": "2"}).status_code == 403
    assert call(demo, client, "show_review", {"rvd-id.data": "1"}).status_code == 200
    police = client_for(demo, "police")
    assert call(demo, police, "show_review", {"rvd-id.data": "1"}).status_code == 403


def test_sound_upload_file_ids_are_checked(demo: Demo) -> None:
    """IDOR: a file id of someone else's upload, or of another review, is refused."""
    with demo.context.sessions.begin() as session:
        review = service.get_review(session, "CSPR-2021-03")
        lead_file = store_file(
            session, demo.data_dir, review, "Health_pending.csv", NAMED_CSV, by="lead"
        ).id
    values = {
        "upl-confirm.n_clicks": 1,
        "upl-file.value": lead_file,
        "review-id.data": 1,
        "upl-version.data": 0,
    }
    police = client_for(demo, "police")
    changed = "upl-confirm.n_clicks"
    assert call(demo, police, "confirm_or_discard", values, changed).status_code == 403
    listing = call(demo, police, "show_upload", {"review-id.data": 1, "upl-version.data": 0})
    assert "Health_pending" not in listing.get_data(as_text=True)
    assert "Childrens_Social_Care" not in listing.get_data(as_text=True)  # others' uploads
    lead = client_for(demo, "lead")
    moved = {**values, "review-id.data": 2}  # the file is in review 1, not 2
    assert call(demo, lead, "confirm_or_discard", moved, changed).status_code == 403
    with demo.context.sessions.begin() as session:
        assert session.get(CaseFile, lead_file).status == "pending"


def test_sound_decision_ids_are_checked(demo: Demo) -> None:
    """IDOR: withdrawing a decision of a review the lead is not assigned to is refused."""
    with demo.context.sessions.begin() as session:
        other = service.add_review(
            session,
            reference="CSPR-OTHER",
            review_type="rapid_review",
            user="t",
            referral_date=dt.date(2024, 1, 2),
        )
        decision = add_decision(session, other, "different", ["a|b|1#x", "c|d|2#y"], by="t").id
        other_id = other.id
    lead = client_for(demo, "lead")
    values = {
        "dup-withdraw.n_clicks": 1,
        "dup-withdraw-id.value": decision,
        "review-id.data": 1,
        "dup-version.data": 0,
    }
    changed = "dup-withdraw.n_clicks"
    answer = call(demo, lead, "record_decision", values, changed)
    assert "Not recorded" in answer.get_data(as_text=True)
    moved = {**values, "review-id.data": other_id}
    assert call(demo, lead, "record_decision", moved, changed).status_code == 403
    with demo.context.sessions.begin() as session:
        assert session.get(ReviewerDecision, decision) is not None


def test_sound_panel_member_cannot_ask_for_a_named_export(demo: Demo) -> None:
    client = client_for(demo, "panel")
    values = {"exp-chr-csv.n_clicks": 1, "exp-anonymise.value": [], "review-id.data": 1}
    response = call(demo, client, "download", values, changed="exp-chr-csv.n_clicks")
    assert response.status_code == 403


def test_sound_agency_uploader_cannot_reach_case_data(demo: Demo) -> None:
    police = client_for(demo, "police")
    for name, values in (
        ("chronology_rows", {"review-id.data": 1, "chr-grid.getRowsRequest": {"startRow": 0}}),
        ("draw_genogram", {"review-id.data": 1}),
        ("list_pairs", {"review-id.data": 1}),
        ("update_reviews", {}),
        ("show_audit", {"shell-url.pathname": "/admin"}),
    ):
        assert call(demo, police, name, values).status_code == 403, name
    rr_demo = {"review-id.data": 2, "upl-version.data": 0}  # not assigned
    assert call(demo, police, "show_upload", rr_demo).status_code == 403


def test_sound_no_redirect_off_site_after_login(demo: Demo) -> None:
    for target in ("/\\evil.example", "/\t/evil.example", "https:/evil.example", "//evil"):
        client = demo.app.server.test_client()
        page = client.get("/login").get_data(as_text=True)
        token = re.search(r'name="csrf" value="([^"]+)"', page)
        assert token is not None
        response = client.post(
            "/login",
            query_string={"next": target},
            data={"username": "lead", "password": "demo-lead-pass", "csrf": token.group(1)},
        )
        location = response.headers["Location"]
        assert location.startswith("/") and not re.match(r"^/[\\/\t]", location), location


def test_sound_login_rotates_the_session_and_escapes_the_form(demo: Demo) -> None:
    client = demo.app.server.test_client()
    client.get("/login")
    before = client.get_cookie("cspr_session").value
    login(client, "lead")
    after = client.get_cookie("cspr_session").value
    assert before != after
    other = demo.app.server.test_client()
    response = login(other, "<script>x</script>", "wrong password")
    assert "<script>x" not in response.get_data(as_text=True)


def test_sound_stored_file_names_cannot_leave_the_upload_folder(demo: Demo) -> None:
    with demo.context.sessions.begin() as session:
        review = service.get_review(session, "CSPR-2021-03")
        for name in ("../../../session.key", "..\\..\\x.csv", "/etc/passwd", "..", "a/../../b"):
            entry = store_file(session, demo.data_dir, review, name, b"x", by="lead")
            path = (demo.data_dir / entry.stored_path).resolve()
            assert path.is_relative_to((demo.data_dir / "uploads" / "1").resolve()), name
            set_file_status(session, entry, "withdrawn", by="lead")
        assert (demo.data_dir / "session.key").read_bytes() == demo.context.secret_key
    with demo.context.sessions.begin() as session:
        assert session.scalar(select(CaseFile.id).where(CaseFile.filename == "..")) is None
