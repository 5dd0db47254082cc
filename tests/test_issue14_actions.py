"""Issue 14, actions and learning: "overdue actions flagged everywhere (today an action due
yesterday is never flagged); an agency user updates its own actions with evidence; a CSV/XLSX
of open actions across all reviews for the partnership's subgroup and its yearly report".

On SQLite and PostgreSQL. Today is always given (Tue 11/06/2024); every status is worked out by
hand in the comments ("Due soon" is 3 working days or fewer before the due date).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy.orm import Session, sessionmaker

from accounts import add_user, assign
from accounts.action_rights import NotAllowed, update_action_as
from cspr.cli import main
from reviews import service
from reviews.actions import action_rows
from reviews.db import make_engine, upgrade
from reviews.models import Action, AuditEntry

D = dt.date
TODAY = D(2024, 6, 11)  # a Tuesday
PASSWORD = "a-long-password"

# (review, recommendation, owner, action, due, status): ids 1 to 7 in this order.
ACTIONS = (
    ("CSPR-1", 1, "Northshire Police", "Audit DASH sharing", D(2024, 6, 10), "open"),
    ("CSPR-1", 1, "ICB", "Train GPs", D(2024, 6, 28), "in_progress"),
    ("CSPR-1", 1, "Police", "Brief officers", D(2024, 6, 13), "open"),
    ("CSPR-1", 2, "Children's Social Care", "Update the procedure", D(2024, 1, 31), "signed_off"),
    ("CSPR-1", 2, "Health", "Review the pathway", None, "open"),
    ("SAR-1", 1, "Police", "Share outcomes", D(2023, 12, 15), "complete"),
    ("SAR-1", 1, "ICB", "Audit referrals", D(2025, 1, 15), "open"),
)


def _record(db: Session) -> None:
    """Two reviews and seven actions; SAR-1 is closed (its actions still count)."""
    cspr = service.add_review(
        db, reference="CSPR-1", review_type="local_cspr", user="bs1", referral_date=D(2024, 3, 1)
    )
    sar = service.add_review(db, reference="SAR-1", review_type="sar", user="bs1")
    recs = {
        ("CSPR-1", 1): service.add_recommendation(
            db, cspr, "Share DASH outcomes with the GP", "bs1"
        ),
        ("CSPR-1", 2): service.add_recommendation(db, cspr, "Health pathway", "bs1"),
        ("SAR-1", 1): service.add_recommendation(db, sar, "Share outcomes", "bs1"),
    }
    for ref, number, owner, what, due, status in ACTIONS:
        entry = service.add_action(db, recs[(ref, number)], owner, what, due, "bs1")
        if status == "signed_off":
            service.update_action(
                db, entry, "bs1", status=status, evidence="new procedure v2",
                signed_off_by="Chair", signed_off_on=D(2024, 1, 30),
            )  # fmt: skip
        elif status == "complete":
            service.update_action(db, entry, "bs1", status=status, evidence="minutes")
        elif status != "open":
            service.update_action(db, entry, "bs1", status=status)
    service.update_review(db, sar, {"closed_on": D(2024, 5, 1)}, "bs1")


def _database(url: str) -> None:
    engine = make_engine(url)
    upgrade(engine)
    with Session(engine) as db, db.begin():
        _record(db)
    engine.dispose()


# --- overdue everywhere ------------------------------------------------------------------------


def test_an_action_due_yesterday_is_flagged_in_the_list_the_tracker_and_the_calendar(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Action 1 is due Mon 10/06/2024: on Tue 11/06/2024 it is overdue; on its due date not."""
    _database(db_url)
    base = ["review", "--database", db_url, "--user", "bs1"]
    capsys.readouterr()
    assert main([*base, "list", "--today", "11/06/2024"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("CSPR-1"))
    assert line.endswith("; 1 action overdue")
    assert main([*base, "list", "--today", "10/06/2024"]) == 0
    assert "action overdue" not in capsys.readouterr().out
    assert main([*base, "show", "CSPR-1", "--today", "11/06/2024"]) == 0
    shown = capsys.readouterr().out
    assert "  action 1: Northshire Police: Audit DASH sharing (due Mon 10/06/2024, open) — " \
        "Overdue\n" in shown  # fmt: skip
    assert "  action 5: Health: Review the pathway (due -, open)\n" in shown

    for today, word in (("11/06/2024", "Overdue"), ("10/06/2024", "Due soon")):
        xlsx = tmp_path / f"tracker-{today[:2]}.xlsx"
        ics = tmp_path / f"deadlines-{today[:2]}.ics"
        args = ["export", "--xlsx", str(xlsx), "--ics", str(ics), "--today", today]
        assert main([*base, *args]) == 0
        sheet = openpyxl.load_workbook(xlsx)["Deadlines"]
        statuses = {
            row[3]: row[5] for row in sheet.iter_rows(min_row=2, values_only=True)
        }  # deadline -> status
        assert statuses["Action 1 on recommendation 1 (Northshire Police)"] == word
        # The calendar has it as a to-do due on its due date, under a stable UID.
        calendar = ics.read_bytes().decode("utf-8")
        assert "BEGIN:VTODO\r\nUID:CSPR-1-action_1@cspr\r\nDTSTAMP:" in calendar
        assert "DUE;VALUE=DATE:20240610" in calendar


def _ics_items(text: str) -> list[dict[str, str]]:
    """The calendar's components (VEVENT/VTODO) as name -> value, lines unfolded."""
    items: list[dict[str, str]] = []
    for line in text.replace("\r\n ", "").split("\r\n"):
        name, _, value = line.partition(":")
        if line in ("BEGIN:VEVENT", "BEGIN:VTODO"):
            items.append({"kind": value})
        elif items and not line.startswith("END:V") and name != "DTSTAMP":
            items[-1].setdefault(name, value)
    return items


def test_actions_are_calendar_to_dos_with_their_progress(session: Session, tmp_path: Path) -> None:
    """Issue 14: "calendar actions as VTODO". Of CSPR-1's five actions, four have a due date:
    action 1 open (NEEDS-ACTION), 2 in progress (IN-PROCESS), 3 open, 4 signed off on
    30/01/2024 (COMPLETED, so a calendar that imported it open ticks it off); action 5 has no
    due date and is not in the calendar. SAR-1's action 6 is complete awaiting sign-off
    (IN-PROCESS, 100%). No action's text is written: it may name people."""
    from reviews.export import write_ics

    _record(session)
    reviews = service.list_reviews(session, include_closed=True)
    path = tmp_path / "d.ics"
    count = write_ics(reviews, path, TODAY)
    items = _ics_items(path.read_bytes().decode("utf-8"))
    todos = {i["UID"]: i for i in items if i["kind"] == "VTODO"}
    assert sorted(todos) == [f"{ref}-action_{n}@cspr" for ref, n in (
        ("CSPR-1", 1), ("CSPR-1", 2), ("CSPR-1", 3), ("CSPR-1", 4), ("SAR-1", 6), ("SAR-1", 7)
    )]  # fmt: skip
    assert count == len(items)
    status = {uid.split("-action_")[1][:1]: t["STATUS"] for uid, t in todos.items()}
    assert status == {"1": "NEEDS-ACTION", "2": "IN-PROCESS", "3": "NEEDS-ACTION",
                      "4": "COMPLETED", "6": "IN-PROCESS", "7": "NEEDS-ACTION"}  # fmt: skip
    first = todos["CSPR-1-action_1@cspr"]
    assert first["DUE;VALUE=DATE"] == "20240610"
    assert first["SUMMARY"] == "CSPR-1: Action 1 on recommendation 1 (Northshire Police)"
    assert first["DESCRIPTION"].startswith("Owner: Northshire Police. Due 10/06/2024")
    assert "COMPLETED" not in first and "PERCENT-COMPLETE" not in first
    assert todos["CSPR-1-action_4@cspr"]["COMPLETED"] == "20240130T000000Z"
    assert todos["CSPR-1-action_4@cspr"]["PERCENT-COMPLETE"] == "100"
    assert todos["SAR-1-action_6@cspr"]["PERCENT-COMPLETE"] == "100"
    assert "COMPLETED" not in todos["SAR-1-action_6@cspr"]
    # Actions are to-dos only, never also events; the statutory deadlines stay events.
    events = [i for i in items if i["kind"] == "VEVENT"]
    assert events and not [e for e in events if "action_" in e["UID"]]
    text = path.read_text(encoding="utf-8")
    for _, _, _, what, _, _ in ACTIONS:
        assert what not in text


# --- an agency updates its own actions ---------------------------------------------------------


def test_an_agency_uploader_updates_only_its_own_agency_s_actions(session: Session) -> None:
    _record(session)
    add_user(session, "police1", PASSWORD, "agency_uploader", by="admin", agency="Police")
    assign(session, "police1", "CSPR-1", by="admin")
    # "Northshire Police" is the police however written: its action 1 is police1's.
    entry = update_action_as(
        session, 1, "police1", status="in_progress", evidence="20 DASH forms audited so far"
    )
    assert (entry.status, entry.evidence) == ("in_progress", "20 DASH forms audited so far")
    changes = session.query(AuditEntry).filter_by(entity="Action", entity_id=1, user="police1")
    assert sorted(e.field for e in changes) == ["evidence", "status"]
    update_action_as(session, 1, "police1", status="complete")  # evidence already given

    refused = {
        2: "action 2 is owned by ICB; police1 updates only the actions of Police",
        6: "police1 is not assigned to review SAR-1",
    }
    for action_id, why in refused.items():
        with pytest.raises(NotAllowed, match=f"^{re.escape(why)}$"):
            update_action_as(session, action_id, "police1", status="in_progress")
    with pytest.raises(NotAllowed, match=r"^say what shows the action is complete"):
        update_action_as(session, 3, "police1", status="complete")  # no evidence yet
    with pytest.raises(NotAllowed, match="signed off by the partnership"):
        update_action_as(
            session, 1, "police1", status="signed_off", signed_off_by="PC", signed_off_on=TODAY
        )
    with pytest.raises(NotAllowed, match="signed off by the partnership"):
        update_action_as(session, 3, "police1", signed_off_on=TODAY)
    assert session.get(Action, 3).status == "open"  # nothing refused was written

    add_user(session, "panel1", PASSWORD, "panel_member", by="admin")
    assign(session, "panel1", "CSPR-1", by="admin")
    with pytest.raises(NotAllowed, match=r"^a panel member cannot update actions$"):
        update_action_as(session, 3, "panel1", evidence="x")
    add_user(session, "admin1", PASSWORD, "admin", by="admin")
    with pytest.raises(NotAllowed, match=r"^an administrator cannot update actions$"):
        update_action_as(session, 3, "admin1", evidence="x")
    add_user(session, "lead2", PASSWORD, "lead_reviewer", by="admin")
    with pytest.raises(NotAllowed, match=r"^lead2 is not assigned to review CSPR-1$"):
        update_action_as(session, 3, "lead2", evidence="x")

    # Business support signs off (with evidence, a signatory and a date).
    add_user(session, "bs2", PASSWORD, "business_support", by="admin")
    done = update_action_as(
        session, 1, "bs2", status="signed_off", signed_off_by="Chair", signed_off_on=TODAY
    )
    assert done.status == "signed_off"
    with pytest.raises(NotAllowed, match="signed off by the partnership"):
        update_action_as(session, 1, "police1", evidence="more")  # closed to the agency now


def test_action_update_on_the_command_line_holds_an_account_to_its_role(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _database(db_url)
    engine = make_engine(db_url)
    with Session(engine) as db, db.begin():
        add_user(db, "police1", PASSWORD, "agency_uploader", by="admin", agency="Police")
        assign(db, "police1", "CSPR-1", by="admin")
    engine.dispose()
    police = ["review", "--database", db_url, "--user", "police1", "action-update"]
    assert main([*police, "3", "--status", "complete", "--evidence", "briefing notes"]) == 0
    assert capsys.readouterr().out == "action 3: complete\n"
    assert main([*police, "2", "--status", "in_progress"]) == 2
    assert "action 2 is owned by ICB" in capsys.readouterr().err
    # A name with no dashboard account is the partnership's own operator: not restricted.
    operator = ["review", "--database", db_url, "--user", "officer", "action-update"]
    assert main([*operator, "2", "--status", "in_progress"]) == 0
    assert main([*operator, "99", "--status", "in_progress"]) == 2
    assert "no action 99" in capsys.readouterr().err


# --- the subgroup's list -----------------------------------------------------------------------

HEADER = [
    "Reference", "Type", "Recommendation", "Recommendation text", "Action", "Action text",
    "Owner agency", "Due on", "Status", "RAG status", "Evidence", "Signed off by",
    "Signed off on",
]  # fmt: skip


def test_open_actions_across_all_reviews_as_xlsx(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _database(db_url)
    out = tmp_path / "open.xlsx"
    base = ["review", "--database", db_url, "--user", "bs1", "actions"]
    assert main([*base, "--open", "--out", str(out), "--today", "11/06/2024"]) == 0
    assert capsys.readouterr().out == f"written {out}: 6 actions (2 overdue)\n"
    book = openpyxl.load_workbook(out)
    rows = list(book["Actions"].iter_rows(values_only=True))
    assert list(rows[0]) == HEADER
    # Action 4 is signed off: not open. By due date, undated last. On Tue 11/06/2024:
    # 6 (15/12/2023, complete but not signed off) and 1 (Mon 10/06) are overdue; 3 (Thu 13/06,
    # 2 working days away) is due soon; 2 (28/06) and 7 (2025) are on track.
    assert [(r[0], r[4], r[7], r[8], r[9]) for r in rows[1:]] == [
        ("SAR-1", 6, dt.datetime(2023, 12, 15), "Complete, awaiting sign-off", "Overdue"),
        ("CSPR-1", 1, dt.datetime(2024, 6, 10), "Open", "Overdue"),
        ("CSPR-1", 3, dt.datetime(2024, 6, 13), "Open", "Due soon"),
        ("CSPR-1", 2, dt.datetime(2024, 6, 28), "In progress", "On track"),
        ("SAR-1", 7, dt.datetime(2025, 1, 15), "Open", "On track"),
        ("CSPR-1", 5, None, "Open", "No due date"),
    ]
    assert rows[2][:7] == (
        "CSPR-1", "Local CSPR", 1, "Share DASH outcomes with the GP", 1, "Audit DASH sharing",
        "Northshire Police",
    )  # fmt: skip
    assert book["Actions"]["H2"].number_format == "dd/mm/yyyy"
    summary = list(book["By agency"].iter_rows(values_only=True))
    # Police: 6, 1 (Northshire Police) and 3; 2 overdue, 1 complete awaiting sign-off.
    assert summary == [
        ("Owner agency", "Actions", "Not signed off", "Overdue", "Complete, awaiting sign-off",
         "Signed off"),
        ("Health", 1, 1, 0, 0, 0),
        ("ICB", 2, 2, 0, 0, 0),
        ("Police", 3, 3, 2, 1, 0),
    ]  # fmt: skip


def test_the_year_s_report_as_csv(db_url: str, tmp_path: Path) -> None:
    """--year 2024: due by 31/12/2024 and not signed off before 01/01/2024: action 6 (due in
    2023, still not signed off) is carried over, action 4 (signed off 30/01/2024) is in, action
    7 (due 2025) is not; action 5 has no due date and is open."""
    _database(db_url)
    out = tmp_path / "2024.csv"
    args = ["actions", "--year", "2024", "--out", str(out), "--today", "11/06/2024"]
    assert main(["review", "--database", db_url, "--user", "bs1", *args]) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == HEADER
    assert [r["Action"] for r in rows] == ["6", "4", "1", "3", "2", "5"]
    signed = rows[1]
    assert (signed["Due on"], signed["Status"], signed["RAG status"]) == (
        "2024-01-31", "Signed off", "Done on time")  # fmt: skip
    assert (signed["Evidence"], signed["Signed off by"], signed["Signed off on"]) == (
        "new procedure v2", "Chair", "2024-01-30")  # fmt: skip
    # --open and --year 2025: 4 was signed off in 2024; 7 is due in 2025.
    engine = make_engine(db_url)
    with sessionmaker(engine)() as db:
        found = action_rows(db, TODAY, open_only=True, year=2025)
        police = action_rows(db, TODAY, owner="police")
    engine.dispose()
    assert [r.action.id for r in found] == [6, 1, 3, 2, 7, 5]
    assert [r.action.id for r in police] == [6, 1, 3]


def test_actions_are_written_only_as_xlsx_or_csv(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _database(db_url)
    out = tmp_path / "actions.ods"
    assert main(["review", "--database", db_url, "actions", "--out", str(out)]) == 2
    assert "actions.ods: write the actions as .xlsx or .csv" in capsys.readouterr().err
    assert not out.exists()


def test_cells_that_look_like_formulas_are_neutralised(session: Session, tmp_path: Path) -> None:
    from reviews.actions import write_actions

    review = service.add_review(session, reference="SAR-9", review_type="sar", user="bs1")
    rec = service.add_recommendation(session, review, "=cmd|' /C calc'!A0", "bs1")
    service.add_action(session, rec, "+Police", "@SUM(1)", D(2024, 6, 10), "bs1")
    rows = action_rows(session, TODAY)
    write_actions(rows, tmp_path / "a.xlsx", title="t")
    sheet = openpyxl.load_workbook(tmp_path / "a.xlsx")["Actions"]
    assert [sheet["D2"].value, sheet["F2"].value, sheet["G2"].value] == [
        "'=cmd|' /C calc'!A0", "'@SUM(1)", "'+Police"]  # fmt: skip
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
