"""Issue 14, agency requests and returns, on SQLite and PostgreSQL.

Per review and agency: the scoping form, chronology, individual management review (IMR) and any
further request, each with a status (requested, due, returned, sent back with queries, accepted),
its dates, a chase list and a RAG status computed on every read; overdue requests in
`cspr review list`, `cspr review show`, the tracker XLSX (Requests sheet) and the ICS; an
agency's chronology added in the dashboard marks its chronology request returned.

Every date is fixed; working days are counted by hand in the comments (England bank holidays:
Good Friday 03/04/2026 and Easter Monday 06/04/2026 fall inside these counts).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cspr.cli import main
from reviews import service
from reviews.db import alembic_config, make_engine, upgrade
from reviews.export import write_ics, write_tracker_xlsx
from reviews.models import AgencyRequest, AuditEntry, Base, Review
from reviews.service import ReviewError
from reviews.status import chase_list, review_deadlines, review_flags
from reviews.workingdays import WorkingCalendar

CAL = WorkingCalendar()  # England bank holidays only
D = dt.date


def _review(db: Session, reference: str = "RR-1") -> Review:
    """A rapid review referred on Mon 30/03/2026 (aware Wed 25/03/2026)."""
    return service.add_review(
        db,
        reference=reference,
        review_type="rapid_review",
        user="bs1",
        referral_date=D(2026, 3, 30),
        awareness_date=D(2026, 3, 25),
    )


def _request(db: Session, review: Review, agency: str, kind: str, **kw: object) -> AgencyRequest:
    on = kw.pop("on", D(2026, 4, 1))
    return service.request_from_agency(db, review, agency, kind, on, "bs1", calendar=CAL, **kw)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- schema


def test_migration_0006_upgrades_and_downgrades(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
        assert "agency_request" in inspect(connection).get_table_names()
    command.downgrade(alembic_config(engine), "0005")
    with engine.connect() as connection:
        assert "agency_request" not in inspect(connection).get_table_names()
        assert "review" in inspect(connection).get_table_names()
    upgrade(engine)
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    engine.dispose()


def test_database_refuses_an_unknown_kind_or_status(session: Session) -> None:
    review = _review(session)
    review.requests.append(
        AgencyRequest(agency="Police", kind="letter", status="due", requested_on=D(2026, 4, 1))
    )
    with pytest.raises(IntegrityError):
        session.flush()
    session.rollback()
    review = _review(session, "RR-2")
    review.requests.append(
        AgencyRequest(agency="Police", kind="imr", status="lost", requested_on=D(2026, 4, 1))
    )
    with pytest.raises(IntegrityError):
        session.flush()


# --------------------------------------------------------------------------- due dates


def test_scoping_form_due_five_working_days_after_it_is_sent(session: Session) -> None:
    """ "Agencies should prioritise completion of the form and return it within 5 working days."
    Sent Tue 31/03/2026: Wed 01/04 (1), Thu 02/04 (2), [Fri 03/04 Good Friday, Mon 06/04 Easter
    Monday], Tue 07/04 (3), Wed 08/04 (4), Thu 09/04 (5)."""
    review = _review(session)
    entry = _request(session, review, "Northshire Police", "scoping_form", on=D(2026, 3, 31))
    assert (entry.status, entry.due_on) == ("due", D(2026, 4, 9))
    # The review's "agencies return the scoping form" deadline now waits for this agency.
    assert [r.agency for r in review.agency_returns] == ["Northshire Police"]


def test_due_date_given_or_counted_in_working_days(session: Session) -> None:
    review = _review(session)
    given = _request(session, review, "Police", "chronology", due_on=D(2026, 4, 15))
    assert given.due_on == D(2026, 4, 15)
    # 10 working days after Wed 01/04/2026: Thu 02/04 (1), [03/04 and 06/04 bank holidays],
    # Tue 07 (2), Wed 08 (3), Thu 09 (4), Fri 10 (5), Mon 13 (6), Tue 14 (7), Wed 15 (8),
    # Thu 16 (9), Fri 17/04 (10).
    counted = _request(session, review, "School", "imr", within=10)
    assert counted.due_on == D(2026, 4, 17)
    # Asked without a due date: Requested, not timed, never chased.
    open_ended = _request(session, review, "GP", "chronology")
    assert (open_ended.status, open_ended.due_on) == ("requested", None)
    assert "request_" + str(open_ended.id) not in {
        s.key for s in review_deadlines(review, D(2026, 5, 1), CAL)
    }
    # Asking again gives it its due date (audited), rather than a second request.
    again = _request(session, review, "gp", "chronology", due_on=D(2026, 4, 20))
    assert again.id == open_ended.id and (again.status, again.due_on) == ("due", D(2026, 4, 20))
    with pytest.raises(ReviewError, match="cannot precede the request"):
        _request(session, review, "Health Visiting", "chronology", due_on=D(2026, 3, 31))
    with pytest.raises(ReviewError, match="needs what is asked"):
        _request(session, review, "School", "further", due_on=D(2026, 4, 20))


# --------------------------------------------------------------------------- life cycle


def test_requested_returned_sent_back_returned_accepted(session: Session) -> None:
    review = _review(session)
    entry = _request(session, review, "Police", "chronology", due_on=D(2026, 4, 15))
    # Returned Tue 14/04, the day before it was due: done on time.
    service.request_returned(session, review, "police", "chronology", D(2026, 4, 14), "bs1")
    (status,) = [
        s for s in review_deadlines(review, D(2026, 4, 20), CAL) if s.key == f"request_{entry.id}"
    ]
    assert (entry.status, status.rag_word) == ("returned", "Done on time")
    # Sent back with queries Wed 15/04, due again 3 working days later: Thu 16, Fri 17, Mon 20.
    service.request_sent_back(
        session, review, "Police", "chronology", D(2026, 4, 15), "Dates missing for March", "bs1",
        within=3, calendar=CAL,
    )  # fmt: skip
    assert (entry.status, entry.due_on, entry.queries) == (
        "sent_back",
        D(2026, 4, 20),
        "Dates missing for March",
    )
    # Awaited again: Overdue on Tue 21/04 until it comes back.
    (status,) = [
        s for s in review_deadlines(review, D(2026, 4, 21), CAL) if s.key == f"request_{entry.id}"
    ]
    assert status.rag_word == "Overdue" and "after queries" in status.description
    with pytest.raises(ReviewError, match="only a returned item can be accepted"):
        service.request_accepted(session, review, "Police", "chronology", D(2026, 4, 21), "bs1")
    service.request_returned(session, review, "Police", "chronology", D(2026, 4, 22), "bs1")
    (status,) = [
        s for s in review_deadlines(review, D(2026, 4, 23), CAL) if s.key == f"request_{entry.id}"
    ]
    assert status.rag_word == "Done late"
    service.request_accepted(session, review, "Police", "chronology", D(2026, 4, 23), "bs1")
    assert (entry.status, entry.accepted_on) == ("accepted", D(2026, 4, 23))
    with pytest.raises(ReviewError, match="already accepted"):
        service.request_returned(session, review, "Police", "chronology", D(2026, 4, 24), "bs1")
    fields = [
        e.field
        for e in session.scalars(select(AuditEntry).where(AuditEntry.entity == "AgencyRequest"))
    ]
    for field in ("request", "due_on", "returned_on", "sent_back_on", "queries", "accepted_on"):
        assert field in fields
    assert fields.count("status") == 4  # returned, sent back, returned again, accepted


def test_rules_of_the_life_cycle(session: Session) -> None:
    review = _review(session)
    _request(session, review, "Police", "imr", due_on=D(2026, 5, 1))
    with pytest.raises(ReviewError, match="only a returned item can be sent back"):
        service.request_sent_back(
            session, review, "Police", "imr", D(2026, 4, 2), "why", "bs1", due_on=D(2026, 4, 9)
        )
    with pytest.raises(ReviewError, match="cannot precede the request"):
        service.request_returned(session, review, "Police", "imr", D(2026, 3, 31), "bs1")
    with pytest.raises(ReviewError, match="no chronology requested from Police"):
        service.request_returned(session, review, "Police", "chronology", D(2026, 4, 2), "bs1")
    service.request_returned(session, review, "Police", "imr", D(2026, 4, 20), "bs1")
    with pytest.raises(ReviewError, match="say what the queries are"):
        service.request_sent_back(
            session, review, "Police", "imr", D(2026, 4, 21), " ", "bs1", due_on=D(2026, 4, 28)
        )
    with pytest.raises(ReviewError, match="give the new due date"):
        service.request_sent_back(session, review, "Police", "imr", D(2026, 4, 21), "q", "bs1")
    # Two further requests of one agency are told apart by their id.
    first = _request(session, review, "School", "further", what="Attendance", due_on=D(2026, 4, 9))
    _request(session, review, "School", "further", what="Exclusions", due_on=D(2026, 4, 10))
    with pytest.raises(ReviewError, match="give --id"):
        service.request_returned(session, review, "School", "further", D(2026, 4, 9), "bs1")
    service.request_returned(session, review, "School", "further", D(2026, 4, 9), "bs1", first.id)
    assert first.status == "returned"


# --------------------------------------------------------------------------- chase list


def test_chase_list_is_past_due_and_not_returned_in_due_order(session: Session) -> None:
    one, two = _review(session, "RR-1"), _review(session, "RR-2")
    _request(session, two, "School", "chronology", due_on=D(2026, 4, 10))
    _request(session, one, "Police", "chronology", due_on=D(2026, 4, 15))
    _request(session, one, "GP", "imr", due_on=D(2026, 4, 8))
    returned = _request(session, one, "Health Visiting", "chronology", due_on=D(2026, 4, 9))
    service.request_returned(session, one, "Health Visiting", "chronology", D(2026, 4, 13), "bs1")
    _request(session, one, "CSC", "chronology", due_on=D(2026, 4, 20))  # due today: not past
    _request(session, one, "Ambulance", "chronology")  # no due date: nothing to chase
    items = chase_list([one, two], D(2026, 4, 20), CAL)
    assert [(i.review.reference, i.request.agency, i.status.due) for i in items] == [
        ("RR-1", "GP", D(2026, 4, 8)),
        ("RR-2", "School", D(2026, 4, 10)),
        ("RR-1", "Police", D(2026, 4, 15)),
    ]
    # Working days late on Mon 20/04: after Wed 08/04: Thu 09, Fri 10, Mon 13, Tue 14, Wed 15,
    # Thu 16, Fri 17, Mon 20 = 8; after Fri 10/04: Mon 13 to Fri 17 and Mon 20 = 6; after
    # Wed 15/04: Thu 16, Fri 17, Mon 20 = 3.
    assert [i.working_days_late for i in items] == [8, 6, 3]
    assert returned.returned_on == D(2026, 4, 13)
    flags = review_flags(one, CAL, today=D(2026, 4, 20))
    assert "overdue: Chronology from Police, due Wed 15/04/2026: chase" in flags
    assert not any("Health Visiting" in f for f in flags)
    # Overdue from the day after it is due, never on the day.
    assert chase_list([one], D(2026, 4, 15), CAL)[-1].request.agency == "GP"
    assert [i.request.agency for i in chase_list([one], D(2026, 4, 16), CAL)] == ["GP", "Police"]


# --------------------------------------------------------------------------- outputs


def test_cli_request_returned_sent_back_accepted_chase_list_show(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    def run(*args: str) -> str:
        assert main(["review", "--database", db_url, "--user", "bs1", *args]) == 0
        return capsys.readouterr().out

    run("add", "RR-9", "--type", "rapid_review", "--referral", "30/03/2026")
    out = run(
        "request", "RR-9", "--agency", "Police", "--kind", "scoping_form", "--on", "31/03/2026"
    )
    assert "due Thu 09/04/2026" in out  # 5 working days, Easter counted out (see above)
    out = run(
        "request", "RR-9", "--agency", "Police", "--kind", "chronology",
        "--on", "01/04/2026", "--due", "15/04/2026",
    )  # fmt: skip
    assert "Chronology from Police" in out and "due Wed 15/04/2026" in out
    out = run(
        "returned", "RR-9", "--agency", "police", "--kind", "scoping_form", "--on", "10/04/2026"
    )
    assert "returned 10/04/2026 (late: due Thu 09/04/2026)" in out
    out = run(
        "sent-back", "RR-9", "--agency", "Police", "--kind", "scoping_form", "--on", "13/04/2026",
        "--queries", "Section 3 blank", "--within", "2",
    )  # fmt: skip
    assert "due again Wed 15/04/2026" in out  # Tue 14 (1), Wed 15 (2)
    out = run("chase", "--today", "20/04/2026")
    lines = out.splitlines()[1:]
    assert "Initial scoping form from Police (after queries)" in lines[0]
    assert "Chronology from Police" in lines[1] and "3 working days late" in lines[1]
    out = run("list", "--today", "20/04/2026")
    assert "2 agency requests to chase" in out
    out = run("show", "RR-9", "--today", "20/04/2026")
    assert "Agency requests:" in out
    assert "Police · Chronology: Due by Wed 15/04/2026 — Overdue (requested 01/04/2026)" in out
    assert "queries: Section 3 blank" in out
    run("returned", "RR-9", "--agency", "Police", "--kind", "scoping_form", "--on", "15/04/2026")
    out = run(
        "accepted", "RR-9", "--agency", "Police", "--kind", "scoping_form", "--on", "16/04/2026"
    )
    assert "accepted 16/04/2026" in out
    out = run("chase", "RR-9", "--today", "20/04/2026")
    assert "Initial scoping form" not in out and "Chronology from Police" in out
    out = run("audit", "RR-9")
    assert "AgencyRequest" in out and "'returned' -> 'accepted'" in out


def test_tracker_requests_sheet_and_calendar(session: Session, tmp_path: Path) -> None:
    review = _review(session)
    police = _request(session, review, "Police", "chronology", due_on=D(2026, 4, 15))
    gp = _request(session, review, "GP", "imr", due_on=D(2026, 4, 8))
    service.request_returned(session, review, "GP", "imr", D(2026, 4, 8), "bs1")
    _request(session, review, "School", "further", what="Attendance")  # no due date
    today = D(2026, 4, 20)
    without = _review(session, "RR-0")
    write_tracker_xlsx([without], tmp_path / "none.xlsx", today, CAL)
    # No request recorded: no empty Requests sheet.
    assert openpyxl.load_workbook(tmp_path / "none.xlsx").sheetnames == ["Tracker", "Deadlines"]
    xlsx = tmp_path / "tracker.xlsx"
    write_tracker_xlsx([review], xlsx, today, CAL, marking="OFFICIAL-SENSITIVE")
    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames == ["Tracker", "Deadlines", "Requests"]
    sheet = book["Requests"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:9] == (
        "Reference", "Type", "Child", "Agency", "Request", "Status", "Requested on", "Due on",
        "RAG status",
    )  # fmt: skip
    by_agency = {r[3]: r for r in rows[1:]}
    assert by_agency["GP"][5:10] == (
        "Returned", dt.datetime(2026, 4, 1), dt.datetime(2026, 4, 8), "Done on time",
        dt.datetime(2026, 4, 8),
    )  # fmt: skip
    assert by_agency["Police"][5] == "Due" and by_agency["Police"][8] == "Overdue"
    school = by_agency["School"]
    assert school[8] == "No due date" and school[4] == f"Further request {review.requests[2].id}"
    assert sheet.cell(2, 8).number_format == "dd/mm/yyyy"
    assert int(sheet.page_setup.paperSize) == 9  # A4
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.oddFooter.center.text == "Page &P of &N"
    assert "OFFICIAL-SENSITIVE" in sheet.oddHeader.center.text
    # The overdue request is in the Deadlines sheet too, with the other deadlines.
    deadlines = [r[3] for r in book["Deadlines"].iter_rows(values_only=True)]
    assert "Chronology from Police" in deadlines

    ics = tmp_path / "deadlines.ics"
    write_ics([review], ics, today, CAL)
    events = ics.read_bytes().decode("utf-8").split("BEGIN:VEVENT")[1:]
    ours = [e for e in events if "request_" in e]
    assert len(ours) == 1  # the returned IMR is done; the further request has no due date
    (event,) = ours
    assert f"UID:RR-1-request_{police.id}@cspr" in event
    assert "DTSTART;VALUE=DATE:20260415" in event and "TRANSP:TRANSPARENT" in event
    assert "SUMMARY:RR-1: Chronology from Police\r\n" in event
    assert f"request_{gp.id}@" not in ics.read_text("utf-8")
    # Stable UID: a new due date moves the same event.
    service.request_from_agency(
        session, review, "Police", "chronology", D(2026, 4, 1), "bs1", due_on=D(2026, 4, 22)
    )
    write_ics([review], ics, today, CAL)
    text_now = ics.read_text("utf-8")
    assert f"UID:RR-1-request_{police.id}@cspr" in text_now
    assert "DTSTART;VALUE=DATE:20260422" in text_now


# --------------------------------------------------------------------------- dashboard hook


def test_an_agency_upload_marks_its_chronology_returned(tmp_path: Path) -> None:
    from tests.test_dashboard_support import as_user, login, start_demo
    from tests.test_issue11_uploads import GP_CSV, _call, _data_url

    demo = start_demo(tmp_path)
    try:
        with demo.context.sessions.begin() as db:
            review = db.get(Review, 1)
            assert review is not None
            service.request_from_agency(
                db, review, "GP", "chronology", D(2026, 4, 1), "bs1", due_on=D(2026, 4, 15)
            )
            service.request_from_agency(
                db, review, "Police", "chronology", D(2026, 4, 1), "bs1", due_on=D(2026, 4, 15)
            )
        from dashboard.pages import upload

        with as_user(demo, "lead") as who:
            messages, file_id = upload.receive_files(
                who, 1, [_data_url(GP_CSV)], ["GP_chronology_return.csv"], "chronology", None
            )
        assert file_id is not None, messages
        client = demo.app.server.test_client()
        assert login(client, "lead").status_code == 302
        response = _call(
            demo,
            client,
            "confirm_or_discard",
            {"upl-file.value": file_id, "review-id.data": 1, "upl-version.data": 0},
            changed="upl-confirm.n_clicks",
        )
        assert "GP's chronology request is marked returned" in json.dumps(response)
        with demo.context.sessions.begin() as db:
            review = db.get(Review, 1)
            assert review is not None
            states = {r.agency: r.status for r in review.requests}
            uploaded = next(r for r in review.requests if r.agency == "GP").returned_on
            audit = db.scalars(
                select(AuditEntry).where(
                    AuditEntry.entity == "AgencyRequest", AuditEntry.field == "status"
                )
            ).all()
        assert states == {"GP": "returned", "Police": "due"}
        assert uploaded is not None and uploaded >= D(2026, 4, 1)
        assert [(a.user, a.new_value) for a in audit] == [("lead", "returned")]
    finally:
        demo.close()
