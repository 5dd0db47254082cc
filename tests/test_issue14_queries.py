"""Issue 14: "rejected rows become a query workbook for that agency" (`cspr review queries`).

Every row of an agency's file ends in the chronology or in the workbook sent back, with the
original cells as read, the reason in plain words and an empty answer column; every cell is
text and formula-looking cells are neutralised. Files are made on the fly; dates are fixed and
working days counted by hand (Easter 2026: Good Friday 03/04, Easter Monday 06/04).
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy.orm import Session

from chronology.ingest import read_chronology
from cspr.cli import main
from reviews import service
from reviews.db import make_engine, upgrade
from reviews.queries import ANSWER_COLUMN, REASON_COLUMN, plain_reason

D = dt.date
ANSWER_BY = "Mon 20/04/2026"  # Mon 13/04/2026 + 5 working days: 14, 15, 16, 17, 20 April

POLICE_CSV = """Date,Time,Event,Outcome
12/03/2024,10:00,Officers attended the home,Referral to CSC
,,Neighbour called about shouting,No further action
31/02/2024,,Strategy discussion,Section 47
15/03/2099,,Visit planned,
16/03/2024,,,
"=HYPERLINK(""http://x"")",,=1+2 injected,
"""
# (row in the file, the cells as read, the reason in plain words) for each rejected CSV row
CSV_REJECTED = [
    (
        "3",
        ["", "", "Neighbour called about shouting", "No further action"],
        "The row has no date. Please give the date it happened (dd/mm/yyyy).",
    ),
    (
        "4",
        ["31/02/2024", "", "Strategy discussion", "Section 47"],
        "The date '31/02/2024' does not exist. Dates are read day first (dd/mm/yyyy). Please "
        "give the right date.",
    ),
    (
        "5",
        ["15/03/2099", "", "Visit planned", ""],
        "The date '15/03/2099' is in the future. Please give the date it happened.",
    ),
    (
        "6",
        ["16/03/2024", "", "", ""],
        "The row has a date but does not say what happened. Please give the entry.",
    ),
    (
        "7",
        ['\'=HYPERLINK("http://x")', "", "'=1+2 injected", ""],
        "The date '=HYPERLINK(\"http://x\")' could not be read. Please write it as dd/mm/yyyy.",
    ),
]


def _police_files(folder: Path) -> list[Path]:
    """The police's two files: a CSV (1 row accepted, 5 rejected) and a workbook written as
    "Northshire Police" (the same agency) with two sheets (2 accepted, 3 rejected)."""
    csv = folder / "Police_chronology.csv"
    csv.write_text(POLICE_CSV, encoding="utf-8")
    book = openpyxl.Workbook()
    first = book.active
    first.title = "2023"
    first.append(["Date", "Details", "Outcome"])
    first.append(["05/01/2023", "Custody record reviewed", "NFA"])
    first.append(["=TODAY()", "Call from school", "Advice"])  # a formula never calculated
    first.append(["Mon 06/02/2023", "Officer visit", "Logged"])
    second = book.create_sheet("2024")
    second.append(["Date", "Details", "Outcome"])
    second.append(["03/2024 - 04/2024", "Patrols near school", "-"])
    second.append(["@SUM(A1)", "+44 7700 900123", "Visit"])
    xlsx = folder / "Northshire Police log.xlsx"
    book.save(xlsx)
    return [csv, xlsx]


def _database(url: str) -> None:
    engine = make_engine(url)
    upgrade(engine)
    with Session(engine) as db, db.begin():
        review = service.add_review(
            db,
            reference="RR-7",
            review_type="rapid_review",
            user="bs1",
            referral_date=D(2026, 4, 1),
        )
        service.request_from_agency(
            db, review, "Police", "chronology", D(2026, 4, 1), "bs1", due_on=D(2026, 4, 10)
        )
        service.request_returned(db, review, "Police", "chronology", D(2026, 4, 9), "bs1")
    engine.dispose()


def _rows(sheet: openpyxl.worksheet.worksheet.Worksheet) -> list[list[str]]:
    return [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]


def test_plain_reasons_say_what_to_send_back() -> None:
    """The reader's reasons, in an agency's words, never the tool's ("mapping", "header_row")."""
    assert plain_reason("date 'Mon 03/02/2020' names the wrong weekday (03/02/2020 is a Tuesday)")\
        == ("The date 'Mon 03/02/2020' and its day of the week disagree (03/02/2020 is a "
            "Tuesday). Please give the right date.")  # fmt: skip
    assert plain_reason(
        "no date in 'Occurred' ('Reported' says 01/02/2020; give the date it happened)"
    ) == (
        "The date column 'Occurred' is empty ('Reported' says 01/02/2020). Please give the date "
        "it happened (dd/mm/yyyy)."
    )
    above = plain_reason(
        "above the table's header (row 4) but looks like an entry; if the header is wrong, save "
        "a mapping and set header_row"
    )
    assert "mapping" not in above and "header_row" not in above
    assert above.startswith("This row is above the table's column headings")
    assert plain_reason("time '25:00' does not exist") == (
        "The time '25:00' could not be read. Please write it as hh:mm (24-hour clock)."
    )
    assert plain_reason("date '2020-2021' is a range; give the day it happened, one row a day") == (
        "The date '2020-2021' is a range. Please give the day it happened, one row for each day."
    )
    assert plain_reason("sign-off line, not an entry").startswith("This looks like a sign-off")
    assert plain_reason("something new") == "Something new."


def test_one_workbook_per_agency_one_sheet_per_file(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _database(db_url)
    files = [str(p) for p in _police_files(tmp_path)]
    out = tmp_path / "queries"
    base = ["review", "--database", db_url, "--user", "bs1"]
    args = [*base, "queries", "RR-7", "--out", str(out), "--today", "13/04/2026"]
    assert main([*args, "--chronology", *files, "--sent-back"]) == 0
    said = capsys.readouterr().out.splitlines()
    # "Police" and "Northshire Police" are one agency: one workbook, 5 + 3 rows from 2 files.
    assert said == [
        f"{out / 'RR-7_queries_Police.xlsx'}: Police, 8 rows from 2 files, answer by {ANSWER_BY}",
        "Chronology from Police: sent back with queries, due 20/04/2026",
    ]
    assert [p.name for p in out.iterdir()] == ["RR-7_queries_Police.xlsx"]
    # Every row is somewhere: the CSV's 6 rows are 1 accepted and 5 asked about; the
    # workbook's 5 rows are 2 accepted and 3 asked about.
    assert [len(read_chronology(Path(f)).events) for f in files] == [1, 2]
    book = openpyxl.load_workbook(out / "RR-7_queries_Police.xlsx")
    assert book.sheetnames == ["Instructions", "Police_chronology", "Northshire Police log"]
    instructions = [r[0] for r in _rows(book["Instructions"])]
    assert instructions[:3] == [
        "Queries on your chronology for review RR-7",
        "Agency: Police",
        "Please answer by: 20/04/2026",
    ]
    assert instructions[-2:] == [
        "Police_chronology: 5 rows from Police_chronology.csv",
        "Northshire Police log: 3 rows from Northshire Police log.xlsx",
    ]
    assert any(ANSWER_COLUMN in line for line in instructions)

    csv_rows = _rows(book["Police_chronology"])
    assert csv_rows[0][0] == "Review RR-7 · Police · Police_chronology.csv"
    assert csv_rows[1][0] == "Please answer in the last column by 20/04/2026."
    header = ["Sheet", "Row", "Date", "Time", "Event", "Outcome", REASON_COLUMN, ANSWER_COLUMN]
    # Time has no rejected cell, so it is not a column; the file's order is kept.
    assert csv_rows[2] == [h for h in header if h != "Time"]
    expected = [["", row, *(c for i, c in enumerate(cells) if i != 1), why, ""]
                for row, cells, why in CSV_REJECTED]  # fmt: skip
    assert csv_rows[3:] == expected

    xlsx_rows = _rows(book["Northshire Police log"])
    assert xlsx_rows[2] == ["Sheet", "Row", "Date", "Details", "Outcome", REASON_COLUMN,
                            ANSWER_COLUMN]  # fmt: skip
    assert xlsx_rows[3:] == [
        ["2023", "3", "", "Call from school", "Advice",
         "The row has no date. Please give the date it happened (dd/mm/yyyy). Cell A3 is a "
         "formula whose value was not saved: please type the value itself.", ""],
        # "-" starts as a formula would: neutralised like every export's cells
        ["2024", "2", "03/2024 - 04/2024", "Patrols near school", "'-",
         "The date '03/2024 - 04/2024' could not be read. Please write it as dd/mm/yyyy.", ""],
        ["2024", "3", "'@SUM(A1)", "'+44 7700 900123", "Visit",
         "The date '@SUM(A1)' could not be read. Please write it as dd/mm/yyyy.", ""],
    ]  # fmt: skip
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula"
                if cell.value is not None:
                    assert cell.data_type == "s" and cell.number_format == "@", cell.coordinate
    # The answer cells are empty text cells, so an answer typed as a date stays as written.
    answers = book["Police_chronology"]
    assert all(answers.cell(r, 7).number_format == "@" for r in range(4, 9))

    # --sent-back: the police chronology is awaited again by the answer date.
    engine = make_engine(db_url)
    with Session(engine) as db:
        entry = service.get_review(db, "RR-7").requests[0]
        assert (entry.status, entry.sent_back_on, entry.due_on) == (
            "sent_back", D(2026, 4, 13), D(2026, 4, 20))  # fmt: skip
        assert entry.queries == "8 rows could not be read: see the query workbook " \
            "RR-7_queries_Police.xlsx"  # fmt: skip
    engine.dispose()


def test_the_answer_date_given_or_the_one_tracked(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--due wins; without it a chronology sent back with queries keeps its due date."""
    _database(db_url)
    files = [str(p) for p in _police_files(tmp_path)]
    base = ["review", "--database", db_url, "--user", "bs1"]
    sent = [*base, "sent-back", "RR-7", "--agency", "Police", "--kind", "chronology"]
    assert main([*sent, "--queries", "dates", "--on", "10/04/2026", "--due", "24/04/2026"]) == 0
    capsys.readouterr()
    args = [*base, "queries", "RR-7", "--today", "13/04/2026", "--chronology", *files]
    assert main([*args, "--out", str(tmp_path / "a")]) == 0
    assert capsys.readouterr().out.endswith("answer by Fri 24/04/2026\n")
    assert main([*args, "--out", str(tmp_path / "b"), "--due", "22/04/2026"]) == 0
    assert capsys.readouterr().out.endswith("answer by Wed 22/04/2026\n")
    assert main([*args, "--out", str(tmp_path / "c"), "--due", "10/04/2026"]) == 2
    assert "the answer date (10/04/2026) has passed" in capsys.readouterr().err
    # --sent-back on a chronology already sent back: said, not recorded twice.
    assert main([*args, "--out", str(tmp_path / "d"), "--sent-back"]) == 0
    assert capsys.readouterr().out.endswith(
        "Police: not recorded as sent back (chronology sent_back)\n"
    )


def test_the_review_s_confirmed_files_are_used(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --chronology: the files added in the dashboard and confirmed, read with the
    agency they were confirmed with (a pending upload is not asked about)."""
    from reviews.casefiles import set_file_status, store_file

    _database(db_url)
    csv, xlsx = _police_files(tmp_path)
    data = tmp_path / "data"
    monkeypatch.setenv("CSPR_DATA_DIR", str(data))
    engine = make_engine(db_url)
    with Session(engine) as db, db.begin():
        review = service.get_review(db, "RR-7")
        police = store_file(db, data, review, csv.name, csv.read_bytes(), by="bs1", agency="Police")
        set_file_status(db, police, "confirmed", by="bs1")
        # Confirmed as the school's: its rows are the school's to answer.
        school = store_file(
            db, data, review, xlsx.name, xlsx.read_bytes(), by="bs1", agency="Westbrook School"
        )
        set_file_status(db, school, "confirmed", by="bs1")
        store_file(db, data, review, "late.csv", POLICE_CSV.encode(), by="bs1")  # pending
    engine.dispose()
    out = tmp_path / "queries"
    base = ["review", "--database", db_url, "--user", "bs1"]
    assert main([*base, "queries", "RR-7", "--out", str(out), "--today", "13/04/2026"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{out / 'RR-7_queries_Police.xlsx'}: Police, 5 rows from 1 file, answer by {ANSWER_BY}",
        f"{out / 'RR-7_queries_Westbrook_School.xlsx'}: Westbrook School, 3 rows from 1 file, "
        f"answer by {ANSWER_BY}",
    ]
    book = openpyxl.load_workbook(out / "RR-7_queries_Police.xlsx")
    assert book.sheetnames == ["Instructions", "Police_chronology"]
    # --agency: only that agency's workbook, however the agency is written.
    one = tmp_path / "one"
    args = [*base, "queries", "RR-7", "--out", str(one), "--today", "13/04/2026"]
    assert main([*args, "--agency", "Northshire Police"]) == 0
    assert [p.name for p in one.iterdir()] == ["RR-7_queries_Police.xlsx"]


def test_nothing_rejected_or_nothing_to_read(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _database(db_url)
    clean = tmp_path / "Police_clean.csv"
    clean.write_text("Date,Event\n12/03/2024,Officers attended\n", encoding="utf-8")
    base = ["review", "--database", db_url, "--user", "bs1"]
    out = tmp_path / "queries"
    args = [*base, "queries", "RR-7", "--out", str(out), "--today", "13/04/2026"]
    assert main([*args, "--chronology", str(clean)]) == 0
    assert capsys.readouterr().out == "no rejected rows: no query workbook for RR-7\n"
    assert not out.exists()
    assert main(args) == 2  # no --chronology and nothing added in the dashboard
    assert "has no confirmed chronology files" in capsys.readouterr().err
    assert main([*base, "queries", "RR-404", "--out", str(out), "--chronology", str(clean)]) == 2
    assert "no review with reference 'RR-404'" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_the_workbooks_open_in_libreoffice(tmp_path: Path) -> None:
    """LibreOffice converts the query workbook and the actions list to PDF (it refuses files
    it cannot read)."""
    from reviews.actions import write_actions
    from reviews.queries import write_query_workbooks

    results = [read_chronology(p) for p in _police_files(tmp_path)]
    [book] = write_query_workbooks(results, tmp_path, reference="RR-7", due_for=D(2026, 4, 20))
    actions = tmp_path / "actions.xlsx"
    write_actions([], actions, title="Open actions")
    profile = f"-env:UserInstallation=file://{tmp_path / 'lo'}"
    command = ["soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path)]
    subprocess.run(
        [*command, str(book.path), str(actions)], check=True, capture_output=True, timeout=180
    )
    assert (tmp_path / "RR-7_queries_Police.pdf").stat().st_size > 1000
    assert (tmp_path / "actions.pdf").stat().st_size > 500
