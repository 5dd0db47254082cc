"""Review records on a real database: the same tests on SQLite and on PostgreSQL.

PostgreSQL runs when CSPR_TEST_POSTGRES_URL is set (CI sets it, so there they are mandatory);
without it only the PostgreSQL cases are skipped, saying so. Each run uses its own schema.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cspr.cli import main
from reviews import service
from reviews.db import make_engine, upgrade
from reviews.export import write_ics, write_tracker_xlsx
from reviews.models import Base, Review
from reviews.service import ReviewError
from reviews.status import review_deadlines, review_flags
from reviews.workingdays import WorkingCalendar

CAL = WorkingCalendar()  # England bank holidays only: independent of local closures
D = dt.date


def _rapid_review(db: Session, reference: str = "RR-1") -> Review:
    """A rapid review referred on Fri 03/05/2024."""
    return service.add_review(
        db, reference=reference, review_type="rapid_review", user="bs1", referral_date=D(2024, 5, 3)
    )


def _quorate(db: Session, review: Review) -> None:
    for name, partner in (("A", "local_authority"), ("B", "police"), ("C", "icb")):
        service.add_attendee(db, review, name, f"{partner} org", partner, "bs1")


def test_migrations_build_exactly_the_models(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        tables = set(inspect(connection).get_table_names())
    assert diff == []
    assert {"review", "vote", "attendee", "audit_entry", "action", "stage_task"} <= tables
    upgrade(engine)  # running again at the next start changes nothing
    engine.dispose()


def test_database_refuses_values_outside_the_vocabulary(session: Session) -> None:
    session.add(Review(reference="X", review_type="serious_case_review"))
    with pytest.raises(IntegrityError):
        session.flush()


def test_decision_needs_quorum_all_votes_and_a_meeting_first(session: Session) -> None:
    review = _rapid_review(session)
    with pytest.raises(ReviewError, match="meeting date before the decision"):
        service.record_decision(session, review, D(2024, 5, 14), "bs1")
    service.update_review(session, review, {"meeting_date": D(2024, 5, 15)}, "bs1")
    service.add_attendee(session, review, "A", "Council", "local_authority", "bs1")
    with pytest.raises(
        ReviewError, match="not quorate \\(no representative of the ICB, the police"
    ):
        service.record_decision(session, review, D(2024, 5, 15), "bs1")
    service.add_attendee(session, review, "B", "Constabulary", "police", "bs1")
    service.add_attendee(session, review, "C", "ICB", "icb", "bs1")
    service.cast_vote(session, review, "police", "cspr", "", "bs1")
    with pytest.raises(ReviewError, match="police already voted"):
        service.cast_vote(session, review, "police", "no_further_review", "", "bs1")
    with pytest.raises(ReviewError, match="all three partners must vote"):
        service.record_decision(session, review, D(2024, 5, 15), "bs1")
    service.cast_vote(session, review, "icb", "cspr", "", "bs1")
    service.cast_vote(session, review, "local_authority", "no_further_review", "", "bs1")
    with pytest.raises(ReviewError, match="cannot precede the meeting"):
        service.record_decision(session, review, D(2024, 5, 14), "bs1")
    outcome = service.record_decision(session, review, D(2024, 5, 16), "bs1")
    assert (outcome.decision, outcome.escalate) == ("cspr", False)
    assert review.review_type == "local_cspr"
    assert {t.stage for t in review.tasks} == {"establish", "monitor", "finalise"}
    with pytest.raises(ReviewError, match="already been recorded"):
        service.cast_vote(session, review, "icb", "cspr", "", "bs1")


def test_split_vote_goes_to_the_second_vote_then_escalates(session: Session) -> None:
    # "If the decision is not to proceed with a formal Child Safeguarding Practice Review, they
    # will vote on whether an alternative form of learning review is appropriate." A 1-1-1 split
    # of ballots is 1 yes, 2 no on the CSPR, so the second vote decides, not an escalation.
    review = _rapid_review(session)
    service.update_review(session, review, {"meeting_date": D(2024, 5, 15)}, "bs1")
    _quorate(session, review)
    for partner, choice in zip(
        ("police", "icb", "local_authority"),
        ("cspr", "alternative_learning_review", "no_further_review"),
        strict=True,
    ):
        service.cast_vote(session, review, partner, choice, "", "bs1")
    with pytest.raises(ReviewError, match="still to vote: the police"):
        service.record_decision(session, review, D(2024, 5, 15), "bs1")
    service.cast_vote(session, review, "police", "abstain", "", "bs1", round="alternative")
    outcome = service.record_decision(session, review, D(2024, 5, 15), "bs1")
    assert outcome.decision is None and outcome.escalate
    assert review.decision is None
    assert "escalated on 15/05/2024" in " ".join(review_flags(review, CAL, D(2024, 5, 15)))


def test_meeting_outside_the_window_is_allowed_but_flagged(session: Session) -> None:
    # Referral Fri 03/05/2024. Mon 06/05 is the early May bank holiday, so working days run
    # Tue 07 (1), Wed 08 (2), Thu 09 (3), Fri 10 (4), Mon 13 (5), Tue 14 (6), Wed 15 (7) ...
    # Tue 21 (11), Wed 22 (12), Thu 23 (13): the window is 15/05–23/05.
    review = _rapid_review(session)
    service.update_review(session, review, {"meeting_date": D(2024, 5, 14)}, "bs1")
    assert review_flags(review, CAL)[0].startswith(
        "meeting on 14/05/2024 is outside the 7th–13th working day window (15/05/2024–23/05/2024)"
    )
    service.update_review(session, review, {"meeting_date": D(2024, 5, 23)}, "bs1")
    assert not any("window" in flag for flag in review_flags(review, CAL))


def test_rag_status_of_each_deadline(session: Session) -> None:
    # Referral Fri 03/05/2024; Mon 06/05 and Mon 27/05 are bank holidays. Working days:
    # Tue 07 (1), Wed 08 (2), Thu 09 (3), Fri 10 (4), Mon 13 (5), ... Fri 17 (9), Mon 20 (10),
    # Tue 21 (11), Wed 22 (12), Thu 23 (13), Fri 24 (14), Tue 28 (15).
    # So scoping is due Wed 08/05, LA notification Mon 13/05, the rapid review Tue 28/05.
    review = _rapid_review(session)
    service.update_review(
        session, review, {"scoping_sent_on": D(2024, 5, 9), "la_notified_on": D(2024, 5, 10)}, "bs1"
    )
    today = D(2024, 5, 22)  # Wed: 4 working days before Tue 28 (Thu 23, Fri 24, Tue 28 = 3)
    statuses = {s.key: s for s in review_deadlines(review, today, CAL)}
    assert statuses["scoping_sent_by"].due == D(2024, 5, 8)
    assert statuses["scoping_sent_by"].rag == "done_late"  # sent Thu 09/05
    assert statuses["la_notification_due"].rag == "done_on_time"
    # Returns counted from the day sent, Thu 09/05: Fri 10, Mon 13, Tue 14, Wed 15, Thu 16.
    assert statuses["agency_returns_by"].due == D(2024, 5, 16)
    assert statuses["agency_returns_by"].rag == "red"
    assert statuses["rapid_review_due"].due == D(2024, 5, 28)
    # From Wed 22 to Tue 28: Thu 23, Fri 24, Tue 28 = 3 working days: amber.
    assert statuses["rapid_review_due"].rag == "amber"
    assert review_deadlines(review, D(2024, 5, 17), CAL)[-1].rag == "green"
    assert statuses["rapid_review_due"].rag_word == "Due soon"


def test_returns_complete_only_when_every_agency_has_returned(session: Session) -> None:
    review = _rapid_review(session)
    service.update_review(session, review, {"scoping_sent_on": D(2024, 5, 8)}, "bs1")
    service.record_return(session, review, "Police", D(2024, 5, 10), "bs1")
    service.record_return(session, review, "Health", None, "bs1")
    today = D(2024, 5, 13)
    status = next(s for s in review_deadlines(review, today, CAL) if s.key == "agency_returns_by")
    assert status.done_on is None
    service.record_return(session, review, "Health", D(2024, 5, 16), "bs1")
    status = next(s for s in review_deadlines(review, today, CAL) if s.key == "agency_returns_by")
    # Sent Wed 08/05: Thu 09, Fri 10, Mon 13, Tue 14, Wed 15 -> due Wed 15; Health came Thu 16.
    assert (status.due, status.done_on, status.rag) == (D(2024, 5, 15), D(2024, 5, 16), "done_late")


def test_every_change_is_audited_with_old_and_new_values(session: Session) -> None:
    review = _rapid_review(session)
    service.update_review(session, review, {"meeting_date": D(2024, 5, 15)}, "alice")
    service.update_review(session, review, {"meeting_date": D(2024, 5, 16)}, "bob")
    entries = [e for e in service.audit_trail(session, "RR-1") if e.field == "meeting_date"]
    assert [(e.user, e.old_value, e.new_value) for e in entries] == [
        ("alice", "", "2024-05-15"),
        ("bob", "2024-05-15", "2024-05-16"),
    ]
    with pytest.raises(ReviewError, match="'decision' cannot be updated this way"):
        service.update_review(session, review, {"decision": "cspr"}, "bob")


def test_actions_sign_off_needs_evidence(session: Session) -> None:
    review = _rapid_review(session)
    rec = service.add_recommendation(session, review, "Improve information sharing", "lr")
    action = service.add_action(session, rec, "Police", "Train officers", D(2025, 1, 31), "lr")
    with pytest.raises(ReviewError, match="evidence, a signatory and a date"):
        service.update_action(session, action, "lr", status="signed_off")
    service.update_action(
        session,
        action,
        "lr",
        status="signed_off",
        evidence="Training records",
        signed_off_by="Chair",
        signed_off_on=D(2025, 2, 3),
    )
    assert action.status == "signed_off"


def test_parallel_review_is_linked_and_not_timed(session: Session) -> None:
    _rapid_review(session)
    sar = service.add_review(
        session, reference="SAR-1", review_type="sar", user="bs1", linked_reference="RR-1"
    )
    assert sar.linked_review is not None and sar.linked_review.reference == "RR-1"
    assert review_deadlines(sar, D(2024, 6, 1), CAL) == []


def test_tracker_xlsx_and_ics(session: Session, tmp_path: Path) -> None:
    review = _rapid_review(session)
    service.update_review(session, review, {"scoping_sent_on": D(2024, 5, 7)}, "bs1")
    session.flush()
    reviews = service.list_reviews(session)
    write_tracker_xlsx(reviews, tmp_path / "tracker.xlsx", D(2024, 5, 22), CAL)
    sheet = openpyxl.load_workbook(tmp_path / "tracker.xlsx").active
    header = [c.value for c in sheet[1]]
    row = {h: c for h, c in zip(header, sheet[2], strict=True)}
    assert row["Reference"].value == "RR-1"
    # A deadline is a real date cell, its status in the column beside it (sortable by date).
    scoping = "Initial scoping form sent to all relevant agencies"
    assert row[scoping].value == dt.datetime(2024, 5, 8)
    assert row[f"{scoping}: status"].value == "Done on time (07/05/2024)"
    overdue = row["Agencies return the completed scoping form: status"]
    assert overdue.value.endswith("Overdue") and overdue.fill.fgColor.rgb.endswith("FFC7CE")
    count = write_ics(reviews, tmp_path / "deadlines.ics", D(2024, 5, 22), CAL)
    ics = (tmp_path / "deadlines.ics").read_bytes().decode("utf-8")
    assert ics.startswith("BEGIN:VCALENDAR\r\n") and ics.count("BEGIN:VEVENT") == count > 0
    assert "UID:RR-1-rapid_review_due@cspr" in ics and "DTSTART;VALUE=DATE:20240528" in ics


def test_cli_round_trip(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["review", "--database", db_url, "--user", "bs1"]
    assert main([*base, "add", "RR-9", "--type", "rapid_review", "--referral", "03/05/2024"]) == 0
    assert main([*base, "update", "RR-9", "meeting_date=15/05/2024"]) == 0
    assert main([*base, "vote", "RR-9", "--partner", "police", "--choice", "cspr"]) == 0
    assert main([*base, "vote", "RR-9", "--partner", "police", "--choice", "cspr"]) == 2
    assert main([*base, "list", "--today", "2024-05-04"]) == 0
    out, err = capsys.readouterr()
    assert "police already voted" in err
    # On Sat 04/05 the scoping form (due Wed 08/05, after the Mon 06/05 bank holiday) is
    # 2 working days away (Tue 07, Wed 08): due soon.
    assert "RR-9" in out and "Wed 08/05/2024" in out and "Due soon" in out
